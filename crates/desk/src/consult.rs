//! A consultation: the first screen, the texts, the question screens, the slip and Save. The UI
//! holds the ordered answers (for Back) and nothing else; every screen's state is computed
//! here, from them, on every call.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use madoguchi_core::{
    Answer, Answers, App, Consultation, ConsultationView, LocaleView, Mode, Outcome, Record,
    ReferralText, Region, UNKNOWN,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::desk::{Desk, Log, Problem, View};
use crate::error::CommandError;
use crate::lang::Lang;

/// The prefix of the UI's own messages in `locales/<lang>/ui.ftl`.
pub const UI_PREFIX: &str = "ui-";
/// The prefixes of every `ui.ftl` message the UI is sent: its own, and those of the Directory,
/// Records, Training, Reports and Settings screens.
pub const UI_PREFIXES: &[&str] = &[
    UI_PREFIX,
    "directory-",
    "records-",
    "train-",
    "reports-",
    "settings-",
];

/// Every message of the UI's prefixes, formatted in `lang`.
pub fn ui_texts(app: &App, lang: &str) -> BTreeMap<String, String> {
    let mut texts = BTreeMap::new();
    for prefix in UI_PREFIXES {
        texts.extend(app.texts(lang, prefix));
    }
    texts
}

/// One answer as the UI keeps it: the question and the chosen option values (`unknown` for
/// "don't know / prefers not to say").
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, TS)]
pub struct Step {
    pub question: String,
    pub values: Vec<String>,
}

/// What the UI needs before the first screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StartupView {
    /// Problems met opening the data folder, each shown on its own screen first.
    pub problems: Vec<Problem>,
    /// Seconds without input after which an open consultation is dropped.
    pub idle_seconds: u32,
    /// Whether Save can write to the log.
    pub can_save: bool,
    /// Where the log and the override file live.
    pub data_dir: String,
    /// The reference language: the slip's second language.
    pub reference_lang: String,
    /// The staff language to start in (from the settings, else the reference language).
    pub staff_lang: String,
    /// The client language to start with (from the settings, else the default).
    pub client_lang: String,
}

/// The first call's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FirstScreen {
    pub startup: StartupView,
    /// `ui.ftl` messages by language, then by id: the reference, staff and client languages.
    pub texts: BTreeMap<String, BTreeMap<String, String>>,
    /// The languages offered, with their status in the staff language.
    pub locales: Vec<LocaleView>,
}

/// The consultation screen after the answers so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ConsultationScreen {
    pub view: ConsultationView,
    /// "Question n of about m", in both languages; `None` once the flow is finished.
    pub progress: Option<ReferralText>,
}

/// An option of the Save form, labelled in the staff language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

/// The Save form for the answers given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SaveForm {
    pub outcomes: Vec<Choice>,
    /// The region group of the client's nationality: asked only of a client who is not known
    /// to be Japanese. Not a routing fact: it is recorded for statistics only.
    pub regions: Vec<Choice>,
    pub ask_region: bool,
    pub can_save: bool,
}

/// What staff chose on the Save screen.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, TS)]
pub struct SaveRequest {
    pub steps: Vec<Step>,
    pub staff_lang: Lang,
    pub client_lang: Lang,
    pub outcome: String,
    pub interpreter: bool,
    pub handover_consent: bool,
    pub region: Option<String>,
}

/// Turns the UI's steps into answers, refusing questions and values the flow does not have.
pub fn answers(app: &App, steps: &[Step]) -> Result<Answers, CommandError> {
    let mut answers = Answers::new();
    for step in steps {
        let q = app
            .content()
            .flow
            .questions
            .iter()
            .find(|q| q.id == step.question)
            .ok_or_else(|| {
                CommandError::request(format!("unknown question `{}`", step.question))
            })?;
        let answer = if step.values == [UNKNOWN] && q.allow_unknown {
            Answer::Unknown
        } else {
            if step.values.is_empty() {
                return Err(CommandError::request(format!("no answer to `{}`", q.id)));
            }
            if let Some(bad) = step.values.iter().find(|v| !q.options.contains(v)) {
                return Err(CommandError::request(format!(
                    "`{bad}` is not an option of `{}`",
                    q.id
                )));
            }
            Answer::Values(step.values.iter().cloned().collect())
        };
        answers.insert(step.question.clone(), answer);
    }
    Ok(answers)
}

