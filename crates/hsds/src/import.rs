//! An HSDS service list (ours or another directory's) as site override entries.
//!
//! A service whose `madoguchi:service_id` attribute names a shipped service becomes an override
//! of it (emergency services of the routing contract are skipped: no site may change them); any
//! other becomes a local entry, listed after its `refer_with` service (from its
//! `madoguchi:refer_with` attribute, else the caller's default). What HSDS carries that an override
//! entry cannot hold is listed per service, never silently dropped.

use std::collections::{BTreeMap, BTreeSet};

use madoguchi_core::{
    App, Availability, Confidence, Contact, ContactKind, Hours, Interpretation,
    InterpretationMethod, LocalText, Note,
};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::link_type;

/// One `[[service]]` of a site override file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OverrideEntry {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refer_with: Option<String>,
    /// The desk's own words, per language (from our `madoguchi:texts` attribute).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<LocalText>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours_text: Option<LocalText>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expect: Option<LocalText>,
    pub hours: Hours,
    pub free_call: Availability,
    pub anonymous: Availability,
    /// Empty only for a shipped service that lists none: the entry then keeps the shipped list
    /// (an override may not set an empty one).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    pub languages_confirmed: bool,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub serves: BTreeMap<String, BTreeSet<String>>,
    pub assured_date: String,
    pub assured_by: String,
    pub confidence: Confidence,
    pub sources: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interpretation: Option<Interpretation>,
    pub contacts: Vec<Contact>,
}

/// A service of the list that was not imported, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The service's position in the list (from 0) and its name.
    pub index: usize,
    pub name: String,
    pub reason: SkipReason,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// An emergency service of the routing contract: a site cannot override it.
    Emergency(String),
    /// `status` is not `active`.
    NotActive(String),
}

/// The fields of one imported service that the override entry does not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unmapped {
    pub id: String,
    pub fields: Vec<String>,
}

/// The result of an import: entries for the override file, the services skipped, and per entry
/// the HSDS fields that could not be mapped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Imported {
    pub entries: Vec<OverrideEntry>,
    pub skipped: Vec<Skipped>,
    pub unmapped: Vec<Unmapped>,
}

/// Why a service could not become an override entry: its position, its name and the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error(
        "the file is neither a JSON array of HSDS services nor a service list with `contents`"
    )]
    NotAList,
    #[error("service {index} ({name}): `{field}`: {problem}")]
    Service {
        index: usize,
        name: String,
        field: String,
        problem: String,
    },
}

/// The caller's defaults for what an HSDS service from another directory does not say.
#[derive(Debug, Clone, Copy, Default)]
pub struct Defaults<'a> {
    /// The shipped service a local entry is listed after.
    pub refer_with: Option<&'a str>,
    /// The source (an https:// address of the published directory) that confirmed the entries.
    pub source: Option<&'a str>,
}

/// Maps every service of `list` (a JSON array of HSDS services, or an HSDS API service list with
/// `contents`); every problem of every service is returned at once.
pub fn import(app: &App, list: &Value, defaults: Defaults) -> Result<Imported, Vec<ImportError>> {
    let services = match list {
        Value::Array(items) => items,
        Value::Object(o) => match o.get("contents") {
            Some(Value::Array(items)) => items,
            _ => return Err(vec![ImportError::NotAList]),
        },
        _ => return Err(vec![ImportError::NotAList]),
    };
    let emergency: BTreeSet<&str> = app
        .content()
        .contract
        .exclusive
        .iter()
        .map(|e| e.service.as_str())
        .collect();
    let mut imported = Imported::default();
    let mut errors = Vec::new();
    let mut ids = BTreeSet::new();
    for (index, service) in services.iter().enumerate() {
        let mut one = One::new(index, service);
        match one.entry(app, &emergency, defaults) {
            Ok(Mapped::Entry(entry)) => {
                if !ids.insert(entry.id.clone()) {
                    one.fail("id", format!("`{}` is imported twice", entry.id));
                } else if one.errors.is_empty() {
                    imported.unmapped.push(Unmapped {
                        id: entry.id.clone(),
                        fields: one.unmapped_fields(),
                    });
                    imported.entries.push(*entry);
                }
            }
            Ok(Mapped::Skipped(reason)) => imported.skipped.push(Skipped {
                index,
                name: one.name.clone(),
                reason,
            }),
            Err(()) => {}
        }
        errors.extend(one.errors);
    }
    if errors.is_empty() {
        Ok(imported)
    } else {
        Err(errors)
    }
}

