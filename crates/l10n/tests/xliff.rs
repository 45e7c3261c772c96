//! The round trip through translators' tools, on a copy of the shipped locales.

use std::path::{Path, PathBuf};

use madoguchi_core::i18n::REFERENCE;
use madoguchi_core::review::MessageState;
use madoguchi_core::{App, ContentFiles};
use madoguchi_l10n::{export_csv, export_xliff, import, parse_csv, parse_xliff, L10nError};

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

fn copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&locales_dir(), dir.path());
    dir
}

fn load(dir: &Path) -> App {
    let files = ContentFiles::embedded().with_locales_dir(dir).unwrap();
    App::load(&files).unwrap_or_else(|e| panic!("{e}"))
}

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 12, 6).unwrap()
}

fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for lang in std::fs::read_dir(dir).unwrap() {
        for f in std::fs::read_dir(lang.unwrap().path()).unwrap() {
            let p = f.unwrap().path();
            out.push((p.clone(), std::fs::read(&p).unwrap()));
        }
    }
    out.sort();
    out
}

#[test]
fn every_locale_round_trips_through_xliff_and_csv_unchanged() {
    let dir = copy();
    let app = load(dir.path());
    let before = snapshot(dir.path());
    let langs: Vec<String> = app
        .localizer()
        .locales()
        .into_iter()
        .map(|l| l.tag)
        .filter(|t| t != REFERENCE)
        .collect();
    assert!(langs.len() >= 17, "{langs:?}");
    for lang in &langs {
        let xml = export_xliff(&app, lang).unwrap();
        let t = parse_xliff(&xml).unwrap();
        assert_eq!(&t.lang, lang);
        // Every message (and every placeable inside it) comes back exactly as the file has it.
        for u in &t.units {
            assert_eq!(
                u.target.as_deref(),
                app.localizer().message_source(lang, &u.id),
                "{lang} {}",
                u.id
            );
        }
        assert_eq!(
            t.units.len(),
            app.localizer().message_sources(REFERENCE).len()
        );
        let report = import(&app, dir.path(), &t, "Test agency", today()).unwrap();
        assert!(
            report.changed.is_empty() && report.files.is_empty(),
            "{report:?}"
        );
        let csv = parse_csv(&export_csv(&app, lang).unwrap()).unwrap();
        assert_eq!(csv, t, "{lang}: the CSV carries what the XLIFF does");
    }
    assert_eq!(snapshot(dir.path()), before, "nothing was rewritten");
}

