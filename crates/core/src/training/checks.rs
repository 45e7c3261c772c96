//! The checks of one training case, each small and named (as in `content/validate.rs`): its id
//! and facts, the services it expects, its sources, its messages in each language, what its
//! screens must not give away, and the interview it must exercise. Every problem is reported,
//! not only the first.

use super::{case_answers, Case, RawCase, NOTES_LANGUAGES};
use crate::app::App;
use crate::content::{source_is_well_formed, ContactKind};
use crate::i18n::PSEUDO;
use crate::model::Facts;

/// The problems of one case, counted, each reported as ``case `<id>`: …``.
struct Problems<'a> {
    id: String,
    found: usize,
    report: &'a mut dyn FnMut(String),
}

impl Problems<'_> {
    fn add(&mut self, msg: String) {
        self.found += 1;
        (self.report)(format!("case `{}`: {msg}", self.id));
    }
}

/// The ids of a case's messages.
struct Messages {
    vignette: String,
    notes: String,
    title: String,
}

/// The case, when it has no problem; otherwise `None`, with every problem reported.
pub(super) fn check_case(
    app: &App,
    raw: RawCase,
    file: &str,
    line: usize,
    report: &mut impl FnMut(String),
) -> Option<Case> {
    let mut p = Problems {
        id: raw.id.clone(),
        found: 0,
        report,
    };
    let id = &raw.id;
    let m = Messages {
        vignette: format!("case-{id}-vignette"),
        notes: format!("case-{id}-notes"),
        title: format!("case-{id}-title"),
    };
    check_id(id, &mut p);
    let facts = check_facts(app, &raw, &mut p);
    check_services(app, &raw, &mut p);
    check_sources(&raw, &mut p);
    check_languages(app, &raw, &m, &mut p);
    check_notes(app, &raw, &m, &mut p);
    check_undeclared_languages(app, &raw, &m, &mut p);
    check_giveaways(app, &raw, &m, &mut p);
    if p.found > 0 {
        return None;
    }
    let case = Case {
        id: raw.id,
        difficulty: raw.difficulty,
        routes: raw.routes,
        languages: raw.languages,
        facts,
        must: raw.must,
        must_not: raw.must_not,
        sources: raw.sources,
        file: file.to_string(),
        line,
    };
    check_interview(app, &case, &mut p);
    (p.found == 0).then_some(case)
}

fn check_id(id: &str, p: &mut Problems) {
    if id.is_empty()
        || !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        p.add("the id must be lowercase letters, digits and `-`".to_string());
    }
}

/// The case's facts, each checked against the flow; the concern must be among them.
fn check_facts(app: &App, raw: &RawCase, p: &mut Problems) -> Facts {
    let mut facts = Facts::new();
    for (key, values) in &raw.facts {
        if values.is_empty() {
            p.add(format!("fact `{key}` has no value (omit an unknown fact)"));
        }
        for v in values {
            if let Err(e) = app.add_fact(&mut facts, key, v) {
                p.add(format!("bad fact: {e}"));
            }
        }
    }
    if facts.get("concern").is_none() {
        p.add("the facts must say the concern (the question allows no unknown)".to_string());
    }
    facts
}

/// `must` and `must_not` name services of the directory, `must` at least one, none both.
fn check_services(app: &App, raw: &RawCase, p: &mut Problems) {
    let known = |s: &str| app.content().directory.service(s).is_some();
    if raw.must.is_empty() {
        p.add("`must` is empty".to_string());
    }
    for s in raw.must.iter().chain(&raw.must_not) {
        if !known(s) {
            p.add(format!("unknown service `{s}`"));
        }
    }
    for s in &raw.must {
        if raw.must_not.contains(s) {
            p.add(format!("`{s}` is both in must and must_not"));
        }
    }
    if raw.routes.is_empty() {
        p.add("`routes` is empty".to_string());
    }
}

fn check_sources(raw: &RawCase, p: &mut Problems) {
    if raw.sources.is_empty() {
        p.add("`sources` is empty: the notes must cite the documents".to_string());
    }
    for s in &raw.sources {
        if !source_is_well_formed(s) {
            p.add(format!(
                "source `{s}` is neither `<seed file>.txt L<line>[-<line>]` nor an http(s) URL"
            ));
        }
    }
}

