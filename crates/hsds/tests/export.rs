//! The HSDS export of the whole directory (shipped data and a site override with an overridden and a
//! local entry) validates against the official HSDS 3.0 service schema, with format checking.

use std::collections::BTreeSet;

use madoguchi_core::{App, ContentFiles, SourceFile};
use madoguchi_hsds::{export, link_type, service_uuid};
use serde_json::Value;

/// The commented example override file (a corrected shipped entry and a local one with texts
/// per language), as a coordinator starts from it.
const SITE: &str = include_str!("../../../data/site-override.example.toml");

fn app_with_site() -> App {
    let mut files = ContentFiles::embedded();
    files.site_override = Some(SourceFile::new("site.toml", SITE));
    App::load(&files).unwrap_or_else(|e| panic!("{e}"))
}

fn schema() -> Value {
    let text = include_str!("../schema/service_with_definitions.json");
    serde_json::from_str(text).expect("the vendored schema is JSON")
}

/// The schema declares no `$schema`: it is checked under draft 7 (its `definitions` style) and
/// under 2020-12 (which defines the `uuid` format), formats checked in both.
fn validators() -> Vec<jsonschema::Validator> {
    let schema = schema();
    vec![
        jsonschema::draft7::options()
            .should_validate_formats(true)
            .build(&schema)
            .expect("draft 7 schema"),
        jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(&schema)
            .expect("2020-12 schema"),
    ]
}

fn errors(validators: &[jsonschema::Validator], service: &Value) -> Vec<String> {
    validators
        .iter()
        .flat_map(|v| {
            v.iter_errors(service)
                .map(|e| format!("{} at {}", e, e.instance_path()))
        })
        .collect()
}

fn attribute<'a>(service: &'a Value, link: &str) -> Vec<&'a str> {
    service["attributes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["link_type"] == link)
        .map(|a| a["value"].as_str().unwrap())
        .collect()
}

fn by_id<'a>(services: &'a [Value], id: &str) -> &'a Value {
    services
        .iter()
        .find(|s| attribute(s, link_type::SERVICE_ID) == [id])
        .unwrap_or_else(|| panic!("service {id} exported"))
}

#[test]
fn every_exported_service_is_valid_hsds_3_with_formats_checked() {
    let app = app_with_site();
    let services = export(&app);
    assert_eq!(services.len(), app.content().directory.services.len());
    let validators = validators();
    for s in &services {
        let errs = errors(&validators, s);
        assert!(errs.is_empty(), "{}: {errs:#?}", s["name"]);
    }
}

#[test]
fn the_validators_check_formats_and_required_fields() {
    let validators = validators();
    let services = export(&app_with_site());
    let mut bad_id = services[0].clone();
    bad_id["id"] = Value::from("police_emergency");
    assert!(!errors(&validators, &bad_id).is_empty());
    let mut no_name = services[0].clone();
    no_name.as_object_mut().unwrap().remove("name");
    assert!(!errors(&validators, &no_name).is_empty());
}

#[test]
fn ids_are_stable_unique_and_derived_from_our_ids() {
    let first = export(&app_with_site());
    let second = export(&app_with_site());
    assert_eq!(first, second);
    let shipped = by_id(&first, "police_emergency");
    assert_eq!(
        shipped["id"],
        service_uuid("police_emergency").to_string().as_str()
    );
    let mut ids = BTreeSet::new();
    collect_ids(&Value::Array(first), &mut ids);
    assert!(ids.len() > 33 * 5, "{} ids", ids.len());
}

/// Every `id` in the export is distinct (phones, languages, schedules, attributes included).
fn collect_ids(v: &Value, seen: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                if k == "id" {
                    let id = child.as_str().unwrap().to_string();
                    assert!(seen.insert(id.clone()), "duplicate id {id}");
                }
                collect_ids(child, seen);
            }
        }
        Value::Array(items) => items.iter().for_each(|i| collect_ids(i, seen)),
        _ => {}
    }
}

