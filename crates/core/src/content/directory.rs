//! The referral directory (`data/directory.toml`) and the site override file.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::source::{LineIndex, SourceFile};
use crate::model::{is_bidi_control, Condition, Diagnostic};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    Dial,
    Phone,
    Web,
    Email,
    InPerson,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub kind: ContactKind,
    pub value: String,
    /// Fluent message id of a note shown beside the contact (e.g. "from IP phones").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Languages this contact is staffed in (canonical tags, e.g. `vi`, `fil`). Empty: not known.
    /// A language fit of `native` rests on this list and nothing else.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
}

/// How a service interprets for a client whose language none of its contacts is staffed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InterpretationMethod {
    /// The service connects an interpreter into the call (a three-way call).
    ThreeWayCall,
    /// The service brings an interpreter to an in-person meeting.
    InterpreterOnSite,
}

/// Interpretation the service itself provides: a documented method and the languages it covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interpretation {
    pub method: InterpretationMethod,
    pub languages: Vec<String>,
    /// Fluent message id explaining how to ask for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Hours {
    Always,
    Weekdays,
    Varies,
    Web,
    Unconfirmed,
}

/// Yes / no / partly, or not confirmed by any source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Availability {
    Yes,
    No,
    Partly,
    Unconfirmed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    High,
    Medium,
    Low,
    Unconfirmed,
}

