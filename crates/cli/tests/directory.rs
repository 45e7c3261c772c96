//! `madoguchi directory export --format hsds` as a coordinator runs it.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

const SITE: &str = r#"
[[service]]
id = "prefecture_onestop"
label = "県ワンストップ支援センター"
refer_with = "onestop_8891"
contacts = [{ kind = "phone", value = "000-1111-2222", languages = ["ja", "vi"] }]
hours = "weekdays"
free_call = "yes"
anonymous = "yes"
languages = ["ja", "vi"]
languages_confirmed = true
assured_date = "2026-04-01"
assured_by = "https://example.org/prefecture"
confidence = "high"
sources = ["https://example.org/prefecture"]
"#;

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