/// The override file's text: a header naming what was not imported, then the entries.
pub fn to_toml(imported: &Imported) -> Result<String, toml::ser::Error> {
    #[derive(Serialize)]
    struct File<'a> {
        service: &'a [OverrideEntry],
    }
    let body = toml::to_string(&File {
        service: &imported.entries,
    })?;
    let mut text = String::new();
    for u in imported.unmapped.iter().filter(|u| !u.fields.is_empty()) {
        text.push_str(&format!(
            "# {}: not imported from HSDS: {}\n",
            u.id,
            u.fields.join(", ")
        ));
    }
    if !text.is_empty() {
        text.push('\n');
    }
    text.push_str(&body);
    Ok(text)
}

enum Mapped {
    Entry(Box<OverrideEntry>),
    Skipped(SkipReason),
}

/// One service being mapped: the fields read so far and the problems found.
struct One<'a> {
    index: usize,
    name: String,
    service: &'a Value,
    read: BTreeSet<String>,
    unmapped: Vec<String>,
    errors: Vec<ImportError>,
}

/// HSDS fields that are ours by construction (ids, the organization we export for each service)
/// or that an entry holds in another form: never listed as not imported.
const STRUCTURAL: &[&str] = &["id", "organization_id", "organization", "status"];

impl<'a> One<'a> {
    fn new(index: usize, service: &'a Value) -> Self {
        let name = service
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        One {
            index,
            name,
            service,
            read: STRUCTURAL.iter().map(|f| f.to_string()).collect(),
            unmapped: Vec::new(),
            errors: Vec::new(),
        }
    }

    fn fail(&mut self, field: &str, problem: impl Into<String>) {
        self.errors.push(ImportError::Service {
            index: self.index,
            name: self.name.clone(),
            field: field.to_string(),
            problem: problem.into(),
        });
    }

