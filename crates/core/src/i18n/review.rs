//! Review state of translations, per message.
//!
//! Each locale may keep `locales/<tag>/review.toml`: one line per reviewed message, sorted by id,
//!
//! ```toml
//! question-recent = { by = "Tokyo interpreters' association", on = "2026-12-06", ja = "3f2a…" }
//! ```
//!
//! `by` is a role or an organisation, never a person's name; `on` the day of the review; `ja` the
//! hash ([`source_hash`]) of the Japanese message the translation was reviewed against. A message
//! not listed is a `draft`; a listed message whose Japanese has changed since is `stale`, by
//! itself. One line per message keeps merges between reviewers trivial.
//!
//! The raw source of a message ([`message_sources`]) is read from the `.ftl` text, not rebuilt
//! from Fluent's AST, so that the hash and the XLIFF round trip see exactly what the file says.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The name of each locale's review file.
pub use crate::content::REVIEW_FILE;

/// One reviewed message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// Who reviewed it: a role or an organisation, never a personal name.
    pub by: String,
    /// The day of the review, `YYYY-MM-DD`.
    pub on: String,
    /// [`source_hash`] of the Japanese message it was reviewed against.
    pub ja: String,
}

/// A message's review state in one locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageState {
    /// Reviewed against the current Japanese.
    Reviewed,
    /// Reviewed, but the Japanese has changed since.
    Stale,
    /// Never reviewed.
    Draft,
    /// Not translated at all (falls back).
    Missing,
}

impl MessageState {
    pub fn as_str(self) -> &'static str {
        match self {
            MessageState::Reviewed => "reviewed",
            MessageState::Stale => "stale",
            MessageState::Draft => "draft",
            MessageState::Missing => "missing",
        }
    }

    /// The state of a message from its review (if any) and the hash of its current Japanese.
    pub fn of(review: Option<&Review>, present: bool, ja_hash: &str) -> MessageState {
        match (present, review) {
            (false, _) => MessageState::Missing,
            (true, None) => MessageState::Draft,
            (true, Some(r)) if r.ja == ja_hash => MessageState::Reviewed,
            (true, Some(_)) => MessageState::Stale,
        }
    }
}

/// A short, stable hash of a message's source text (SHA-256, first 16 hex digits).
pub fn source_hash(value: &str) -> String {
    let digest = Sha256::digest(value.as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// Parses a review file; errors name the file and line.
pub fn parse_reviews(
    file: &crate::content::SourceFile,
) -> Result<BTreeMap<String, Review>, crate::model::Diagnostic> {
    let reviews: BTreeMap<String, Review> = file.parse()?;
    for (id, r) in &reviews {
        if chrono::NaiveDate::parse_from_str(&r.on, "%Y-%m-%d").is_err() {
            return Err(crate::model::Diagnostic::new(
                &file.name,
                Some(definition_line(&file.text, id)),
                format!(
                    "review of `{id}`: `on = \"{}\"` is not a date YYYY-MM-DD",
                    r.on
                ),
            ));
        }
        if r.by.trim().is_empty() {
            return Err(crate::model::Diagnostic::new(
                &file.name,
                Some(definition_line(&file.text, id)),
                format!("review of `{id}`: `by` names no role or organisation"),
            ));
        }
    }
    Ok(reviews)
}

/// Writes a review file: a header, then one line per message, sorted by id.
pub fn write_reviews(reviews: &BTreeMap<String, Review>) -> String {
    let mut out = String::from(
        "# Review state per message (see README, \"Reviewing a translation\"). A message not listed\n\
         # is a draft. by: a role or organisation, never a personal name; ja: hash of the Japanese\n\
         # reviewed against (a message whose Japanese changed since is stale).\n",
    );
    for (id, r) in reviews {
        out.push_str(&format!(
            "{id} = {{ by = {}, on = {}, ja = {} }}\n",
            toml_string(&r.by),
            toml_string(&r.on),
            toml_string(&r.ja)
        ));
    }
    out
}

fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// One message (or one attribute of it) as written in a `.ftl` file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageSource {
    /// `id`, or `id.attribute`.
    pub id: String,
    /// The 0-based lines it spans in the file: `start..end`.
    pub start: usize,
    pub end: usize,
    /// The value as written, normalised: the text after `=`, continuation lines without their
    /// common indentation, joined by `\n`.
    pub value: String,
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// `name = rest` with a Fluent identifier as name.
fn split_definition(line: &str) -> Option<(&str, &str)> {
    let (name, rest) = line.split_once('=')?;
    let name = name.trim_end();
    is_identifier(name).then_some((name, rest))
}

/// The messages (and attributes, as `id.attr`) of a Fluent file, with their lines and values.
/// Terms (`-term`) and comments are not messages.
pub fn message_sources(text: &str) -> Vec<MessageSource> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let starts_entry = line.starts_with(|c: char| c.is_ascii_alphabetic());
        let Some((id, rest)) = starts_entry.then(|| split_definition(line)).flatten() else {
            i += 1;
            continue;
        };
        // The entry's continuation lines: indented, or blank lines followed by indented ones.
        let mut end = i + 1;
        let mut j = i + 1;
        while j < lines.len() {
            let l = lines[j];
            if l.trim().is_empty() {
                j += 1;
                continue;
            }
            if l.starts_with([' ', '\t']) {
                j += 1;
                end = j;
                continue;
            }
            break;
        }
        // Split into the value and the attributes (`.name = …` on their own lines).
        let mut parts: Vec<(String, usize, String, Vec<&str>)> =
            vec![(id.to_string(), i, rest.to_string(), Vec::new())];
        for (k, l) in lines.iter().enumerate().take(end).skip(i + 1) {
            let attr = l
                .trim_start()
                .strip_prefix('.')
                .and_then(split_definition)
                .filter(|_| l.starts_with([' ', '\t']));
            match attr {
                Some((name, rest)) => {
                    parts.push((format!("{id}.{name}"), k, rest.to_string(), Vec::new()))
                }
                None => parts.last_mut().map(|p| p.3.push(l)).unwrap_or(()),
            }
        }
        let n = parts.len();
        for (p, (pid, pstart, first, cont)) in parts.iter().enumerate() {
            let pend = if p + 1 < n { parts[p + 1].1 } else { end };
            let value = normalise(first, cont);
            // A message with attributes only has no value unit of its own.
            if p == 0 && value.is_empty() && n > 1 {
                continue;
            }
            out.push(MessageSource {
                id: pid.clone(),
                start: *pstart,
                end: pend,
                value,
            });
        }
        i = end.max(i + 1);
    }
    out
}

