//! Scenario tests: consultations written from the documents (`tests/scenarios/*.toml` at the
//! repository root), each with the services a counter clerk must and must not give.
//!
//! Every scenario file is parsed strictly; every scenario is routed with the embedded content; all
//! failures are collected and reported together, each with its id, file, what was expected and what
//! was routed. The format of a scenario:
//!
//! ```toml
//! [[scenario]]
//! id = "sv-adult-recent-wants-police"      # unique across all files
//! title = "Adult woman, raped last night, wants to report"
//! facts = { concern = ["sexual_violence"], recent = ["within_72h"] }  # unknown facts are omitted
//! must = ["onestop_8891"]                  # services that must be referred
//! must_not = ["police_emergency"]          # services that must not be referred
//! first = "onestop_8891"                   # optional: the service that must come first
//! priority = { onestop_8891 = "urgent" }   # optional: required priorities (implies `must`)
//! source = "003_970f52aaeeda3f0a.txt L2591-2595: \"...\""
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use madoguchi_core::{App, Facts, Priority, Referral};
use serde::Deserialize;

const MIN_SCENARIOS: usize = 60;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScenarioFile {
    #[serde(default)]
    scenario: Vec<Scenario>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    id: String,
    title: String,
    #[serde(default)]
    facts: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    must: Vec<String>,
    #[serde(default)]
    must_not: Vec<String>,
    #[serde(default)]
    first: Option<String>,
    #[serde(default)]
    priority: BTreeMap<String, String>,
    source: String,
}

fn scenario_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/scenarios")
}

fn scenario_files() -> Vec<PathBuf> {
    let dir = scenario_dir();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    files
}

fn parse_priority(s: &str) -> Option<Priority> {
    Priority::ALL.into_iter().find(|p| p.as_str() == s)
}

