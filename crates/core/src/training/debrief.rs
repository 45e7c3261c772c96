//! The debrief of a training run as a screen (or the terminal) shows it: every text in the
//! staff language, the vignette in the client's.

use serde::Serialize;

use super::{Case, Debrief, Difficulty, EmergencyStatus, MatteredQuestion, Score};
use crate::app::App;
use crate::i18n::FluentArgs;
use crate::model::{Priority, UNKNOWN};

/// A text with the locale it came from (`fallback`: it was missing in the one asked for).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LocalizedText {
    pub text: String,
    pub lang: String,
    pub fallback: bool,
}

/// A service in the debrief, named in the staff language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ServiceLine {
    pub service: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct EmergencyView {
    pub status: EmergencyStatus,
    pub ok: bool,
    /// What happened, in the staff language.
    pub text: String,
    pub needed: Vec<ServiceLine>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MatteredView {
    pub question: String,
    /// The question, in the staff language.
    pub text: String,
    /// The case's answer, in the staff language.
    pub answer: String,
    pub lost: Vec<ServiceLine>,
    pub gained: Vec<ServiceLine>,
    pub priority_changed: Vec<ServiceLine>,
    pub trainee_matched: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct WhyView {
    pub rule: String,
    /// The rule's reason, in the staff language.
    pub text: String,
    pub sources: Vec<String>,
}

/// An expected referral, with why the rules give it and whether the trainee gave it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExpectedView {
    pub service: String,
    pub name: String,
    #[cfg_attr(
        feature = "ts",
        ts(type = "\"emergency\" | \"urgent\" | \"standard\" | null")
    )]
    pub priority: Option<Priority>,
    pub priority_label: String,
    pub given: bool,
    pub why: Vec<WhyView>,
    /// The directory entry's own sources.
    pub service_sources: Vec<String>,
}

/// Everything the debrief screen needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DebriefView {
    pub case: String,
    pub difficulty: Difficulty,
    pub difficulty_label: String,
    pub staff_lang: String,
    pub client_lang: String,
    /// In the client language (it falls back, and says so, when the case lacks that language).
    pub vignette: LocalizedText,
    /// Teaching notes, in the staff language (falling back to `en`, then `ja`).
    pub notes: LocalizedText,
    pub hit: Vec<ServiceLine>,
    pub missed: Vec<ServiceLine>,
    pub must_not: Vec<ServiceLine>,
    pub extra: Vec<ServiceLine>,
    pub emergency: EmergencyView,
    pub mattered: Vec<MatteredView>,
    pub expected: Vec<ExpectedView>,
    pub score: Score,
    /// The score as a sentence, in the staff language.
    pub score_text: String,
    /// "Passed" or "review", in the staff language.
    pub verdict: String,
}

/// Formats `id` in `lang`; for notes, English comes before the reference when `lang` lacks it.
pub(super) fn localized(app: &App, lang: &str, id: &str, prefer_en: bool) -> LocalizedText {
    let l = app.localizer();
    let lang = if prefer_en && !l.has_message(lang, id) && l.has_message("en", id) {
        "en"
    } else {
        lang
    };
    let t = l.format(lang, id, None);
    LocalizedText {
        text: t.text,
        fallback: t.fallback,
        lang: t.lang,
    }
}

/// Names services and formats texts in the staff language.
struct Staff<'a> {
    app: &'a App,
    lang: &'a str,
}

impl Staff<'_> {
    fn text(&self, id: &str) -> String {
        self.app.localizer().text(self.lang, id)
    }

    /// A service by its name in the staff language (a site's own entry by its label).
    fn service(&self, id: &str) -> ServiceLine {
        ServiceLine {
            service: id.to_string(),
            name: match self.app.content().directory.service(id).map(|s| &s.origin) {
                Some(crate::content::Origin::Local { label, .. }) => label.clone(),
                _ => self.text(&format!("service-{id}-name")),
            },
        }
    }

    fn lines(&self, ids: &[String]) -> Vec<ServiceLine> {
        ids.iter().map(|id| self.service(id)).collect()
    }

    fn list(&self, names: impl Iterator<Item = String>) -> String {
        names
            .collect::<Vec<_>>()
            .join(self.text("list-separator").as_str())
    }
}

