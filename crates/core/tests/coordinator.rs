//! What a desk coordinator does with the site override file: entries in the desk's own words per
//! language (the client's language falling back to Japanese, marked), every error at once at its
//! line in the staff's language, the commented example, and the yearly check of every entry.

use chrono::NaiveDate;
use madoguchi_core::{App, ContentFiles, Diagnostic, DirectoryFilter, SourceFile};

const EXAMPLE: &str = include_str!("../../../data/site-override.example.toml");
const SITE: &str = "site-override.toml";

fn load(text: &str) -> Result<App, Vec<Diagnostic>> {
    let mut files = ContentFiles::embedded();
    files.site_override = Some(SourceFile::new(SITE, text));
    App::load(&files).map_err(|e| e.diagnostics().to_vec())
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 6).unwrap()
}

fn local(extra: &str) -> String {
    format!(
        r#"[[service]]
id = "city_foreign_counter"
name = {{ ja = "市の外国人相談窓口", vi = "Quầy tư vấn người nước ngoài của thành phố" }}
refer_with = "local_onestop_counter"
contacts = [{{ kind = "phone", value = "000-2222-3333", languages = ["ja", "vi"] }}]
hours = "weekdays"
free_call = "no"
anonymous = "no"
languages = ["ja", "vi"]
languages_confirmed = true
assured_date = "2026-04-01"
assured_by = "https://example.org/city"
confidence = "high"
sources = ["https://example.org/city"]
{extra}
"#
    )
}

#[test]
fn the_example_file_validates() {
    let app = load(EXAMPLE).unwrap_or_else(|d| panic!("{d:#?}"));
    assert!(app
        .content()
        .directory
        .service("prefecture_onestop")
        .is_some());
}

#[test]
fn a_local_entry_shows_the_desk_s_words_in_each_language_and_japanese_marked_where_none() {
    let app = load(EXAMPLE).unwrap();
    let s = app
        .content()
        .directory
        .service("prefecture_onestop")
        .unwrap();
    // Staff ja, client vi: everything was written in Vietnamese but the phone's note.
    let card = app.service_card(s, "ja", "vi", today());
    assert_eq!(card.name.staff, "県ワンストップ支援センター");
    assert_eq!(card.name.client, "Trung tâm hỗ trợ một cửa của tỉnh");
    assert_eq!(card.hours.client, "24 giờ, tất cả các ngày");
    assert!(card.expect.client.starts_with("Tư vấn qua điện thoại"));
    let note = card.contacts[0].note.as_ref().unwrap();
    assert_eq!(note.staff, "ベトナム語は火曜・金曜");
    assert_eq!(
        note.client, "ベトナム語は火曜・金曜",
        "no vi note: the Japanese"
    );
    assert!(card.contacts[0].note_japanese_only);
    let mark = card.japanese_only.as_ref().expect("marked");
    assert!(!mark.name && !mark.hours && !mark.expect);
    assert_eq!(
        mark.label.client,
        app.localizer().text("vi", "card-japanese-only")
    );
    // Client ru: nothing was written in Russian, so every text is the Japanese, marked.
    let card = app.service_card(s, "en", "ru", today());
    assert_eq!(card.name.staff, "Prefectural One-Stop Center");
    assert_eq!(card.name.client, "県ワンストップ支援センター");
    let mark = card.japanese_only.expect("marked");
    assert!(mark.name && mark.hours && mark.expect);
    // A Japanese-reading client (plain Japanese included) gets no mark.
    for client in ["ja", "ja-x-plain"] {
        let card = app.service_card(s, "ja", client, today());
        assert_eq!(card.name.client, "県ワンストップ支援センター");
        assert!(card.japanese_only.is_none(), "{client}");
    }
}

