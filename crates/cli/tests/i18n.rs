//! `madoguchi i18n status|export|import` as a coordinator and a reviewer run them.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn madoguchi() -> Command {
    Command::cargo_bin("madoguchi").expect("binary built")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.path().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

#[test]
fn status_counts_every_message_of_every_translation() {
    let out = madoguchi()
        .args(["i18n", "status", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: Value = serde_json::from_slice(&out).unwrap();
    let locales = v["locales"].as_array().unwrap();
    assert!(locales.len() >= 17);
    let en = locales.iter().find(|l| l["tag"] == "en").unwrap();
    let total: u64 = ["reviewed", "stale", "draft", "missing"]
        .iter()
        .map(|k| en[k].as_u64().unwrap())
        .sum();
    assert!(total > 500, "{en}");
    assert!(en["words"].as_u64().unwrap() > 1000, "{en}");
    madoguchi()
        .args(["i18n", "status"])
        .assert()
        .success()
        .stdout(predicate::str::contains("words to review").and(predicate::str::contains("zh-TW")));
}

#[test]
fn a_reviewer_round_trip_marks_approved_units_and_a_bad_unit_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let locales = dir.path().join("locales");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales"),
        &locales,
    );
    let xlf = dir.path().join("vi.xlf");
    madoguchi()
        .args(["i18n", "export", "--lang", "vi", "--out"])
        .arg(&xlf)
        .arg("--locales")
        .arg(&locales)
        .assert()
        .success()
        .stdout(predicate::str::contains("vi: "));
    let xml = std::fs::read_to_string(&xlf).unwrap();

    // The reviewer approves one unit in a CAT tool.
    let approved = xml.replacen(
        r#"<trans-unit id="assured-on" resname="assured-on" xml:space="preserve">"#,
        r#"<trans-unit id="assured-on" resname="assured-on" xml:space="preserve" approved="yes">"#,
        1,
    );
    assert_ne!(approved, xml);
    std::fs::write(&xlf, &approved).unwrap();
    madoguchi()
        .args(["i18n", "import"])
        .arg(&xlf)
        .args([
            "--reviewer",
            "Vietnamese community interpreters (prefectural association)",
            "--locales",
        ])
        .arg(&locales)
        .assert()
        .success()
        .stdout(predicate::str::contains("1 marked reviewed"));
    let review = std::fs::read_to_string(locales.join("vi/review.toml")).unwrap();
    assert!(review.contains("assured-on = { by = \"Vietnamese community interpreters"));
    madoguchi()
        .args(["i18n", "status", "--json", "--locales"])
        .arg(&locales)
        .assert()
        .success()
        .stdout(predicate::str::contains(r#""reviewed":1"#));

    // A dial code changed by mistake: refused, naming the unit; nothing written.
    let before = std::fs::read(locales.join("vi/directory.ftl")).unwrap();
    let broken = approved.replacen("#8103", "#8130", 2);
    std::fs::write(&xlf, broken).unwrap();
    madoguchi()
        .args(["i18n", "import"])
        .arg(&xlf)
        .args(["--reviewer", "Agency", "--locales"])
        .arg(&locales)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "unit `service-police_sexual_crime_8103",
        ));
    assert_eq!(
        std::fs::read(locales.join("vi/directory.ftl")).unwrap(),
        before
    );
}

#[test]
fn the_reference_and_unknown_languages_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    madoguchi()
        .args(["i18n", "export", "--lang", "ja", "--out"])
        .arg(dir.path().join("ja.xlf"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("reference"));
    madoguchi()
        .args(["i18n", "export", "--lang", "xx", "--out"])
        .arg(dir.path().join("xx.xlf"))
        .assert()
        .code(2);
}

#[test]
fn validate_reports_a_message_fluent_cannot_format() {
    let dir = tempfile::tempdir().unwrap();
    let locales = dir.path().join("locales");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales"),
        &locales,
    );
    let ui = locales.join("en/ui.ftl");
    let text = std::fs::read_to_string(&ui).unwrap();
    std::fs::write(
        &ui,
        text.replace("\nwalk-why = ", "\nwalk-why = { -no-such-term } "),
    )
    .unwrap();
    madoguchi()
        .args(["validate", "--locales"])
        .arg(&locales)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("`walk-why` cannot be formatted"));
}

/// A translation file exported over the last one is a new file renamed into place: a reader (a
/// CAT tool that has the old one open) reads the old whole, never a mix (`fs::write` truncated
/// it in place).
#[cfg(unix)]
#[test]
fn an_export_replaces_the_file_whole() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.xlf");
    let export = |lang: &str| {
        madoguchi()
            .args(["i18n", "export", "--lang", lang, "--out"])
            .arg(&out)
            .assert()
            .success();
        std::fs::read(&out).unwrap()
    };
    let first = export("vi");
    let mut held = std::fs::File::open(&out).unwrap();
    assert_ne!(export("th"), first);
    let mut seen = Vec::new();
    std::io::copy(&mut held, &mut seen).unwrap(); // the handle opened before
    assert_eq!(seen, first, "the export rewritten in place");
}
