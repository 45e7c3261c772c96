//! The app: the loaded, validated content and texts that front ends hold, and the routing
//! questions asked of it. Loading it is `load.rs`'s (it checks every room's messages); the views
//! and training add their own methods in their rooms.

use crate::content::{Content, Question};
use crate::engine::{self, Referral};
use crate::i18n::Localizer;
use crate::model::{Answers, Diagnostic, Facts};

/// Loaded, validated content and texts: the one thing front ends hold.
#[derive(Debug)]
pub struct App {
    content: Content,
    localizer: Localizer,
    translation_gaps: Vec<Diagnostic>,
}

/// Why a `KEY=VALUE` fact was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FactError {
    #[error("unknown fact `{key}`; valid facts: {valid}")]
    UnknownKey { key: String, valid: String },
    #[error("unknown value `{value}` for fact `{key}`; valid values: {valid}")]
    UnknownValue {
        key: String,
        value: String,
        valid: String,
    },
    #[error("fact `{key}` takes one value; it was given `{first}` and `{second}`")]
    SingleValued {
        key: String,
        first: String,
        second: String,
    },
}

impl App {
    /// Loaded content and texts; only [`App::load`] (in `load.rs`, which checks them) builds one.
    pub(crate) fn from_parts(
        content: Content,
        localizer: Localizer,
        translation_gaps: Vec<Diagnostic>,
    ) -> App {
        App {
            content,
            localizer,
            translation_gaps,
        }
    }

    pub fn content(&self) -> &Content {
        &self.content
    }

    pub fn localizer(&self) -> &Localizer {
        &self.localizer
    }

    /// Problems in locales other than the reference: missing messages (which fall back to the
    /// reference, flagged in every `Text`) and Fluent syntax errors. Empty for shipped content;
    /// `madoguchi validate` fails on any.
    pub fn translation_gaps(&self) -> &[Diagnostic] {
        &self.translation_gaps
    }

    /// The facts the answers establish.
    pub fn facts(&self, answers: &Answers) -> Facts {
        engine::facts_from_answers(&self.content, answers)
    }

    /// The next question to ask, or `None` when the flow is done.
    pub fn next_question(&self, answers: &Answers) -> Option<&Question> {
        engine::next_question(&self.content, answers)
    }

    /// The referrals for the facts, as `ROUTING.md` orders them.
    pub fn route(&self, facts: &Facts) -> Vec<Referral> {
        engine::route(&self.content, facts, None)
    }

    /// The referrals for a client who speaks `client_lang` (a locale tag): each with its language
    /// fit, and within `standard` the ones the client can use in their language first.
    pub fn route_for_client(&self, facts: &Facts, client_lang: &str) -> Vec<Referral> {
        engine::route(&self.content, facts, Some(client_lang))
    }

    /// Adds `key=value` to `facts`, refusing keys and values the flow does not know.
    pub fn add_fact(&self, facts: &mut Facts, key: &str, value: &str) -> Result<(), FactError> {
        let flow = &self.content.flow;
        let Some(fact) = flow.fact(key) else {
            let valid: Vec<&str> = flow.facts.iter().map(|f| f.key.as_str()).collect();
            return Err(FactError::UnknownKey {
                key: key.to_string(),
                valid: valid.join(", "),
            });
        };
        if !fact.values.iter().any(|v| v == value) {
            return Err(FactError::UnknownValue {
                key: key.to_string(),
                value: value.to_string(),
                valid: fact.values.join(", "),
            });
        }
        if !fact.multiple {
            if let Some(first) = facts.get(key).and_then(|v| v.iter().next()) {
                if first != value {
                    return Err(FactError::SingleValued {
                        key: key.to_string(),
                        first: first.clone(),
                        second: value.to_string(),
                    });
                }
            }
        }
        facts.insert(key, value);
        Ok(())
    }
}