fn normalise(first: &str, continuation: &[&str]) -> String {
    let indent = continuation
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut lines: Vec<&str> = Vec::new();
    let first = first.trim();
    if !first.is_empty() {
        lines.push(first);
    }
    for l in continuation {
        lines.push(if l.trim().is_empty() {
            ""
        } else {
            l[indent..].trim_end()
        });
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    while lines.first().is_some_and(|l| l.is_empty()) {
        lines.remove(0);
    }
    lines.join("\n")
}

/// A value written back as Fluent lines for `name` (a message id, or `.attr` indented).
pub fn write_value(name: &str, value: &str, attribute: bool) -> String {
    let lead = if attribute { "    ." } else { "" };
    let indent = if attribute { "        " } else { "    " };
    let mut lines = value.lines();
    let first = lines.next().unwrap_or_default();
    let mut out = format!("{lead}{name} = {first}");
    for l in lines {
        out.push('\n');
        if !l.is_empty() {
            out.push_str(indent);
            out.push_str(l);
        }
    }
    out.push('\n');
    out
}

/// The 1-based line where key `id` is defined (`id =` at the start of a line).
fn definition_line(text: &str, id: &str) -> usize {
    text.lines()
        .position(|l| {
            l.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(1, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_span_continuations_and_attributes() {
        let text = "## c\none = Hello { $name }\ntwo =\n    first\n\n    second\n# x\nthree = a\n    .title = T\n";
        let s = message_sources(text);
        let ids: Vec<_> = s.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["one", "two", "three", "three.title"]);
        assert_eq!(s[0].value, "Hello { $name }");
        assert_eq!((s[1].start, s[1].end), (2, 6));
        assert_eq!(s[1].value, "first\n\nsecond");
        assert_eq!(s[3].value, "T");
        assert_eq!(
            write_value("two", &s[1].value, false),
            "two = first\n\n    second\n"
        );
    }

    #[test]
    fn a_changed_japanese_makes_a_review_stale() {
        let r = Review {
            by: "x".into(),
            on: "2026-01-01".into(),
            ja: source_hash("72時間以内"),
        };
        assert_eq!(
            MessageState::of(Some(&r), true, &source_hash("72時間以内")),
            MessageState::Reviewed
        );
        assert_eq!(
            MessageState::of(Some(&r), true, &source_hash("72時間(3日)以内")),
            MessageState::Stale
        );
        assert_eq!(MessageState::of(None, true, "x"), MessageState::Draft);
        assert_eq!(
            MessageState::of(Some(&r), false, "x"),
            MessageState::Missing
        );
    }
}
