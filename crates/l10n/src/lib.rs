//! Reviewing translations: where each locale stands (reviewed / stale / draft / missing), and a
//! round trip through translators' tools — XLIFF 1.2 out, XLIFF back in with every unit checked
//! against the Japanese before anything is written.
//!
//! The review state itself (`locales/<tag>/review.toml`, one line per reviewed message, and the
//! hash of the Japanese it was reviewed against) is read by core ([`madoguchi_core::review`]),
//! which computes each locale's status from it. This crate writes it.
//!
//! A unit is one message value (`id`) or one attribute (`id.attr`). Its text is the message's
//! source as the `.ftl` file writes it; Fluent placeables (`{ $name }`, `{ "、" }`, and whole
//! select expressions) are carried as `<ph>` codes, so a translator's tool shows them as locked
//! tags and cannot break them.

use std::collections::{BTreeMap, BTreeSet};

use madoguchi_core::i18n::{PSEUDO, REFERENCE};
use madoguchi_core::review::MessageState;
use madoguchi_core::App;
use serde::Serialize;

mod import;
mod xliff;

pub use import::{import, ImportReport, Refusal};
pub use xliff::{export_csv, export_xliff, parse_csv, parse_xliff, ImportedUnit, Translation};

/// Why an export or import cannot be done.
#[derive(Debug, thiserror::Error)]
pub enum L10nError {
    #[error("unknown language `{0}` (not a shipped translation)")]
    UnknownLanguage(String),
    #[error("`{0}` is the reference: it is what the translations are reviewed against")]
    Reference(String),
    #[error("the file is not XLIFF 1.2 this tool can read: {0}")]
    Xliff(String),
    #[error("the CSV file cannot be read: {0}")]
    Csv(String),
    #[error("the import was refused, nothing was written:\n{}", .0.iter().map(|r| format!("  {r}")).collect::<Vec<_>>().join("\n"))]
    Refused(Vec<Refusal>),
    #[error("after the import, the translation would not load: {0}")]
    Invalid(String),
    #[error("cannot read or write {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

/// One unit of a locale: what a translator sees.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unit {
    /// `id` or `id.attr`.
    pub id: String,
    /// The `.ftl` file (its name only) the message lives in, in the reference.
    pub file: String,
    /// The Japanese source.
    pub source: String,
    /// The current translation; `None` when missing.
    pub target: Option<String>,
    pub state: MessageState,
    /// The variables of the Japanese message.
    pub variables: BTreeSet<String>,
    /// Where the text appears, for the translator.
    pub context: String,
}

/// The units of `lang`, in the reference's order of files and ids.
pub fn units(app: &App, lang: &str) -> Result<Vec<Unit>, L10nError> {
    check_lang(app, lang)?;
    let l = app.localizer();
    let mut out: Vec<Unit> = l
        .message_sources(REFERENCE)
        .into_iter()
        .map(|(id, source)| {
            let (file, line) = l
                .message_location(REFERENCE, &id)
                .unwrap_or_else(|| (String::new(), 0));
            let file = file.rsplit('/').next().unwrap_or_default().to_string();
            Unit {
                target: l.message_source(lang, &id).map(str::to_string),
                state: l.message_state(lang, &id),
                variables: l.message_variables(REFERENCE, &id),
                context: context_of(&id, &file, line),
                file,
                source,
                id,
            }
        })
        .collect();
    out.sort_by(|a, b| (&a.file, &a.id).cmp(&(&b.file, &b.id)));
    Ok(out)
}

fn check_lang(app: &App, lang: &str) -> Result<(), L10nError> {
    if lang == REFERENCE {
        return Err(L10nError::Reference(lang.to_string()));
    }
    if lang == PSEUDO || !app.localizer().has_language(lang) {
        return Err(L10nError::UnknownLanguage(lang.to_string()));
    }
    Ok(())
}

/// Where a message appears, from its id (the naming scheme of `locales/ja/*.ftl`).
pub fn context_of(id: &str, file: &str, line: usize) -> String {
    let base = id.split('.').next().unwrap_or(id);
    let part = |suffix: &str| base.ends_with(suffix);
    let place = if base.starts_with("question-") {
        "interview question (screen, client side; the slip's summary)".to_string()
    } else if base.starts_with("value-") || base == "option-unknown" {
        "answer option of an interview question (screen, client side)".to_string()
    } else if base.starts_with("service-") && part("-name") {
        "service name (result card, slip, Directory screen)".to_string()
    } else if base.starts_with("service-") {
        "service card text (result card, slip, Directory screen)".to_string()
    } else if base.starts_with("contact-note-") || base.starts_with("contact-") {
        "note beside a contact (result card, slip)".to_string()
    } else if base.starts_with("rule-") {
        "why a referral was given (result card, staff side)".to_string()
    } else if base.starts_with("ui-slip-") {
        "referral slip (printed, client side)".to_string()
    } else if base.starts_with("case-") {
        "training case (vignette for the role-player, or notes for the trainer)".to_string()
    } else if base.starts_with("language-name-") {
        "a language's name (language pickers, language fit)".to_string()
    } else if base.starts_with("language-fit-") {
        "language fit of a service (result card, slip)".to_string()
    } else if base.starts_with("directory-") {
        "Directory screen (staff)".to_string()
    } else if base.starts_with("report") {
        "Reports screen (staff)".to_string()
    } else if base.starts_with("settings-") {
        "Settings screen (staff)".to_string()
    } else if base.starts_with("train-") {
        "training screen and terminal (staff)".to_string()
    } else if base.starts_with("walk-") || base.starts_with("route-") {
        "terminal (madoguchi walk / route)".to_string()
    } else if base.starts_with("ui-") || base.starts_with("app-") {
        "app screen".to_string()
    } else {
        "app text".to_string()
    };
    format!("{place}; locales/{REFERENCE}/{file}:{line}")
}