#[test]
fn placeables_are_protected_codes_and_draft_units_need_review() {
    let app = App::embedded().unwrap();
    let xml = export_xliff(&app, "en").unwrap();
    assert!(
        xml.contains(r#"<trans-unit id="assured-on" resname="assured-on" xml:space="preserve">"#)
    );
    assert!(
        xml.contains(r#"<ph id="1" ctype="x-fluent-placeable">{ $date }</ph>"#),
        "{}",
        &xml[..2000]
    );
    assert!(xml.contains(r#"<target state="needs-review-translation">"#));
    assert!(!xml.contains("approved=\"yes\""), "nothing is reviewed yet");
    assert!(xml.contains("<note>Where: interview question"));
    assert!(xml.contains(r#"target-language="en""#) && xml.contains(r#"source-language="ja""#));
}

fn edit(t: &mut madoguchi_l10n::Translation, id: &str, f: impl Fn(&str) -> String) {
    let u = t.units.iter_mut().find(|u| u.id == id).unwrap();
    let new = f(u.target.as_deref().unwrap());
    assert_ne!(
        u.target.as_deref(),
        Some(new.as_str()),
        "the edit changes {id}"
    );
    u.target = Some(new);
}

fn refused(r: Result<madoguchi_l10n::ImportReport, L10nError>, id: &str, why: &str) {
    match r {
        Err(L10nError::Refused(list)) => assert!(
            list.iter().any(|x| x.id == id && x.reason.contains(why)),
            "{list:?}"
        ),
        other => panic!("expected a refusal of {id}, got {other:?}"),
    }
}

#[test]
fn a_changed_variable_number_or_unknown_id_is_refused_by_name_and_nothing_written() {
    let dir = copy();
    let app = load(dir.path());
    let before = snapshot(dir.path());
    let base = parse_xliff(&export_xliff(&app, "en").unwrap()).unwrap();

    let mut t = base.clone();
    edit(&mut t, "assured-on", |s| s.replace("$date", "$day"));
    refused(
        import(&app, dir.path(), &t, "Agency", today()),
        "assured-on",
        "variables",
    );

    let mut t = base.clone();
    edit(&mut t, "value-recent-within_72h", |s| s.replace("72", "48"));
    refused(
        import(&app, dir.path(), &t, "Agency", today()),
        "value-recent-within_72h",
        "numbers",
    );

    let mut t = base.clone();
    edit(&mut t, "service-police_sexual_crime_8103-name", |s| {
        s.replace("#8103", "#8130")
    });
    refused(
        import(&app, dir.path(), &t, "Agency", today()),
        "service-police_sexual_crime_8103-name",
        "#8103",
    );

    let mut t = base.clone();
    edit(&mut t, "walk-why", |s| format!("{s} {{ $oops"));
    refused(
        import(&app, dir.path(), &t, "Agency", today()),
        "walk-why",
        "not valid Fluent",
    );

    let mut t = base.clone();
    t.units[0].id = "no-such-message".into();
    refused(
        import(&app, dir.path(), &t, "Agency", today()),
        "no-such-message",
        "no message",
    );

    assert_eq!(
        snapshot(dir.path()),
        before,
        "a refused import writes nothing"
    );
}

#[test]
fn an_approved_change_is_written_in_place_marked_reviewed_and_turns_stale_when_japanese_changes() {
    let dir = copy();
    let app = load(dir.path());
    let ui = dir.path().join("en/ui.ftl");
    let before = std::fs::read_to_string(&ui).unwrap();
    let mut t = parse_xliff(&export_xliff(&app, "en").unwrap()).unwrap();
    edit(&mut t, "walk-why", |s| format!("{s} (checked)"));
    for u in &mut t.units {
        u.approved = u.id == "walk-why" || u.id == "assured-on";
    }
    let report = import(
        &app,
        dir.path(),
        &t,
        "Tokyo interpreters' association",
        today(),
    )
    .unwrap();
    assert_eq!(report.changed, ["walk-why"]);
    assert_eq!(report.reviewed, ["assured-on", "walk-why"]);

    let after = std::fs::read_to_string(&ui).unwrap();
    let changed: Vec<_> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(
        changed.len(),
        1,
        "only the message's line changed: {changed:?}"
    );
    assert!(changed[0].1.starts_with("walk-why = ") && changed[0].1.ends_with(" (checked)"));
    assert_eq!(before.lines().count(), after.lines().count());

    let review = std::fs::read_to_string(dir.path().join("en/review.toml")).unwrap();
    assert!(review.contains(
        "walk-why = { by = \"Tokyo interpreters' association\", on = \"2026-12-06\", ja = \""
    ));
    let reloaded = load(dir.path());
    let l = reloaded.localizer();
    assert_eq!(l.message_state("en", "walk-why"), MessageState::Reviewed);
    assert_eq!(l.message_state("en", "assured-on"), MessageState::Reviewed);
    assert_eq!(l.message_state("en", "walk-results"), MessageState::Draft);
    assert!(l.text("en", "walk-why").ends_with("(checked)"));
    let xml = export_xliff(&reloaded, "en").unwrap();
    assert!(xml.contains(
        r#"<trans-unit id="walk-why" resname="walk-why" xml:space="preserve" approved="yes">"#
    ));

    // The Japanese of walk-why changes: its translation is stale, the other review stands.
    let ja = dir.path().join("ja/ui.ftl");
    let text = std::fs::read_to_string(&ja).unwrap();
    std::fs::write(
        &ja,
        text.replace("\nwalk-why = ", "\nwalk-why = 新しい文。"),
    )
    .unwrap();
    let changed = load(dir.path());
    assert_eq!(
        changed.localizer().message_state("en", "walk-why"),
        MessageState::Stale
    );
    assert_eq!(
        changed.localizer().message_state("en", "assured-on"),
        MessageState::Reviewed
    );
    let xml = export_xliff(&changed, "en").unwrap();
    assert!(xml.contains("the Japanese changed after the last review"));
}

/// An import rewrites a translator's `.ftl` file by writing a new one and renaming it over the
/// old: a reader that had the old file open reads it whole, as it was (in place, a crash
/// midway would leave half a file and the desk without that language).
#[cfg(unix)]
#[test]
fn an_import_replaces_a_file_whole_never_rewrites_it_in_place() {
    let dir = copy();
    let app = load(dir.path());
    let ui = dir.path().join("en/ui.ftl");
    let before = std::fs::read(&ui).unwrap();
    let mut held = std::fs::File::open(&ui).unwrap();
    let mut t = parse_xliff(&export_xliff(&app, "en").unwrap()).unwrap();
    edit(&mut t, "walk-why", |s| format!("{s} (checked)"));
    for u in &mut t.units {
        u.approved = u.id == "walk-why";
    }
    let report = import(
        &app,
        dir.path(),
        &t,
        "Tokyo interpreters' association",
        today(),
    )
    .unwrap();
    assert_eq!(report.changed, ["walk-why"]);
    assert_ne!(std::fs::read(&ui).unwrap(), before);
    let mut seen = Vec::new();
    std::io::copy(&mut held, &mut seen).unwrap(); // the handle opened before
    assert_eq!(seen, before, "en/ui.ftl rewritten in place");
}
