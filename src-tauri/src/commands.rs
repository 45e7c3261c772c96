//! The `#[tauri::command]`s: each turns the UI's answers into a view model from the core, or
//! saves one record through the store. The UI holds the ordered answers (for Back) and nothing
//! else; every screen's state is computed here, from them, on every call.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use madoguchi_core::{
    Answer, Answers, App, CaseSummary, Cases, CategoryView, Consultation, ConsultationView,
    DebriefView, DirectoryEntryView, DirectoryFilter, LocaleView, LocalizedText, Mode, Nationality,
    Outcome, Record, ReferralText, ReferralView, Region, TrainingResult, NOT_APPLICABLE, UNKNOWN,
    UNKNOWN_CATEGORY,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::shell::{Loading, Log, Problem, Shell};

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

/// The Directory screen's filters as the UI sends them (all ANDed; empty means no filter).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize, TS)]
pub struct DirectoryQuery {
    pub text: String,
    /// A `concern` value, or empty.
    pub concern: String,
    /// A language tag, or empty.
    pub language: String,
    pub free_call: bool,
    pub anonymous: bool,
    pub open_now: bool,
}

impl DirectoryQuery {
    fn filter(&self) -> DirectoryFilter {
        let some = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        DirectoryFilter {
            text: some(&self.text),
            concern: some(&self.concern),
            language: some(&self.language),
            free_call: self.free_call,
            anonymous: self.anonymous,
            open_now: self.open_now,
            review_months: None,
        }
    }
}

/// The Directory screen: the entries that pass the filters, and the choices of the filters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DirectoryScreen {
    pub entries: Vec<DirectoryEntryView>,
    /// How many services the directory holds in all.
    pub total: usize,
    /// The `concern` values, labelled in the staff language.
    pub concerns: Vec<Choice>,
    /// Every language some service offers, named in the staff language's list.
    pub languages: Vec<Choice>,
}

/// One category of a record, labelled: the dimension and its value(s).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RecordField {
    pub dimension: CategoryView,
    pub values: Vec<CategoryView>,
}

/// One saved record as the Records screen shows it: only what the record holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RecordView {
    pub id: String,
    /// `YYYY-MM`: a record keeps the month it was saved in, never the day.
    pub month: String,
    pub fields: Vec<RecordField>,
    /// The services referred, in routing order, by name.
    pub referrals: Vec<CategoryView>,
}

/// One page of the live records, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RecordsPage {
    pub records: Vec<RecordView>,
    /// From 0.
    pub page: u32,
    pub pages: u32,
    pub total: u32,
    /// Whether the log could be read at all.
    pub available: bool,
}

/// Records shown per page.
pub const RECORDS_PER_PAGE: usize = 20;

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

pub(crate) fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

