//! The referral directory (`data/directory.toml`) and the site override file.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::source::{LineIndex, SourceFile};
use crate::model::{is_bidi_control, Condition, Diagnostic, DiagnosticText};

/// The language every text a site writes must have, shown where it wrote none in the client's
/// language: the reference locale (`i18n::REFERENCE` is this one).
pub(crate) const REFERENCE: &str = "ja";

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
    /// A note shown beside the contact (e.g. "from IP phones"): a Fluent message id, or, in a
    /// site override file, the desk's own words per language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Note>,
    /// Languages this contact is staffed in (canonical tags, e.g. `vi`, `fil`). Empty: not known.
    /// A language fit of `native` rests on this list and nothing else.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
}

/// Text a desk coordinator wrote in the site override file, per language (locale tags):
/// `{ ja = "平日のみ", en = "Weekdays only" }`. Japanese is required; a language the coordinator
/// did not write is shown in Japanese, marked as such.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LocalText(pub BTreeMap<String, String>);

impl LocalText {
    /// The text in `lang`, else the Japanese one; the flag is true when the Japanese text stands
    /// in for `lang` (the view marks it for a client who does not read Japanese).
    pub fn get(&self, lang: &str) -> (String, bool) {
        match self.0.get(lang) {
            Some(text) => (text.clone(), false),
            None => (
                self.0.get(REFERENCE).cloned().unwrap_or_default(),
                lang != REFERENCE,
            ),
        }
    }

    /// The Japanese text.
    pub fn japanese(&self) -> &str {
        self.0.get(REFERENCE).map_or("", String::as_str)
    }
}

/// A contact's note: a message id of the locales, or the desk's own words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Note {
    Message(String),
    Text(LocalText),
}

/// The texts a site wrote for a service in its override file, instead of the messages (a
/// shipped service) or the generic texts (a site's own service).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SiteTexts {
    pub name: Option<LocalText>,
    pub hours: Option<LocalText>,
    pub expect: Option<LocalText>,
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
    /// Who at the desk confirmed it on `assured_date`, as a role ("desk coordinator"), never a
    /// name; set by the yearly check (`madoguchi directory review --apply`).
    pub confirmed_by: Option<String>,
    pub confidence: Confidence,
    pub sources: Vec<String>,
    pub origin: Origin,
    /// The site's own words for the name, hours and what happens there.
    pub texts: SiteTexts,
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

    /// Due for the desk's yearly check: its `assured_date` is more than `months` before `today`
    /// (numbers, hours and contractors change by fiscal year).
    pub fn review_due(&self, today: NaiveDate, months: u32) -> bool {
        today
            .checked_sub_months(chrono::Months::new(months))
            .is_some_and(|limit| self.assured_date < limit)
    }
}

/// The review interval a desk has until it sets its own: every number checked once a year.
pub const DEFAULT_REVIEW_MONTHS: u32 = 12;

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
#[derive(Deserialize, Default)]
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
    confirmed_by: Option<String>,
    confidence: Option<Confidence>,
    sources: Option<Vec<String>>,
    label: Option<String>,
    refer_with: Option<String>,
    name: Option<LocalText>,
    hours_text: Option<LocalText>,
    expect: Option<LocalText>,
}

/// The keys an override entry may have.
const FIELDS: &[&str] = &[
    "id",
    "contacts",
    "hours",
    "free_call",
    "anonymous",
    "languages",
    "languages_confirmed",
    "interpretation",
    "serves",
    "assured_date",
    "assured_by",
    "confirmed_by",
    "confidence",
    "sources",
    "label",
    "refer_with",
    "name",
    "hours_text",
    "expect",
];

