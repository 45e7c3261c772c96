//! The Directory screen's view model: every service, its texts in both languages, the filters.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use madoguchi_core::{
    App, Availability, ContentFiles, DirectoryEntryView, DirectoryFilter, Facts, OpenNow, Origin,
    SourceFile, DIRECTORY_MESSAGES,
};

fn app() -> App {
    App::embedded().unwrap_or_else(|e| panic!("{e}"))
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).expect("date")
}

fn ids(entries: &[DirectoryEntryView]) -> BTreeSet<String> {
    entries.iter().map(|e| e.card.service.clone()).collect()
}

fn entries(app: &App, filter: &DirectoryFilter) -> Vec<DirectoryEntryView> {
    app.directory_entries(filter, "ja", "en", today())
}

/// The commented example override file, as a coordinator starts from it.
const SITE: &str = include_str!("../../../data/site-override.example.toml");

fn app_with_site() -> App {
    let mut files = ContentFiles::embedded();
    files.site_override = Some(SourceFile::new("site.toml", SITE));
    App::load(&files).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn without_filters_every_service_is_listed_sorted_by_staff_name_with_both_languages() {
    let app = app();
    let all = entries(&app, &DirectoryFilter::default());
    let directory = &app.content().directory.services;
    assert_eq!(all.len(), directory.len());
    assert_eq!(
        ids(&all),
        directory
            .iter()
            .map(|s| s.id.clone())
            .collect::<BTreeSet<_>>()
    );
    for w in all.windows(2) {
        assert!(
            w[0].card.name.staff <= w[1].card.name.staff,
            "sorted by staff name"
        );
    }
    let l = app.localizer();
    for e in &all {
        let s = app
            .content()
            .directory
            .service(&e.card.service)
            .expect("service");
        assert_eq!(
            e.card.name.staff,
            l.text("ja", &format!("service-{}-name", e.card.service))
        );
        assert_eq!(
            e.card.name.client,
            l.text("en", &format!("service-{}-name", e.card.service))
        );
        assert_eq!(
            e.card.hours.client,
            l.text("en", &format!("service-{}-hours", e.card.service))
        );
        assert_eq!(
            e.card.expect.staff,
            l.text("ja", &format!("service-{}-expect", e.card.service))
        );
        assert_eq!(e.card.contacts.len(), s.contacts.len());
        assert_eq!(e.card.sources, s.sources);
        assert!(!e.card.sources.is_empty(), "{}", e.card.service);
        assert_eq!(e.card.assured_date, s.assured_date);
        assert!(e
            .card
            .assured_label
            .staff
            .contains(&s.assured_date.format("%Y-%m-%d").to_string()));
        assert_eq!(e.card.confidence, s.confidence);
        assert_eq!(e.card.languages, s.languages);
        assert_eq!(
            e.card.check_before_use.is_some(),
            s.check_before_use(today())
        );
        assert_eq!(e.card.origin, Origin::Shipped);
        assert_eq!(
            e.origin_label.client,
            l.text("en", "directory-origin-shipped")
        );
        assert_eq!(e.serves.len(), s.serves.0.len());
        for sv in &e.serves {
            assert!(!sv.labels.staff.is_empty() && !sv.labels.client.is_empty());
        }
    }
}

#[test]
fn open_now_is_yes_only_for_always_and_web_and_the_filter_keeps_yes_only() {
    let app = app();
    let all = entries(&app, &DirectoryFilter::default());
    for e in &all {
        let s = app
            .content()
            .directory
            .service(&e.card.service)
            .expect("service");
        let yes = matches!(
            s.hours,
            madoguchi_core::Hours::Always | madoguchi_core::Hours::Web
        );
        assert_eq!(e.open_now == OpenNow::Yes, yes, "{}", e.card.service);
        let label = if yes {
            "directory-open-now"
        } else {
            "directory-open-unknown"
        };
        assert_eq!(e.open_now_label.staff, app.localizer().text("ja", label));
    }
    let open = entries(
        &app,
        &DirectoryFilter {
            open_now: true,
            ..Default::default()
        },
    );
    assert!(!open.is_empty());
    assert!(open.iter().all(|e| e.open_now == OpenNow::Yes));
    assert_eq!(
        open.len(),
        all.iter().filter(|e| e.open_now == OpenNow::Yes).count()
    );
    // `internet_hotline_center` is a web form: open.
    assert!(ids(&open).contains("internet_hotline_center"));
    assert!(!ids(&open).contains("iom_japan"), "weekdays only: unknown");
}

#[test]
fn free_call_and_anonymous_keep_yes_only() {
    let app = app();
    let all = entries(&app, &DirectoryFilter::default());
    let free = entries(
        &app,
        &DirectoryFilter {
            free_call: true,
            ..Default::default()
        },
    );
    assert!(!free.is_empty());
    assert!(free.iter().all(|e| e.card.free_call == Availability::Yes));
    assert_eq!(
        free.len(),
        all.iter()
            .filter(|e| e.card.free_call == Availability::Yes)
            .count()
    );
    let anon = entries(
        &app,
        &DirectoryFilter {
            anonymous: true,
            ..Default::default()
        },
    );
    assert!(!anon.is_empty());
    assert!(anon.iter().all(|e| e.card.anonymous == Availability::Yes));
    assert_eq!(
        anon.len(),
        all.iter()
            .filter(|e| e.card.anonymous == Availability::Yes)
            .count()
    );
}

#[test]
fn language_filter_compares_primary_subtags() {
    let app = app();
    for (tag, base) in [
        ("vi", "vi"),
        ("zh-CN", "zh"),
        ("zh-TW", "zh"),
        ("pt-BR", "pt"),
    ] {
        let got = entries(
            &app,
            &DirectoryFilter {
                language: Some(tag.to_string()),
                ..Default::default()
            },
        );
        assert!(!got.is_empty(), "{tag}");
        assert!(
            got.iter()
                .all(|e| e.card.languages.iter().any(|l| l == base)),
            "{tag}"
        );
        let expected = app
            .content()
            .directory
            .services
            .iter()
            .filter(|s| s.languages.iter().any(|l| l == base))
            .count();
        assert_eq!(got.len(), expected, "{tag}");
    }
    let plain = entries(
        &app,
        &DirectoryFilter {
            language: Some("ja-x-plain".to_string()),
            ..Default::default()
        },
    );
    assert!(plain
        .iter()
        .all(|e| e.card.languages.iter().any(|l| l == "ja")));
}

#[test]
fn text_search_is_case_insensitive_over_names_expectations_and_ids() {
    let app = app();
    let by_id = entries(
        &app,
        &DirectoryFilter {
            text: Some("  ONESTOP_8891 ".to_string()),
            ..Default::default()
        },
    );
    assert_eq!(ids(&by_id), BTreeSet::from(["onestop_8891".to_string()]));
    // A word of the client-language (English) name, in other case.
    let en_name = app.localizer().text("en", "service-iom_japan-name");
    let word = en_name
        .split_whitespace()
        .max_by_key(|w| w.len())
        .expect("a word")
        .to_uppercase();
    let by_name = entries(
        &app,
        &DirectoryFilter {
            text: Some(word.clone()),
            ..Default::default()
        },
    );
    assert!(ids(&by_name).contains("iom_japan"), "{word}");
    // The staff-language (Japanese) name finds it too.
    let ja_name = app.localizer().text("ja", "service-iom_japan-name");
    let by_ja = entries(
        &app,
        &DirectoryFilter {
            text: Some(ja_name),
            ..Default::default()
        },
    );
    assert!(ids(&by_ja).contains("iom_japan"));
    let none = entries(
        &app,
        &DirectoryFilter {
            text: Some("zzzz-no-such-service-zzzz".to_string()),
            ..Default::default()
        },
    );
    assert!(none.is_empty());
    let blank = entries(
        &app,
        &DirectoryFilter {
            text: Some("   ".to_string()),
            ..Default::default()
        },
    );
    assert_eq!(blank.len(), app.content().directory.services.len());
}

#[test]
fn concern_filter_follows_the_rules() {
    let app = app();
    let flow = &app.content().flow;
    let concern = flow.fact("concern").expect("concern fact");
    for value in &concern.values {
        let got = ids(&entries(
            &app,
            &DirectoryFilter {
                concern: Some(value.clone()),
                ..Default::default()
            },
        ));
        // Exactly the services of the rules whose `when` names this concern value.
        let expected: BTreeSet<String> = flow
            .rules
            .iter()
            .filter(|r| r.when.0.get("concern").is_some_and(|v| v.contains(value)))
            .flat_map(|r| r.refer.iter().map(|s| s.service.clone()))
            .collect();
        assert_eq!(got, expected, "{value}");
        // Routing agrees: whatever a concern-rule refers for this value is in the list.
        for age in ["child", "adult"] {
            for nationality in ["japanese", "foreign"] {
                let mut facts = Facts::new();
                facts.insert("concern", value);
                facts.insert("age_group", age);
                facts.insert("nationality", nationality);
                for r in app.route(&facts) {
                    let by_concern = r.rules.iter().any(|id| {
                        flow.rule(id).is_some_and(|rule| {
                            rule.when
                                .0
                                .get("concern")
                                .is_some_and(|v| v.contains(value))
                        })
                    });
                    if by_concern {
                        assert!(got.contains(&r.service), "{value}: {}", r.service);
                    }
                }
            }
        }
    }
    // Known cases from the data.
    let child = ids(&entries(
        &app,
        &DirectoryFilter {
            concern: Some("child_abuse".to_string()),
            ..Default::default()
        },
    ));
    assert!(child.contains("child_guidance_189"));
    let unknown = entries(
        &app,
        &DirectoryFilter {
            concern: Some("no_such_concern".to_string()),
            ..Default::default()
        },
    );
    assert!(unknown.is_empty());
}

#[test]
fn filters_are_anded() {
    let app = app();
    let single = |f: DirectoryFilter| ids(&entries(&app, &f));
    let a = single(DirectoryFilter {
        concern: Some("sexual_violence".to_string()),
        ..Default::default()
    });
    let b = single(DirectoryFilter {
        free_call: true,
        ..Default::default()
    });
    let c = single(DirectoryFilter {
        open_now: true,
        ..Default::default()
    });
    let all = single(DirectoryFilter {
        concern: Some("sexual_violence".to_string()),
        free_call: true,
        open_now: true,
        ..Default::default()
    });
    let expected: BTreeSet<String> = a
        .intersection(&b)
        .cloned()
        .collect::<BTreeSet<_>>()
        .intersection(&c)
        .cloned()
        .collect();
    assert_eq!(all, expected);
}

#[test]
fn site_entries_are_marked_and_local_ones_follow_their_shipped_service() {
    let app = app_with_site();
    let all = entries(&app, &DirectoryFilter::default());
    let counter = all
        .iter()
        .find(|e| e.card.service == "houterasu")
        .expect("overridden entry");
    assert!(matches!(counter.card.origin, Origin::Overridden { .. }));
    assert_eq!(
        counter.origin_label.staff,
        app.localizer().text("ja", "directory-origin-overridden")
    );
    assert_eq!(counter.card.contacts[0].value, "000-0000-0000");
    let local = all
        .iter()
        .find(|e| e.card.service == "prefecture_onestop")
        .expect("local entry");
    assert!(matches!(local.card.origin, Origin::Local { .. }));
    assert_eq!(local.card.name.staff, "県ワンストップ支援センター");
    assert_eq!(local.card.name.client, "Prefectural One-Stop Center");
    assert_eq!(
        local.origin_label.client,
        app.localizer().text("en", "directory-origin-local")
    );
    assert_eq!(local.card.hours.staff, "24時間・365日");
    assert_eq!(local.card.hours.client, "24 hours, every day");
    // The local entry goes with `onestop_8891`, so the concerns that lead there lead to it.
    let sv = ids(&entries(
        &app,
        &DirectoryFilter {
            concern: Some("sexual_violence".to_string()),
            ..Default::default()
        },
    ));
    assert!(sv.contains("onestop_8891") && sv.contains("prefecture_onestop"));
    let found = ids(&entries(
        &app,
        &DirectoryFilter {
            text: Some("prefectural one-stop".to_string()),
            language: Some("vi".to_string()),
            ..Default::default()
        },
    ));
    assert!(found.contains("prefecture_onestop"));
}

#[test]
fn check_before_use_depends_on_the_day() {
    let app = app();
    let far = NaiveDate::from_ymd_opt(2099, 1, 1).expect("date");
    let later = app.directory_entries(&DirectoryFilter::default(), "en", "vi", far);
    assert!(
        later.iter().all(|e| e.card.check_before_use.is_some()),
        "every entry is old by then"
    );
    assert_eq!(
        later[0]
            .card
            .check_before_use
            .as_ref()
            .expect("mark")
            .client,
        app.localizer().text("vi", "check-before-use")
    );
}

#[test]
fn the_directory_messages_exist_in_every_shipped_locale() {
    let app = app();
    assert!(
        app.translation_gaps().is_empty(),
        "{:?}",
        app.translation_gaps()
    );
    for lang in app.localizer().languages() {
        for id in DIRECTORY_MESSAGES {
            assert!(app.localizer().has_message(&lang, id), "{lang}: {id}");
        }
    }
}

#[test]
fn an_in_person_contact_at_the_local_office_is_named_in_words_in_both_languages() {
    let all = entries(&app(), &DirectoryFilter::default());
    let local: Vec<_> = all
        .iter()
        .flat_map(|e| e.card.contacts.iter().map(move |c| (&e.card.service, c)))
        .filter(|(_, c)| c.value == "local")
        .collect();
    assert!(
        !local.is_empty(),
        "the shipped data has in-person local contacts"
    );
    for (service, c) in local {
        let label = c
            .label
            .as_ref()
            .unwrap_or_else(|| panic!("{service}: no label"));
        assert!(
            !label.staff.is_empty() && !label.staff.contains("local"),
            "{service}: {label:?}"
        );
        assert!(
            !label.client.is_empty() && !label.client.contains("local"),
            "{service}: {label:?}"
        );
        assert_ne!(label.staff, label.client, "{service}: one language only");
    }
}