#[test]
fn a_correction_s_note_is_literal_and_the_routes_carry_it() {
    let app = load(EXAMPLE).unwrap();
    let mut facts = madoguchi_core::Facts::new();
    app.add_fact(&mut facts, "concern", "discrimination")
        .unwrap();
    let views = app.referral_views(&facts, "ja", "en", today());
    let houterasu = views
        .iter()
        .find(|v| v.card.service == "houterasu")
        .expect("houterasu is referred for discrimination");
    let note = houterasu.card.contacts[0].note.as_ref().unwrap();
    assert_eq!(
        (note.staff.as_str(), note.client.as_str()),
        ("平日のみ", "Weekdays only")
    );
    assert!(houterasu.card.japanese_only.is_none());
}

#[test]
fn the_issue_s_note_in_plain_words_is_an_error_that_says_how_to_write_it() {
    // The coordinator's first try: a note as a plain string names a message id.
    let text = local("").replace(
        r#"languages = ["ja", "vi"] }]"#,
        r#"languages = ["ja", "vi"], note = "平日のみ" }]"#,
    );
    let diags = load(&text).unwrap_err();
    let [d] = diags.as_slice() else {
        panic!("{diags:#?}")
    };
    assert_eq!((d.file.as_str(), d.line), (SITE, Some(1)));
    let app = App::embedded().unwrap();
    let ja = app.diagnostic_text("ja", d);
    assert!(ja.starts_with("site-override.toml:1: "), "{ja}");
    assert!(ja.contains("note = { ja = \"平日のみ\""), "{ja}");
    assert!(!ja.contains("is not a message"), "no English: {ja}");
    // Written as a table, it loads.
    let text = local("").replace(
        r#"languages = ["ja", "vi"] }]"#,
        r#"languages = ["ja", "vi"], note = { ja = "平日のみ", en = "Weekdays only" } }]"#,
    );
    load(&text).unwrap_or_else(|d| panic!("{d:#?}"));
}

#[test]
fn texts_need_japanese_and_the_app_s_languages() {
    let diags = load(&local(
        r#"hours_text = { en = "Weekdays", xx = "?", vi = "" }"#,
    ))
    .unwrap_err();
    let texts: Vec<(String, String)> = diags
        .iter()
        .map(|d| {
            let t = d.text.as_ref().expect("a message");
            let arg = |k: &str| {
                t.args
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default()
            };
            (arg("problem"), arg("lang"))
        })
        .collect();
    assert_eq!(
        texts,
        [
            ("no-ja".to_string(), "ja".to_string()),
            ("empty".to_string(), "vi".to_string()),
            ("language".to_string(), "xx".to_string()),
        ]
    );
    assert!(diags.iter().all(|d| d.line == Some(1)));
}

#[test]
fn every_error_of_the_file_is_reported_at_once_each_at_its_line_in_the_staff_language() {
    // Line 2: an unknown key (a typo); line 9: a wrong value; line 11: a bad contact (at its
    // entry); line 17: a TOML syntax error; line 19: an emergency service. Before, the first
    // typo hid all the others.
    let text = r#"[[service]]
hour = "weekdays"
id = "houterasu"

[[service]]
id = "yorisoi_hotline"
free_call = "yes"
anonymous = "no"
hours = "weekday"

[[service]]
id = "prefecture_desk"
refer_with = "onestop_8891"
contacts = [{ kind = "phone", value = "call us", languages = ["ja"] }]

[[service]]
note = "unclosed

[[service]]
id = "police_emergency"
"#;
    let diags = load(text).unwrap_err();
    let mut seen: Vec<(usize, &str)> = diags
        .iter()
        .map(|d| (d.line.unwrap(), d.text.as_ref().map_or("", |t| t.id)))
        .collect();
    seen.sort();
    seen.dedup();
    for expected in [
        (2, "override-error-unknown-key"),
        (9, "override-error-value"),
        (11, "override-error-contact"),
        (17, "override-error-syntax"),
        (19, "override-error-emergency"),
    ] {
        assert!(seen.contains(&expected), "{expected:?} in {seen:#?}");
    }
    // Each says what is wrong in the staff's language, naming the file and line.
    let app = App::embedded().unwrap();
    for d in &diags {
        assert_eq!(d.file, SITE);
        let ja = app.diagnostic_text("ja", d);
        let en = app.diagnostic_text("en", d);
        let at = format!("{SITE}:{}: ", d.line.unwrap());
        assert!(ja.starts_with(&at) && en.starts_with(&at), "{ja}\n{en}");
        assert_ne!(ja, en, "{ja}");
        assert!(!ja.contains("override-error"), "a message id leaked: {ja}");
    }
    let value = diags
        .iter()
        .find(|d| d.line == Some(9))
        .map(|d| app.diagnostic_text("ja", d))
        .unwrap();
    assert!(
        value.contains("weekday") && value.contains("always, weekdays, varies"),
        "{value}"
    );
}

