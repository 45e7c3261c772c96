//! Training mode: mock consultations (`data/scenarios/*.toml`) and the debrief of a run.
//!
//! A **case** is a consultation a trainer role-plays: the facts the "client" reveals when asked,
//! the referrals a trainee must give and those they must not, a difficulty, the routes of the
//! flow it exercises, and the languages its vignette is written in. Its texts are Fluent
//! messages in `locales/<lang>/training.ftl`: `case-<id>-vignette` (what the role-playing client
//! reads; in every language the case declares) and `case-<id>-notes` (teaching notes for staff,
//! citing the documents; in `ja` and `en` at least). Case messages are exempt from the
//! all-locales rule of [`crate::App::translation_gaps`]; [`Cases::load`] checks them instead.
//!
//! Scoring is pure: [`Cases::score`] routes the trainee's answers and compares them with the
//! case; [`Cases::debrief_view`] turns the result into texts in the trainee's language, with the
//! vignette in the client's. Nothing here is saved: a [`TrainingResult`] is what a store may keep
//! (case id, languages, score; never a trainee's name), apart from live records.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use include_dir::{include_dir, Dir};
use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::app::App;
use crate::content::SourceFile;
use crate::engine::Referral;
use crate::i18n::REFERENCE;
use crate::model::{Answer, Answers, Diagnostic, Error, Facts, Priority};

mod checks;
mod debrief;

use checks::check_case;
use debrief::{debrief_view, localized};
pub use debrief::{
    DebriefView, EmergencyView, ExpectedView, LocalizedText, MatteredView, ServiceLine, WhyView,
};

static SCENARIOS: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/../../data/scenarios");

/// Languages every case's teaching notes are written in.
pub const NOTES_LANGUAGES: &[&str] = &["ja", "en"];

/// Languages every shipped case's vignette is written in (the tests hold the data to it).
pub const VIGNETTE_LANGUAGES: &[&str] = &["ja", "en", "vi", "zh-CN", "fil", "pt-BR", "ne"];

/// Chrome messages of training mode (in `ui.ftl`, under `## Training`).
pub const TRAINING_MESSAGES: &[&str] = &[
    "train-title",
    "train-vignette",
    "train-start",
    "train-debrief",
    "train-score",
    "train-hit",
    "train-missed",
    "train-must-not",
    "train-extra",
    "train-none",
    "train-emergency",
    "train-emergency-not-needed",
    "train-emergency-handled",
    "train-emergency-missed",
    "train-emergency-not-first",
    "train-emergency-unneeded",
    "train-mattered",
    "train-mattered-lost",
    "train-mattered-gained",
    "train-mattered-priority",
    "train-answer-differed",
    "train-expected",
    "train-given",
    "train-not-given",
    "train-passed",
    "train-review",
    "train-notes",
    "train-list-heading",
    "train-difficulty-intro",
    "train-difficulty-intermediate",
    "train-difficulty-advanced",
    "train-saved",
];

/// How hard a case is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Difficulty {
    Intro,
    Intermediate,
    Advanced,
}

impl Difficulty {
    pub fn as_str(self) -> &'static str {
        match self {
            Difficulty::Intro => "intro",
            Difficulty::Intermediate => "intermediate",
            Difficulty::Advanced => "advanced",
        }
    }
}

/// A route of the flow (a system of the documents) that cases must cover, each at least once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum TrainingRoute {
    /// Reporting trafficking: the police station or the Anonymous Reporting Dial.
    Trafficking,
    /// #8103, the sexual crime victim line.
    #[serde(rename = "sexual_crime_8103")]
    SexualCrime8103,
    /// 189, the Child Guidance Center.
    #[serde(rename = "child_189")]
    Child189,
    /// #8891, One-Stop Support Centers.
    OneStop,
    /// IOM return and reintegration assistance.
    IomReturn,
    /// The Regional Immigration Services Bureau.
    Immigration,
    /// Labour: inspection office, OTIT, the foreign workers' line.
    Labour,
    /// Residence procedures: the information center, FRESC.
    Residence,
    /// Discrimination and human rights lines.
    Discrimination,
    /// Sexual images online: the Internet Hotline Center.
    OnlineImages,
    /// Domestic violence: DV Sodan+.
    DomesticViolence,
    /// 110 / 119.
    Emergency,
    /// The client does not know, or will not say, some answers.
    UnknownAnswers,
}