pub fn startup_view(desk: &Desk) -> StartupView {
    let settings = desk.current_settings();
    StartupView {
        problems: desk.problems.clone(),
        idle_seconds: settings.idle_seconds,
        can_save: desk.can_save(),
        data_dir: desk.data_dir.display().to_string(),
        reference_lang: madoguchi_core::i18n::REFERENCE.to_string(),
        staff_lang: settings.staff_lang().to_string(),
        client_lang: settings.client_lang().to_string(),
    }
}

/// The consultation screen after `steps`: the view and "question n of about m".
pub fn consultation_screen(v: &View, steps: &[Step]) -> Result<ConsultationScreen, CommandError> {
    let (app, staff, client) = (v.app, v.staff.as_str(), v.client.as_str());
    let answers = answers(app, steps)?;
    let view = app.consultation_view(&answers, staff, client, v.today);
    let progress = view.question.as_ref().map(|q| {
        let mut args = madoguchi_core::i18n::FluentArgs::new();
        args.set("number", q.progress.answered + 1);
        args.set("total", q.progress.answered + q.progress.remaining);
        let text = |lang: &str| {
            app.localizer()
                .format(lang, "app-progress", Some(&args))
                .text
        };
        ReferralText {
            staff: text(staff),
            client: text(client),
        }
    });
    Ok(ConsultationScreen { view, progress })
}

pub fn save_form(
    desk: &Desk,
    app: &App,
    steps: &[Step],
    staff: &str,
) -> Result<SaveForm, CommandError> {
    let facts = app.facts(&answers(app, steps)?);
    let label = |id: String| app.localizer().text(staff, &id);
    Ok(SaveForm {
        outcomes: Outcome::ALL
            .iter()
            .map(|o| Choice {
                value: o.as_str().to_string(),
                label: label(format!("ui-outcome-{}", o.as_str())),
            })
            .collect(),
        regions: Region::ALL
            .iter()
            .map(|r| Choice {
                value: r.as_str().to_string(),
                label: label(format!("ui-region-{}", r.as_str())),
            })
            .collect(),
        ask_region: !facts.has("nationality", "japanese"),
        can_save: desk.can_save(),
    })
}

/// Builds the anonymized live record and writes it. Nothing else is ever written. (Training
/// runs save a training result through the debrief, never a record.)
pub fn save(desk: &Desk, request: &SaveRequest, today: NaiveDate) -> Result<(), CommandError> {
    let refuse = CommandError::save;
    let app = desk
        .app()
        .map_err(|e| refuse("ui-save-error-data", e.detail))?;
    let answers =
        answers(app, &request.steps).map_err(|e| refuse("ui-save-error-data", e.detail))?;
    let mut facts = app.facts(&answers);
    if let Some(region) = &request.region {
        if Region::parse(region).is_none() {
            return Err(refuse(
                "ui-save-error-data",
                format!("unknown region `{region}`"),
            ));
        }
        if !facts.has("nationality", "japanese") {
            facts.insert("region", region);
        }
    }
    let outcome = Outcome::parse(&request.outcome).ok_or_else(|| {
        refuse(
            "ui-save-error-data",
            format!("unknown outcome `{}`", request.outcome),
        )
    })?;
    let referrals = app.route(&facts);
    let settings = desk.current_settings();
    let consultation = Consultation {
        day: today,
        mode: Mode::Live,
        desk: settings.desk.as_deref(),
        staff_language: &request.staff_lang,
        client_language: &request.client_lang,
        interpreter: request.interpreter,
        outcome,
        handover_consent: request.handover_consent,
    };
    let record =
        Record::from_consultation(app, &consultation, &facts, &referrals).map_err(|e| {
            let message = match e {
                madoguchi_core::RecordError::HandoverWithoutConsent => "ui-save-error-consent",
                madoguchi_core::RecordError::OutcomeWithoutReferral(_) => {
                    "ui-save-error-no-referral"
                }
                _ => "ui-save-error-data",
            };
            refuse(message, e.to_string())
        })?;
    let mut log = desk.log.lock().unwrap_or_else(|e| e.into_inner());
    match &mut *log {
        Log::Writable(store) => store
            .save(&record)
            .map_err(|e| refuse("ui-save-error-log", e.to_string())),
        Log::Closed => Err(refuse("ui-save-unavailable", String::new())),
    }
}