    fn field(&mut self, name: &str) -> Option<&'a Value> {
        self.read.insert(name.to_string());
        self.service.get(name).filter(|v| !v.is_null())
    }

    fn text(&mut self, name: &str) -> Option<&'a str> {
        self.field(name).and_then(Value::as_str)
    }

    /// The values of the service's attributes of one link type.
    fn attributes(&mut self, link: &str) -> Vec<&'a str> {
        self.read.insert("attributes".to_string());
        attributes_of(self.service, link)
    }

    fn attribute(&mut self, link: &str) -> Option<&'a str> {
        self.attributes(link).into_iter().next()
    }

    /// A value of one of our enums from its attribute, `fallback` when the attribute is absent.
    fn code<T: DeserializeOwned>(&mut self, link: &str, fallback: T) -> T {
        match self.attribute(link) {
            None => fallback,
            Some(code) => match serde_json::from_value(Value::String(code.to_string())) {
                Ok(v) => v,
                Err(_) => {
                    self.fail(
                        "attributes",
                        format!("{link} `{code}` is not a known value"),
                    );
                    fallback
                }
            },
        }
    }

    /// Top-level fields neither read nor empty, with what was found unmappable inside them.
    fn unmapped_fields(&self) -> Vec<String> {
        let mut fields: Vec<String> = self
            .service
            .as_object()
            .map(|o| {
                o.iter()
                    .filter(|(k, v)| !self.read.contains(*k) && !is_empty(v))
                    .map(|(k, _)| k.clone())
                    .collect()
            })
            .unwrap_or_default();
        fields.extend(self.unmapped.iter().cloned());
        fields
    }

    fn entry(
        &mut self,
        app: &App,
        emergency: &BTreeSet<&str>,
        defaults: Defaults,
    ) -> Result<Mapped, ()> {
        if !self.service.is_object() {
            self.fail("", "is not a JSON object");
            return Err(());
        }
        if let Some(status) = self.text("status").filter(|s| *s != "active") {
            return Ok(Mapped::Skipped(SkipReason::NotActive(status.to_string())));
        }
        let our_id = self.attribute(link_type::SERVICE_ID);
        let shipped = our_id.filter(|id| {
            app.content()
                .directory
                .service(id)
                .is_some_and(|s| matches!(s.origin, madoguchi_core::Origin::Shipped))
        });
        if let Some(id) = shipped.filter(|id| emergency.contains(id)) {
            return Ok(Mapped::Skipped(SkipReason::Emergency(id.to_string())));
        }
        let (id, label, refer_with) = match shipped {
            // A shipped service's texts are its messages: the HSDS name and description are them.
            Some(id) => {
                self.read
                    .extend(["name", "alternate_name", "description"].map(String::from));
                (id.to_string(), None, None)
            }
            None => {
                let id = match our_id.filter(|id| madoguchi_core::is_service_id(id)) {
                    Some(id) => id.to_string(),
                    None => local_id(self.text("id").unwrap_or("")),
                };
                // A site's own entry we exported shows the generic text every local entry shows.
                if self.attribute(link_type::ORIGIN) == Some("local") {
                    self.read.insert("description".to_string());
                }
                let label = self.text("name").unwrap_or("").to_string();
                let refer_with = self
                    .attribute(link_type::REFER_WITH)
                    .or(defaults.refer_with)
                    .map(str::to_string);
                if refer_with.is_none() {
                    self.fail(
                        "attributes",
                        format!(
                            "a service the site adds needs `refer_with`: give --refer-with or a {} attribute",
                            link_type::REFER_WITH
                        ),
                    );
                }
                (id, Some(label), refer_with)
            }
        };
        let texts = self.texts();
        // A name written per language replaces the label; HSDS's `name` is its Japanese.
        let label = if texts.contains_key("name") {
            None
        } else {
            label
        };
        let contacts = self.contacts();
        let interpretation = self.interpretation();
        // The service's spoken languages in their order, then any only a phone names, then the
        // interpreted ones.
        let mut languages: Vec<String> = Vec::new();
        let listed = self.service_languages();
        let staffed = contacts.iter().flat_map(|c| &c.languages);
        let interpreted = interpretation.iter().flat_map(|i| &i.languages);
        for code in listed.iter().chain(staffed).chain(interpreted) {
            if !languages.contains(code) {
                languages.push(code.clone());
            }
        }
        if languages.is_empty() && shipped.is_none() {
            self.fail(
                "languages",
                "no language: neither the service's `languages` nor its phones' name one",
            );
        }
        let hours = self.hours();
        let serves = self.serves();
        let (sources, assured_by) = self.sources(defaults.source);
        let assured_date = match self.text("assured_date") {
            Some(d) => d.to_string(),
            None => {
                self.fail(
                    "assured_date",
                    "missing: the date the entry was last checked",
                );
                String::new()
            }
        };
        let mut texts = texts;
        let entry = OverrideEntry {
            id,
            label,
            refer_with,
            name: texts.remove("name"),
            hours_text: texts.remove("hours_text"),
            expect: texts.remove("expect"),
            hours,
            free_call: self.code(link_type::FREE_CALL, Availability::Unconfirmed),
            anonymous: self.code(link_type::ANONYMOUS, Availability::Unconfirmed),
            languages_confirmed: self.attribute(link_type::LANGUAGES_CONFIRMED) == Some("true"),
            languages,
            serves,
            assured_date,
            assured_by,
            confidence: self.code(link_type::CONFIDENCE, Confidence::Unconfirmed),
            sources,
            interpretation,
            contacts,
        };
        // Read for the record: the attributes we write ourselves and need not map back.
        for link in [
            link_type::TEXT_LANGUAGE,
            link_type::ALTERNATE_NAME_LANGUAGE,
            link_type::ORIGIN,
        ] {
            self.attributes(link);
        }
        let foreign = foreign_attributes(self.service);
        self.unmapped.extend(foreign);
        Ok(Mapped::Entry(Box::new(entry)))
    }

    /// The texts the desk wrote per language (our own export): their Japanese are `name`,
    /// `description` and the schedules' description, read with them.
    fn texts(&mut self) -> BTreeMap<String, LocalText> {
        let Some(json) = self.attribute(link_type::TEXTS) else {
            return BTreeMap::new();
        };
        match serde_json::from_str::<BTreeMap<String, LocalText>>(json) {
            Ok(texts) => {
                if texts.contains_key("name") {
                    self.read
                        .extend(["name", "alternate_name"].map(String::from));
                }
                if texts.contains_key("expect") {
                    self.read.insert("description".to_string());
                }
                texts
            }
            Err(e) => {
                self.fail("attributes", format!("{}: {e}", link_type::TEXTS));
                BTreeMap::new()
            }
        }
    }

    /// Phones (dial codes and numbers, with their languages and notes), then the other contacts:
    /// ours from `madoguchi:contact`, another directory's from `url` and `email`.
    fn service_languages(&mut self) -> Vec<String> {
        self.field("languages")
            .and_then(Value::as_array)
            .map(|ls| ls.iter().filter_map(language_code).collect())
            .unwrap_or_default()
    }

    fn contacts(&mut self) -> Vec<Contact> {
        let service_languages = self.service_languages();
        let mut contacts = Vec::new();
        let phones = self.field("phones").and_then(Value::as_array);
        for (i, phone) in phones.into_iter().flatten().enumerate() {
            let Some(number) = phone.get("number").and_then(Value::as_str) else {
                self.fail(&format!("phones[{i}].number"), "missing");
                continue;
            };
            let mut languages: Vec<String> = phone
                .get("languages")
                .and_then(Value::as_array)
                .map(|ls| ls.iter().filter_map(language_code).collect())
                .unwrap_or_default();
            // HSDS: the service's languages are spoken at the service, so on its phones too.
            if languages.is_empty() {
                languages = service_languages.clone();
            }
            let literal = attributes_of(phone, link_type::NOTE_TEXT)
                .first()
                .map(|json| serde_json::from_str::<LocalText>(json));
            let note = match literal {
                Some(Ok(text)) => Some(Note::Text(text)),
                Some(Err(e)) => {
                    self.fail(
                        &format!("phones[{i}].attributes"),
                        format!("{}: {e}", link_type::NOTE_TEXT),
                    );
                    None
                }
                None => attributes_of(phone, link_type::NOTE)
                    .first()
                    .map(|n| Note::Message(n.to_string())),
            };
            if note.is_none() && phone.get("description").is_some_and(|d| !is_empty(d)) {
                self.unmapped.push(format!("phones[{i}].description"));
            }
            let contact = Contact {
                kind: if is_dial_code(number) {
                    ContactKind::Dial
                } else {
                    ContactKind::Phone
                },
                value: number.to_string(),
                note,
                languages,
            };
            self.check_contact(&format!("phones[{i}].number"), &contact);
            contacts.push(contact);
        }
        let ours = self.attributes(link_type::CONTACT);
        if ours.is_empty() {
            for (field, kind) in [("url", ContactKind::Web), ("email", ContactKind::Email)] {
                if let Some(value) = self.text(field) {
                    let contact = Contact {
                        kind,
                        value: value.to_string(),
                        note: None,
                        languages: service_languages.clone(),
                    };
                    self.check_contact(field, &contact);
                    contacts.push(contact);
                }
            }
        } else {
            // Our own export: `url` and `email` repeat the first of these.
            self.read.extend(["url", "email"].map(String::from));
            for text in ours {
                match serde_json::from_str::<Contact>(text) {
                    Ok(c) => {
                        self.check_contact("attributes", &c);
                        contacts.push(c);
                    }
                    Err(e) => self.fail("attributes", format!("{}: {e}", link_type::CONTACT)),
                }
            }
        }
        if contacts.is_empty() {
            self.fail("phones", "no phone, url or email: nothing to refer to");
        }
        contacts
    }

    fn check_contact(&mut self, field: &str, contact: &Contact) {
        if let Some(problem) = madoguchi_core::contact_value_problem(contact) {
            self.fail(field, problem);
        }
    }

    fn interpretation(&mut self) -> Option<Interpretation> {
        let languages: Vec<String> = self
            .attributes(link_type::INTERPRETATION_LANGUAGE)
            .into_iter()
            .map(str::to_string)
            .collect();
        let text = self.field("interpretation_services");
        if languages.is_empty() {
            if text.is_some_and(|t| !is_empty(t)) {
                self.unmapped.push("interpretation_services".to_string());
            }
            return None;
        }
        let method = self.code(
            link_type::INTERPRETATION_METHOD,
            InterpretationMethod::ThreeWayCall,
        );
        Some(Interpretation {
            method,
            languages,
            note: self
                .attribute(link_type::INTERPRETATION_NOTE)
                .map(str::to_string),
        })
    }

    /// Our hours code; else "always" from a 24/7 weekly RRULE; else unconfirmed, the schedules'
    /// texts listed as not imported.
    fn hours(&mut self) -> Hours {
        let schedules = self.field("schedules").and_then(Value::as_array);
        let from_attribute = self.attribute(link_type::HOURS).is_some();
        let hours = self.code(link_type::HOURS, Hours::Unconfirmed);
        if from_attribute {
            return hours;
        }
        let schedules = schedules.map(Vec::as_slice).unwrap_or_default();
        if schedules.iter().any(is_always) {
            return Hours::Always;
        }
        if !schedules.is_empty() {
            self.unmapped.push("schedules".to_string());
        }
        Hours::Unconfirmed
    }

    /// Who is served, from our `fact=value` attributes; another directory's eligibility text is
    /// listed as not imported.
    fn serves(&mut self) -> BTreeMap<String, BTreeSet<String>> {
        let mut serves: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let pairs = self.attributes(link_type::SERVES);
        for pair in &pairs {
            match pair.split_once('=') {
                Some((fact, value)) => {
                    serves
                        .entry(fact.to_string())
                        .or_default()
                        .insert(value.to_string());
                }
                None => self.fail(
                    "attributes",
                    format!("{} `{pair}` is not fact=value", link_type::SERVES),
                ),
            }
        }
        let text = self.field("eligibility_description");
        if pairs.is_empty() && text.is_some_and(|t| !is_empty(t)) {
            self.unmapped.push("eligibility_description".to_string());
        }
        serves
    }

    /// The sources and the one that assured the entry: ours from attributes; else the caller's
    /// source, else the service's https:// url.
    fn sources(&mut self, default: Option<&str>) -> (Vec<String>, String) {
        let mut sources: Vec<String> = self
            .attributes(link_type::SOURCE)
            .into_iter()
            .map(str::to_string)
            .collect();
        let fallback = default.map(str::to_string).or_else(|| {
            self.service
                .get("url")
                .and_then(Value::as_str)
                .filter(|u| u.starts_with("https://"))
                .map(str::to_string)
        });
        let assured_by = self
            .attribute(link_type::ASSURED_BY)
            .map(str::to_string)
            .or(fallback.clone());
        if sources.is_empty() {
            sources.extend(fallback);
        }
        match assured_by {
            Some(by) => {
                if !sources.contains(&by) {
                    sources.push(by.clone());
                }
                (sources, by)
            }
            None => {
                self.fail(
                    "attributes",
                    format!(
                        "no source: give --source (where the directory is published) or {} attributes",
                        link_type::SOURCE
                    ),
                );
                (sources, String::new())
            }
        }
    }
}

