//! Meaning checks over parsed content: references, duplicates, reachability, sources and the
//! routing contract. Every problem is reported (not only the first), each with file and line.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use super::directory::{Origin, Service};
use super::files::ContentFiles;
use super::language::non_canonical_reason;
use super::Content;
use crate::model::{Condition, Diagnostic, Priority, UNKNOWN};

struct Checker<'a> {
    flow_file: &'a str,
    dir_file: &'a str,
    contract_file: &'a str,
    diags: &'a mut Vec<Diagnostic>,
}

impl Checker<'_> {
    fn flow(&mut self, line: usize, msg: String) {
        self.diags
            .push(Diagnostic::new(self.flow_file, Some(line), msg));
    }
}

/// The values each fact can take in some consultation, `unknown` included: the options of the
/// question that sets it, if that question can be asked at all.
fn possible_values(content: &Content) -> BTreeMap<String, BTreeSet<String>> {
    let mut possible: BTreeMap<String, BTreeSet<String>> = content
        .flow
        .facts
        .iter()
        .map(|f| (f.key.clone(), BTreeSet::from([UNKNOWN.to_string()])))
        .collect();
    for q in &content.flow.questions {
        if satisfiable(&q.ask_when, &possible) {
            possible
                .entry(q.fact.clone())
                .or_default()
                .extend(q.options.iter().cloned());
        }
    }
    possible
}

/// Whether each key of the condition can take one of its values. Correlations between facts are
/// not followed, so this finds conditions that can never hold, not all that never do.
fn satisfiable(cond: &Condition, possible: &BTreeMap<String, BTreeSet<String>>) -> bool {
    cond.0.iter().all(|(key, wanted)| {
        possible
            .get(key)
            .is_some_and(|p| wanted.iter().any(|w| p.contains(w)))
    })
}

fn check_condition(
    content: &Content,
    cond: &Condition,
    what: &str,
    mut report: impl FnMut(String),
) {
    for (key, values) in &cond.0 {
        let Some(fact) = content.flow.fact(key) else {
            let known: Vec<&str> = content.flow.facts.iter().map(|f| f.key.as_str()).collect();
            report(format!(
                "{what}: unknown fact `{key}` (facts: {})",
                known.join(", ")
            ));
            continue;
        };
        if values.is_empty() {
            report(format!("{what}: fact `{key}` lists no value"));
        }
        for v in values {
            if v != UNKNOWN && !fact.values.contains(v) {
                report(format!(
                    "{what}: unknown value `{v}` for fact `{key}` (values: {}, {UNKNOWN})",
                    fact.values.join(", ")
                ));
            }
        }
    }
}

/// `003_970f52aaeeda3f0a.txt L2591-2595`, `000_9cd71d2e62acc824.txt L65` or an http(s) URL
/// (some official pages are only served over http).
pub(crate) fn source_is_well_formed(source: &str) -> bool {
    if let Some(rest) = source
        .strip_prefix("https://")
        .or_else(|| source.strip_prefix("http://"))
    {
        return !rest.is_empty() && !rest.contains(char::is_whitespace);
    }
    let Some((file, lines)) = source.split_once(' ') else {
        return false;
    };
    let file_ok = file.ends_with(".txt")
        && file.len() > 4
        && file[..file.len() - 4]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_');
    let Some(range) = lines.strip_prefix('L') else {
        return false;
    };
    let mut parts = range.splitn(2, '-');
    let start = parts.next().and_then(|s| s.parse::<u32>().ok());
    let end = parts.next().map(|s| s.parse::<u32>().ok());
    file_ok
        && match (start, end) {
            (Some(s), None) => s > 0,
            (Some(s), Some(Some(e))) => s > 0 && e >= s,
            _ => false,
        }
}

fn check_sources(sources: &[String], what: &str, mut report: impl FnMut(String)) {
    if sources.is_empty() {
        report(format!("{what} has no source"));
    }
    for s in sources {
        if !source_is_well_formed(s) {
            report(format!(
                "{what}: source `{s}` is neither `<seed file>.txt L<line>[-<line>]` nor an http(s) URL"
            ));
        }
    }
}

pub(crate) fn validate(content: &Content, files: &ContentFiles, diags: &mut Vec<Diagnostic>) {
    let mut c = Checker {
        flow_file: &files.flow.name,
        dir_file: &files.directory.name,
        contract_file: &files.contract.name,
        diags,
    };
    check_facts(content, &mut c);
    check_questions(content, &mut c);
    check_rules(content, &mut c);
    check_services(content, &mut c);
    check_contract(content, &mut c);
}

