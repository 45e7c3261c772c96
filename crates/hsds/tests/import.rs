//! HSDS in: our own export comes back as an override that validates and routes the same; another
//! directory's services become the site's own entries, with every field that cannot be mapped named.

use madoguchi_core::{App, ContactKind, ContentFiles, Facts, Origin, Service, SourceFile};
use madoguchi_hsds::{export, import, to_toml, Defaults, ImportError, SkipReason};
use serde_json::{json, Value};

/// The commented example override file (a corrected shipped entry and a local one with texts
/// per language), as a coordinator starts from it.
const SITE: &str = include_str!("../../../data/site-override.example.toml");

fn load_with(site: &str) -> App {
    let mut files = ContentFiles::embedded();
    files.site_override = Some(SourceFile::new("site.toml", site));
    App::load(&files).unwrap_or_else(|e| panic!("{e}\n{site}"))
}

/// Everything routing and the cards use, contacts in a fixed order (the import lists phones
/// first), without where the entry was read from.
fn comparable(s: &Service) -> String {
    let mut contacts = s.contacts.clone();
    contacts.sort_by_key(|c| (format!("{:?}", c.kind), c.value.clone()));
    let origin = match &s.origin {
        Origin::Local {
            label, refer_with, ..
        } => format!("local {label} {refer_with}"),
        _ => String::new(),
    };
    format!(
        "{} {contacts:?} {:?} {:?} {:?} {:?} {} {:?} {:?} {} {:?} {:?} {:?} {origin} {:?}",
        s.id,
        s.hours,
        s.free_call,
        s.anonymous,
        s.languages,
        s.languages_confirmed,
        s.interpretation,
        s.serves,
        s.assured_date,
        s.assured_by,
        s.confidence,
        s.sources,
        s.texts
    )
}

/// Every fact set of one fact and one value, and none.
fn fact_sets(app: &App) -> Vec<Facts> {
    let mut sets = vec![Facts::new()];
    for fact in &app.content().flow.facts {
        for value in &fact.values {
            let mut facts = Facts::new();
            facts.insert(&fact.key, value);
            sets.push(facts);
        }
    }
    sets
}

#[test]
fn our_export_imports_into_an_override_that_validates_and_routes_the_same() {
    let original = load_with(SITE);
    let list = Value::Array(export(&original));
    let imported = import(&App::embedded().unwrap(), &list, Defaults::default())
        .unwrap_or_else(|e| panic!("{e:#?}"));
    // The emergency services cannot be overridden: they are skipped, and stay as shipped.
    let skipped: Vec<_> = imported.skipped.iter().map(|s| &s.reason).collect();
    assert_eq!(
        skipped,
        [
            &SkipReason::Emergency("police_emergency".into()),
            &SkipReason::Emergency("ambulance_fire".into())
        ]
    );
    // Our own export maps completely.
    for u in &imported.unmapped {
        assert!(u.fields.is_empty(), "{}: {:?}", u.id, u.fields);
    }
    let text = to_toml(&imported).unwrap();
    let reloaded = load_with(&text);
    let before: Vec<String> = original
        .content()
        .directory
        .services
        .iter()
        .map(comparable)
        .collect();
    let after: Vec<String> = reloaded
        .content()
        .directory
        .services
        .iter()
        .map(comparable)
        .collect();
    assert_eq!(before.len(), after.len());
    for (b, a) in before.iter().zip(&after) {
        assert_eq!(b, a);
    }
    for facts in fact_sets(&original) {
        assert_eq!(original.route(&facts), reloaded.route(&facts), "{facts:?}");
        for client in ["ja", "vi", "en"] {
            let a = original.route_for_client(&facts, client);
            let b = reloaded.route_for_client(&facts, client);
            let fits = |r: &[madoguchi_core::Referral]| -> Vec<_> {
                r.iter()
                    .map(|r| {
                        (
                            r.service.clone(),
                            r.priority,
                            r.language.as_ref().map(|l| l.fit),
                        )
                    })
                    .collect()
            };
            assert_eq!(fits(&a), fits(&b), "{facts:?} {client}");
        }
    }
}

