//! The referral directory as Open Referral's Human Services Data Specification (HSDS 3.0).
//!
//! [`export`] turns every service of a loaded [`App`] (shipped, overridden by the site, or the
//! site's own) into one HSDS `service` object each, valid against the official compiled schema
//! (`schema/service_with_definitions.json`, vendored for the tests).
//!
//! HSDS is single-language: the texts (name, description, hours, notes) are the reference locale's
//! (Japanese), the English name goes to `alternate_name`, and an attribute of link type
//! [`link_type::TEXT_LANGUAGE`] says which locale the texts are in. Every text comes from the
//! Fluent locales. What HSDS has no field for (our service id, sources, confidence, ...) is kept as
//! `attributes` with link types prefixed `madoguchi:` (see [`link_type`]).
//!
//! Ids are UUIDv5 derived from our service ids, so exporting the same directory twice gives the
//! same file.
//!
//! [`import`] goes the other way: an HSDS service list becomes site override entries ([`to_toml`]
//! writes the file), each unmappable field named; our own export comes back complete.

mod import;
pub mod review;

pub use import::{
    import, to_toml, Defaults, ImportError, Imported, OverrideEntry, SkipReason, Skipped, Unmapped,
};

use madoguchi_core::i18n::REFERENCE;
use madoguchi_core::{App, ContactKind, Hours, Note, Origin, Service, UNKNOWN};
use serde_json::{json, Map, Value};
use uuid::Uuid;

/// The namespace of every id this crate derives (a fixed, random UUID: never change it, or every
/// exported id changes).
pub const NAMESPACE: Uuid = Uuid::from_u128(0x6d61_646f_6775_4b51_9c3e_5f0a_2b7d_e841);

/// The language written in `alternate_name` (the service's name), beside the reference locale.
pub const ALTERNATE_LANGUAGE: &str = "en";

/// Link types of the attributes that carry what HSDS has no field for.
pub mod link_type {
    /// The Madoguchi service id.
    pub const SERVICE_ID: &str = "madoguchi:service_id";
    /// The locale of the texts (`name`, `description`, schedules, notes).
    pub const TEXT_LANGUAGE: &str = "madoguchi:text_language";
    /// The locale of `alternate_name`.
    pub const ALTERNATE_NAME_LANGUAGE: &str = "madoguchi:alternate_name_language";
    /// One source (URL or seed reference) of the entry.
    pub const SOURCE: &str = "madoguchi:source";
    /// The source that confirmed the contact route on `assured_date`.
    pub const ASSURED_BY: &str = "madoguchi:assured_by";
    /// high, medium, low or unconfirmed.
    pub const CONFIDENCE: &str = "madoguchi:confidence";
    /// always, weekdays, varies, web or unconfirmed.
    pub const HOURS: &str = "madoguchi:hours";
    /// yes, no, partly or unconfirmed.
    pub const FREE_CALL: &str = "madoguchi:free_call";
    /// yes, no, partly or unconfirmed.
    pub const ANONYMOUS: &str = "madoguchi:anonymous";
    /// shipped, overridden or local.
    pub const ORIGIN: &str = "madoguchi:origin";
    /// For a site's own entry: the service it is listed after.
    pub const REFER_WITH: &str = "madoguchi:refer_with";
    /// A contact that is no phone (web, email, in person), as our directory writes it (JSON of
    /// kind, value, note and languages): HSDS has one `url` and one `email` per service and no
    /// languages for them.
    pub const CONTACT: &str = "madoguchi:contact";
    /// On a phone: the Fluent message id of its note (the text is the phone's `description`).
    pub const NOTE: &str = "madoguchi:note";
    /// On a phone: its note in the desk's own words, as JSON of language → text (the Japanese is
    /// the phone's `description`).
    pub const NOTE_TEXT: &str = "madoguchi:note_text";
    /// The texts the desk wrote for the service, per language: JSON of `name`, `hours_text` and
    /// `expect`, each language → text (the Japanese ones are `name`, the schedule's description
    /// and `description`).
    pub const TEXTS: &str = "madoguchi:texts";
    /// true when a source names the complete list of languages.
    pub const LANGUAGES_CONFIRMED: &str = "madoguchi:languages_confirmed";
    /// three_way_call or interpreter_on_site.
    pub const INTERPRETATION_METHOD: &str = "madoguchi:interpretation_method";
    /// The Fluent message id of how to ask for the interpretation.
    pub const INTERPRETATION_NOTE: &str = "madoguchi:interpretation_note";
    /// `fact=value` of who is served (one attribute per accepted value).
    pub const SERVES: &str = "madoguchi:serves";
    /// A language the service interprets into (its own interpretation, not a staffed language).
    pub const INTERPRETATION_LANGUAGE: &str = "madoguchi:interpretation_language";
}

