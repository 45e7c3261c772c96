//! The `#[tauri::command]`s: each turns the UI's answers into a view model from the core, or
//! saves one record through the store. The UI holds the ordered answers (for Back) and nothing
//! else; every screen's state is computed here, from them, on every call.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use madoguchi_core::{
    Answer, Answers, App, Consultation, ConsultationView, LocaleView, Mode, Outcome, Record,
    ReferralText, ReferralView, Region, UNKNOWN,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::shell::{Loading, Log, Problem, Shell};

/// The prefix of the UI's own messages in `locales/<lang>/ui.ftl`.
pub const UI_PREFIX: &str = "ui-";

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
    /// The reference language: the staff language at first, and the slip's second language.
    pub reference_lang: String,
}

/// The first call's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FirstScreen {
    pub startup: StartupView,
    /// `ui.ftl` messages by language, then by id: the reference language and the client's.
    pub texts: BTreeMap<String, BTreeMap<String, String>>,
    /// The languages offered, with their status in the reference language.
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
    pub staff_lang: String,
    pub client_lang: String,
    pub training: bool,
    pub outcome: String,
    pub interpreter: bool,
    pub handover_consent: bool,
    pub region: Option<String>,
}

/// Why Save refused, as a message id of `ui.ftl` plus the technical detail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SaveError {
    pub message: String,
    pub detail: String,
}

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

fn language(app: &App, tag: &str) -> Result<(), String> {
    if app.localizer().has_language(tag) {
        Ok(())
    } else {
        Err(format!("unknown language `{tag}`"))
    }
}

/// Turns the UI's steps into answers, refusing questions and values the flow does not have.
pub fn answers(app: &App, steps: &[Step]) -> Result<Answers, String> {
    let mut answers = Answers::new();
    for step in steps {
        let q = app
            .content()
            .flow
            .questions
            .iter()
            .find(|q| q.id == step.question)
            .ok_or_else(|| format!("unknown question `{}`", step.question))?;
        let answer = if step.values == [UNKNOWN] && q.allow_unknown {
            Answer::Unknown
        } else {
            if step.values.is_empty() {
                return Err(format!("no answer to `{}`", q.id));
            }
            if let Some(bad) = step.values.iter().find(|v| !q.options.contains(v)) {
                return Err(format!("`{bad}` is not an option of `{}`", q.id));
            }
            Answer::Values(step.values.iter().cloned().collect())
        };
        answers.insert(step.question.clone(), answer);
    }
    Ok(answers)
}

pub fn startup_view(shell: &Shell) -> StartupView {
    StartupView {
        problems: shell.problems.clone(),
        idle_seconds: shell.settings.idle_seconds,
        can_save: shell.can_save(),
        data_dir: shell.data_dir.display().to_string(),
        reference_lang: madoguchi_core::i18n::REFERENCE.to_string(),
    }
}

pub fn consultation_screen(
    app: &App,
    steps: &[Step],
    staff: &str,
    client: &str,
    today: NaiveDate,
) -> Result<ConsultationScreen, String> {
    language(app, staff)?;
    language(app, client)?;
    let answers = answers(app, steps)?;
    let view = app.consultation_view(&answers, staff, client, today);
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
    shell: &Shell,
    app: &App,
    steps: &[Step],
    staff: &str,
) -> Result<SaveForm, String> {
    language(app, staff)?;
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
        can_save: shell.can_save(),
    })
}