/// Where one locale stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocaleStatus {
    pub tag: String,
    pub reviewed: usize,
    pub stale: usize,
    pub draft: usize,
    pub missing: usize,
    /// Words of the translations still to review (draft and stale), counted between spaces.
    pub words: usize,
    /// Their characters (spaces excluded): what agencies quote on for scripts written without
    /// spaces (Chinese, Japanese, Thai, Khmer, Burmese).
    pub characters: usize,
    /// Characters of the Japanese source of the messages still to review or translate.
    pub source_characters: usize,
}

/// Every translation's review state.
pub fn status(app: &App) -> Vec<LocaleStatus> {
    let l = app.localizer();
    let reference = l.message_sources(REFERENCE);
    l.locales()
        .into_iter()
        .filter(|s| s.tag != REFERENCE)
        .map(|s| {
            let mut st = LocaleStatus {
                tag: s.tag.clone(),
                reviewed: 0,
                stale: 0,
                draft: 0,
                missing: 0,
                words: 0,
                characters: 0,
                source_characters: 0,
            };
            for (id, source) in &reference {
                let state = l.message_state(&s.tag, id);
                match state {
                    MessageState::Reviewed => st.reviewed += 1,
                    MessageState::Stale => st.stale += 1,
                    MessageState::Draft => st.draft += 1,
                    MessageState::Missing => st.missing += 1,
                }
                if state != MessageState::Reviewed {
                    st.source_characters += source.chars().filter(|c| !c.is_whitespace()).count();
                }
                if matches!(state, MessageState::Draft | MessageState::Stale) {
                    let target = l.message_source(&s.tag, id).unwrap_or_default();
                    st.words += target.split_whitespace().count();
                    st.characters += target.chars().filter(|c| !c.is_whitespace()).count();
                }
            }
            st
        })
        .collect()
}

/// The things a translation must carry over unchanged from the Japanese: numbers (phone numbers
/// and dial codes as written, `#8103`, `0120-007-110`), and web addresses. Full-width digits
/// count as digits; `100,000` and `10万` are the same number.
pub fn protected_tokens(text: &str) -> BTreeSet<String> {
    tokens(text, false)
}

/// [`protected_tokens`] of a Japanese source, where kanji numerals count as digits too.
pub fn source_tokens(text: &str) -> BTreeSet<String> {
    tokens(text, true)
}

fn tokens(text: &str, kanji: bool) -> BTreeSet<String> {
    let chars: Vec<char> = text
        .chars()
        .map(|c| match c {
            _ if !kanji && "一二三四五六七八九".contains(c) => c,
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '＃' => '#',
            // Kanji numerals as digits (三者通話 is a "3-way call").
            '一' => '1',
            '二' => '2',
            '三' => '3',
            '四' => '4',
            '五' => '5',
            '六' => '6',
            '七' => '7',
            '八' => '8',
            '九' => '9',
            _ => c,
        })
        .collect();
    let mut out = BTreeSet::new();
    let s: String = chars.iter().collect();
    // Web addresses.
    for (start, _) in s.match_indices("http") {
        let rest = &s[start..];
        if rest.starts_with("http://") || rest.starts_with("https://") {
            let end = rest
                .find(|c: char| c.is_whitespace() || "()（）「」\"“”<>、。,".contains(c))
                .unwrap_or(rest.len());
            out.insert(
                rest[..end]
                    .trim_end_matches(['.', ',', ';', ':'])
                    .to_string(),
            );
        }
    }
    let without_urls: String = {
        let mut t = s.clone();
        for u in &out {
            t = t.replace(u.as_str(), " ");
        }
        t
    };
    let chars: Vec<char> = without_urls.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let starts_number = chars[i].is_ascii_digit()
            || (chars[i] == '#' && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit()));
        if !starts_number {
            i += 1;
            continue;
        }
        let mut token = String::new();
        token.push(chars[i]);
        i += 1;
        while i < chars.len() {
            let c = chars[i];
            let joins = c == '-' && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit());
            if c.is_ascii_digit() || joins {
                token.push(c);
                i += 1;
            } else {
                break;
            }
        }
        // Thousands separators (`100,000`) and Japanese units (`10万` = 100000).
        while chars.get(i) == Some(&',')
            && chars.len() >= i + 4
            && chars[i + 1..i + 4].iter().all(|c| c.is_ascii_digit())
            && !chars.get(i + 4).is_some_and(|c| c.is_ascii_digit())
            && !token.contains('-')
        {
            token.extend(&chars[i + 1..i + 4]);
            i += 4;
        }
        let unit = match chars.get(i) {
            Some('万') => Some(4),
            Some('億') => Some(8),
            _ => None,
        };
        if let (Some(zeros), false) = (unit, token.starts_with('#') || token.contains('-')) {
            token.push_str(&"0".repeat(zeros));
        }
        out.insert(token);
    }
    out
}