/// Where an entry comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Origin {
    Shipped,
    /// A shipped entry whose fields the site override file replaced.
    Overridden {
        file: String,
    },
    /// An entry the site added; listed right after `refer_with` whenever that is referred.
    Local {
        file: String,
        label: String,
        refer_with: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Service {
    pub id: String,
    pub contacts: Vec<Contact>,
    pub hours: Hours,
    pub free_call: Availability,
    pub anonymous: Availability,
    pub languages: Vec<String>,
    pub languages_confirmed: bool,
    /// Interpretation the service provides for languages none of its contacts is staffed in.
    pub interpretation: Option<Interpretation>,
    /// Who is served; a referral is dropped when a known fact falls outside it.
    pub serves: Condition,
    pub assured_date: NaiveDate,
    /// The source (one of `sources`) that confirmed the contact route on `assured_date`.
    pub assured_by: Option<String>,
    pub confidence: Confidence,
    pub sources: Vec<String>,
    pub origin: Origin,
    pub file: String,
    pub line: usize,
}

impl Service {
    /// Old or unconfirmed entries must be checked before use: low confidence, or an
    /// `assured_date` more than two years before `today`.
    pub fn check_before_use(&self, today: NaiveDate) -> bool {
        let stale = today
            .checked_sub_months(chrono::Months::new(24))
            .is_some_and(|limit| self.assured_date < limit);
        stale || self.confidence >= Confidence::Low
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Directory {
    pub services: Vec<Service>,
}

impl Directory {
    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDirectory {
    #[serde(default)]
    service: Vec<Spanned<RawService>>,
}

/// Every field but `id` is optional so that one shape serves the shipped file and the override file;
/// completeness is checked after parsing.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawService {
    id: String,
    contacts: Option<Vec<Contact>>,
    hours: Option<Hours>,
    free_call: Option<Availability>,
    anonymous: Option<Availability>,
    languages: Option<Vec<String>>,
    languages_confirmed: Option<bool>,
    interpretation: Option<Interpretation>,
    serves: Option<BTreeMap<String, BTreeSet<String>>>,
    assured_date: Option<Spanned<String>>,
    assured_by: Option<String>,
    confidence: Option<Confidence>,
    sources: Option<Vec<String>>,
    label: Option<String>,
    refer_with: Option<String>,
}

struct Located<T> {
    line: usize,
    item: T,
}

/// The entries of a directory file, each with its line, and the file's line index (one pass over
/// the text, however many entries: see [`LineIndex`]).
fn parse_raw(file: &SourceFile) -> Result<(Vec<Located<RawService>>, LineIndex), Diagnostic> {
    let raw: RawDirectory = file.parse()?;
    let lines = file.lines();
    let services = raw
        .service
        .into_iter()
        .map(|s| Located {
            line: lines.line_of(s.span().start),
            item: s.into_inner(),
        })
        .collect();
    Ok((services, lines))
}

fn parse_date(
    file: &SourceFile,
    lines: &LineIndex,
    date: &Spanned<String>,
) -> Result<NaiveDate, Diagnostic> {
    NaiveDate::parse_from_str(date.get_ref(), "%Y-%m-%d").map_err(|_| {
        Diagnostic::new(
            &file.name,
            Some(lines.line_of(date.span().start)),
            format!(
                "assured_date `{}` is not a date (YYYY-MM-DD)",
                date.get_ref()
            ),
        )
    })
}

/// Builds a complete service, naming every missing field.
fn complete(
    file: &SourceFile,
    lines: &LineIndex,
    loc: Located<RawService>,
    origin: Origin,
    diags: &mut Vec<Diagnostic>,
) -> Option<Service> {
    let r = loc.item;
    let mut missing = Vec::new();
    macro_rules! need {
        ($field:ident) => {
            if r.$field.is_none() {
                missing.push(stringify!($field));
            }
        };
    }
    need!(contacts);
    need!(hours);
    need!(free_call);
    need!(anonymous);
    need!(languages);
    need!(languages_confirmed);
    need!(assured_date);
    need!(confidence);
    need!(sources);
    if !missing.is_empty() {
        diags.push(Diagnostic::new(
            &file.name,
            Some(loc.line),
            format!("service `{}` is missing {}", r.id, missing.join(", ")),
        ));
        return None;
    }
    let date = match parse_date(file, lines, r.assured_date.as_ref()?) {
        Ok(d) => d,
        Err(e) => {
            diags.push(e);
            return None;
        }
    };
    Some(Service {
        id: r.id,
        contacts: r.contacts?,
        hours: r.hours?,
        free_call: r.free_call?,
        anonymous: r.anonymous?,
        languages: r.languages?,
        languages_confirmed: r.languages_confirmed?,
        interpretation: r.interpretation,
        serves: Condition(r.serves.unwrap_or_default()),
        assured_date: date,
        assured_by: r.assured_by,
        confidence: r.confidence?,
        sources: r.sources?,
        origin,
        file: file.name.clone(),
        line: loc.line,
    })
}

/// Parses the shipped `directory.toml`: every service complete, no site-only fields.
pub(crate) fn parse_directory(file: &SourceFile, diags: &mut Vec<Diagnostic>) -> Option<Directory> {
    let (raw, lines) = match parse_raw(file) {
        Ok(raw) => raw,
        Err(e) => {
            diags.push(e);
            return None;
        }
    };
    let mut services = Vec::new();
    for loc in raw {
        if loc.item.label.is_some() || loc.item.refer_with.is_some() {
            diags.push(Diagnostic::new(
                &file.name,
                Some(loc.line),
                format!(
                    "service `{}`: `label` and `refer_with` belong in a site override file",
                    loc.item.id
                ),
            ));
            continue;
        }
        if let Some(s) = complete(file, &lines, loc, Origin::Shipped, diags) {
            services.push(s);
        }
    }
    Some(Directory { services })
}

/// A value from the file as a message quotes it: escaped, and cut after 60 characters (a fuzzed
/// file may hold megabytes in one string).
fn quoted(v: &str) -> String {
    const SHOWN: usize = 60;
    if v.chars().count() > SHOWN {
        let head: String = v.chars().take(SHOWN).collect();
        format!("{head:?}… ({} characters)", v.chars().count())
    } else {
        format!("{v:?}")
    }
}

/// The longest label a site may give a service of its own.
pub const MAX_LABEL_CHARS: usize = 200;

/// A service id: `^[a-z][a-z0-9_]{0,63}$`, as records and rules store it.
pub fn is_service_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && id.len() <= 64
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Why a contact's value is not one staff can dial, type or visit, if it is not: a phone number
/// (digits, `-`, spaces, parentheses, a leading `+`), a dial code (`110`, `#8103`), an
/// `https://` address, an e-mail address, or `local` for in person.
pub fn contact_value_problem(contact: &Contact) -> Option<String> {
    let v = contact.value.as_str();
    let digits = v.chars().filter(char::is_ascii_digit).count();
    let ok = match contact.kind {
        ContactKind::Phone => {
            (3..=20).contains(&digits)
                && v.len() <= 32
                && v.strip_prefix('+')
                    .unwrap_or(v)
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '-' | ' ' | '(' | ')'))
        }
        ContactKind::Dial => {
            let code = v.strip_prefix('#').unwrap_or(v);
            (3..=6).contains(&code.len()) && code.chars().all(|c| c.is_ascii_digit())
        }
        ContactKind::Web => v.strip_prefix("https://").is_some_and(|rest| {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            v.len() <= 2000
                && host.contains('.')
                && !host.starts_with('.')
                && rest
                    .chars()
                    .all(|c| c.is_ascii_graphic() && !"<>\"'\\`{}|^".contains(c))
        }),
        ContactKind::Email => v.split_once('@').is_some_and(|(user, domain)| {
            !user.is_empty()
                && domain.contains('.')
                && v.len() <= 254
                && v.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "@.-_+".contains(c))
        }),
        ContactKind::InPerson => v == "local",
    };
    (!ok).then(|| {
        let kind = match contact.kind {
            ContactKind::Phone => "phone: a phone number such as 03-1234-5678",
            ContactKind::Dial => "dial: a dial code such as 110 or #8103",
            ContactKind::Web => "web: an https:// address",
            ContactKind::Email => "email: an e-mail address",
            ContactKind::InPerson => "in_person: `local`",
        };
        format!("contact value {} is not a {kind}", quoted(v))
    })
}