/// Builds the anonymized record and writes it. Nothing else is ever written.
pub fn save(shell: &Shell, request: &SaveRequest, today: NaiveDate) -> Result<(), SaveError> {
    let refuse = |message: &str, detail: String| SaveError {
        message: message.to_string(),
        detail,
    };
    let app = shell.app().map_err(|e| refuse("ui-save-error-data", e))?;
    let answers = answers(app, &request.steps).map_err(|e| refuse("ui-save-error-data", e))?;
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
    let consultation = Consultation {
        day: today,
        mode: if request.training {
            Mode::Training
        } else {
            Mode::Live
        },
        desk: shell.settings.desk.as_deref(),
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
    let mut log = shell.log.lock().unwrap_or_else(|e| e.into_inner());
    match &mut *log {
        Log::Writable(store) => store
            .save(&record)
            .map_err(|e| refuse("ui-save-error-log", e.to_string())),
        Log::Closed => Err(refuse("ui-save-unavailable", String::new())),
    }
}

// --- The commands themselves: thin wrappers over the functions above. ---

// `async`: they run on Tauri's thread pool, never on the window's main thread, and the first
// one waits there for the shell to finish opening.
type ShellState<'a> = tauri::State<'a, Loading>;

/// Everything the first screen needs, in one round trip: the data folder's state, the texts of
/// the reference language and of `client_lang`, and the language list.
#[tauri::command(async)]
pub fn startup(shell: ShellState<'_>, client_lang: String) -> Result<FirstScreen, String> {
    let shell = shell.get();
    let startup = startup_view(&shell);
    let app = match shell.app() {
        Ok(app) => app,
        // No content: the UI shows the problem screen with its own (empty) texts.
        Err(_) => {
            return Ok(FirstScreen {
                startup,
                texts: BTreeMap::new(),
                locales: Vec::new(),
            })
        }
    };
    let mut texts = BTreeMap::new();
    for lang in [startup.reference_lang.as_str(), client_lang.as_str()] {
        if app.localizer().has_language(lang) {
            texts.insert(lang.to_string(), app.texts(lang, UI_PREFIX));
        }
    }
    Ok(FirstScreen {
        locales: app.locale_views(&startup.reference_lang),
        texts,
        startup,
    })
}

#[tauri::command(async)]
pub fn locales(shell: ShellState<'_>, staff_lang: String) -> Result<Vec<LocaleView>, String> {
    let shell = shell.get();
    let app = shell.app()?;
    Ok(app.locale_views(&staff_lang))
}

#[tauri::command(async)]
pub fn texts(shell: ShellState<'_>, lang: String) -> Result<BTreeMap<String, String>, String> {
    let shell = shell.get();
    let app = shell.app()?;
    language(app, &lang)?;
    Ok(app.texts(&lang, UI_PREFIX))
}

#[tauri::command(async)]
pub fn consultation(
    shell: ShellState<'_>,
    steps: Vec<Step>,
    staff_lang: String,
    client_lang: String,
) -> Result<ConsultationScreen, String> {
    consultation_screen(
        shell.get().app()?,
        &steps,
        &staff_lang,
        &client_lang,
        today(),
    )
}

#[tauri::command(async)]
pub fn slip(
    shell: ShellState<'_>,
    steps: Vec<Step>,
    client_lang: String,
) -> Result<Vec<ReferralView>, String> {
    let shell = shell.get();
    let app = shell.app()?;
    language(app, &client_lang)?;
    Ok(app.slip_view(&answers(app, &steps)?, &client_lang, today()))
}

#[tauri::command(async)]
pub fn save_form_view(
    shell: ShellState<'_>,
    steps: Vec<Step>,
    staff_lang: String,
) -> Result<SaveForm, String> {
    let shell = shell.get();
    save_form(&shell, shell.app()?, &steps, &staff_lang)
}

#[tauri::command(async)]
pub fn save_consultation(shell: ShellState<'_>, request: SaveRequest) -> Result<(), SaveError> {
    save(&shell.get(), &request, today())
}

/// The state that problems leave the app in never stops these from answering.
#[cfg(test)]
mod tests {
    use super::*;
    use crate::shell::LOG_FILE;

    fn step(question: &str, values: &[&str]) -> Step {
        Step {
            question: question.into(),
            values: values.iter().map(|v| v.to_string()).collect(),
        }
    }

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
    }

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
        let s = consultation_screen(&app, &[], "ja", "vi", day()).unwrap();
        assert!(s.view.emergencies.is_empty());
        let p = s.progress.unwrap();
        assert!(p.staff.contains('1'), "{}", p.staff);
        let s = consultation_screen(&app, &[step("danger", &["immediate"])], "ja", "vi", day())
            .unwrap();
        assert_eq!(s.view.emergencies[0].service, "police_emergency");
        assert!(consultation_screen(&app, &[], "ja", "xx", day()).is_err());
    }

    #[test]
    fn save_writes_one_record_and_refuses_without_consent() {
        let dir = tempfile::tempdir().unwrap();
        let shell = Shell::open(dir.path());
        let app = shell.app().unwrap();
        let steps = vec![
            step("danger", &["none"]),
            step("injured", &["no"]),
            step("concern", &["labour_problem"]),
            step("age_group", &["adult"]),
            step("gender", &["male"]),
            step("nationality", &["foreign"]),
        ];
        let form = save_form(&shell, app, &steps, "ja").unwrap();
        assert!(form.ask_region && form.can_save);
        let mut request = SaveRequest {
            steps,
            staff_lang: "ja".into(),
            client_lang: "vi".into(),
            training: false,
            outcome: "referred_with_handover".into(),
            interpreter: true,
            handover_consent: false,
            region: Some("southeast_asia".into()),
        };
        assert_eq!(
            save(&shell, &request, day()).unwrap_err().message,
            "ui-save-error-consent"
        );
        request.handover_consent = true;
        save(&shell, &request, day()).unwrap();
        request.training = true;
        save(&shell, &request, day()).unwrap();
        drop(shell);
        let store = madoguchi_store::Store::open(dir.path().join(LOG_FILE)).unwrap();
        assert_eq!(store.count(Mode::Live).unwrap(), 1);
        assert_eq!(
            store.count(Mode::Training).unwrap(),
            1,
            "training kept apart"
        );
    }
}
