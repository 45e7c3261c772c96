//! How many questions a consultation takes. The brief: usually eight or fewer. Each scenario of
//! tests/scenarios is walked through the flow, answering from its facts (unknown where it has none).

use std::collections::BTreeSet;

use madoguchi_core::{Answer, Answers, App};

fn scenario_facts() -> Vec<(String, toml::Table)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/scenarios");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("tests/scenarios") {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let doc: toml::Table = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for s in doc["scenario"].as_array().unwrap() {
            let id = s["id"].as_str().unwrap().to_string();
            out.push((id, s["facts"].as_table().cloned().unwrap_or_default()));
        }
    }
    out
}

#[test]
fn a_typical_consultation_needs_eight_questions_or_fewer() {
    let app = App::embedded().unwrap_or_else(|e| panic!("{e}"));
    let mut counts = Vec::new();
    for (id, facts) in scenario_facts() {
        let mut answers = Answers::new();
        let mut asked = 0;
        while let Some(q) = app.next_question(&answers) {
            asked += 1;
            let values: BTreeSet<String> = facts
                .get(&q.fact)
                .and_then(|v| v.as_array())
                .map(|vs| {
                    vs.iter()
                        .filter_map(|v| v.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default();
            let answer = if values.is_empty() {
                Answer::Unknown
            } else {
                Answer::Values(values)
            };
            answers.insert(q.id.clone(), answer);
            assert!(
                asked <= app.content().flow.questions.len(),
                "{id}: the flow does not end"
            );
        }
        counts.push((asked, id));
    }
    counts.sort();
    let median = counts[counts.len() / 2].0;
    let within_eight = counts.iter().filter(|(n, _)| *n <= 8).count();
    eprintln!(
        "questions per scenario: min {}, median {median}, max {} ({}); {within_eight} of {} need 8 or fewer",
        counts[0].0,
        counts[counts.len() - 1].0,
        counts[counts.len() - 1].1,
        counts.len()
    );
    assert!(median <= 8, "median {median} questions");
    assert!(
        within_eight * 2 >= counts.len(),
        "fewer than half need 8 or fewer"
    );
}