/// The id of `kind` (service, phone, ...) named by `parts`: the same parts, the same id.
pub fn derived_id(kind: &str, parts: &[&str]) -> Uuid {
    let mut name = format!("madoguchi:{kind}");
    for p in parts {
        name.push('/');
        name.push_str(p);
    }
    Uuid::new_v5(&NAMESPACE, name.as_bytes())
}

/// The HSDS id of our service `id`.
pub fn service_uuid(id: &str) -> Uuid {
    derived_id("service", &[id])
}

/// Every service of the app's directory, in directory order, as HSDS 3.0 service objects.
pub fn export(app: &App) -> Vec<Value> {
    app.content()
        .directory
        .services
        .iter()
        .map(|s| service(app, s))
        .collect()
}

/// Texts of one service in the reference locale, as its card shows them.
struct Texts {
    name: String,
    alternate_name: String,
    hours: String,
    expect: String,
}

fn texts(app: &App, s: &Service) -> Texts {
    // The card the app shows, in the reference locale and the alternate one. The card needs a
    // "today" only to flag old entries, which the export does not show: the entry's own date keeps
    // the export independent of the day it is run.
    let card = app.service_card(s, REFERENCE, ALTERNATE_LANGUAGE, s.assured_date);
    Texts {
        name: card.name.staff,
        alternate_name: card.name.client,
        hours: card.hours.staff,
        expect: card.expect.staff,
    }
}

fn service(app: &App, s: &Service) -> Value {
    let id = service_uuid(&s.id).to_string();
    let t = texts(app, s);
    let mut obj = Map::new();
    obj.insert("id".into(), json!(id));
    obj.insert("organization_id".into(), json!(organization_uuid(s)));
    obj.insert("name".into(), json!(t.name));
    if t.alternate_name != t.name {
        obj.insert("alternate_name".into(), json!(t.alternate_name));
    }
    obj.insert("description".into(), json!(t.expect));
    let webs = values_of(s, ContactKind::Web);
    let emails = values_of(s, ContactKind::Email);
    if let Some(url) = webs.first() {
        obj.insert("url".into(), json!(url));
    }
    if let Some(email) = emails.first() {
        obj.insert("email".into(), json!(email));
    }
    obj.insert("status".into(), json!("active"));
    if let Some(text) = interpretation_text(app, s) {
        obj.insert("interpretation_services".into(), json!(text));
    }
    if let Some(text) = eligibility(app, s) {
        obj.insert("eligibility_description".into(), json!(text));
    }
    obj.insert(
        "assured_date".into(),
        json!(s.assured_date.format("%Y-%m-%d").to_string()),
    );
    obj.insert("phones".into(), Value::Array(phones(app, s)));
    obj.insert("schedules".into(), json!([schedule(app, s, &t)]));
    obj.insert(
        "languages".into(),
        Value::Array(
            spoken_languages(s)
                .iter()
                .map(|code| language(app, &["service", &s.id, code], code, None))
                .collect(),
        ),
    );
    obj.insert("organization".into(), organization(s, &t));
    obj.insert("attributes".into(), Value::Array(attributes(s, &id)));
    Value::Object(obj)
}

/// We keep no organizations: each service stands for the body that runs it, so the organization
/// HSDS requires is the service's own name and description.
fn organization_uuid(s: &Service) -> String {
    derived_id("organization", &[&s.id]).to_string()
}

fn organization(s: &Service, t: &Texts) -> Value {
    json!({
        "id": organization_uuid(s),
        "name": t.name,
        "description": t.expect,
    })
}

fn values_of(s: &Service, kind: ContactKind) -> Vec<String> {
    s.contacts
        .iter()
        .filter(|c| c.kind == kind)
        .map(|c| c.value.clone())
        .collect()
}