#[test]
fn every_override_message_exists_with_the_same_arguments_in_every_locale() {
    // Loading the app checks each locale against the reference (missing messages and other
    // variables are translation gaps); none may be missing here.
    let app = App::embedded().unwrap();
    let gaps: Vec<String> = app
        .translation_gaps()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(gaps.is_empty(), "{gaps:#?}");
    for id in madoguchi_core::OVERRIDE_MESSAGES {
        for lang in app.localizer().languages() {
            assert!(app.localizer().has_message(&lang, id), "{lang} {id}");
        }
    }
}

#[test]
fn entries_older_than_the_review_interval_are_marked_and_counted() {
    let app = load(EXAMPLE).unwrap();
    let filter = |months| DirectoryFilter {
        review_months: months,
        ..Default::default()
    };
    let due = |months: Option<u32>| -> Vec<String> {
        app.directory_entries(&filter(months), "ja", "vi", today())
            .into_iter()
            .filter(|e| e.review_due.is_some())
            .map(|e| e.card.service)
            .collect()
    };
    // The example's entries were checked on 2026-04-01: not due after 8 months at 12 (the
    // default), due at 6.
    let default = due(None);
    assert!(!default.contains(&"prefecture_onestop".to_string()));
    assert!(!default.contains(&"houterasu".to_string()));
    let six = due(Some(6));
    assert!(six.contains(&"prefecture_onestop".to_string()));
    // Shipped entries assured years ago are due; the count is the same as the marks.
    assert!(
        !default.is_empty(),
        "shipped entries checked years ago are due"
    );
    assert_eq!(
        app.services_due_for_review(today(), 12).len(),
        default.len()
    );
    let entry = app
        .directory_entries(&filter(Some(6)), "ja", "vi", today())
        .into_iter()
        .find(|e| e.card.service == "prefecture_onestop")
        .unwrap();
    let mark = entry.review_due.unwrap();
    assert!(mark.staff.contains('6'), "{}", mark.staff);
    assert!(mark.client.contains('6'), "{}", mark.client);
}

#[test]
fn the_override_is_created_from_the_example_only_where_there_is_none() {
    assert_eq!(madoguchi_core::site_override_example(), EXAMPLE);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(SITE);
    madoguchi_core::create_site_override(&path).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), EXAMPLE);
    // A coordinator's file is never replaced.
    std::fs::write(&path, "# ours\n").unwrap();
    let e = madoguchi_core::create_site_override(&path).unwrap_err();
    assert_eq!(e.kind(), std::io::ErrorKind::AlreadyExists);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "# ours\n");
    // What was written loads.
    let files = ContentFiles::embedded()
        .with_override(&dir.path().join("new.toml"))
        .err();
    assert!(files.is_some(), "a missing file is an error");
    let path = dir.path().join("fresh.toml");
    madoguchi_core::create_site_override(&path).unwrap();
    App::load(&ContentFiles::embedded().with_override(&path).unwrap()).unwrap();
}