impl TrainingRoute {
    pub const ALL: [TrainingRoute; 13] = [
        TrainingRoute::Trafficking,
        TrainingRoute::SexualCrime8103,
        TrainingRoute::Child189,
        TrainingRoute::OneStop,
        TrainingRoute::IomReturn,
        TrainingRoute::Immigration,
        TrainingRoute::Labour,
        TrainingRoute::Residence,
        TrainingRoute::Discrimination,
        TrainingRoute::OnlineImages,
        TrainingRoute::DomesticViolence,
        TrainingRoute::Emergency,
        TrainingRoute::UnknownAnswers,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            TrainingRoute::Trafficking => "trafficking",
            TrainingRoute::SexualCrime8103 => "sexual_crime_8103",
            TrainingRoute::Child189 => "child_189",
            TrainingRoute::OneStop => "one_stop",
            TrainingRoute::IomReturn => "iom_return",
            TrainingRoute::Immigration => "immigration",
            TrainingRoute::Labour => "labour",
            TrainingRoute::Residence => "residence",
            TrainingRoute::Discrimination => "discrimination",
            TrainingRoute::OnlineImages => "online_images",
            TrainingRoute::DomesticViolence => "domestic_violence",
            TrainingRoute::Emergency => "emergency",
            TrainingRoute::UnknownAnswers => "unknown_answers",
        }
    }

    /// Whether a case exercises this route: one of the route's services is a `must`, or (for
    /// unknown answers) the interview of the case asks a question the client cannot answer.
    fn exercised_by(self, case: &Case, unknown_questions: &[String]) -> bool {
        let any = |ids: &[&str]| case.must.iter().any(|m| ids.contains(&m.as_str()));
        let concern = |values: &[&str]| values.iter().any(|v| case.facts.has("concern", v));
        match self {
            TrainingRoute::Trafficking => {
                any(&["police_station", "anonymous_reporting_dial"])
                    && concern(&["trafficking_sexual", "trafficking_labour"])
            }
            TrainingRoute::SexualCrime8103 => any(&["police_sexual_crime_8103"]),
            TrainingRoute::Child189 => any(&["child_guidance_189"]),
            TrainingRoute::OneStop => any(&["onestop_8891"]),
            TrainingRoute::IomReturn => any(&["iom_japan"]),
            TrainingRoute::Immigration => any(&["immigration_bureau"]),
            TrainingRoute::Labour => any(&[
                "labour_standards_office",
                "otit_native_language",
                "labour_foreign_workers_hotline",
                "labour_conditions_hotline",
            ]),
            TrainingRoute::Residence => any(&["isa_information_center", "fresc"]),
            TrainingRoute::Discrimination => {
                concern(&["discrimination"])
                    && any(&[
                        "foreign_language_human_rights_hotline",
                        "womens_rights_hotline",
                        "childrens_rights_hotline",
                        "houterasu",
                        "houterasu_multilingual",
                    ])
            }
            TrainingRoute::OnlineImages => any(&["internet_hotline_center"]),
            TrainingRoute::DomesticViolence => any(&["dv_sodan_plus"]),
            TrainingRoute::Emergency => any(&["police_emergency", "ambulance_fire"]),
            TrainingRoute::UnknownAnswers => !unknown_questions.is_empty(),
        }
    }
}

/// One training case, as `data/scenarios/*.toml` gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Case {
    pub id: String,
    pub difficulty: Difficulty,
    pub routes: Vec<TrainingRoute>,
    /// Languages the vignette is written in.
    pub languages: Vec<String>,
    /// What the client says when asked; a fact not listed is answered "unknown".
    pub facts: Facts,
    /// Referrals the trainee must give.
    pub must: Vec<String>,
    /// Referrals the trainee must not give.
    pub must_not: Vec<String>,
    /// Documents the teaching notes cite (each also written in the notes).
    pub sources: Vec<String>,
    pub file: String,
    pub line: usize,
}

impl Case {
    /// A short description a trainer picks the case by (in `ja` and `en` at least).
    pub fn title_message(&self) -> String {
        format!("case-{}-title", self.id)
    }

    /// The title in the staff language, else in English, else in Japanese.
    pub fn title(&self, app: &App, staff: &str) -> String {
        localized(app, staff, &self.title_message(), true).text
    }

    pub fn vignette_message(&self) -> String {
        format!("case-{}-vignette", self.id)
    }