/// Dial codes (110, #8103) and phone numbers, each with the languages it is staffed in.
fn phones(app: &App, s: &Service) -> Vec<Value> {
    s.contacts
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c.kind, ContactKind::Dial | ContactKind::Phone))
        .map(|(i, c)| {
            let index = i.to_string();
            let phone_id = derived_id("phone", &[&s.id, &index]).to_string();
            let mut phone = Map::new();
            phone.insert("id".into(), json!(phone_id));
            phone.insert("service_id".into(), json!(service_uuid(&s.id).to_string()));
            phone.insert("number".into(), json!(c.value));
            phone.insert("type".into(), json!("voice"));
            if let Some(note) = &c.note {
                let (description, link, value) = match note {
                    Note::Message(id) => (
                        app.localizer().text(REFERENCE, id),
                        link_type::NOTE,
                        id.clone(),
                    ),
                    Note::Text(text) => (
                        text.japanese().to_string(),
                        link_type::NOTE_TEXT,
                        serde_json::to_string(text).expect("a text serializes"),
                    ),
                };
                phone.insert("description".into(), json!(description));
                phone.insert(
                    "attributes".into(),
                    json!([{
                        "id": derived_id("attribute", &[&s.id, "phone", &index]).to_string(),
                        "link_id": phone_id,
                        "link_type": link,
                        "link_entity": "phone",
                        "value": value,
                    }]),
                );
            }
            phone.insert(
                "languages".into(),
                Value::Array(
                    c.languages
                        .iter()
                        .map(|code| {
                            language(app, &["phone", &s.id, &index, code], code, Some(&phone_id))
                        })
                        .collect(),
                ),
            );
            Value::Object(phone)
        })
        .collect()
}

/// The languages some contact is staffed in, in the order of the service's `languages`.
/// Interpretation is not a spoken language (HSDS: "does not include languages which can only be
/// used with interpretation").
fn spoken_languages(s: &Service) -> Vec<String> {
    let staffed = |code: &String| s.contacts.iter().any(|c| c.languages.contains(code));
    let mut codes: Vec<String> = s.languages.iter().filter(|l| staffed(l)).cloned().collect();
    for code in s.contacts.iter().flat_map(|c| &c.languages) {
        if !codes.contains(code) {
            codes.push(code.clone());
        }
    }
    codes
}

fn language(app: &App, id_parts: &[&str], code: &str, phone_id: Option<&str>) -> Value {
    let mut lang = Map::new();
    lang.insert(
        "id".into(),
        json!(derived_id("language", id_parts).to_string()),
    );
    if let Some(name) = language_name(app, code) {
        lang.insert("name".into(), json!(name));
    }
    lang.insert("code".into(), json!(code));
    if let Some(phone) = phone_id {
        lang.insert("phone_id".into(), json!(phone));
    }
    Value::Object(lang)
}

/// A language's name in the reference locale, where the locales name it (`languages.ftl`).
fn language_name(app: &App, code: &str) -> Option<String> {
    let id = format!("language-name-{code}");
    app.localizer()
        .has_message(REFERENCE, &id)
        .then(|| app.localizer().text(REFERENCE, &id))
}

/// The language names, in the reference locale, joined as lists are.
fn language_list(app: &App, codes: &[String]) -> String {
    let l = app.localizer();
    codes
        .iter()
        .map(|code| language_name(app, code).unwrap_or_else(|| code.clone()))
        .collect::<Vec<_>>()
        .join(&l.text(REFERENCE, "list-separator"))
}

/// The interpretation the service provides, as the language fit of a card words it, with the
/// service's own note on how to ask for it.
fn interpretation_text(app: &App, s: &Service) -> Option<String> {
    let interp = s.interpretation.as_ref()?;
    let mut args = madoguchi_core::i18n::FluentArgs::new();
    args.set("language", language_list(app, &interp.languages));
    let mut text = app
        .localizer()
        .format(REFERENCE, "language-fit-interpreter", Some(&args))
        .text;
    if let Some(note) = &interp.note {
        text.push('\n');
        text.push_str(&app.localizer().text(REFERENCE, note));
    }
    Some(text)
}

/// Who is served, as the Directory screen labels it: each restricting fact's accepted values.
fn eligibility(app: &App, s: &Service) -> Option<String> {
    if s.serves.0.is_empty() {
        return None;
    }
    let l = app.localizer();
    let sep = l.text(REFERENCE, "list-separator");
    let parts: Vec<String> = s
        .serves
        .0
        .iter()
        .map(|(fact, values)| {
            values
                .iter()
                .map(|v| {
                    let id = if v == UNKNOWN {
                        "option-unknown".to_string()
                    } else {
                        format!("value-{fact}-{v}")
                    };
                    l.text(REFERENCE, &id)
                })
                .collect::<Vec<_>>()
                .join(&sep)
        })
        .collect();
    Some(parts.join("\n"))
}

