//! `madoguchi directory export --format hsds` as a coordinator runs it.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

/// The commented example override file (a corrected shipped entry and a local one with texts
/// per language), as a coordinator starts from it.
const SITE: &str = include_str!("../../../data/site-override.example.toml");

fn madoguchi() -> Command {
    Command::cargo_bin("madoguchi").expect("binary built")
}

fn export(out: &std::path::Path, site: &std::path::Path) -> Vec<u8> {
    madoguchi()
        .args(["directory", "export", "--format", "hsds", "--out"])
        .arg(out)
        .arg("--override")
        .arg(site)
        .assert()
        .success();
    std::fs::read(out.join("services.json")).expect("services.json written")
}

#[test]
fn export_writes_every_service_with_the_local_one_and_the_same_file_twice() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site.toml");
    std::fs::write(&site, SITE).unwrap();
    let first = export(&dir.path().join("a"), &site);
    let second = export(&dir.path().join("b/nested"), &site);
    assert_eq!(first, second, "the same directory gives the same file");
    let services: Vec<Value> = serde_json::from_slice(&first).unwrap();
    let shipped = madoguchi_core::App::embedded()
        .unwrap()
        .content()
        .directory
        .services
        .len();
    assert_eq!(services.len(), shipped + 1);
    assert!(services
        .iter()
        .any(|s| s["name"] == "県ワンストップ支援センター"
            && s["phones"][0]["number"] == "000-1111-2222"));
}

#[test]
fn a_broken_override_is_refused_with_its_file_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site.toml");
    std::fs::write(&site, "[[service]]\nid = \"no_such_thing\"\n").unwrap();
    let out = dir.path().join("out");
    madoguchi()
        .args(["directory", "export", "--format", "hsds", "--out"])
        .arg(&out)
        .arg("--override")
        .arg(&site)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("site.toml"));
    assert!(!out.join("services.json").exists());
}

#[test]
fn an_unknown_format_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    madoguchi()
        .args(["directory", "export", "--format", "csv", "--out"])
        .arg(dir.path())
        .assert()
        .code(2);
}

#[test]
fn import_of_our_export_writes_an_override_that_validates_and_never_replaces_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site.toml");
    std::fs::write(&site, SITE).unwrap();
    export(&dir.path().join("out"), &site);
    let services = dir.path().join("out/services.json");
    let imported = dir.path().join("imported.toml");
    madoguchi()
        .args(["directory", "import"])
        .arg(&services)
        .arg("--as-override")
        .arg(&imported)
        .assert()
        .success()
        .stdout(predicate::str::contains("prefecture_onestop: added"))
        .stdout(predicate::str::contains("police_emergency"));
    madoguchi()
        .arg("validate")
        .arg("--override")
        .arg(&imported)
        .assert()
        .success();
    // A second import to the same file is refused: the coordinator's file is never replaced.
    let before = std::fs::read(&imported).unwrap();
    madoguchi()
        .args(["directory", "import"])
        .arg(&services)
        .arg("--as-override")
        .arg(&imported)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("imported.toml"));
    assert_eq!(std::fs::read(&imported).unwrap(), before);
}

#[test]
fn import_of_a_foreign_service_needs_refer_with_and_names_the_service_and_field() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("pref.json");
    let service = serde_json::json!([{
        "id": "0f4c2a1e-8d7b-4c3a-9e2f-1a2b3c4d5e6f",
        "name": "県国際交流協会",
        "status": "active",
        "assured_date": "2026-05-01",
        "phones": [{ "id": "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e", "number": "012-345-6789",
                     "languages": [{ "id": "6c7d8e9f-0a1b-4c2d-9e3f-4a5b6c7d8e9f", "code": "vi" }] }],
        "schedules": [{ "id": "8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b", "description": "平日 9:00-16:00" }]
    }]);
    std::fs::write(&list, service.to_string()).unwrap();
    let out = dir.path().join("site.toml");
    madoguchi()
        .args(["directory", "import"])
        .arg(&list)
        .arg("--as-override")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("service 0 (県国際交流協会)"))
        .stderr(predicate::str::contains("refer_with"));
    assert!(!out.exists());
    madoguchi()
        .args(["directory", "import"])
        .arg(&list)
        .arg("--as-override")
        .arg(&out)
        .args([
            "--refer-with",
            "fresc",
            "--source",
            "https://pref.example.jp/list",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("not imported: schedules"));
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("label = \"県国際交流協会\""), "{text}");
    assert!(text.contains("refer_with = \"fresc\""), "{text}");
}