/// A service as another directory (a prefecture's) publishes it.
fn foreign(name: &str) -> Value {
    json!({
        "id": "0f4c2a1e-8d7b-4c3a-9e2f-1a2b3c4d5e6f",
        "name": name,
        "description": "Counselling for foreign residents of the prefecture.",
        "status": "active",
        "url": "https://pref.example.jp/foreign-residents",
        "assured_date": "2026-05-01",
        "eligibility_description": "Residents of the prefecture",
        "phones": [{ "id": "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e", "number": "012-345-6789", "description": "Mornings only" }],
        "languages": [
            { "id": "6c7d8e9f-0a1b-4c2d-9e3f-4a5b6c7d8e9f", "code": "ja" },
            { "id": "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a", "code": "vi" }
        ],
        "schedules": [{ "id": "8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b", "description": "Weekdays 9:00-16:00" }],
        "attributes": [{ "id": "9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c", "link_type": "audience", "value": "foreign residents" }]
    })
}

#[test]
fn another_directorys_service_becomes_a_local_entry_with_the_unmapped_fields_named() {
    let app = App::embedded().unwrap();
    let list = json!([foreign("県国際交流協会 多言語相談")]);
    let defaults = Defaults {
        refer_with: Some("fresc"),
        source: Some("https://pref.example.jp/directory"),
    };
    let imported = import(&app, &list, defaults).unwrap_or_else(|e| panic!("{e:#?}"));
    let entry = &imported.entries[0];
    assert_eq!(entry.id, "hsds_0f4c2a1e8d7b4c3a9e2f1a2b3c4d5e6f");
    assert_eq!(entry.label.as_deref(), Some("県国際交流協会 多言語相談"));
    assert_eq!(entry.refer_with.as_deref(), Some("fresc"));
    assert_eq!(entry.languages, ["ja", "vi"]);
    let kinds: Vec<_> = entry
        .contacts
        .iter()
        .map(|c| (c.kind, c.languages.clone()))
        .collect();
    assert_eq!(
        kinds,
        [
            (ContactKind::Phone, vec!["ja".to_string(), "vi".to_string()]),
            (ContactKind::Web, vec!["ja".to_string(), "vi".to_string()])
        ]
    );
    assert_eq!(entry.assured_by, "https://pref.example.jp/directory");
    assert_eq!(
        imported.unmapped[0].fields,
        [
            "description",
            "phones[0].description",
            "schedules",
            "eligibility_description",
            "attributes[0]"
        ]
    );
    let text = to_toml(&imported).unwrap();
    assert!(text
        .contains("# hsds_0f4c2a1e8d7b4c3a9e2f1a2b3c4d5e6f: not imported from HSDS: description"));
    let reloaded = load_with(&text);
    let local = reloaded.content().directory.service(&entry.id).unwrap();
    assert!(matches!(local.origin, Origin::Local { .. }));
}

#[test]
fn every_problem_of_every_service_is_reported_at_once_with_the_service_and_field() {
    let app = App::embedded().unwrap();
    let mut no_phone = foreign("電話なし");
    no_phone.as_object_mut().unwrap().remove("phones");
    no_phone.as_object_mut().unwrap().remove("url");
    let mut bad_number = foreign("番号違い");
    bad_number["phones"][0]["number"] = json!("call us");
    let list = json!([no_phone, bad_number]);
    let errors = import(&app, &list, Defaults::default()).unwrap_err();
    let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
    let has = |index: usize, field: &str| {
        errors.iter().any(|e| {
            matches!(e, ImportError::Service { index: i, field: f, .. } if *i == index && f == field)
        })
    };
    // No --refer-with for either; no contact and so no source for the first (the second's https
    // url is its source); a bad number in the second.
    assert!(has(0, "phones"), "{text:#?}");
    assert!(has(1, "phones[0].number"), "{text:#?}");
    let attribute_problems = |index: usize| {
        errors
            .iter()
            .filter(|e| {
                matches!(e, ImportError::Service { index: i, field, .. } if *i == index && field == "attributes")
            })
            .count()
    };
    assert_eq!(attribute_problems(0), 2, "{text:#?}");
    assert_eq!(attribute_problems(1), 1, "{text:#?}");
    assert!(text[0].contains("電話なし"), "{text:#?}");
}

#[test]
fn a_file_that_is_no_service_list_is_refused() {
    let app = App::embedded().unwrap();
    let errors = import(&app, &json!({"services": []}), Defaults::default()).unwrap_err();
    assert_eq!(errors, [ImportError::NotAList]);
    let envelope = json!({ "contents": [foreign("一覧の中")] });
    let defaults = Defaults {
        refer_with: Some("fresc"),
        source: Some("https://pref.example.jp/directory"),
    };
    assert_eq!(import(&app, &envelope, defaults).unwrap().entries.len(), 1);
}
