//! Training: the case list, a case's vignette in both languages, and the debrief, whose result
//! is saved to the log as a training result (never a record).

use madoguchi_core::{App, CaseSummary, Cases, DebriefView, LocalizedText, TrainingResult};
use serde::Serialize;
use ts_rs::TS;

use crate::consult::{answers, Step};
use crate::desk::{Desk, Log, View};
use crate::error::CommandError;

/// The trainer's list of cases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TrainingCases {
    /// "Training cases (n)", in the staff language.
    pub heading: String,
    pub cases: Vec<CaseSummary>,
}

/// A vignette in one language, with its label ("For the person playing the client (lang):").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct VignetteText {
    pub label: String,
    pub text: LocalizedText,
}

/// The vignette screen of a training run: the case in the client language and in the staff one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TrainingStart {
    pub case: String,
    /// "Training case id (difficulty)", in the staff language.
    pub title: String,
    pub client: VignetteText,
    pub staff: VignetteText,
}

/// The debrief of a training run, and whether its result was saved to the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TrainingDebrief {
    pub view: DebriefView,
    pub title: String,
    pub saved: bool,
    /// "The result of this run was saved to …", in the staff language; empty when not saved.
    pub saved_text: String,
}

fn cases(app: &App) -> Result<Cases, CommandError> {
    Cases::embedded(app).map_err(|e| {
        CommandError::new(
            crate::error::ErrorKind::NoContent,
            "ui-error-no-content",
            e.to_string(),
        )
    })
}

fn case_title(app: &App, case: &madoguchi_core::Case, staff: &str) -> String {
    let mut args = madoguchi_core::i18n::FluentArgs::new();
    args.set("case", case.title(app, staff));
    args.set(
        "difficulty",
        app.localizer().text(
            staff,
            &format!("train-difficulty-{}", case.difficulty.as_str()),
        ),
    );
    app.localizer()
        .format(staff, "train-title", Some(&args))
        .text
}

pub fn training_list(app: &App, staff: &str) -> Result<TrainingCases, CommandError> {
    let cases = cases(app)?;
    let summaries = cases.summaries(app, staff);
    let mut args = madoguchi_core::i18n::FluentArgs::new();
    args.set("count", summaries.len());
    Ok(TrainingCases {
        heading: app
            .localizer()
            .format(staff, "train-list-heading", Some(&args))
            .text,
        cases: summaries,
    })
}

pub fn training_vignette(v: &View, case_id: &str) -> Result<TrainingStart, CommandError> {
    let (app, staff, client) = (v.app, v.staff.as_str(), v.client.as_str());
    let cases = cases(app)?;
    let case = cases
        .get(case_id)
        .ok_or_else(|| CommandError::request(format!("unknown case `{case_id}`")))?;
    let vignette = |lang: &str| {
        let t = app.localizer().format(lang, &case.vignette_message(), None);
        let name = app
            .locale_views(staff)
            .into_iter()
            .find(|l| l.tag == t.lang)
            .map_or_else(|| t.lang.clone(), |l| l.name);
        let mut args = madoguchi_core::i18n::FluentArgs::new();
        args.set("lang", name);
        VignetteText {
            label: app
                .localizer()
                .format(staff, "train-vignette", Some(&args))
                .text,
            text: LocalizedText {
                text: t.text,
                lang: t.lang,
                fallback: t.fallback,
            },
        }
    };
    Ok(TrainingStart {
        case: case.id.clone(),
        title: case_title(app, case, staff),
        client: vignette(client),
        staff: vignette(staff),
    })
}

/// Scores a training run and saves its result (never a record: a training run writes no live
/// or training record, only a `training_result` row).
pub fn training_debrief_view(
    desk: &Desk,
    v: &View,
    case_id: &str,
    steps: &[Step],
) -> Result<TrainingDebrief, CommandError> {
    let (app, staff, client, today) = (v.app, v.staff.as_str(), v.client.as_str(), v.today);
    let cases = cases(app)?;
    let case = cases
        .get(case_id)
        .ok_or_else(|| CommandError::request(format!("unknown case `{case_id}`")))?;
    let answers = answers(app, steps)?;
    let order: Vec<String> = steps.iter().map(|s| s.question.clone()).collect();
    let debrief = cases.score(app, case, &answers, &order);
    let view = cases.debrief_view(app, case, &debrief, staff, client);
    let result = TrainingResult::new(&debrief, today, staff, client);
    let mut log = desk.log.lock().unwrap_or_else(|e| e.into_inner());
    let saved = match &mut *log {
        Log::Writable(store) => store.save_training(&result).is_ok(),
        Log::Closed => false,
    };
    drop(log);
    let saved_text = if saved {
        let mut args = madoguchi_core::i18n::FluentArgs::new();
        args.set(
            "path",
            desk.data_dir
                .join(crate::desk::LOG_FILE)
                .display()
                .to_string(),
        );
        app.localizer()
            .format(staff, "train-saved", Some(&args))
            .text
    } else {
        String::new()
    };
    Ok(TrainingDebrief {
        title: case_title(app, case, staff),
        view,
        saved,
        saved_text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desk::LOG_FILE;
    use crate::lang::Lang;
    use madoguchi_core::Mode;

    use crate::test_support::{day, step};

    #[test]
    fn a_training_run_saves_a_training_result_and_no_record() {
        let dir = tempfile::tempdir().unwrap();
        let desk = Desk::open(dir.path());
        let app = desk.app().unwrap();
        let list = training_list(app, "ja").unwrap();
        assert!(list.cases.len() >= 24);
        assert!(list.heading.contains(&list.cases.len().to_string()));
        let (ja, vi) = (Lang::parse("ja").unwrap(), Lang::parse("vi").unwrap());
        let v = View {
            app,
            staff: &ja,
            client: &vi,
            today: day(),
        };
        let start = training_vignette(&v, "lb-intern-wages").unwrap();
        assert_eq!(start.client.text.lang, "vi");
        assert_eq!(start.staff.text.lang, "ja");
        assert!(training_vignette(&v, "nope").is_err());
        let steps = vec![
            step("danger", &["none"]),
            step("injured", &["no"]),
            step("concern", &["labour_problem"]),
            step("age_group", &["adult"]),
            step("gender", &["male"]),
            step("nationality", &["foreign"]),
            step("residence", &["technical_intern"]),
        ];
        let d = training_debrief_view(&desk, &v, "lb-intern-wages", &steps).unwrap();
        assert!(d.saved && !d.saved_text.is_empty());
        assert!(d.view.missed.is_empty(), "{:?}", d.view.missed);
        assert_eq!(d.view.hit.len(), d.view.score.expected);
        drop(desk);
        let store = madoguchi_store::Store::open(dir.path().join(LOG_FILE)).unwrap();
        assert_eq!(store.training_count().unwrap(), 1);
        assert_eq!(store.count(Mode::Live).unwrap(), 0);
        assert_eq!(store.count(Mode::Training).unwrap(), 0);
    }
}