pub(super) fn debrief_view(
    app: &App,
    case: &Case,
    debrief: &Debrief,
    staff: &str,
    client: &str,
) -> DebriefView {
    let s = Staff { app, lang: staff };
    let l = app.localizer();
    let mut score_args = FluentArgs::new();
    score_args.set("hit", debrief.score.hit);
    score_args.set("expected", debrief.score.expected);
    DebriefView {
        case: case.id.clone(),
        difficulty: case.difficulty,
        difficulty_label: s.text(&format!("train-difficulty-{}", case.difficulty.as_str())),
        staff_lang: staff.to_string(),
        client_lang: client.to_string(),
        vignette: localized(app, client, &case.vignette_message(), false),
        notes: localized(app, staff, &case.notes_message(), true),
        hit: s.lines(&debrief.hit),
        missed: s.lines(&debrief.missed),
        must_not: s.lines(&debrief.must_not),
        extra: s.lines(&debrief.extra),
        emergency: emergency_view(&s, debrief),
        mattered: debrief
            .mattered
            .iter()
            .map(|m| mattered_view(&s, m))
            .collect(),
        expected: case
            .must
            .iter()
            .map(|id| expected_view(&s, debrief, id))
            .collect(),
        score: debrief.score,
        score_text: l.format(staff, "train-score", Some(&score_args)).text,
        verdict: s.text(if debrief.score.passed {
            "train-passed"
        } else {
            "train-review"
        }),
    }
}

fn emergency_view(s: &Staff, debrief: &Debrief) -> EmergencyView {
    let mut args = FluentArgs::new();
    let needed = debrief.emergency.needed.iter();
    args.set("services", s.list(needed.map(|id| s.service(id).name)));
    let status = debrief.emergency.status;
    EmergencyView {
        status,
        ok: status.is_ok(),
        text: s
            .app
            .localizer()
            .format(s.lang, status.message(), Some(&args))
            .text,
        needed: s.lines(&debrief.emergency.needed),
    }
}

fn mattered_view(s: &Staff, m: &MatteredQuestion) -> MatteredView {
    let answer = s.list(m.values.iter().map(|v| {
        if v == UNKNOWN {
            s.text("option-unknown")
        } else {
            s.text(&format!("value-{}-{}", m.fact, v))
        }
    }));
    MatteredView {
        question: m.question.clone(),
        text: s.text(&format!("question-{}", m.question)),
        answer,
        lost: s.lines(&m.lost),
        gained: s.lines(&m.gained),
        priority_changed: s.lines(&m.priority_changed),
        trainee_matched: m.trainee_matched,
    }
}

/// An expected referral: why the rules give it (their reasons and sources) and whether the
/// trainee gave it.
fn expected_view(s: &Staff, debrief: &Debrief, id: &String) -> ExpectedView {
    let content = s.app.content();
    let reference = debrief.reference.iter().find(|r| &r.service == id);
    let why = reference
        .map(|r| {
            r.rules
                .iter()
                .filter_map(|rule| content.flow.rule(rule))
                .map(|rule| WhyView {
                    rule: rule.id.clone(),
                    text: s.text(&rule.reason),
                    sources: rule.sources.clone(),
                })
                .collect()
        })
        .unwrap_or_default();
    let priority = reference.map(|r| r.priority);
    ExpectedView {
        service: id.clone(),
        name: s.service(id).name,
        priority,
        priority_label: priority
            .map(|p| s.text(&format!("priority-{}", p.as_str())))
            .unwrap_or_default(),
        given: debrief.hit.contains(id),
        why,
        service_sources: content
            .directory
            .service(id)
            .map(|svc| svc.sources.clone())
            .unwrap_or_default(),
    }
}