    pub fn notes_message(&self) -> String {
        format!("case-{}-notes", self.id)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    case: Vec<Spanned<RawCase>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCase {
    id: String,
    difficulty: Difficulty,
    routes: Vec<TrainingRoute>,
    languages: Vec<String>,
    facts: BTreeMap<String, Vec<String>>,
    must: Vec<String>,
    #[serde(default)]
    must_not: Vec<String>,
    sources: Vec<String>,
}

/// The training cases, loaded and checked against the content and the locales.
#[derive(Debug, Clone)]
pub struct Cases {
    cases: Vec<Case>,
}

/// A training case's file, for [`Cases::load`].
pub fn embedded_case_files() -> Vec<SourceFile> {
    let mut files: Vec<SourceFile> = SCENARIOS
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "toml"))
        .map(|f| {
            SourceFile::new(
                format!("data/scenarios/{}", f.path().display()),
                f.contents_utf8().unwrap_or_default(),
            )
        })
        .collect();
    files.sort_by(|a, b| a.name.cmp(&b.name));
    files
}

/// The case files in `dir` (`*.toml`), sorted by name.
pub fn case_files_in(dir: &Path) -> Result<Vec<SourceFile>, Error> {
    let io = |e| Error::Io {
        path: dir.display().to_string(),
        source: e,
    };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.extension().is_some_and(|e| e == "toml") {
            let text = std::fs::read_to_string(&path).map_err(|e| Error::Io {
                path: path.display().to_string(),
                source: e,
            })?;
            files.push(SourceFile::new(path.display().to_string(), text));
        }
    }
    files.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(files)
}

impl Cases {
    /// The cases embedded in this binary.
    pub fn embedded(app: &App) -> Result<Cases, Error> {
        Cases::load(app, &embedded_case_files())
    }

    /// Parses and checks every case; every problem is returned, with file and line.
    pub fn load(app: &App, files: &[SourceFile]) -> Result<Cases, Error> {
        let mut diags = Vec::new();
        for id in TRAINING_MESSAGES {
            if !app.localizer().has_message(REFERENCE, id) {
                diags.push(Diagnostic::new(
                    format!("locales/{REFERENCE}"),
                    None,
                    format!("message `{id}` is missing (needed by training mode)"),
                ));
            }
        }
        let mut cases = Vec::new();
        let mut seen: BTreeMap<String, (String, usize)> = BTreeMap::new();
        for file in files {
            let raw: RawFile = match file.parse() {
                Ok(r) => r,
                Err(d) => {
                    diags.push(d);
                    continue;
                }
            };
            for spanned in raw.case {
                let line = file.line_of(spanned.span().start);
                let raw = spanned.into_inner();
                let mut report =
                    |msg: String| diags.push(Diagnostic::new(&file.name, Some(line), msg));
                if let Some((other, other_line)) = seen.get(&raw.id) {
                    report(format!(
                        "case `{}` is defined twice (first at {other}:{other_line})",
                        raw.id
                    ));
                }
                seen.insert(raw.id.clone(), (file.name.clone(), line));
                if let Some(case) = check_case(app, raw, &file.name, line, &mut report) {
                    cases.push(case);
                }
            }
        }
        if diags.is_empty() {
            Ok(Cases { cases })
        } else {
            Err(Error::Invalid(diags))
        }
    }

    pub fn all(&self) -> &[Case] {
        &self.cases
    }

    pub fn get(&self, id: &str) -> Option<&Case> {
        self.cases.iter().find(|c| c.id == id)
    }