pub(crate) fn language(app: &App, tag: &str) -> Result<(), String> {
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
    let settings = shell.current_settings();
    StartupView {
        problems: shell.problems.clone(),
        idle_seconds: settings.idle_seconds,
        can_save: shell.can_save(),
        data_dir: shell.data_dir.display().to_string(),
        reference_lang: madoguchi_core::i18n::REFERENCE.to_string(),
        staff_lang: settings.staff_lang().to_string(),
        client_lang: settings.client_lang().to_string(),
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

/// The Directory screen with the default review interval (the tests' shorthand).
#[cfg(test)]
pub fn directory_screen(
    app: &App,
    query: &DirectoryQuery,
    staff: &str,
    client: &str,
    today: NaiveDate,
) -> Result<DirectoryScreen, String> {
    directory_screen_reviewed(
        app,
        query,
        staff,
        client,
        today,
        madoguchi_core::DEFAULT_REVIEW_MONTHS,
    )
}

/// The Directory screen, entries older than `review_months` marked for their check.
pub fn directory_screen_reviewed(
    app: &App,
    query: &DirectoryQuery,
    staff: &str,
    client: &str,
    today: NaiveDate,
    review_months: u32,
) -> Result<DirectoryScreen, String> {
    language(app, staff)?;
    language(app, client)?;
    let concern_fact = app.content().flow.fact("concern");
    if !query.concern.is_empty() && !concern_fact.is_some_and(|f| f.values.contains(&query.concern))
    {
        return Err(format!("unknown concern `{}`", query.concern));
    }
    let concerns = concern_fact
        .map(|f| {
            f.values
                .iter()
                .map(|v| Choice {
                    value: v.clone(),
                    label: app.localizer().text(staff, &format!("value-concern-{v}")),
                })
                .collect()
        })
        .unwrap_or_default();
    let services = &app.content().directory.services;
    let tags: std::collections::BTreeSet<&str> = services
        .iter()
        .flat_map(|s| s.languages.iter().map(String::as_str))
        .collect();
    let names = app.locale_views(staff);
    let languages = tags
        .into_iter()
        .map(|tag| Choice {
            value: tag.to_string(),
            label: names
                .iter()
                .find(|l| l.tag == tag)
                .map_or_else(|| tag.to_string(), |l| l.name.clone()),
        })
        .collect();
    Ok(DirectoryScreen {
        entries: app.directory_entries(
            &DirectoryFilter {
                review_months: Some(review_months),
                ..query.filter()
            },
            staff,
            client,
            today,
        ),
        total: services.len(),
        concerns,
        languages,
    })
}

/// A record's categories and referrals, labelled in `lang` as the Reports screen labels them.
pub fn record_view(app: &App, record: &Record, lang: &str) -> RecordView {
    let p = record.parts();
    let field = |dimension: &str, values: Vec<String>| RecordField {
        dimension: app.dimension_label(lang, dimension),
        values: values
            .iter()
            .map(|v| app.category_label(lang, dimension, v))
            .collect(),
    };
    let one = |v: Option<&str>| vec![v.unwrap_or(UNKNOWN_CATEGORY).to_string()];
    let yes_no = |b: bool| vec![if b { "yes" } else { "no" }.to_string()];
    let japanese = p.nationality == Some(Nationality::Japanese);
    let foreign_only = |v: Option<&str>| {
        if japanese {
            vec![NOT_APPLICABLE.to_string()]
        } else {
            one(v)
        }
    };
    let concerns: Vec<String> = if p.concerns.is_empty() {
        one(None)
    } else {
        p.concerns.iter().map(|c| c.as_str().to_string()).collect()
    };
    let mut fields = vec![
        field("concern", concerns),
        field("danger", yes_no(p.danger)),
        field("age_group", one(p.age_group.map(|v| v.as_str()))),
        field("gender", one(p.gender.map(|v| v.as_str()))),
        field("nationality", one(p.nationality.map(|v| v.as_str()))),
        field("region", foreign_only(p.region.map(|v| v.as_str()))),
        field("residence", foreign_only(p.residence.map(|v| v.as_str()))),
        field("outcome", vec![p.outcome.as_str().to_string()]),
        field("handover_consent", yes_no(p.handover_consent)),
        field("interpreter", yes_no(p.interpreter)),
        field("staff_lang", vec![p.staff_language.as_str().to_string()]),
        field("client_lang", vec![p.client_language.as_str().to_string()]),
    ];
    if let Some(desk) = &p.desk {
        fields.push(field("desk", vec![desk.as_str().to_string()]));
    }
    RecordView {
        id: record.id().to_hex(),
        month: record.month().to_string(),
        fields,
        referrals: p
            .referrals
            .iter()
            .map(|r| app.category_label(lang, "service", r.service.as_str()))
            .collect(),
    }
}

/// One page of the live records, newest first; training records are never listed.
pub fn records_page(shell: &Shell, page: u32, staff: &str) -> Result<RecordsPage, String> {
    let app = shell.app()?;
    language(app, staff)?;
    let log = shell.log.lock().unwrap_or_else(|e| e.into_inner());
    let Log::Writable(store) = &*log else {
        return Ok(RecordsPage {
            records: Vec::new(),
            page: 0,
            pages: 0,
            total: 0,
            available: false,
        });
    };
    let total = store.count(Mode::Live).map_err(|e| e.to_string())?;
    let records = store
        .recent_records(page as usize, RECORDS_PER_PAGE, Mode::Live)
        .map_err(|e| e.to_string())?;
    let per = RECORDS_PER_PAGE as u64;
    Ok(RecordsPage {
        records: records.iter().map(|r| record_view(app, r, staff)).collect(),
        page,
        pages: u32::try_from(total.div_ceil(per)).unwrap_or(u32::MAX),
        total: u32::try_from(total).unwrap_or(u32::MAX),
        available: true,
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
    let settings = shell.current_settings();
    let consultation = Consultation {
        day: today,
        mode: if request.training {
            Mode::Training
        } else {
            Mode::Live
        },
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
    let mut log = shell.log.lock().unwrap_or_else(|e| e.into_inner());
    match &mut *log {
        Log::Writable(store) => store
            .save(&record)
            .map_err(|e| refuse("ui-save-error-log", e.to_string())),
        Log::Closed => Err(refuse("ui-save-unavailable", String::new())),
    }
}

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

fn cases(app: &App) -> Result<Cases, String> {
    Cases::embedded(app).map_err(|e| e.to_string())
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

pub fn training_list(app: &App, staff: &str) -> Result<TrainingCases, String> {
    language(app, staff)?;
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

pub fn training_vignette(
    app: &App,
    case_id: &str,
    staff: &str,
    client: &str,
) -> Result<TrainingStart, String> {
    language(app, staff)?;
    language(app, client)?;
    let cases = cases(app)?;
    let case = cases
        .get(case_id)
        .ok_or_else(|| format!("unknown case `{case_id}`"))?;
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
    shell: &Shell,
    case_id: &str,
    steps: &[Step],
    staff: &str,
    client: &str,
    today: NaiveDate,
) -> Result<TrainingDebrief, String> {
    let app = shell.app()?;
    language(app, staff)?;
    language(app, client)?;
    let cases = cases(app)?;
    let case = cases
        .get(case_id)
        .ok_or_else(|| format!("unknown case `{case_id}`"))?;
    let answers = answers(app, steps)?;
    let order: Vec<String> = steps.iter().map(|s| s.question.clone()).collect();
    let debrief = cases.score(app, case, &answers, &order);
    let view = cases.debrief_view(app, case, &debrief, staff, client);
    let result = TrainingResult::new(&debrief, today, staff, client);
    let mut log = shell.log.lock().unwrap_or_else(|e| e.into_inner());
    let saved = match &mut *log {
        Log::Writable(store) => store.save_training(&result).is_ok(),
        Log::Closed => false,
    };
    drop(log);
    let saved_text = if saved {
        let mut args = madoguchi_core::i18n::FluentArgs::new();
        args.set(
            "path",
            shell
                .data_dir
                .join(crate::shell::LOG_FILE)
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

// --- The commands themselves: thin wrappers over the functions above. ---

// `async`: they run on Tauri's thread pool, never on the window's main thread, and the first
// one waits there for the shell to finish opening.
type ShellState<'a> = tauri::State<'a, Loading>;

/// Everything the first screen needs, in one round trip: the data folder's state, the texts of
/// the reference language and of the starting staff and client languages, and the language list.
pub fn first_screen(shell: &Shell) -> FirstScreen {
    let startup = startup_view(shell);
    let Ok(app) = shell.app() else {
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

#[tauri::command(async)]
pub fn startup(shell: ShellState<'_>) -> Result<FirstScreen, String> {
    Ok(first_screen(&shell.get()))
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
    Ok(ui_texts(app, &lang))
}

#[tauri::command(async)]
pub fn directory(
    shell: ShellState<'_>,
    filter: DirectoryQuery,
    staff_lang: String,
    client_lang: String,
) -> Result<DirectoryScreen, String> {
    let shell = shell.get();
    let months = shell.current_settings().review_months;
    directory_screen_reviewed(
        shell.app()?,
        &filter,
        &staff_lang,
        &client_lang,
        today(),
        months,
    )
}

#[tauri::command(async)]
pub fn records(
    shell: ShellState<'_>,
    page: u32,
    staff_lang: String,
) -> Result<RecordsPage, String> {
    records_page(&shell.get(), page, &staff_lang)
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

#[tauri::command(async)]
pub fn training_cases(shell: ShellState<'_>, staff_lang: String) -> Result<TrainingCases, String> {
    training_list(shell.get().app()?, &staff_lang)
}

#[tauri::command(async)]
pub fn training_start(
    shell: ShellState<'_>,
    case_id: String,
    staff_lang: String,
    client_lang: String,
) -> Result<TrainingStart, String> {
    training_vignette(shell.get().app()?, &case_id, &staff_lang, &client_lang)
}

#[tauri::command(async)]
pub fn training_debrief(
    shell: ShellState<'_>,
    case_id: String,
    steps: Vec<Step>,
    staff_lang: String,
    client_lang: String,
) -> Result<TrainingDebrief, String> {
    training_debrief_view(
        &shell.get(),
        &case_id,
        &steps,
        &staff_lang,
        &client_lang,
        today(),
    )
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
        assert_eq!(s.view.emergencies[0].card.service, "police_emergency");
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

    #[test]
    fn the_directory_filters_and_offers_its_choices() {
        let app = App::embedded().unwrap();
        let all = directory_screen(&app, &DirectoryQuery::default(), "ja", "en", day()).unwrap();
        assert_eq!(all.entries.len(), all.total);
        assert!(all.concerns.iter().any(|c| c.value == "sexual_violence"));
        assert!(all.languages.iter().any(|l| l.value == "ja"));
        let free = DirectoryQuery {
            free_call: true,
            ..Default::default()
        };
        let free = directory_screen(&app, &free, "ja", "en", day()).unwrap();
        assert!(!free.entries.is_empty() && free.entries.len() < all.total);
        assert!(free
            .entries
            .iter()
            .all(|e| e.card.free_call == madoguchi_core::Availability::Yes));
        let bad = DirectoryQuery {
            concern: "nope".into(),
            ..Default::default()
        };
        assert!(directory_screen(&app, &bad, "ja", "en", day()).is_err());
        assert!(ui_texts(&app, "ja").contains_key("directory-title"));
        assert!(ui_texts(&app, "ja").contains_key("records-title"));
    }

    #[test]
    fn records_lists_live_records_only_newest_first() {
        let dir = tempfile::tempdir().unwrap();
        let shell = Shell::open(dir.path());
        let empty = records_page(&shell, 0, "ja").unwrap();
        assert!(empty.available && empty.records.is_empty() && empty.total == 0);
        let request = SaveRequest {
            steps: vec![
                step("danger", &["none"]),
                step("injured", &["no"]),
                step("concern", &["labour_problem"]),
                step("age_group", &["adult"]),
                step("gender", &["male"]),
                step("nationality", &["japanese"]),
            ],
            staff_lang: "ja".into(),
            client_lang: "en".into(),
            training: false,
            outcome: "referred".into(),
            interpreter: false,
            handover_consent: false,
            region: None,
        };
        save(&shell, &request, day()).unwrap();
        save(&shell, &request, day().succ_opt().unwrap()).unwrap();
        save(
            &shell,
            &SaveRequest {
                training: true,
                ..request.clone()
            },
            day(),
        )
        .unwrap();
        let page = records_page(&shell, 0, "ja").unwrap();
        assert_eq!(page.total, 2, "training records are not listed");
        assert_eq!(page.pages, 1);
        // The month, never the day: both read the same.
        assert_eq!(page.records[0].month, "2026-11");
        assert_eq!(page.records[1].month, "2026-11");
        let app = shell.app().unwrap();
        let r = &page.records[0];
        let concern = r
            .fields
            .iter()
            .find(|f| f.dimension.id == "concern")
            .unwrap();
        assert_eq!(
            concern.values[0].label,
            app.localizer().text("ja", "value-concern-labour_problem")
        );
        assert!(!r.referrals.is_empty());
        assert!(r.referrals.iter().all(|s| s.label != s.id));
    }

    #[test]
    fn a_training_run_saves_a_training_result_and_no_record() {
        let dir = tempfile::tempdir().unwrap();
        let shell = Shell::open(dir.path());
        let app = shell.app().unwrap();
        let list = training_list(app, "ja").unwrap();
        assert!(list.cases.len() >= 24);
        assert!(list.heading.contains(&list.cases.len().to_string()));
        let start = training_vignette(app, "lb-intern-wages", "ja", "vi").unwrap();
        assert_eq!(start.client.text.lang, "vi");
        assert_eq!(start.staff.text.lang, "ja");
        assert!(training_vignette(app, "nope", "ja", "vi").is_err());
        let steps = vec![
            step("danger", &["none"]),
            step("injured", &["no"]),
            step("concern", &["labour_problem"]),
            step("age_group", &["adult"]),
            step("gender", &["male"]),
            step("nationality", &["foreign"]),
            step("residence", &["technical_intern"]),
        ];
        let d =
            training_debrief_view(&shell, "lb-intern-wages", &steps, "ja", "vi", day()).unwrap();
        assert!(d.saved && !d.saved_text.is_empty());
        assert!(d.view.missed.is_empty(), "{:?}", d.view.missed);
        assert_eq!(d.view.hit.len(), d.view.score.expected);
        drop(shell);
        let store = madoguchi_store::Store::open(dir.path().join(LOG_FILE)).unwrap();
        assert_eq!(store.training_count().unwrap(), 1);
        assert_eq!(store.count(Mode::Live).unwrap(), 0);
        assert_eq!(store.count(Mode::Training).unwrap(), 0);
    }
}