fn check_facts(content: &Content, c: &mut Checker) {
    let mut seen = HashSet::new();
    for f in &content.flow.facts {
        if !seen.insert(&f.key) {
            c.flow(f.line, format!("duplicate fact `{}`", f.key));
        }
        if f.values.is_empty() {
            c.flow(f.line, format!("fact `{}` has no values", f.key));
        }
        let mut values = HashSet::new();
        for v in &f.values {
            if v == UNKNOWN {
                c.flow(
                    f.line,
                    format!(
                        "fact `{}`: `{UNKNOWN}` is reserved for facts not known",
                        f.key
                    ),
                );
            }
            if !values.insert(v) {
                c.flow(f.line, format!("fact `{}`: duplicate value `{v}`", f.key));
            }
        }
    }
}

fn check_questions(content: &Content, c: &mut Checker) {
    let mut ids = HashSet::new();
    let mut set_by: BTreeMap<&str, &str> = BTreeMap::new();
    let mut possible: BTreeMap<String, BTreeSet<String>> = content
        .flow
        .facts
        .iter()
        .map(|f| (f.key.clone(), BTreeSet::from([UNKNOWN.to_string()])))
        .collect();
    for q in &content.flow.questions {
        let what = format!("question `{}`", q.id);
        if !ids.insert(&q.id) {
            c.flow(q.line, format!("duplicate question id `{}`", q.id));
        }
        match content.flow.fact(&q.fact) {
            None => c.flow(q.line, format!("{what} sets unknown fact `{}`", q.fact)),
            Some(fact) => {
                if q.options.is_empty() {
                    c.flow(q.line, format!("{what} has no options"));
                }
                let mut seen = HashSet::new();
                for o in &q.options {
                    if !fact.values.contains(o) {
                        c.flow(
                            q.line,
                            format!(
                                "{what}: option `{o}` is not a value of fact `{}` (values: {})",
                                q.fact,
                                fact.values.join(", ")
                            ),
                        );
                    }
                    if !seen.insert(o) {
                        c.flow(q.line, format!("{what}: duplicate option `{o}`"));
                    }
                }
            }
        }
        if let Some(other) = set_by.insert(&q.fact, &q.id) {
            c.flow(
                q.line,
                format!(
                    "{what} sets fact `{}`, already set by question `{other}`",
                    q.fact
                ),
            );
        }
        let mut problems = Vec::new();
        check_condition(content, &q.ask_when, &format!("{what} ask_when"), |m| {
            problems.push(m)
        });
        for key in q.ask_when.0.keys() {
            if !set_by.contains_key(key.as_str()) {
                problems.push(format!(
                    "{what} ask_when: fact `{key}` is not set by an earlier question"
                ));
            } else if key == &q.fact {
                problems.push(format!("{what} ask_when depends on its own fact"));
            }
        }
        if problems.is_empty() && !satisfiable(&q.ask_when, &possible) {
            problems.push(format!(
                "{what} can never be asked: its ask_when never holds"
            ));
        }
        for p in problems {
            c.flow(q.line, p);
        }
        if satisfiable(&q.ask_when, &possible) {
            possible
                .entry(q.fact.clone())
                .or_default()
                .extend(q.options.iter().cloned());
        }
    }
}

fn check_rules(content: &Content, c: &mut Checker) {
    let possible = possible_values(content);
    let mut ids = HashSet::new();
    for r in &content.flow.rules {
        let what = format!("rule `{}`", r.id);
        if !ids.insert(&r.id) {
            c.flow(r.line, format!("duplicate rule id `{}`", r.id));
        }
        let mut when_problems = Vec::new();
        check_condition(content, &r.when, &format!("{what} when"), |m| {
            when_problems.push(m)
        });
        if when_problems.is_empty() && !satisfiable(&r.when, &possible) {
            when_problems.push(format!(
                "{what} can never fire: no consultation can reach its `when`"
            ));
        }
        for p in when_problems {
            c.flow(r.when_line, p);
        }
        if r.refer.is_empty() {
            c.flow(r.line, format!("{what} refers to no service"));
        }
        let mut seen = HashSet::new();
        for target in &r.refer {
            if content.directory.service(&target.service).is_none() {
                c.flow(
                    target.line,
                    format!("{what} refers to unknown service `{}`", target.service),
                );
            }
            if !seen.insert(&target.service) {
                c.flow(
                    target.line,
                    format!("{what} refers to `{}` twice", target.service),
                );
            }
        }
        let mut problems = Vec::new();
        if r.reason.trim().is_empty() {
            problems.push(format!("{what} has no reason message"));
        }
        check_sources(&r.sources, &what, |m| problems.push(m));
        for p in problems {
            c.flow(r.line, p);
        }
    }
}