    /// Cases whose expected referrals the current rules no longer give (or whose `must_not`
    /// they now give), each with its file and line, all at once. Empty when the cases and the
    /// rules agree.
    pub fn disagreements(&self, app: &App) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for case in &self.cases {
            let answers = case_answers(app, case).answers;
            let routed = app.route(&app.facts(&answers));
            let has = |id: &str| routed.iter().any(|r| r.service == id);
            let missing: Vec<&str> = case
                .must
                .iter()
                .map(String::as_str)
                .filter(|s| !has(s))
                .collect();
            let unwanted: Vec<String> = routed
                .iter()
                .filter(|r| case.must_not.contains(&r.service))
                .map(|r| format!("{} (by rule {})", r.service, r.rules.join(", ")))
                .collect();
            if missing.is_empty() && unwanted.is_empty() {
                continue;
            }
            let mut msg = format!("case `{}` no longer agrees with the rules:", case.id);
            if !missing.is_empty() {
                msg.push_str(&format!(
                    " must refer, but did not: {};",
                    missing.join(", ")
                ));
            }
            if !unwanted.is_empty() {
                msg.push_str(&format!(
                    " must not refer, but did: {};",
                    unwanted.join("; ")
                ));
            }
            msg.push_str(&format!(
                " routed: {}",
                routed
                    .iter()
                    .map(|r| format!("{} ({})", r.service, r.priority.as_str()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            // A service the site override file changed or added is why: the override's entry
            // is blamed (its line), and the case named beside it.
            let site_entry = missing
                .iter()
                .copied()
                .chain(
                    routed
                        .iter()
                        .filter(|r| case.must_not.contains(&r.service))
                        .map(|r| r.service.as_str()),
                )
                .filter_map(|id| app.content().directory.service(id))
                .find(|s| !matches!(s.origin, crate::content::Origin::Shipped));
            out.push(match site_entry {
                Some(s) => Diagnostic::new(
                    &s.file,
                    Some(s.line),
                    format!(
                        "service `{}` as this file sets it: {msg} (the case is at {}:{})",
                        s.id, case.file, case.line
                    ),
                ),
                None => Diagnostic::new(&case.file, Some(case.line), msg),
            });
        }
        out
    }

    /// The answers a trainee who asked every question and heard the case's facts would give.
    pub fn reference_answers(&self, app: &App, case: &Case) -> Answers {
        case_answers(app, case).answers
    }

    /// Scores a run: `answers` are the trainee's, `order` the question ids in the order they
    /// were (last) answered (empty when not known; then "danger asked first" is judged by
    /// whether danger was answered at all).
    pub fn score(&self, app: &App, case: &Case, answers: &Answers, order: &[String]) -> Debrief {
        score(app, case, answers, order)
    }

    /// The debrief as a screen or the terminal shows it: texts in `staff`, the vignette in
    /// `client`.
    pub fn debrief_view(
        &self,
        app: &App,
        case: &Case,
        debrief: &Debrief,
        staff: &str,
        client: &str,
    ) -> DebriefView {
        debrief_view(app, case, debrief, staff, client)
    }

    /// The cases as a trainer's list shows them.
    pub fn summaries(&self, app: &App, staff: &str) -> Vec<CaseSummary> {
        self.cases
            .iter()
            .map(|c| CaseSummary {
                id: c.id.clone(),
                title: c.title(app, staff),
                difficulty: c.difficulty,
                difficulty_label: app.localizer().text(
                    staff,
                    &format!("train-difficulty-{}", c.difficulty.as_str()),
                ),
                routes: c.routes.clone(),
                languages: c.languages.clone(),
            })
            .collect()
    }
}

/// What the canonical interview of a case gives.
struct CaseRun {
    answers: Answers,
    /// Facts of the case that no question of its interview sets.
    never_asked: Vec<String>,
    /// Questions the client answers "unknown".
    unknown_questions: Vec<String>,
}

fn case_answers(app: &App, case: &Case) -> CaseRun {
    let mut answers = Answers::new();
    let mut asked_facts = BTreeSet::new();
    let mut unknown_questions = Vec::new();
    while let Some(q) = app.next_question(&answers) {
        asked_facts.insert(q.fact.clone());
        let values: BTreeSet<String> = case
            .facts
            .get(&q.fact)
            .map(|vs| {
                vs.iter()
                    .filter(|v| q.options.contains(v))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        let answer = if values.is_empty() {
            unknown_questions.push(q.id.clone());
            Answer::Unknown
        } else {
            Answer::Values(values)
        };
        answers.insert(q.id.clone(), answer);
    }
    let never_asked = case
        .facts
        .iter()
        .map(|(k, _)| k.clone())
        .filter(|k| !asked_facts.contains(k))
        .collect();
    CaseRun {
        answers,
        never_asked,
        unknown_questions,
    }
}

/// How the trainee dealt with emergencies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum EmergencyStatus {
    /// The case needs no emergency referral, and none was given.
    NotNeeded,
    /// Danger was asked first, and 110/119 came first as the case needs.
    HandledFirst,
    /// The case needs 110/119, and it was not given.
    Missed,
    /// 110/119 was given, but danger was not the first question answered.
    NotFirst,
    /// An emergency referral was given that the case does not need.
    Unneeded,
}

impl EmergencyStatus {
    pub fn is_ok(self) -> bool {
        matches!(
            self,
            EmergencyStatus::NotNeeded | EmergencyStatus::HandledFirst
        )
    }

    fn message(self) -> &'static str {
        match self {
            EmergencyStatus::NotNeeded => "train-emergency-not-needed",
            EmergencyStatus::HandledFirst => "train-emergency-handled",
            EmergencyStatus::Missed => "train-emergency-missed",
            EmergencyStatus::NotFirst => "train-emergency-not-first",
            EmergencyStatus::Unneeded => "train-emergency-unneeded",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EmergencyCheck {
    pub status: EmergencyStatus,
    /// Emergency referrals the case calls for.
    pub needed: Vec<String>,
    /// Emergency referrals the trainee's answers gave.
    pub given: Vec<String>,
    pub danger_asked_first: bool,
}

/// A question whose answer changed the referrals: with it unknown, routing differs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MatteredQuestion {
    pub question: String,
    pub fact: String,
    /// The case's answer.
    pub values: Vec<String>,
    /// Referrals the case gets only thanks to this answer.
    pub lost: Vec<String>,
    /// Referrals the case would get without it.
    pub gained: Vec<String>,
    /// Referrals whose priority depends on it.
    pub priority_changed: Vec<String>,
    /// The trainee's answer to this question was the case's.
    pub trainee_matched: bool,
}

/// The numbers of a run: what a store keeps of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Score {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub expected: usize,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub hit: usize,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub missed: usize,
    /// Referrals given that the case says must not be.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub must_not: usize,
    /// Referrals given that the case does not expect, but that do no harm.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub extra: usize,
    pub emergency_ok: bool,
    /// Nothing missed, nothing forbidden given, emergencies handled.
    pub passed: bool,
}

/// The result of one training run, before texts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Debrief {
    pub case: String,
    /// Routing with the case's facts (what a perfect run gives).
    pub reference: Vec<Referral>,
    /// Routing with the trainee's answers.
    pub given: Vec<Referral>,
    pub hit: Vec<String>,
    pub missed: Vec<String>,
    /// Given, and in the case's `must_not`.
    pub must_not: Vec<String>,
    /// Given, not expected, not forbidden.
    pub extra: Vec<String>,
    pub emergency: EmergencyCheck,
    pub mattered: Vec<MatteredQuestion>,
    pub score: Score,
}

fn priorities(referrals: &[Referral]) -> BTreeMap<&str, Priority> {
    referrals
        .iter()
        .map(|r| (r.service.as_str(), r.priority))
        .collect()
}

fn score(app: &App, case: &Case, answers: &Answers, order: &[String]) -> Debrief {
    let reference_answers = case_answers(app, case).answers;
    let reference = app.route(&app.facts(&reference_answers));
    let given = app.route(&app.facts(answers));
    let given_has = |id: &str| given.iter().any(|r| r.service == id);
    let hit: Vec<String> = case.must.iter().filter(|s| given_has(s)).cloned().collect();
    let missed: Vec<String> = case
        .must
        .iter()
        .filter(|s| !given_has(s))
        .cloned()
        .collect();
    let must_not: Vec<String> = given
        .iter()
        .filter(|r| case.must_not.contains(&r.service))
        .map(|r| r.service.clone())
        .collect();
    let extra: Vec<String> = given
        .iter()
        .filter(|r| !case.must.contains(&r.service) && !case.must_not.contains(&r.service))
        .map(|r| r.service.clone())
        .collect();

    let emergency = emergency_check(&reference, &given, answers, order);
    let mattered = mattered_questions(app, &reference_answers, &reference, answers);

    let emergency_ok = emergency.status.is_ok();
    let score = Score {
        expected: case.must.len(),
        hit: hit.len(),
        missed: missed.len(),
        must_not: must_not.len(),
        extra: extra.len(),
        emergency_ok,
        passed: missed.is_empty() && must_not.is_empty() && emergency_ok,
    };
    Debrief {
        case: case.id.clone(),
        reference,
        given,
        hit,
        missed,
        must_not,
        extra,
        emergency,
        mattered,
        score,
    }
}

/// Whether the emergencies the case needs were given, on top, after danger was asked first.
fn emergency_check(
    reference: &[Referral],
    given: &[Referral],
    answers: &Answers,
    order: &[String],
) -> EmergencyCheck {
    let emergencies = |rs: &[Referral]| -> Vec<String> {
        rs.iter()
            .filter(|r| r.priority == Priority::Emergency)
            .map(|r| r.service.clone())
            .collect()
    };
    let needed = emergencies(reference);
    let given_em = emergencies(given);
    let danger_asked_first = match order.first() {
        Some(first) => first == "danger",
        None => answers.contains_key("danger"),
    };
    let on_top = given
        .iter()
        .take(needed.len())
        .all(|r| needed.contains(&r.service));
    let status = if needed.is_empty() {
        if given_em.is_empty() {
            EmergencyStatus::NotNeeded
        } else {
            EmergencyStatus::Unneeded
        }
    } else if !needed.iter().all(|s| given_em.contains(s)) {
        EmergencyStatus::Missed
    } else if given_em.iter().any(|s| !needed.contains(s)) {
        EmergencyStatus::Unneeded
    } else if !on_top || !danger_asked_first {
        EmergencyStatus::NotFirst
    } else {
        EmergencyStatus::HandledFirst
    };
    EmergencyCheck {
        status,
        needed,
        given: given_em,
        danger_asked_first,
    }
}

/// Questions that mattered: each answer of the case, made unknown, changes the referrals.
fn mattered_questions(
    app: &App,
    reference_answers: &Answers,
    reference: &[Referral],
    answers: &Answers,
) -> Vec<MatteredQuestion> {
    let reference_map = priorities(reference);
    let mut mattered = Vec::new();
    for q in &app.content().flow.questions {
        let Some(Answer::Values(values)) = reference_answers.get(&q.id) else {
            continue;
        };
        let mut without = reference_answers.clone();
        if q.allow_unknown {
            without.insert(q.id.clone(), Answer::Unknown);
        } else {
            without.remove(&q.id);
        }
        let alt = app.route(&app.facts(&without));
        let alt_map = priorities(&alt);
        let lost: Vec<String> = reference
            .iter()
            .filter(|r| !alt_map.contains_key(r.service.as_str()))
            .map(|r| r.service.clone())
            .collect();
        let gained: Vec<String> = alt
            .iter()
            .filter(|r| !reference_map.contains_key(r.service.as_str()))
            .map(|r| r.service.clone())
            .collect();
        let priority_changed: Vec<String> = reference
            .iter()
            .filter(|r| {
                alt_map
                    .get(r.service.as_str())
                    .is_some_and(|p| *p != r.priority)
            })
            .map(|r| r.service.clone())
            .collect();
        if lost.is_empty() && gained.is_empty() && priority_changed.is_empty() {
            continue;
        }
        mattered.push(MatteredQuestion {
            question: q.id.clone(),
            fact: q.fact.clone(),
            values: values.iter().cloned().collect(),
            lost,
            gained,
            priority_changed,
            trainee_matched: answers.get(&q.id) == reference_answers.get(&q.id),
        });
    }
    mattered
}

/// A case as the trainer's list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CaseSummary {
    pub id: String,
    /// In the staff language, else English, else Japanese.
    pub title: String,
    pub difficulty: Difficulty,
    pub difficulty_label: String,
    pub routes: Vec<TrainingRoute>,
    pub languages: Vec<String>,
}

/// What a store may keep of a training run: never a trainee's name, and never counted with live
/// records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TrainingResult {
    pub case: String,
    /// The day of the run (the caller reads the clock).
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub day: chrono::NaiveDate,
    pub staff_lang: String,
    pub client_lang: String,
    pub score: Score,
}

impl TrainingResult {
    pub fn new(debrief: &Debrief, day: chrono::NaiveDate, staff: &str, client: &str) -> Self {
        TrainingResult {
            case: debrief.case.clone(),
            day,
            staff_lang: staff.to_string(),
            client_lang: client.to_string(),
            score: debrief.score,
        }
    }
}

/// Reports, for `validate`, every problem of the embedded (or given) cases: load errors, then
/// disagreements with the rules.
pub fn check_cases(app: &App, files: &[SourceFile]) -> Vec<Diagnostic> {
    match Cases::load(app, files) {
        Ok(cases) => cases.disagreements(app),
        Err(e) => e.diagnostics().to_vec(),
    }
}