#[test]
fn a_local_entry_is_exported_with_its_label_contacts_and_refer_with() {
    let services = export(&app_with_site());
    let local = by_id(&services, "prefecture_onestop");
    assert_eq!(local["name"], "県ワンストップ支援センター");
    assert_eq!(attribute(local, link_type::ORIGIN), ["local"]);
    assert_eq!(attribute(local, link_type::REFER_WITH), ["onestop_8891"]);
    assert_eq!(local["phones"][0]["number"], "000-1111-2222");
    let codes: Vec<&str> = local["phones"][0]["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["ja", "vi"]);
    assert_eq!(local["url"], "https://example.org/onestop");
    assert_eq!(local["email"], "onestop@example.org");
    // hours = "always": every day, all day, as an RRULE.
    let schedule = &local["schedules"][0];
    assert_eq!(schedule["freq"], "WEEKLY");
    assert_eq!(schedule["byday"], "MO,TU,WE,TH,FR,SA,SU");
    assert_eq!(local["assured_date"], "2026-04-01");
    assert_eq!(local["status"], "active");

    let overridden = by_id(&services, "houterasu");
    assert_eq!(attribute(overridden, link_type::ORIGIN), ["overridden"]);
    assert_eq!(overridden["phones"][0]["number"], "000-0000-0000");
}

#[test]
fn texts_are_the_japanese_messages_and_the_english_name_is_the_alternate() {
    let app = app_with_site();
    let services = export(&app);
    let s = by_id(&services, "police_emergency");
    let l = app.localizer();
    assert_eq!(
        s["name"],
        l.text("ja", "service-police_emergency-name").as_str()
    );
    assert_eq!(
        s["alternate_name"],
        l.text("en", "service-police_emergency-name").as_str()
    );
    assert_eq!(
        s["description"],
        l.text("ja", "service-police_emergency-expect").as_str()
    );
    assert_eq!(
        s["schedules"][0]["description"],
        l.text("ja", "service-police_emergency-hours").as_str()
    );
    assert_eq!(attribute(s, link_type::TEXT_LANGUAGE), ["ja"]);
    assert_eq!(s["phones"][0]["number"], "110");
}

#[test]
fn spoken_languages_exclude_interpretation_which_is_described_instead() {
    let app = app_with_site();
    let services = export(&app);
    // Houterasu's multilingual line is staffed in no language of its own: an interpreter joins.
    let s = by_id(&services, "houterasu_multilingual");
    assert_eq!(s["languages"], Value::Array(vec![]));
    let text = s["interpretation_services"].as_str().unwrap();
    assert!(
        text.contains(&app.localizer().text("ja", "language-name-vi")),
        "{text}"
    );
    assert_eq!(
        attribute(s, link_type::INTERPRETATION_LANGUAGE).len(),
        10,
        "{:?}",
        attribute(s, link_type::INTERPRETATION_LANGUAGE)
    );
    let eligibility = s["eligibility_description"].as_str().unwrap();
    assert_eq!(
        eligibility,
        app.localizer().text("ja", "value-nationality-foreign")
    );
    // A dial code is a phone number too.
    let shipped = export(&App::embedded().unwrap());
    let numbers: Vec<&str> = shipped
        .iter()
        .flat_map(|s| s["phones"].as_array().unwrap())
        .map(|p| p["number"].as_str().unwrap())
        .collect();
    assert!(numbers.iter().any(|n| n.starts_with('#')), "{numbers:?}");
}

#[test]
fn the_desk_s_own_words_are_exported_in_japanese_with_every_language_as_an_attribute() {
    let services = export(&app_with_site());
    let local = by_id(&services, "prefecture_onestop");
    assert_eq!(local["name"], "県ワンストップ支援センター");
    assert_eq!(local["alternate_name"], "Prefectural One-Stop Center");
    assert_eq!(local["schedules"][0]["description"], "24時間・365日");
    assert!(local["description"]
        .as_str()
        .unwrap()
        .starts_with("性暴力の被害について"));
    let texts: Value = serde_json::from_str(attribute(local, link_type::TEXTS)[0]).unwrap();
    assert_eq!(texts["name"]["vi"], "Trung tâm hỗ trợ một cửa của tỉnh");
    assert_eq!(texts["hours_text"]["en"], "24 hours, every day");
    let phone = &local["phones"][0];
    assert_eq!(phone["description"], "ベトナム語は火曜・金曜");
    assert_eq!(phone["attributes"][0]["link_type"], link_type::NOTE_TEXT);
    let corrected = by_id(&services, "houterasu");
    assert_eq!(corrected["phones"][0]["description"], "平日のみ");
}