/// The values a field takes, where they are a short list (for the error naming them).
fn choices(field: &str) -> &'static str {
    match field {
        "hours" => "always, weekdays, varies, web, unconfirmed",
        "free_call" | "anonymous" => "yes, no, partly, unconfirmed",
        "confidence" => "high, medium, low, unconfirmed",
        "languages_confirmed" => "true, false",
        _ => "none",
    }
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
        .with_text("override-error-date", &[("value", &quoted(date.get_ref()))])
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
        diags.push(
            Diagnostic::new(
                &file.name,
                Some(loc.line),
                format!("service `{}` is missing {}", r.id, missing.join(", ")),
            )
            .with_text(
                "override-error-missing",
                &[("id", &r.id), ("fields", &missing.join(", "))],
            ),
        );
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
        confirmed_by: r.confirmed_by,
        confidence: r.confidence?,
        sources: r.sources?,
        origin,
        texts: SiteTexts {
            name: r.name,
            hours: r.hours_text,
            expect: r.expect,
        },
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
        let r = &loc.item;
        let literal_note = r
            .contacts
            .iter()
            .flatten()
            .any(|c| matches!(c.note, Some(Note::Text(_))));
        if r.label.is_some()
            || r.refer_with.is_some()
            || r.name.is_some()
            || r.hours_text.is_some()
            || r.expect.is_some()
            || literal_note
        {
            diags.push(Diagnostic::new(
                &file.name,
                Some(loc.line),
                format!(
                    "service `{}`: `label`, `refer_with` and texts written out (`name`, `hours_text`, `expect`, a note as a table) belong in a site override file; the shipped directory's texts are messages",
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

/// What the override checks need from the locales: the shipped locale tags (the languages a
/// text may be written in) and whether the reference locale has a message (a note naming one).
pub(crate) struct SiteChecks<'a> {
    pub tags: Vec<String>,
    pub has_message: &'a dyn Fn(&str) -> bool,
}

/// One problem of an override entry: in English (the CLI's detail) and as a Fluent message.
struct Problem {
    en: String,
    id: &'static str,
    args: Vec<(&'static str, String)>,
}

fn problem(en: String, id: &'static str, args: &[(&'static str, &str)]) -> Problem {
    Problem {
        en,
        id,
        args: args.iter().map(|(k, v)| (*k, v.to_string())).collect(),
    }
}

/// The longest text a site may write for one language.
pub const MAX_TEXT_CHARS: usize = 2000;

/// Why a text the site wrote cannot be shown: no Japanese, a language no locale has, empty,
/// too long, or holding a control character (a line break is allowed).
fn text_problems(id: &str, field: &str, text: &LocalText, checks: &SiteChecks) -> Vec<Problem> {
    let mut out = Vec::new();
    if !text.0.contains_key(REFERENCE) {
        out.push(problem(
            format!("service `{id}`: `{field}` has no Japanese (`ja`): every text the site writes needs it, as the fallback"),
            "override-error-text",
            &[("id", id), ("field", field), ("problem", "no-ja"), ("lang", REFERENCE), ("langs", "")],
        ));
    }
    for (lang, value) in &text.0 {
        let bad = if !checks.tags.iter().any(|t| t == lang) {
            Some((
                "language",
                format!(
                    "`{lang}` is not a language of the app ({})",
                    checks.tags.join(", ")
                ),
            ))
        } else if value.trim().is_empty() {
            Some(("empty", "is empty".to_string()))
        } else if value.chars().count() > MAX_TEXT_CHARS {
            Some((
                "long",
                format!("is longer than {MAX_TEXT_CHARS} characters"),
            ))
        } else {
            value
                .chars()
                .find(|c| (c.is_control() && *c != '\n') || is_bidi_control(*c))
                .map(|c| {
                    (
                        "control",
                        format!("holds the control character {}", c.escape_unicode()),
                    )
                })
        };
        if let Some((kind, why)) = bad {
            out.push(problem(
                format!("service `{id}`: `{field}.{lang}` {why}"),
                "override-error-text",
                &[
                    ("id", id),
                    ("field", field),
                    ("problem", kind),
                    ("lang", lang),
                    ("langs", &checks.tags.join(", ")),
                ],
            ));
        }
    }
    out
}

/// Every problem of one override entry's own values, before it is applied.
fn entry_problems(r: &RawService, checks: &SiteChecks) -> Vec<Problem> {
    let id = r.id.as_str();
    let mut problems = Vec::new();
    for (i, c) in r.contacts.iter().flatten().enumerate() {
        problems.extend(contact_problems(id, i, c, checks));
    }
    let empty = |field: &str| {
        problem(
            format!("service `{id}`: `{field}` is empty"),
            "override-error-empty",
            &[("id", id), ("field", field)],
        )
    };
    if r.contacts.as_ref().is_some_and(Vec::is_empty) {
        problems.push(empty("contacts"));
    }
    if r.languages.as_ref().is_some_and(Vec::is_empty) {
        problems.push(empty("languages"));
    }
    if r.interpretation
        .as_ref()
        .is_some_and(|i| i.languages.is_empty())
    {
        problems.push(empty("interpretation.languages"));
    }
    problems.extend(naming_problems(r));
    for (field, text) in [
        ("name", &r.name),
        ("hours_text", &r.hours_text),
        ("expect", &r.expect),
    ] {
        if let Some(text) = text {
            problems.extend(text_problems(id, field, text, checks));
        }
    }
    problems
}

/// The problems of the `i`th contact of an override entry: its value, its languages, its note.
fn contact_problems(id: &str, i: usize, c: &Contact, checks: &SiteChecks) -> Vec<Problem> {
    let mut problems = Vec::new();
    let number = (i + 1).to_string();
    if let Some(p) = contact_value_problem(c) {
        let kind = serde_json::to_value(c.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        problems.push(problem(
            format!("service `{id}`: contacts[{i}]: {p}"),
            "override-error-contact",
            &[
                ("id", id),
                ("number", &number),
                ("value", &quoted(&c.value)),
                ("kind", &kind),
            ],
        ));
    }
    if c.languages.iter().any(String::is_empty) {
        problems.push(problem(
            format!("service `{id}`: contacts[{i}]: an empty language tag"),
            "override-error-empty",
            &[("id", id), ("field", &format!("contacts[{i}].languages"))],
        ));
    }
    match &c.note {
        Some(Note::Message(note)) if !(checks.has_message)(note) => problems.push(problem(
            format!(
                "service `{id}`: contacts[{i}].note `{note}` is not a message of locales/{REFERENCE} (a note names a message id; write the desk's own words as a table: note = {{ ja = \"…\" }})"
            ),
            "override-error-note",
            &[("id", id), ("number", &number), ("note", &quoted(note))],
        )),
        Some(Note::Text(text)) => {
            problems.extend(text_problems(id, &format!("contacts[{i}].note"), text, checks))
        }
        _ => {}
    }
    problems
}

/// The problems of how an override entry names its service and who confirmed it: the label, the
/// `confirmed_by` role, a label beside a name.
fn naming_problems(r: &RawService) -> Vec<Problem> {
    let id = r.id.as_str();
    let mut problems = Vec::new();
    if let Some(label) = r.label.as_deref() {
        let kind = if label.trim().is_empty() {
            Some("empty")
        } else if label.chars().count() > MAX_LABEL_CHARS {
            Some("long")
        } else if label.chars().any(|c| c.is_control() || is_bidi_control(c)) {
            Some("control")
        } else {
            None
        };
        if let (Some(kind), Some(p)) = (kind, label_problem(label)) {
            problems.push(problem(
                format!("service `{id}`: {p}"),
                "override-error-label",
                &[
                    ("id", id),
                    ("problem", kind),
                    ("max", &MAX_LABEL_CHARS.to_string()),
                ],
            ));
        }
    }
    if let Some(role) = r.confirmed_by.as_deref() {
        if role.trim().is_empty() || label_problem(role).is_some() {
            problems.push(problem(
                format!("service `{id}`: `confirmed_by` must be a role such as \"desk coordinator\", one line of text"),
                "override-error-empty",
                &[("id", id), ("field", "confirmed_by")],
            ));
        }
    }
    if r.label.is_some() && r.name.is_some() {
        problems.push(problem(
            format!("service `{id}`: `label` and `name` both name it: keep `name`, the name per language"),
            "override-error-text",
            &[("id", id), ("field", "label"), ("problem", "both"), ("lang", ""), ("langs", "")],
        ));
    }
    problems
}

/// An override error at `line`: its English detail, its message kind and its Fluent message.
fn refusal(file: &SourceFile, line: Option<usize>, kind: &'static str, p: Problem) -> Diagnostic {
    let mut d = Diagnostic::new(&file.name, line, p.en).with_kind(kind);
    d.text = Some(DiagnosticText {
        id: p.id,
        args: p.args,
    });
    d
}

/// "Unknown key": a key an override entry (or the file) cannot have, at its line.
fn unknown_key(file: &SourceFile, line: Option<usize>, key: &str) -> Diagnostic {
    Diagnostic::new(
        &file.name,
        line,
        format!(
            "unknown key {}; the keys of an entry are: {}",
            quoted(key),
            FIELDS.join(", ")
        ),
    )
    .with_kind("ui-override-error-entry")
    .with_text(
        "override-error-unknown-key",
        &[("key", &quoted(key)), ("keys", &FIELDS.join(", "))],
    )
}

/// The entries of a site override file, each deserialized on its own and each field on its own:
/// a syntax error, an unknown key or a wrong value is reported at its line, and every other
/// entry and field is still read and checked (one typo does not hide the others). An entry with
/// a field that could not be read is not returned.
fn parse_override(
    file: &SourceFile,
    diags: &mut Vec<Diagnostic>,
) -> (Vec<Located<RawService>>, LineIndex) {
    use toml::de::{DeTable, DeValue};
    let lines = file.lines();
    let (doc, errors) = DeTable::parse_recoverable(&file.text);
    let at = |offset: usize| Some(lines.line_of(offset));
    for e in &errors {
        let line = e.span().map_or(Some(1), |s| at(s.start));
        let detail = e
            .message()
            .lines()
            .next()
            .unwrap_or("invalid TOML")
            .to_string();
        diags.push(
            Diagnostic::new(&file.name, line, format!("not TOML: {detail}"))
                .with_kind("ui-override-error-entry")
                .with_text("override-error-syntax", &[]),
        );
    }
    let mut out = Vec::new();
    for (key, value) in doc.get_ref().iter() {
        if key.get_ref().as_ref() != "service" {
            diags.push(unknown_key(file, at(key.span().start), key.get_ref()));
            continue;
        }
        let DeValue::Array(items) = value.get_ref() else {
            diags.push(
                Diagnostic::new(
                    &file.name,
                    at(value.span().start),
                    "`service` must be written as [[service]] entries",
                )
                .with_kind("ui-override-error-entry")
                .with_text("override-error-syntax", &[]),
            );
            continue;
        };
        for item in items {
            let line = lines.line_of(item.span().start);
            if let Some(raw) = read_entry(file, &lines, item, diags) {
                out.push(Located { line, item: raw });
            }
        }
    }
    (out, lines)
}

/// One `[[service]]` entry of the override, field by field: `None` (with its errors in `diags`)
/// when it is no table, has no `id`, or a field could not be read.
fn read_entry(
    file: &SourceFile,
    lines: &LineIndex,
    item: &toml::Spanned<toml::de::DeValue<'_>>,
    diags: &mut Vec<Diagnostic>,
) -> Option<RawService> {
    use toml::de::DeValue;
    let at = |offset: usize| Some(lines.line_of(offset));
    let start = item.span().start;
    let DeValue::Table(table) = item.get_ref() else {
        diags.push(
            Diagnostic::new(&file.name, at(start), "a [[service]] entry must be a table")
                .with_kind("ui-override-error-entry")
                .with_text("override-error-syntax", &[]),
        );
        return None;
    };
    let mut raw = RawService::default();
    let mut has_id = false;
    let mut failed = false;
    for (k, v) in table.iter() {
        let field: &str = k.get_ref();
        has_id |= field == "id";
        match set_field(&mut raw, field, v) {
            Ok(true) => {}
            Ok(false) => {
                failed = true;
                diags.push(unknown_key(file, at(k.span().start), field));
            }
            Err(e) => {
                failed = true;
                let offset = e.span().map_or(v.span().start, |s| s.start);
                let shown = file.text.get(v.span()).unwrap_or("");
                diags.push(
                    Diagnostic::new(
                        &file.name,
                        at(offset),
                        format!("`{field}`: {}", e.message().lines().next().unwrap_or("")),
                    )
                    .with_kind("ui-override-error-entry")
                    .with_text(
                        "override-error-value",
                        &[
                            ("field", field),
                            ("value", &quoted(shown)),
                            ("choices", choices(field)),
                        ],
                    ),
                );
            }
        }
    }
    if !has_id {
        diags.push(
            Diagnostic::new(
                &file.name,
                at(start),
                "an entry without `id`: every [[service]] names its service",
            )
            .with_kind("ui-override-error-entry")
            .with_text("override-error-missing", &[("id", "?"), ("fields", "id")]),
        );
        return None;
    }
    (!failed).then_some(raw)
}

/// Reads one field of an override entry into `raw`: `Ok(false)` for a key entries do not have.
fn set_field(
    raw: &mut RawService,
    field: &str,
    v: &toml::Spanned<toml::de::DeValue<'_>>,
) -> Result<bool, toml::de::Error> {
    fn read<T: serde::de::DeserializeOwned>(
        v: &toml::Spanned<toml::de::DeValue<'_>>,
    ) -> Result<T, toml::de::Error> {
        T::deserialize(toml::de::ValueDeserializer::from(v.clone()))
    }
    match field {
        "id" => raw.id = read(v)?,
        "contacts" => raw.contacts = Some(read(v)?),
        "hours" => raw.hours = Some(read(v)?),
        "free_call" => raw.free_call = Some(read(v)?),
        "anonymous" => raw.anonymous = Some(read(v)?),
        "languages" => raw.languages = Some(read(v)?),
        "languages_confirmed" => raw.languages_confirmed = Some(read(v)?),
        "interpretation" => raw.interpretation = Some(read(v)?),
        "serves" => raw.serves = Some(read(v)?),
        "assured_date" => raw.assured_date = Some(read(v)?),
        "assured_by" => raw.assured_by = Some(read(v)?),
        "confirmed_by" => raw.confirmed_by = Some(read(v)?),
        "confidence" => raw.confidence = Some(read(v)?),
        "sources" => raw.sources = Some(read(v)?),
        "label" => raw.label = Some(read(v)?),
        "refer_with" => raw.refer_with = Some(read(v)?),
        "name" => raw.name = Some(read(v)?),
        "hours_text" => raw.hours_text = Some(read(v)?),
        "expect" => raw.expect = Some(read(v)?),
        _ => return Ok(false),
    }
    Ok(true)
}

/// Applies a site override file: a shipped id has the fields it sets replaced; a new id must be
/// complete and say which shipped service it goes with. `protected` are the routing contract's
/// emergency services (`[[exclusive]]`): an entry naming one — as its id or its `refer_with` — is
/// refused, so that no site can change the 110 or 119 card. Every problem of every entry is
/// reported, each at its line, with its Fluent message for the staff language.
///
/// Linear in the file: ids are looked up in a map, lines in a [`LineIndex`].
pub(crate) fn apply_override(
    directory: &mut Directory,
    file: &SourceFile,
    protected: &[String],
    checks: &SiteChecks,
    diags: &mut Vec<Diagnostic>,
) {
    let (raw, lines) = parse_override(file, diags);
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
                problem(
                    format!(
                        "service {} is already in this file at line {first}: each id may appear once",
                        quoted(&id)
                    ),
                    "override-error-duplicate",
                    &[("id", &quoted(&id)), ("first", &first.to_string())],
                ),
            )],
            None => entry_refusals(&loc.item, protected, checks),
        };
        seen.entry(id.clone()).or_insert(line);
        if !refusals.is_empty() {
            for (kind, p) in refusals {
                diags.push(refusal(file, Some(line), kind, p));
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
fn entry_refusals(
    r: &RawService,
    protected: &[String],
    checks: &SiteChecks,
) -> Vec<(&'static str, Problem)> {
    let id = &r.id;
    if protected.contains(id) {
        return vec![("ui-override-error-emergency", problem(format!(
            "service `{id}` is an emergency service of the routing contract (data/contract.toml): it and its contacts cannot be overridden"
        ), "override-error-emergency", &[("id", id)]))];
    }
    if let Some(with) = r.refer_with.as_ref().filter(|w| protected.contains(w)) {
        return vec![("ui-override-error-emergency", problem(format!(
            "service `{id}`: refer_with `{with}` is an emergency service of the routing contract: nothing may be listed with it"
        ), "override-error-emergency-with", &[("id", id), ("with", with)]))];
    }
    entry_problems(r, checks)
        .into_iter()
        .map(|p| ("ui-override-error-entry", p))
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
        diags.push(refusal(file, Some(line), "ui-override-error-entry", problem(
            format!(
                "service `{}` is shipped: `label` and `refer_with` are only for services the site adds",
                r.id
            ),
            "override-error-shipped-local",
            &[("id", &r.id)],
        )));
        return;
    }
    if r.assured_date.is_some() && r.assured_by.is_none() {
        diags.push(refusal(file, Some(line), "ui-override-error-entry", problem(
            format!(
                "service `{}`: a new `assured_date` needs `assured_by`, the source that confirmed it",
                r.id
            ),
            "override-error-assured-by",
            &[("id", &r.id)],
        )));
    }
    if let Some(v) = &r.assured_date {
        match parse_date(file, lines, v) {
            Ok(d) => existing.assured_date = d,
            Err(e) => diags.push(e.with_kind("ui-override-error-entry")),
        }
    }
    replace_fields(existing, r);
    existing.origin = Origin::Overridden {
        file: file.name.clone(),
    };
    existing.file = file.name.clone();
    existing.line = line;
}

/// The fields an override entry sets, replacing the shipped ones (the assured date is parsed
/// apart, for its line).
fn replace_fields(existing: &mut Service, r: RawService) {
    fn set<T>(to: &mut T, v: Option<T>) {
        if let Some(v) = v {
            *to = v;
        }
    }
    set(&mut existing.contacts, r.contacts);
    set(&mut existing.hours, r.hours);
    set(&mut existing.free_call, r.free_call);
    set(&mut existing.anonymous, r.anonymous);
    set(&mut existing.languages, r.languages);
    set(&mut existing.languages_confirmed, r.languages_confirmed);
    set(&mut existing.interpretation, r.interpretation.map(Some));
    set(&mut existing.serves, r.serves.map(Condition));
    set(&mut existing.assured_by, r.assured_by.map(Some));
    set(&mut existing.confirmed_by, r.confirmed_by.map(Some));
    set(&mut existing.confidence, r.confidence);
    set(&mut existing.sources, r.sources);
    set(&mut existing.texts.name, r.name.map(Some));
    set(&mut existing.texts.hours, r.hours_text.map(Some));
    set(&mut existing.texts.expect, r.expect.map(Some));
}

/// A service the site adds: a well-formed id, with `name` (or `label`) and `refer_with`, complete.
fn add_local(
    loc: Located<RawService>,
    file: &SourceFile,
    lines: &LineIndex,
    diags: &mut Vec<Diagnostic>,
) -> Option<Service> {
    let line = loc.line;
    let id = loc.item.id.clone();
    if !is_service_id(&id) {
        diags.push(refusal(file, Some(line), "ui-override-error-entry", problem(
            format!(
                "{} is not a service id: a lowercase letter, then up to 63 lowercase letters, digits or `_`",
                quoted(&id)
            ),
            "override-error-service-id",
            &[("id", &quoted(&id))],
        )));
        return None;
    }
    let label = loc
        .item
        .label
        .clone()
        .or_else(|| loc.item.name.as_ref().map(|n| n.japanese().to_string()));
    let (Some(label), Some(refer_with)) = (label, loc.item.refer_with.clone()) else {
        diags.push(refusal(file, Some(line), "ui-override-error-entry", problem(
            format!(
                "service `{id}` is not shipped: a service the site adds needs `name` (or `label`) and `refer_with`"
            ),
            "override-error-local-needs",
            &[("id", &id)],
        )));
        return None;
    };
    let origin = Origin::Local {
        file: file.name.clone(),
        label,
        refer_with,
    };
    let before = diags.len();
    let service = complete(file, lines, loc, origin, diags);
    for d in &mut diags[before..] {
        d.kind.get_or_insert("ui-override-error-entry");
    }
    service
}