/// The service's hours. Only "always" is an RRULE (every day, all day); the others are text, as
/// the card shows them. A contact at the nearest local office says how to attend.
fn schedule(app: &App, s: &Service, t: &Texts) -> Value {
    let mut sched = Map::new();
    sched.insert(
        "id".into(),
        json!(derived_id("schedule", &[&s.id]).to_string()),
    );
    sched.insert("service_id".into(), json!(service_uuid(&s.id).to_string()));
    if s.hours == Hours::Always {
        sched.insert("freq".into(), json!("WEEKLY"));
        sched.insert("wkst".into(), json!("MO"));
        sched.insert("byday".into(), json!("MO,TU,WE,TH,FR,SA,SU"));
        sched.insert("opens_at".into(), json!("00:00"));
        sched.insert("closes_at".into(), json!("23:59"));
    }
    sched.insert("description".into(), json!(t.hours));
    if s.contacts
        .iter()
        .any(|c| c.kind == ContactKind::InPerson && c.value == "local")
    {
        sched.insert(
            "attending_type".into(),
            json!(app.localizer().text(REFERENCE, "contact-in-person-local")),
        );
    }
    Value::Object(sched)
}

fn attributes(s: &Service, service_id: &str) -> Vec<Value> {
    let mut pairs: Vec<(&str, String)> = vec![
        (link_type::SERVICE_ID, s.id.clone()),
        (link_type::TEXT_LANGUAGE, REFERENCE.to_string()),
        (
            link_type::ALTERNATE_NAME_LANGUAGE,
            ALTERNATE_LANGUAGE.to_string(),
        ),
        (link_type::ORIGIN, origin_code(&s.origin).to_string()),
        (link_type::HOURS, code_of(&s.hours)),
        (link_type::FREE_CALL, code_of(&s.free_call)),
        (link_type::ANONYMOUS, code_of(&s.anonymous)),
        (link_type::CONFIDENCE, code_of(&s.confidence)),
        (
            link_type::LANGUAGES_CONFIRMED,
            s.languages_confirmed.to_string(),
        ),
    ];
    if let Origin::Local { refer_with, .. } = &s.origin {
        pairs.push((link_type::REFER_WITH, refer_with.clone()));
    }
    for (fact, values) in &s.serves.0 {
        for v in values {
            pairs.push((link_type::SERVES, format!("{fact}={v}")));
        }
    }
    if let Some(interp) = &s.interpretation {
        pairs.push((link_type::INTERPRETATION_METHOD, code_of(&interp.method)));
        for code in &interp.languages {
            pairs.push((link_type::INTERPRETATION_LANGUAGE, code.clone()));
        }
        if let Some(note) = &interp.note {
            pairs.push((link_type::INTERPRETATION_NOTE, note.clone()));
        }
    }
    for c in s
        .contacts
        .iter()
        .filter(|c| !matches!(c.kind, ContactKind::Dial | ContactKind::Phone))
    {
        let contact = serde_json::to_string(c).expect("a contact serializes");
        pairs.push((link_type::CONTACT, contact));
    }
    if let Some(by) = &s.assured_by {
        pairs.push((link_type::ASSURED_BY, by.clone()));
    }
    let t = &s.texts;
    if t.name.is_some() || t.hours.is_some() || t.expect.is_some() {
        let mut texts = Map::new();
        for (key, text) in [
            ("name", &t.name),
            ("hours_text", &t.hours),
            ("expect", &t.expect),
        ] {
            if let Some(text) = text {
                texts.insert(key.into(), json!(text));
            }
        }
        pairs.push((link_type::TEXTS, Value::Object(texts).to_string()));
    }
    pairs.extend(s.sources.iter().map(|src| (link_type::SOURCE, src.clone())));
    pairs
        .into_iter()
        .enumerate()
        .map(|(i, (link, value))| {
            json!({
                "id": derived_id("attribute", &[&s.id, &i.to_string()]).to_string(),
                "link_id": service_id,
                "link_type": link,
                "link_entity": "service",
                "value": value,
            })
        })
        .collect()
}

fn origin_code(origin: &Origin) -> &'static str {
    match origin {
        Origin::Shipped => "shipped",
        Origin::Overridden { .. } => "overridden",
        Origin::Local { .. } => "local",
    }
}

/// The snake_case name an enum has in our data files.
fn code_of<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(Value::String(s)) => s,
        _ => String::new(),
    }
}
