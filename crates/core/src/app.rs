use crate::condition::{Answers, Facts};
use crate::content::{Content, ContentFiles};
use crate::diagnostic::{Diagnostic, Error};
use crate::directory::Origin;
use crate::engine::{self, Referral};
use crate::flow::Question;
use crate::i18n::Localizer;
use crate::view::VIEW_MESSAGES;

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
    /// The content embedded in this binary.
    pub fn embedded() -> Result<App, Error> {
        App::load(&ContentFiles::embedded())
    }

    /// Parses and validates everything; every problem is reported with file and line.
    pub fn load(files: &ContentFiles) -> Result<App, Error> {
        let mut diags: Vec<Diagnostic> = Vec::new();
        let mut gaps: Vec<Diagnostic> = Vec::new();
        let localizer = Localizer::build(&files.locales, &mut diags, &mut gaps);
        let tags: Vec<String> = localizer.locales().into_iter().map(|l| l.tag).collect();
        let has_message = |id: &str| localizer.has_message(crate::i18n::REFERENCE, id);
        let checks = crate::directory::SiteChecks {
            tags,
            has_message: &has_message,
        };
        let content = match Content::load(files, &checks) {
            Ok(c) => c,
            Err(mut d) => {
                d.extend(diags);
                return Err(Error::Invalid(d));
            }
        };
        let shipped: Vec<String> = localizer.locales().into_iter().map(|l| l.tag).collect();
        localizer.check_reference(&required_messages(&content, &shipped), &mut diags);
        gaps.extend(localizer.translation_gaps());
        if diags.is_empty() {
            Ok(App {
                content,
                localizer,
                translation_gaps: gaps,
            })
        } else {
            Err(Error::Invalid(diags))
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
                if (c.is_control() && c != '\n') || crate::diagnostic::is_bidi_control(c) {
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

/// Every message id the content names, with what names it (for the error message).
fn required_messages(content: &Content, localizer_tags: &[String]) -> Vec<(String, String)> {
    let mut ids = Vec::new();
    for q in &content.flow.questions {
        ids.push((format!("question-{}", q.id), format!("question `{}`", q.id)));
        for o in &q.options {
            ids.push((
                format!("value-{}-{}", q.fact, o),
                format!("question `{}`", q.id),
            ));
        }
    }
    for r in &content.flow.rules {
        ids.push((r.reason.clone(), format!("rule `{}`", r.id)));
    }
    for s in &content.directory.services {
        if !matches!(s.origin, Origin::Local { .. }) {
            for part in ["name", "hours", "expect"] {
                ids.push((
                    format!("service-{}-{part}", s.id),
                    format!("service `{}`", s.id),
                ));
            }
        }
        // Notes of the site's entries are checked with the override, against their lines.
        if matches!(s.origin, Origin::Shipped) {
            for c in &s.contacts {
                if let Some(crate::directory::Note::Message(note)) = &c.note {
                    ids.push((note.clone(), format!("service `{}`", s.id)));
                }
            }
        }
        if let Some(note) = s.interpretation.as_ref().and_then(|i| i.note.as_ref()) {
            ids.push((note.clone(), format!("service `{}`", s.id)));
        }
    }
    // A language fit names the client's language in each language on screen.
    for tag in localizer_tags {
        ids.push((
            format!("language-name-{tag}"),
            "the language fit of the cards".to_string(),
        ));
    }
    for id in VIEW_MESSAGES {
        ids.push((id.to_string(), "the views".to_string()));
    }
    for id in crate::diagnostic::OVERRIDE_MESSAGES {
        ids.push((id.to_string(), "override errors".to_string()));
    }
    for id in crate::diagnostic::OVERRIDE_ERROR_MESSAGES {
        ids.push((id.to_string(), "override errors".to_string()));
    }
    // The screens' own labels: a gap in the reference locale stops loading, as for the views.
    for (ids_of, by) in [
        (crate::DIRECTORY_MESSAGES, "the directory screen"),
        (crate::REPORT_MESSAGES, "the reports screen"),
        (crate::TRAINING_MESSAGES, "training mode"),
    ] {
        for id in ids_of {
            ids.push((id.to_string(), by.to_string()));
        }
    }
    // One entry per id, naming everything that needs it.
    let mut grouped: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for (id, by) in ids {
        let needers = grouped.entry(id).or_default();
        if !needers.contains(&by) {
            needers.push(by);
        }
    }
    grouped
        .into_iter()
        .map(|(id, by)| (id, by.join(", ")))
        .collect()
}