/// The variables a unit's text uses, parsed as Fluent; an error says why it does not parse.
pub fn parse_unit(id: &str, value: &str) -> Result<BTreeSet<String>, String> {
    use fluent_syntax::ast::Entry;
    let (message, attribute) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    let text = match attribute {
        None => madoguchi_core::review::write_value(message, value, false),
        Some(a) => format!(
            "{message} = x\n{}",
            madoguchi_core::review::write_value(a, value, true)
        ),
    };
    let resource = fluent_syntax::parser::parse(text.as_str()).map_err(|(_, errors)| {
        errors
            .first()
            .map(|e| format!("{}", e.kind))
            .unwrap_or_else(|| "syntax error".to_string())
    })?;
    let messages: Vec<_> = resource
        .body
        .iter()
        .filter(|e| !matches!(e, Entry::Comment(_) | Entry::GroupComment(_)))
        .collect();
    let [Entry::Message(m)] = messages.as_slice() else {
        return Err("the text makes more than one Fluent entry".to_string());
    };
    let mut vars = BTreeSet::new();
    match attribute {
        None => {
            if !m.attributes.is_empty() {
                return Err("a line of the text starts an attribute (`.name =`)".to_string());
            }
            let Some(p) = &m.value else {
                return Err("the text is empty".to_string());
            };
            madoguchi_core::i18n::collect_variables(p, &mut vars);
        }
        Some(_) => {
            let [a] = m.attributes.as_slice() else {
                return Err("a line of the text starts another attribute".to_string());
            };
            madoguchi_core::i18n::collect_variables(&a.value, &mut vars);
        }
    }
    Ok(vars)
}

/// Splits a message source into text and Fluent placeables (`{ … }`, nested braces and string
/// literals respected). Concatenating the pieces gives the source back.
pub fn segments(value: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut text = String::new();
    let chars: Vec<char> = value.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '{' {
            text.push(chars[i]);
            i += 1;
            continue;
        }
        let mut depth = 0usize;
        let mut in_string = false;
        let mut j = i;
        let mut end = None;
        while j < chars.len() {
            let c = chars[j];
            if in_string {
                if c == '\\' {
                    j += 1;
                } else if c == '"' {
                    in_string = false;
                }
            } else if c == '"' {
                in_string = true;
            } else if c == '{' {
                depth += 1;
            } else if c == '}' {
                depth -= 1;
                if depth == 0 {
                    end = Some(j);
                    break;
                }
            }
            j += 1;
        }
        match end {
            Some(end) => {
                if !text.is_empty() {
                    out.push(Segment::Text(std::mem::take(&mut text)));
                }
                out.push(Segment::Code(chars[i..=end].iter().collect()));
                i = end + 1;
            }
            None => {
                text.extend(&chars[i..]);
                i = chars.len();
            }
        }
    }
    if !text.is_empty() {
        out.push(Segment::Text(text));
    }
    out
}

/// A piece of a message: text a translator writes, or Fluent code they must keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Text(String),
    Code(String),
}

/// Counts per state, for tests and summaries.
pub fn count_states(units: &[Unit]) -> BTreeMap<MessageState, usize> {
    let mut m = BTreeMap::new();
    for u in units {
        *m.entry(u.state).or_insert(0) += 1;
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_keep_placeables_whole() {
        let s = segments("a { $x } b { \"}\" } { $n ->\n   *[other] { $n } x\n}");
        assert_eq!(
            s,
            vec![
                Segment::Text("a ".into()),
                Segment::Code("{ $x }".into()),
                Segment::Text(" b ".into()),
                Segment::Code("{ \"}\" }".into()),
                Segment::Text(" ".into()),
                Segment::Code("{ $n ->\n   *[other] { $n } x\n}".into()),
            ]
        );
    }

    #[test]
    fn tokens_are_numbers_dial_codes_and_addresses() {
        let t = source_tokens(
            "こどもの人権110番 0120-007-110 ＃８１０３ https://a.example/x。72時間 10万円 100,000",
        );
        let want: BTreeSet<String> = [
            "110",
            "0120-007-110",
            "#8103",
            "https://a.example/x",
            "72",
            "100000",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(t, want);
    }
}