fn attributes_of<'v>(object: &'v Value, link: &str) -> Vec<&'v str> {
    object
        .get("attributes")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|a| a.get("link_type").and_then(Value::as_str) == Some(link))
        .filter_map(|a| a.get("value").and_then(Value::as_str))
        .collect()
}

/// Attributes of another vocabulary (a taxonomy term, another system's codes): not ours to map.
fn foreign_attributes(service: &Value) -> Vec<String> {
    service
        .get("attributes")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
        .filter(|(_, a)| {
            !a.get("link_type")
                .and_then(Value::as_str)
                .is_some_and(|l| l.starts_with("madoguchi:"))
        })
        .map(|(i, _)| format!("attributes[{i}]"))
        .collect()
}

fn language_code(language: &Value) -> Option<String> {
    language
        .get("code")
        .and_then(Value::as_str)
        .map(str::to_string)
}

/// 110, 119, #8103: a short code, dialled as is.
fn is_dial_code(number: &str) -> bool {
    let code = number.strip_prefix('#').unwrap_or(number);
    (3..=6).contains(&code.len()) && code.chars().all(|c| c.is_ascii_digit())
}

/// Every day, all day, as our export writes it.
fn is_always(schedule: &Value) -> bool {
    let s = |k: &str| schedule.get(k).and_then(Value::as_str);
    let days: BTreeSet<&str> = s("byday").unwrap_or("").split(',').map(str::trim).collect();
    s("freq") == Some("WEEKLY")
        && days == BTreeSet::from(["MO", "TU", "WE", "TH", "FR", "SA", "SU"])
        && s("opens_at") == Some("00:00")
        && matches!(s("closes_at"), Some("23:59") | Some("24:00"))
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

/// A service id for another directory's service: `hsds_` and its id's letters and digits.
fn local_id(hsds_id: &str) -> String {
    let tail: String = hsds_id
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .take(59)
        .collect();
    format!("hsds_{tail}")
}