fn check_services(content: &Content, c: &mut Checker) {
    let referred: HashSet<&str> = content
        .flow
        .rules
        .iter()
        .flat_map(|r| r.refer.iter().map(|t| t.service.as_str()))
        .collect();
    let mut ids = HashSet::new();
    for s in &content.directory.services {
        let what = format!("service `{}`", s.id);
        let mut problems = Vec::new();
        if !ids.insert(&s.id) {
            problems.push(format!("duplicate service id `{}`", s.id));
        }
        match &s.origin {
            Origin::Local { refer_with, .. } => {
                if content
                    .directory
                    .service(refer_with)
                    .is_none_or(|p| matches!(p.origin, Origin::Local { .. }))
                {
                    problems.push(format!(
                        "{what}: refer_with `{refer_with}` is not a shipped service"
                    ));
                }
            }
            _ => {
                if !referred.contains(s.id.as_str()) {
                    problems.push(format!("{what} is never referred by any rule"));
                }
            }
        }
        if s.contacts.is_empty() {
            problems.push(format!("{what} has no contact"));
        }
        check_condition(content, &s.serves, &format!("{what} serves"), |m| {
            problems.push(m)
        });
        if s.serves.0.values().any(|v| v.contains(UNKNOWN)) {
            problems.push(format!(
                "{what} serves: `{UNKNOWN}` has no meaning here (an unknown fact never excludes)"
            ));
        }
        check_sources(&s.sources, &what, |m| problems.push(m));
        check_languages(s, &what, &mut problems);
        check_assured_by(s, &what, &mut problems);
        for p in problems {
            c.diags.push(Diagnostic::new(&s.file, Some(s.line), p));
        }
    }
}

/// Every language is the one canonical tag, and every language the service lists is backed by a
/// contact staffed in it or by interpretation the service documents: a client must never be told a
/// service speaks their language when the directory has no way to reach it in that language.
fn check_languages(s: &Service, what: &str, problems: &mut Vec<String>) {
    let interpreted: &[String] = s
        .interpretation
        .as_ref()
        .map_or(&[], |i| i.languages.as_slice());
    let mut tags: Vec<(&str, String)> = s
        .languages
        .iter()
        .map(|l| (l.as_str(), "languages".to_string()))
        .collect();
    for c in &s.contacts {
        tags.extend(
            c.languages
                .iter()
                .map(|l| (l.as_str(), format!("contact `{}` languages", c.value))),
        );
    }
    tags.extend(
        interpreted
            .iter()
            .map(|l| (l.as_str(), "interpretation languages".to_string())),
    );
    for (tag, field) in &tags {
        if let Some(reason) = non_canonical_reason(tag) {
            problems.push(format!("{what} {field}: {reason}"));
        }
    }
    if s.interpretation
        .as_ref()
        .is_some_and(|i| i.languages.is_empty())
    {
        problems.push(format!(
            "{what} interpretation names no language: list the languages a source says it covers"
        ));
    }
    for lang in &s.languages {
        let by_contact = s.contacts.iter().any(|c| c.languages.contains(lang));
        if !by_contact && !interpreted.contains(lang) {
            problems.push(format!(
                "{what} lists language `{lang}` but no contact is staffed in it and its interpretation does not cover it: add the contact's `languages`, document the `interpretation`, or drop the language"
            ));
        }
    }
    for (tag, field) in tags.iter().filter(|(_, f)| f != "languages") {
        if !s.languages.iter().any(|l| l == tag) {
            problems.push(format!(
                "{what} {field}: `{tag}` is missing from the service's `languages`"
            ));
        }
    }
}

/// An assured date stands on a named source: one of the service's own sources.
fn check_assured_by(s: &Service, what: &str, problems: &mut Vec<String>) {
    match &s.assured_by {
        None => problems.push(format!(
            "{what} has no `assured_by`: name the source (one of `sources`) that confirmed it on {}",
            s.assured_date
        )),
        Some(by) if !s.sources.contains(by) => problems.push(format!(
            "{what} assured_by `{by}` is not one of its `sources`"
        )),
        Some(_) => {}
    }
}