/// Everything the first screen needs, in one round trip: the data folder's state, the texts of
/// the reference language and of the starting staff and client languages, and the language list.
pub fn first_screen(desk: &Desk) -> FirstScreen {
    let startup = startup_view(desk);
    let Ok(app) = desk.app() else {
        // No content: the UI shows the problem screen with its own (empty) texts.
        return FirstScreen {
            startup,
            texts: BTreeMap::new(),
            locales: Vec::new(),
        };
    };
    let mut texts = BTreeMap::new();
    for lang in [
        &startup.reference_lang,
        &startup.staff_lang,
        &startup.client_lang,
    ] {
        if app.localizer().has_language(lang) && !texts.contains_key(lang) {
            texts.insert(lang.to_string(), ui_texts(app, lang));
        }
    }
    FirstScreen {
        locales: app.locale_views(&startup.staff_lang),
        texts,
        startup,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desk::LOG_FILE;

    use crate::test_support::{day, step};

    #[test]
    fn steps_are_checked_against_the_flow() {
        let app = App::embedded().unwrap();
        assert!(answers(&app, &[step("danger", &["immediate"])]).is_ok());
        assert!(answers(&app, &[step("danger", &["unknown"])]).is_ok());
        assert!(answers(&app, &[step("nope", &["x"])]).is_err());
        assert!(answers(&app, &[step("danger", &["maybe"])]).is_err());
        assert!(answers(&app, &[step("danger", &[])]).is_err());
    }

    #[test]
    fn danger_puts_the_police_first_and_progress_counts_questions() {
        let app = App::embedded().unwrap();
        let (ja, vi) = (Lang::parse("ja").unwrap(), Lang::parse("vi").unwrap());
        let v = View {
            app: &app,
            staff: &ja,
            client: &vi,
            today: day(),
        };
        let s = consultation_screen(&v, &[]).unwrap();
        assert!(s.view.emergencies.is_empty());
        let p = s.progress.unwrap();
        assert!(p.staff.contains('1'), "{}", p.staff);
        let s = consultation_screen(&v, &[step("danger", &["immediate"])]).unwrap();
        assert_eq!(s.view.emergencies[0].card.service, "police_emergency");
    }

    #[test]
    fn save_writes_one_record_and_refuses_without_consent() {
        let dir = tempfile::tempdir().unwrap();
        let desk = Desk::open(dir.path());
        let app = desk.app().unwrap();
        let steps = vec![
            step("danger", &["none"]),
            step("injured", &["no"]),
            step("concern", &["labour_problem"]),
            step("age_group", &["adult"]),
            step("gender", &["male"]),
            step("nationality", &["foreign"]),
        ];
        let form = save_form(&desk, app, &steps, "ja").unwrap();
        assert!(form.ask_region && form.can_save);
        let mut request = SaveRequest {
            steps,
            staff_lang: Lang::parse("ja").unwrap(),
            client_lang: Lang::parse("vi").unwrap(),
            outcome: "referred_with_handover".into(),
            interpreter: true,
            handover_consent: false,
            region: Some("southeast_asia".into()),
        };
        assert_eq!(
            save(&desk, &request, day()).unwrap_err().message,
            "ui-save-error-consent"
        );
        request.handover_consent = true;
        save(&desk, &request, day()).unwrap();
        drop(desk);
        let store = madoguchi_store::Store::open(dir.path().join(LOG_FILE)).unwrap();
        assert_eq!(store.count(Mode::Live).unwrap(), 1);
        assert_eq!(store.count(Mode::Training).unwrap(), 0, "Save is live only");
    }
}
