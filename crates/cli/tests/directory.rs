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

/// The sheet as a coordinator fills it in (Excel keeps the BOM): every row of `services`
/// marked checked on `day`, `ok`, by a role.
fn fill_in(sheet: &str, services: &[&str], day: &str, value_edit: Option<(&str, &str)>) -> String {
    let body = sheet.strip_prefix('\u{feff}').expect("a BOM for Excel");
    let mut lines = body.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let mut out = vec!['\u{feff}'.to_string() + &header.join(",")];
    let mut reader = csv::ReaderBuilder::new().from_reader(body.as_bytes());
    for record in reader.records() {
        let mut r: Vec<String> = record.unwrap().iter().map(str::to_string).collect();
        if services.contains(&r[col("service_id")].as_str()) {
            r[col("checked_on")] = day.to_string();
            r[col("result")] = "ok".to_string();
            r[col("confirmed_by")] = "相談窓口コーディネーター".to_string();
            if let Some((from, to)) = value_edit {
                if r[col("value")] == from {
                    r[col("value")] = to.to_string();
                }
            }
        }
        let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
        w.write_record(&r).unwrap();
        out.push(
            String::from_utf8(w.into_inner().unwrap())
                .unwrap()
                .trim_end()
                .to_string(),
        );
    }
    out.join("\r\n") + "\r\n"
}

#[test]
fn the_review_sheet_round_trip_moves_assured_dates_and_keeps_the_file_s_comments() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site-override.toml");
    std::fs::write(&site, SITE).unwrap();
    let sheet = dir.path().join("review.csv");
    madoguchi()
        .args(["directory", "review", "--out"])
        .arg(&sheet)
        .arg("--override")
        .arg(&site)
        .assert()
        .success();
    let text = std::fs::read_to_string(&sheet).unwrap();
    assert!(text.starts_with('\u{feff}'), "UTF-8 with a BOM, for Excel");
    let header = text.lines().next().unwrap();
    assert_eq!(
        header.trim_start_matches('\u{feff}'),
        "service_id,service,origin,contact,kind,value,hours,source,assured_date,confidence,due,checked_on,result,confirmed_by"
    );
    assert!(text.contains(
        "prefecture_onestop,県ワンストップ支援センター,local,1,phone,000-1111-2222,24時間・365日"
    ));
    assert!(
        !text.contains("police_emergency"),
        "110 and 119 are not the desk's to check"
    );

    // The coordinator confirms the local entry and a shipped one.
    let filled = fill_in(
        &text,
        &["prefecture_onestop", "onestop_8891"],
        "2026/11/30",
        None,
    );
    std::fs::write(&sheet, filled).unwrap();
    madoguchi()
        .args(["directory", "review", "--apply"])
        .arg(&sheet)
        .arg("--override")
        .arg(&site)
        .assert()
        .success()
        .stdout(predicate::str::contains("2 services confirmed"));
    let after = std::fs::read_to_string(&site).unwrap();
    // Comments and layout as they were; the dates moved.
    assert!(after.starts_with(SITE.lines().next().unwrap()));
    assert!(after.contains(
        "assured_date = \"2026-11-30\"      # 確かめた日 / the day it was checked (YYYY-MM-DD)"
    ));
    assert!(after.contains("[[service]]\nid = \"onestop_8891\"\nassured_date = \"2026-11-30\""));
    assert_eq!(
        after
            .matches("confirmed_by = \"相談窓口コーディネーター\"")
            .count(),
        2
    );
    for line in SITE.lines().filter(|l| l.starts_with('#')) {
        assert!(after.contains(line), "comment lost: {line}");
    }
    // And the app reads them: the two are no longer due, at any interval since.
    let mut files = madoguchi_core::ContentFiles::embedded();
    files.site_override = Some(madoguchi_core::SourceFile::new("site", after.clone()));
    let app = madoguchi_core::App::load(&files).unwrap();
    for id in ["prefecture_onestop", "onestop_8891"] {
        let s = app.content().directory.service(id).unwrap();
        assert_eq!(s.assured_date.to_string(), "2026-11-30");
        assert_eq!(s.confirmed_by.as_deref(), Some("相談窓口コーディネーター"));
    }
}