fn check_contract(content: &Content, c: &mut Checker) {
    let contract_file = c.contract_file.to_string();
    let flow_file = c.flow_file.to_string();
    let dir_file = c.dir_file.to_string();
    for cf in &content.contract.facts {
        match content.flow.fact(&cf.key) {
            None => c.diags.push(Diagnostic::new(
                &flow_file,
                None,
                format!(
                    "fact `{}` of the routing contract ({contract_file}) is missing",
                    cf.key
                ),
            )),
            Some(f) => {
                for v in &cf.values {
                    if !f.values.contains(v) {
                        c.flow(
                            f.line,
                            format!(
                                "fact `{}` lacks value `{v}` of the routing contract ({contract_file})",
                                cf.key
                            ),
                        );
                    }
                }
                if !content.flow.questions.iter().any(|q| q.fact == cf.key) {
                    c.flow(
                        f.line,
                        format!("no question sets fact `{}` of the routing contract", cf.key),
                    );
                }
            }
        }
    }
    for id in &content.contract.services {
        if content.directory.service(id).is_none() {
            c.diags.push(Diagnostic::new(
                &dir_file,
                None,
                format!("service `{id}` of the routing contract ({contract_file}) is missing"),
            ));
        }
    }
    check_exclusive(content, c);
}

/// `police_emergency` only when `danger=immediate` (and likewise `ambulance_fire`): every rule
/// that refers such a service requires exactly that value, one rule requires nothing else, the
/// referral is an emergency, and those rules come before any other emergency referral.
fn check_exclusive(content: &Content, c: &mut Checker) {
    let rules = &content.flow.rules;
    let first_other_emergency = rules
        .iter()
        .position(|r| {
            r.refer.iter().any(|t| {
                t.priority == Priority::Emergency
                    && !content
                        .contract
                        .exclusive
                        .iter()
                        .any(|e| e.service == t.service)
            })
        })
        .unwrap_or(usize::MAX);
    for ex in &content.contract.exclusive {
        let exact = BTreeSet::from([ex.value.clone()]);
        let mut unconditional = false;
        for (index, r) in rules.iter().enumerate() {
            let Some(target) = r.refer.iter().find(|t| t.service == ex.service) else {
                continue;
            };
            let what = format!("rule `{}` refers `{}`", r.id, ex.service);
            if r.when.0.get(&ex.fact) != Some(&exact) {
                c.flow(
                    r.line,
                    format!("{what}, which the contract allows only when `{}={}`: its `when` must require exactly that", ex.fact, ex.value),
                );
            }
            if target.priority != Priority::Emergency {
                c.flow(r.line, format!("{what}: its priority must be `emergency`"));
            }
            if index > first_other_emergency {
                c.flow(
                    r.line,
                    format!(
                        "{what}: it must come before every other rule with an emergency referral"
                    ),
                );
            }
            if r.when.0.len() == 1 {
                unconditional = true;
            }
        }
        if !unconditional {
            c.diags.push(Diagnostic::new(
                c.flow_file,
                None,
                format!(
                    "no rule refers `{}` on `{}={}` alone, as the routing contract requires",
                    ex.service, ex.fact, ex.value
                ),
            ));
        }
        if let Some(s) = content.directory.service(&ex.service) {
            if !s.serves.is_always() {
                c.diags.push(Diagnostic::new(
                    &s.file,
                    Some(s.line),
                    format!(
                        "service `{}` must serve everyone (the contract refers it on `{}` alone)",
                        s.id, ex.fact
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::source_is_well_formed;

    #[test]
    fn sources_are_seed_lines_or_https() {
        assert!(source_is_well_formed("003_970f52aaeeda3f0a.txt L2591-2595"));
        assert!(source_is_well_formed("000_9cd71d2e62acc824.txt L65"));
        assert!(source_is_well_formed("https://www.gender.go.jp/policy/"));
        assert!(source_is_well_formed("http://www.pref.ibaraki.jp/kenkei/"));
        assert!(!source_is_well_formed("ftp://example.org"));
        assert!(!source_is_well_formed("https://"));
        assert!(!source_is_well_formed("003_970f52aaeeda3f0a.txt"));
        assert!(!source_is_well_formed("003_970f52aaeeda3f0a.txt L20-10"));
        assert!(!source_is_well_formed("somewhere L3"));
        assert!(!source_is_well_formed(""));
    }
}