/// Why a local service's label cannot be shown, if it cannot: empty, longer than
/// [`MAX_LABEL_CHARS`], or holding a control or bidi formatting character.
pub fn label_problem(label: &str) -> Option<String> {
    if label.trim().is_empty() {
        Some("`label` is empty".to_string())
    } else if label.chars().count() > MAX_LABEL_CHARS {
        Some(format!(
            "`label` is longer than {MAX_LABEL_CHARS} characters"
        ))
    } else {
        label
            .chars()
            .find(|c| c.is_control() || is_bidi_control(*c))
            .map(|c| format!("`label` holds the control character {}", c.escape_unicode()))
    }
}

/// Every problem of one override entry's own values, before it is applied.
fn entry_problems(r: &RawService) -> Vec<String> {
    let mut problems = Vec::new();
    for (i, c) in r.contacts.iter().flatten().enumerate() {
        if let Some(p) = contact_value_problem(c) {
            problems.push(format!("contacts[{i}]: {p}"));
        }
        if c.languages.iter().any(String::is_empty) {
            problems.push(format!("contacts[{i}]: an empty language tag"));
        }
    }
    if r.contacts.as_ref().is_some_and(Vec::is_empty) {
        problems.push("`contacts` is empty".to_string());
    }
    if r.languages.as_ref().is_some_and(Vec::is_empty) {
        problems.push("`languages` is empty: name the languages it serves in".to_string());
    }
    if r.interpretation
        .as_ref()
        .is_some_and(|i| i.languages.is_empty())
    {
        problems.push("`interpretation.languages` is empty".to_string());
    }
    if let Some(p) = r.label.as_deref().and_then(label_problem) {
        problems.push(p);
    }
    problems
}

/// Applies a site override file: a shipped id has the fields it sets replaced; a new id must be
/// complete and say which shipped service it goes with. `protected` are the routing contract's
/// emergency services (`[[exclusive]]`): an entry naming one — as its id or its `refer_with` — is
/// refused, so that no site can change the 110 or 119 card.
///
/// Linear in the file: ids are looked up in a map, lines in a [`LineIndex`].
pub(crate) fn apply_override(
    directory: &mut Directory,
    file: &SourceFile,
    protected: &[String],
    diags: &mut Vec<Diagnostic>,
) {
    let (raw, lines) = match parse_raw(file) {
        Ok(raw) => raw,
        Err(e) => {
            diags.push(e);
            return;
        }
    };
    let mut index: HashMap<String, usize> = directory
        .services
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.clone(), i))
        .collect();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for loc in raw {
        let line = loc.line;
        let id = loc.item.id.clone();
        let refusals = match seen.get(&id) {
            Some(first) => vec![(
                "ui-override-error-duplicate",
                format!(
                    "service {} is already in this file at line {first}: each id may appear once",
                    quoted(&id)
                ),
            )],
            None => entry_refusals(&loc.item, protected),
        };
        seen.entry(id.clone()).or_insert(line);
        if !refusals.is_empty() {
            for (kind, message) in refusals {
                diags.push(Diagnostic::new(&file.name, Some(line), message).with_kind(kind));
            }
            continue;
        }
        if let Some(&i) = index.get(&id) {
            override_shipped(&mut directory.services[i], loc, file, &lines, diags);
        } else if let Some(s) = add_local(loc, file, &lines, diags) {
            index.insert(s.id.clone(), directory.services.len());
            directory.services.push(s);
        }
    }
}