fn describe_routed(referrals: &[Referral]) -> String {
    if referrals.is_empty() {
        return "(nothing)".to_string();
    }
    referrals
        .iter()
        .map(|r| format!("{} ({})", r.service, r.priority.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn describe_facts(facts: &BTreeMap<String, Vec<String>>) -> String {
    if facts.is_empty() {
        return "(none: everything unknown)".to_string();
    }
    facts
        .iter()
        .map(|(k, vs)| format!("{k}={}", vs.join("+")))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Checks one scenario; returns what is wrong with it (empty when it passes).
fn check(app: &App, scenario: &Scenario) -> (Vec<String>, Option<Vec<Referral>>) {
    let mut problems = Vec::new();
    let known_service = |id: &str| app.content().directory.service(id).is_some();

    // The scenario itself must be well-formed: a typo in a service id would make a `must_not`
    // vacuous, so unknown ids are failures.
    if scenario.title.trim().is_empty() {
        problems.push("the title is empty".to_string());
    }
    let source = scenario.source.trim();
    let cites = source.contains(".txt L") || source.contains(".md") || source.contains("http");
    if !cites || !source.contains('"') {
        problems.push(
            "the source must cite a document (seed file and line, reference file or URL) and quote it"
                .to_string(),
        );
    }
    for id in scenario
        .must
        .iter()
        .chain(&scenario.must_not)
        .chain(scenario.first.iter())
        .chain(scenario.priority.keys())
    {
        if !known_service(id) {
            problems.push(format!("names unknown service `{id}`"));
        }
    }
    for id in &scenario.must {
        if scenario.must_not.contains(id) {
            problems.push(format!("`{id}` is both in must and must_not"));
        }
    }
    for id in scenario.first.iter().chain(scenario.priority.keys()) {
        if scenario.must_not.contains(id) {
            problems.push(format!("`{id}` is in must_not but also in first/priority"));
        }
    }
    let mut wanted_priority = BTreeMap::new();
    for (id, p) in &scenario.priority {
        match parse_priority(p) {
            Some(p) => {
                wanted_priority.insert(id.clone(), p);
            }
            None => problems.push(format!(
                "priority `{p}` for `{id}` is not one of emergency, urgent, standard"
            )),
        }
    }

    let mut facts = Facts::new();
    let mut facts_ok = true;
    for (key, values) in &scenario.facts {
        if values.is_empty() {
            problems.push(format!(
                "fact `{key}` has no value (omit an unknown fact instead)"
            ));
        }
        for value in values {
            if let Err(e) = app.add_fact(&mut facts, key, value) {
                problems.push(format!("bad fact: {e}"));
                facts_ok = false;
            }
        }
    }
    if !facts_ok {
        // Routing half the facts would only mislead.
        return (problems, None);
    }

    let routed = app.route(&facts);
    let find = |id: &str| routed.iter().find(|r| r.service == id);

    let missing: Vec<&str> = scenario
        .must
        .iter()
        .chain(scenario.first.iter())
        .chain(scenario.priority.keys())
        .map(String::as_str)
        .filter(|id| find(id).is_none())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    if !missing.is_empty() {
        problems.push(format!("must refer, but did not: {}", missing.join(", ")));
    }
    let unwanted: Vec<String> = scenario
        .must_not
        .iter()
        .filter_map(|id| {
            find(id).map(|r| format!("{} (by rule {})", r.service, r.rules.join(", ")))
        })
        .collect();
    if !unwanted.is_empty() {
        problems.push(format!("must not refer, but did: {}", unwanted.join("; ")));
    }
    if let Some(first) = &scenario.first {
        let actual = routed
            .first()
            .map(|r| r.service.as_str())
            .unwrap_or("(nothing)");
        if actual != first {
            problems.push(format!("first must be {first}, but was {actual}"));
        }
    }
    for (id, want) in &wanted_priority {
        if let Some(r) = find(id) {
            if r.priority != *want {
                problems.push(format!(
                    "{id} must have priority {}, but has {}",
                    want.as_str(),
                    r.priority.as_str()
                ));
            }
        }
    }
    (problems, Some(routed))
}

#[test]
fn every_scenario_routes_as_the_documents_say() {
    let app = App::embedded().unwrap_or_else(|e| panic!("embedded content does not load: {e}"));
    let files = scenario_files();
    let mut failures: Vec<String> = Vec::new();
    let mut ids: BTreeMap<String, String> = BTreeMap::new();
    let mut count = 0usize;
    let mut per_file: Vec<(String, usize)> = Vec::new();

    for path in &files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                failures.push(format!("- {name}: cannot read: {e}"));
                continue;
            }
        };
        let file: ScenarioFile = match toml::from_str(&text) {
            Ok(f) => f,
            Err(e) => {
                failures.push(format!("- {name}: does not parse:\n{e}"));
                continue;
            }
        };
        per_file.push((name.clone(), file.scenario.len()));
        for scenario in &file.scenario {
            count += 1;
            if let Some(other) = ids.insert(scenario.id.clone(), name.clone()) {
                failures.push(format!(
                    "- [{}] ({name}): id is used twice (also in {other})",
                    scenario.id
                ));
            }
            let (problems, routed) = check(&app, scenario);
            if problems.is_empty() {
                continue;
            }
            let mut msg = format!("- [{}] ({name}): {}\n", scenario.id, scenario.title);
            let _ = writeln!(msg, "    facts:    {}", describe_facts(&scenario.facts));
            for p in &problems {
                let _ = writeln!(msg, "    problem:  {p}");
            }
            if let Some(routed) = routed {
                let _ = writeln!(msg, "    routed:   {}", describe_routed(&routed));
            }
            let _ = write!(msg, "    source:   {}", scenario.source.trim());
            failures.push(msg);
        }
    }

    if count < MIN_SCENARIOS {
        failures.push(format!(
            "- only {count} scenarios in {}; at least {MIN_SCENARIOS} are required",
            scenario_dir().display()
        ));
    }

    let summary = per_file
        .iter()
        .map(|(f, n)| format!("{f}: {n}"))
        .collect::<Vec<_>>()
        .join(", ");
    assert!(
        failures.is_empty(),
        "{} of {count} scenarios (or files) failed [{summary}]:\n{}\n",
        failures.len(),
        failures.join("\n")
    );
}