/// The declared languages include the notes' and are shipped, each with the vignette; the
/// title is in the notes' languages.
fn check_languages(app: &App, raw: &RawCase, m: &Messages, p: &mut Problems) {
    let l = app.localizer();
    for lang in NOTES_LANGUAGES {
        if !raw.languages.iter().any(|x| x == lang) {
            p.add(format!("`languages` must include `{lang}`"));
        }
    }
    for lang in &raw.languages {
        if !l.has_language(lang) {
            p.add(format!("language `{lang}` is not shipped"));
            continue;
        }
        if !l.has_message(lang, &m.vignette) {
            p.add(format!(
                "message `{}` is missing in locales/{lang} (the case declares `{lang}`)",
                m.vignette
            ));
        }
    }
    for lang in NOTES_LANGUAGES {
        if !l.has_message(lang, &m.title) {
            p.add(format!(
                "message `{}` is missing in locales/{lang}",
                m.title
            ));
        }
    }
}

/// The teaching notes exist in the notes' languages and cite every source.
fn check_notes(app: &App, raw: &RawCase, m: &Messages, p: &mut Problems) {
    let l = app.localizer();
    for lang in NOTES_LANGUAGES {
        if !l.has_message(lang, &m.notes) {
            p.add(format!(
                "message `{}` is missing in locales/{lang}",
                m.notes
            ));
            continue;
        }
        let text = l.text(lang, &m.notes);
        for s in &raw.sources {
            if !text.contains(s.as_str()) {
                p.add(format!(
                    "the notes in locales/{lang} do not cite `{s}` (every source is cited in the notes)"
                ));
            }
        }
    }
}

/// A vignette or title in a language the case does not declare is a mistake.
fn check_undeclared_languages(app: &App, raw: &RawCase, m: &Messages, p: &mut Problems) {
    let l = app.localizer();
    for lang in l.languages().into_iter().filter(|t| t != PSEUDO) {
        for message in [&m.vignette, &m.title] {
            if l.has_message(&lang, message) && !raw.languages.contains(&lang) {
                p.add(format!(
                    "`{message}` exists in locales/{lang}, but the case does not declare `{lang}`"
                ));
            }
        }
    }
}

/// Neither the vignette nor the title (both on the trainee's screen) may give the answers
/// away: no expected service's name or number.
fn check_giveaways(app: &App, raw: &RawCase, m: &Messages, p: &mut Problems) {
    let l = app.localizer();
    let shown = raw.languages.iter().flat_map(|lang| {
        [("vignette", &m.vignette), ("title", &m.title)]
            .into_iter()
            .filter(|(_, id)| l.has_message(lang, id))
            .map(move |(what, id)| (lang, what, l.text(lang, id)))
    });
    for (lang, what, text) in shown {
        for s in &raw.must {
            let Some(service) = app.content().directory.service(s) else {
                continue;
            };
            let name = l.text(lang, &format!("service-{s}-name"));
            let numbers = service
                .contacts
                .iter()
                .filter(|c| matches!(c.kind, ContactKind::Dial | ContactKind::Phone))
                .map(|c| c.value.clone());
            for giveaway in std::iter::once(name).chain(numbers) {
                if !giveaway.is_empty() && text.contains(&giveaway) {
                    p.add(format!(
                        "the {what} in locales/{lang} names an answer: `{giveaway}` ({s})"
                    ));
                }
            }
        }
    }
}

/// The case's interview asks for every fact it has, and exercises every route it declares.
fn check_interview(app: &App, case: &Case, p: &mut Problems) {
    let run = case_answers(app, case);
    for k in &run.never_asked {
        p.add(format!(
            "fact `{k}` is never asked in this case's interview (drop it, or add what makes it asked)"
        ));
    }
    for route in &case.routes {
        if !route.exercised_by(case, &run.unknown_questions) {
            p.add(format!(
                "route `{}` is declared, but the case does not exercise it",
                route.as_str()
            ));
        }
    }
}
