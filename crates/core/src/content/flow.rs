//! The decision flow: facts, questions and rules (`data/flow.toml`), and the routing contract
//! (`data/contract.toml`).

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use toml::Spanned;

use super::source::SourceFile;
use crate::model::{Condition, Diagnostic, Priority};

/// A fact the flow can set, with the values it may take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub key: String,
    pub values: Vec<String>,
    pub multiple: bool,
    pub line: usize,
}

/// One question: it sets one fact, and is asked (in file order) when `ask_when` holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub id: String,
    pub fact: String,
    pub options: Vec<String>,
    pub allow_unknown: bool,
    pub ask_when: Condition,
    pub line: usize,
}

/// A service a rule refers to, with the priority of that referral.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceRef {
    pub service: String,
    pub priority: Priority,
    pub line: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawServiceRef {
    service: String,
    priority: Priority,
}

/// A rule: when its condition holds, it refers the client to its services.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub id: String,
    pub when: Condition,
    /// Line of `when`, or of the rule when it has none.
    pub when_line: usize,
    pub refer: Vec<ServiceRef>,
    /// Fluent message id of the reason staff can read out.
    pub reason: String,
    pub sources: Vec<String>,
    pub line: usize,
}

/// The whole flow, in file order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Flow {
    pub facts: Vec<Fact>,
    pub questions: Vec<Question>,
    pub rules: Vec<Rule>,
}

impl Flow {
    pub fn fact(&self, key: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.key == key)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFlow {
    #[serde(default)]
    fact: Vec<Spanned<RawFact>>,
    #[serde(default)]
    question: Vec<Spanned<RawQuestion>>,
    #[serde(default)]
    rule: Vec<Spanned<RawRule>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFact {
    key: String,
    values: Vec<String>,
    #[serde(default)]
    multiple: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: String,
    fact: String,
    options: Vec<String>,
    #[serde(default)]
    allow_unknown: bool,
    #[serde(default)]
    ask_when: BTreeMap<String, BTreeSet<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    when: Option<Spanned<BTreeMap<String, BTreeSet<String>>>>,
    refer: Vec<Spanned<RawServiceRef>>,
    reason: String,
    #[serde(default)]
    sources: Vec<String>,
}

/// Parses `flow.toml`. Only syntax and shape are checked here; meaning is checked by the validator.
pub(crate) fn parse_flow(file: &SourceFile) -> Result<Flow, Diagnostic> {
    let raw: RawFlow = file.parse()?;
    let line = |span: std::ops::Range<usize>| file.line_of(span.start);
    Ok(Flow {
        facts: raw
            .fact
            .into_iter()
            .map(|s| {
                let l = line(s.span());
                let f = s.into_inner();
                Fact {
                    key: f.key,
                    values: f.values,
                    multiple: f.multiple,
                    line: l,
                }
            })
            .collect(),
        questions: raw
            .question
            .into_iter()
            .map(|s| {
                let l = line(s.span());
                let q = s.into_inner();
                Question {
                    id: q.id,
                    fact: q.fact,
                    options: q.options,
                    allow_unknown: q.allow_unknown,
                    ask_when: Condition(q.ask_when),
                    line: l,
                }
            })
            .collect(),
        rules: raw
            .rule
            .into_iter()
            .map(|s| {
                let l = line(s.span());
                let r = s.into_inner();
                let when_line = r.when.as_ref().map_or(l, |w| line(w.span()));
                Rule {
                    id: r.id,
                    when: Condition(r.when.map(Spanned::into_inner).unwrap_or_default()),
                    when_line,
                    refer: r
                        .refer
                        .into_iter()
                        .map(|t| {
                            let tl = line(t.span());
                            let t = t.into_inner();
                            ServiceRef {
                                service: t.service,
                                priority: t.priority,
                                line: tl,
                            }
                        })
                        .collect(),
                    reason: r.reason,
                    sources: r.sources,
                    line: l,
                }
            })
            .collect(),
    })
}

/// The names `ROUTING.md` fixes: the validator checks the flow and directory still have them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contract {
    pub facts: Vec<ContractFact>,
    pub services: Vec<String>,
    #[serde(default)]
    pub exclusive: Vec<Exclusive>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContractFact {
    pub key: String,
    pub values: Vec<String>,
}

/// A service that may be referred only when one fact has one value, and then comes first.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exclusive {
    pub service: String,
    pub fact: String,
    pub value: String,
}
