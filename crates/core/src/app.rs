//! The app: the loaded, validated content and texts that front ends hold, and the routing
//! questions asked of it. Loading it is `load.rs`'s (it checks every room's messages); the views
//! and training add their own methods in their rooms.

use crate::content::{Content, Question};
use crate::engine::{self, Referral};
use crate::i18n::{Localizer, RubyStyle};
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

    /// A problem as staff read it, in `lang`: `file:line: ` and its message (an override error),
    /// or its English detail when it has no message. Controls in quoted values are escaped.
    pub fn diagnostic_text(&self, lang: &str, d: &Diagnostic) -> String {
        let Some(text) = &d.text else {
            return d.to_string();
        };
        let mut args = crate::i18n::FluentArgs::new();
        for (k, v) in &text.args {
            args.set(*k, v.clone());
        }
        let body = self.localizer.format(lang, text.id, Some(&args)).text;
        let mut where_ = crate::i18n::FluentArgs::new();
        where_.set("file", d.file.clone());
        where_.set("line", d.line.map_or(String::new(), |l| l.to_string()));
        where_.set("message", body);
        let line = self
            .localizer
            .format(lang, "override-error-line", Some(&where_))
            .text;
        line.chars()
            .map(|c| {
                if (c.is_control() && c != '\n') || crate::model::is_bidi_control(c) {
                    c.escape_unicode().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect()
    }

    pub fn content(&self) -> &Content {
        &self.content
    }

    pub fn localizer(&self) -> &Localizer {
        &self.localizer
    }

    /// How texts show readings (ruby): parentheses by default, for terminals and files; a front
    /// end that draws `<ruby>` asks for [`RubyStyle::Annotated`].
    pub fn with_ruby_style(mut self, style: RubyStyle) -> App {
        self.localizer.set_ruby_style(style);
        self
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