/// Why an override entry is refused whole, each with its message kind: it names an emergency
/// service of the contract (as its id or its `refer_with`), or it has problems of its own.
fn entry_refusals(r: &RawService, protected: &[String]) -> Vec<(&'static str, String)> {
    let id = &r.id;
    if protected.contains(id) {
        return vec![("ui-override-error-emergency", format!(
            "service `{id}` is an emergency service of the routing contract (data/contract.toml): it and its contacts cannot be overridden"
        ))];
    }
    if let Some(with) = r.refer_with.as_ref().filter(|w| protected.contains(w)) {
        return vec![("ui-override-error-emergency", format!(
            "service `{id}`: refer_with `{with}` is an emergency service of the routing contract: nothing may be listed with it"
        ))];
    }
    entry_problems(r)
        .into_iter()
        .map(|p| ("ui-override-error-entry", format!("service `{id}`: {p}")))
        .collect()
}

/// A shipped service with the fields the entry sets replaced.
fn override_shipped(
    existing: &mut Service,
    loc: Located<RawService>,
    file: &SourceFile,
    lines: &LineIndex,
    diags: &mut Vec<Diagnostic>,
) {
    let (line, r) = (loc.line, loc.item);
    if r.label.is_some() || r.refer_with.is_some() {
        diags.push(Diagnostic::new(
            &file.name,
            Some(line),
            format!(
                "service `{}` is shipped: `label` and `refer_with` are only for services the site adds",
                r.id
            ),
        ));
        return;
    }
    if let Some(v) = r.contacts {
        existing.contacts = v;
    }
    if let Some(v) = r.hours {
        existing.hours = v;
    }
    if let Some(v) = r.free_call {
        existing.free_call = v;
    }
    if let Some(v) = r.anonymous {
        existing.anonymous = v;
    }
    if let Some(v) = r.languages {
        existing.languages = v;
    }
    if let Some(v) = r.languages_confirmed {
        existing.languages_confirmed = v;
    }
    if let Some(v) = r.interpretation {
        existing.interpretation = Some(v);
    }
    if let Some(v) = r.serves {
        existing.serves = Condition(v);
    }
    if r.assured_date.is_some() && r.assured_by.is_none() {
        diags.push(Diagnostic::new(
            &file.name,
            Some(line),
            format!(
                "service `{}`: a new `assured_date` needs `assured_by`, the source that confirmed it",
                r.id
            ),
        ));
    }
    if let Some(v) = r.assured_date {
        match parse_date(file, lines, &v) {
            Ok(d) => existing.assured_date = d,
            Err(e) => diags.push(e),
        }
    }
    if let Some(v) = r.assured_by {
        existing.assured_by = Some(v);
    }
    if let Some(v) = r.confidence {
        existing.confidence = v;
    }
    if let Some(v) = r.sources {
        existing.sources = v;
    }
    existing.origin = Origin::Overridden {
        file: file.name.clone(),
    };
    existing.file = file.name.clone();
    existing.line = line;
}

/// A service the site adds: a well-formed id, with `label` and `refer_with`, complete.
fn add_local(
    loc: Located<RawService>,
    file: &SourceFile,
    lines: &LineIndex,
    diags: &mut Vec<Diagnostic>,
) -> Option<Service> {
    let line = loc.line;
    if !is_service_id(&loc.item.id) {
        diags.push(Diagnostic::new(
            &file.name,
            Some(line),
            format!(
                "{} is not a service id: a lowercase letter, then up to 63 lowercase letters, digits or `_`",
                quoted(&loc.item.id)
            ),
        ).with_kind("ui-override-error-entry"));
        return None;
    }
    let (Some(label), Some(refer_with)) = (loc.item.label.clone(), loc.item.refer_with.clone())
    else {
        diags.push(Diagnostic::new(
            &file.name,
            Some(line),
            format!(
                "service `{}` is not shipped: a service the site adds needs `label` and `refer_with`",
                loc.item.id
            ),
        ));
        return None;
    };
    let origin = Origin::Local {
        file: file.name.clone(),
        label,
        refer_with,
    };
    complete(file, lines, loc, origin, diags)
}
