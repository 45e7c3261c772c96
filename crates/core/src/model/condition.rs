use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

/// The value a condition uses for a fact that was not asked or not answered.
pub const UNKNOWN: &str = "unknown";

/// Known facts: fact key → the values it holds (one, or several for a `multiple` fact).
/// A key that is absent is unknown.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facts(BTreeMap<String, BTreeSet<String>>);

impl Facts {
    pub fn new() -> Self {
        Facts::default()
    }

    /// Adds a value; adding no value leaves the fact unknown.
    pub fn insert(&mut self, key: &str, value: &str) {
        self.0
            .entry(key.to_string())
            .or_default()
            .insert(value.to_string());
    }

    pub fn set(&mut self, key: &str, values: BTreeSet<String>) {
        if values.is_empty() {
            self.0.remove(key);
        } else {
            self.0.insert(key.to_string(), values);
        }
    }

    pub fn get(&self, key: &str) -> Option<&BTreeSet<String>> {
        self.0.get(key)
    }

    pub fn has(&self, key: &str, value: &str) -> bool {
        self.0.get(key).is_some_and(|v| v.contains(value))
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &BTreeSet<String>)> {
        self.0.iter()
    }
}

/// A condition over facts: every key must match (AND); a key matches when the fact holds any of
/// the listed values (OR), or is unknown and [`UNKNOWN`] is listed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Condition(pub BTreeMap<String, BTreeSet<String>>);

impl Condition {
    pub fn matches(&self, facts: &Facts) -> bool {
        self.0.iter().all(|(key, wanted)| match facts.get(key) {
            None => wanted.contains(UNKNOWN),
            Some(values) => values.iter().any(|v| wanted.contains(v)),
        })
    }

    pub fn is_always(&self) -> bool {
        self.0.is_empty()
    }
}

impl Condition {
    /// For eligibility (`serves`): every key listed must hold one of its values *if the fact is
    /// known*; an unknown fact never excludes.
    pub fn matches_or_unknown(&self, facts: &Facts) -> bool {
        self.0.iter().all(|(key, wanted)| match facts.get(key) {
            None => true,
            Some(values) => values.iter().any(|v| wanted.contains(v)),
        })
    }
}

/// An answer to one question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// "Unknown / prefers not to say": the fact stays unknown.
    Unknown,
    /// One value, or several for a question whose fact allows several.
    Values(BTreeSet<String>),
}

impl Answer {
    pub fn one(value: &str) -> Self {
        Answer::Values(BTreeSet::from([value.to_string()]))
    }
}

/// The answers given so far, by question id.
pub type Answers = BTreeMap<String, Answer>;

#[cfg(test)]
mod tests {
    use super::*;

    fn cond(pairs: &[(&str, &[&str])]) -> Condition {
        Condition(
            pairs
                .iter()
                .map(|(k, vs)| (k.to_string(), vs.iter().map(|v| v.to_string()).collect()))
                .collect(),
        )
    }

    #[test]
    fn unknown_fact_matches_only_when_unknown_is_listed() {
        let facts = Facts::new();
        assert!(!cond(&[("age_group", &["child"])]).matches(&facts));
        assert!(cond(&[("age_group", &["child", UNKNOWN])]).matches(&facts));
    }

    #[test]
    fn keys_are_anded_and_values_ored() {
        let mut facts = Facts::new();
        facts.insert("age_group", "child");
        facts.insert("concern", "other");
        facts.insert("concern", "child_abuse");
        let c = cond(&[
            ("age_group", &["child"]),
            ("concern", &["child_abuse", "sexual_violence"]),
        ]);
        assert!(c.matches(&facts));
        let c = cond(&[("age_group", &["adult"]), ("concern", &["child_abuse"])]);
        assert!(!c.matches(&facts));
        assert!(Condition::default().matches(&facts));
    }

    #[test]
    fn a_known_multiple_fact_does_not_match_unknown() {
        let mut facts = Facts::new();
        facts.insert("concern", "other");
        assert!(!cond(&[("concern", &[UNKNOWN])]).matches(&facts));
    }
}