#[test]
fn review_rows_that_cannot_be_matched_are_refused_by_row_number_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site-override.toml");
    std::fs::write(&site, SITE).unwrap();
    let sheet = dir.path().join("review.csv");
    madoguchi()
        .args(["directory", "review", "--out"])
        .arg(&sheet)
        .arg("--override")
        .arg(&site)
        .assert()
        .success();
    let text = std::fs::read_to_string(&sheet).unwrap();
    // The row as a spreadsheet numbers it (header = 1), not the line: a text may hold a line break.
    let row_of = |value: &str| {
        let body = text.trim_start_matches('\u{feff}');
        let mut reader = csv::ReaderBuilder::new().from_reader(body.as_bytes());
        reader
            .records()
            .position(|r| r.unwrap().iter().any(|f| f == value))
            .unwrap()
            + 2
    };
    let changed_row = row_of("000-1111-2222");
    // A number changed in the sheet is not a confirmation: it is refused with its row.
    let filled = fill_in(
        &text,
        &["prefecture_onestop"],
        "2026-11-30",
        Some(("000-1111-2222", "000-9999-9999")),
    );
    std::fs::write(&sheet, filled).unwrap();
    madoguchi()
        .args(["directory", "review", "--apply"])
        .arg(&sheet)
        .arg("--override")
        .arg(&site)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "row {changed_row}: service `prefecture_onestop` has no contact `000-9999-9999`"
        )));
    assert_eq!(
        std::fs::read_to_string(&site).unwrap(),
        SITE,
        "nothing written"
    );
}

#[test]
fn route_with_the_example_override_shows_the_desk_s_words_in_the_client_s_language() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site-override.toml");
    std::fs::write(&site, SITE).unwrap();
    let out = madoguchi()
        .args([
            "route",
            "--fact",
            "concern=sexual_violence",
            "--staff-lang",
            "vi",
            "--client-lang",
            "vi",
            "--override",
        ])
        .arg(&site)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.contains("Trung tâm hỗ trợ một cửa của tỉnh (prefecture_onestop)"),
        "{text}"
    );
    // The staff's words for an override error, with the line.
    let bad = dir.path().join("bad.toml");
    std::fs::write(
        &bad,
        "[[service]]\nid = \"houterasu\"\nhour = \"weekdays\"\n",
    )
    .unwrap();
    madoguchi()
        .args(["route", "--fact", "concern=sexual_violence", "--override"])
        .arg(&bad)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "{}:3: \"hour\" という項目はありません。",
            bad.display()
        )));
}

/// What a reader that opened `path` now will read to the end later: the file as it was when
/// opened if the command wrote a new file and renamed it over this one; the command's own bytes
/// if it truncated and rewrote this one in place (where a crash leaves half a file).
#[cfg(unix)]
fn held(path: &std::path::Path) -> impl FnOnce() -> Vec<u8> {
    let mut file = std::fs::File::open(path).unwrap();
    move || {
        let mut bytes = Vec::new();
        std::io::copy(&mut file, &mut bytes).unwrap();
        bytes
    }
}

#[cfg(unix)]
#[test]
fn the_coordinator_s_files_are_replaced_whole_never_rewritten_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site-override.toml");
    std::fs::write(&site, SITE).unwrap();
    let empty = dir.path().join("empty.toml");
    std::fs::write(&empty, "").unwrap();

    // The export and the review sheet, written again over the last ones (the local entry gone).
    let out = dir.path().join("out");
    let first = export(&out, &site);
    let reader = held(&out.join("services.json"));
    let second = export(&out, &empty);
    assert_ne!(first, second);
    assert_eq!(reader(), first, "services.json rewritten in place");

    let sheet = dir.path().join("review.csv");
    let review_out = |site: &std::path::Path| {
        madoguchi()
            .args(["directory", "review", "--out"])
            .arg(&sheet)
            .arg("--override")
            .arg(site)
            .assert()
            .success();
        std::fs::read(&sheet).unwrap()
    };
    let first = review_out(&site);
    let reader = held(&sheet);
    assert_ne!(review_out(&empty), first);
    assert_eq!(reader(), first, "the review sheet rewritten in place");

    // The override itself, when the yearly check is applied to it: the desk reads this file.
    let text = String::from_utf8(first).unwrap();
    std::fs::write(
        &sheet,
        fill_in(&text, &["prefecture_onestop"], "2026-11-30", None),
    )
    .unwrap();
    let reader = held(&site);
    madoguchi()
        .args(["directory", "review", "--apply"])
        .arg(&sheet)
        .arg("--override")
        .arg(&site)
        .assert()
        .success();
    assert_ne!(std::fs::read_to_string(&site).unwrap(), SITE);
    assert_eq!(reader(), SITE.as_bytes(), "the override rewritten in place");
    // Nothing beside them: no temporary file left anywhere.
    let names = |dir: &std::path::Path| {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    assert_eq!(
        names(dir.path()),
        ["empty.toml", "out", "review.csv", "site-override.toml"]
    );
    assert_eq!(names(&out), ["services.json"]);
}
