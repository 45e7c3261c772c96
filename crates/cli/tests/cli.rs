//! The `madoguchi` command as users and the acceptance tests outside the project run it.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn madoguchi() -> Command {
    Command::cargo_bin("madoguchi").expect("binary built")
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn route_json(facts: &[&str]) -> Value {
    let mut cmd = madoguchi();
    cmd.arg("route").arg("--json");
    for f in facts {
        cmd.args(["--fact", f]);
    }
    let out = cmd.assert().success().get_output().stdout.clone();
    serde_json::from_slice(&out).expect("stdout is one JSON object")
}

fn route_json_for(facts: &[&str], client_lang: &str) -> Value {
    let mut cmd = madoguchi();
    cmd.args(["route", "--json", "--client-lang", client_lang]);
    for f in facts {
        cmd.args(["--fact", f]);
    }
    let out = cmd.assert().success().get_output().stdout.clone();
    serde_json::from_slice(&out).expect("stdout is one JSON object")
}

/// A Vietnamese technical intern whose wages are unpaid and who was hit: ROUTING.md's
/// `--client-lang` example case.
const INTERN: &[&str] = &[
    "concern=labour_problem",
    "concern=domestic_violence",
    "nationality=foreign",
    "residence=technical_intern",
    "age_group=adult",
    "gender=female",
];

#[test]
fn client_lang_gives_every_referral_its_language_fit() {
    let v = route_json_for(INTERN, "vi");
    let referrals = v["referrals"].as_array().expect("referrals");
    for r in referrals {
        let fit = r["language"]["fit"]
            .as_str()
            .expect("fit on every referral");
        assert!(
            ["native", "interpreter", "unknown", "none"].contains(&fit),
            "{r}"
        );
        let contact = &r["language"]["contact"];
        match fit {
            "native" | "interpreter" => assert!(contact.is_string(), "{r}"),
            _ => assert!(contact.is_null(), "{r}"),
        }
    }
    // OTIT's Vietnamese line is the contact to use first for her.
    let otit = referrals
        .iter()
        .find(|r| r["service"] == "otit_native_language")
        .expect("OTIT for a technical intern");
    assert_eq!(otit["language"]["fit"], "native");
    assert_eq!(otit["language"]["contact"], "0120-250-168");
    // Within standard, what she can use in Vietnamese comes first.
    let rank = |f: &str| {
        ["native", "interpreter", "unknown", "none"]
            .iter()
            .position(|x| *x == f)
    };
    let standard: Vec<usize> = referrals
        .iter()
        .filter(|r| r["priority"] == "standard")
        .map(|r| rank(r["language"]["fit"].as_str().unwrap()).unwrap())
        .collect();
    assert!(standard.windows(2).all(|w| w[0] <= w[1]), "{standard:?}");
}

#[test]
fn client_lang_never_reorders_what_is_pressing_and_is_absent_without_it() {
    let facts = [
        "danger=immediate",
        "concern=child_abuse",
        "age_group=child",
        "nationality=foreign",
    ];
    let with = route_json_for(&facts, "ne");
    let without = route_json(&facts);
    let pressing = |v: &Value| -> Vec<String> {
        v["referrals"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["priority"] != "standard")
            .map(|r| r["service"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(pressing(&with), pressing(&without));
    assert_eq!(pressing(&with)[0], "police_emergency");
    assert!(pressing(&with).contains(&"child_guidance_189".to_string()));
    assert!(without["referrals"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r.get("language").is_none()));
}

#[test]
fn client_lang_must_be_a_shipped_locale() {
    madoguchi()
        .args(["route", "--fact", "danger=none", "--client-lang", "xx"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("unknown language `xx`").and(predicate::str::contains("vi")),
        );
}

#[test]
fn route_text_names_the_fit_and_the_contact_for_the_client() {
    madoguchi()
        .args(["route", "--staff-lang", "en", "--client-lang", "vi"])
        .args(INTERN.iter().flat_map(|f| ["--fact", f]))
        .assert()
        .success()
        .stdout(
            predicate::str::contains("There is a contact staffed in Vietnamese").and(
                predicate::str::contains("In Vietnamese, use this contact first: 0120-250-168"),
            ),
        );
}

#[test]
fn route_json_has_the_contract_shape() {
    let v = route_json(&[
        "concern=sexual_violence",
        "recent=within_72h",
        "police=wants_report",
    ]);
    let referrals = v["referrals"].as_array().expect("referrals array");
    assert!(!referrals.is_empty());
    let order = ["emergency", "urgent", "standard"];
    let mut last = 0;
    for r in referrals {
        assert!(r["service"].is_string());
        let p = order
            .iter()
            .position(|p| r["priority"] == *p)
            .expect("known priority");
        assert!(p >= last, "ordered by priority");
        last = p;
        assert!(r["rules"].as_array().is_some_and(|rules| !rules.is_empty()));
    }
    let find = |id: &str| referrals.iter().find(|r| r["service"] == id).cloned();
    assert_eq!(
        find("onestop_8891").unwrap()["rules"],
        serde_json::json!(["sv-recent-medical"])
    );
    assert_eq!(
        find("police_sexual_crime_8103").unwrap()["priority"],
        "standard"
    );
}

#[test]
fn route_danger_lists_police_emergency_first() {
    let v = route_json(&["danger=immediate"]);
    assert_eq!(v["referrals"][0]["service"], "police_emergency");
    assert_eq!(v["referrals"][0]["priority"], "emergency");
}

#[test]
fn repeating_concern_adds_values() {
    let v = route_json(&[
        "concern=labour_problem",
        "concern=discrimination",
        "nationality=foreign",
    ]);
    let services: Vec<&str> = v["referrals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["service"].as_str().unwrap())
        .collect();
    assert!(services.contains(&"labour_standards_office"));
    assert!(services.contains(&"foreign_language_human_rights_hotline"));
}

#[test]
fn unknown_fact_exits_2_and_lists_the_valid_ones() {
    madoguchi()
        .args(["route", "--fact", "colour=blue"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("colour")
                .and(predicate::str::contains("danger"))
                .and(predicate::str::contains("concern")),
        );
}

#[test]
fn unknown_value_exits_2_and_lists_the_valid_ones() {
    madoguchi()
        .args(["route", "--fact", "danger=maybe", "--json"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("immediate").and(predicate::str::contains("none")));
    madoguchi()
        .args(["route", "--fact", "danger"])
        .assert()
        .code(2);
}

#[test]
fn route_text_output_is_in_the_staff_language() {
    madoguchi()
        .args(["route", "--fact", "danger=immediate", "--staff-lang", "en"])
        .assert()
        .success()
        .stdout(predicate::str::contains("police_emergency").and(predicate::str::contains("110")));
}

#[test]
fn validate_passes_on_the_shipped_data() {
    madoguchi()
        .arg("validate")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("ok:"));
    madoguchi()
        .args(["validate", "--data"])
        .arg(repo().join("data"))
        .arg("--locales")
        .arg(repo().join("locales"))
        .assert()
        .success();
}

fn copy_of_data() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for name in ["flow.toml", "directory.toml", "contract.toml"] {
        std::fs::copy(repo().join("data").join(name), dir.path().join(name)).unwrap();
    }
    dir
}

fn line_of(text: &str, needle: &str) -> usize {
    text[..text.find(needle).expect("needle present")]
        .matches('\n')
        .count()
        + 1
}

#[test]
fn validate_names_file_and_line_of_a_missing_service() {
    let dir = copy_of_data();
    let flow = dir.path().join("flow.toml");
    let text = std::fs::read_to_string(&flow).unwrap();
    let text = text.replacen("service = \"iom_japan\"", "service = \"iom_japan_typo\"", 1);
    std::fs::write(&flow, &text).unwrap();
    let line = line_of(&text, "iom_japan_typo");
    madoguchi()
        .arg("validate")
        .arg("--data")
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains(format!("{}:{line}:", flow.display()))
                .and(predicate::str::contains("iom_japan_typo")),
        );
}

#[test]
fn validate_names_file_and_line_of_an_unknown_key() {
    let dir = copy_of_data();
    let path = dir.path().join("directory.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text.replacen("confidence =", "confidance = \"high\"\nconfidence =", 1);
    std::fs::write(&path, &text).unwrap();
    let line = line_of(&text, "confidance");
    madoguchi()
        .args(["validate", "--data"])
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains(format!("{}:{line}:", path.display()))
                .and(predicate::str::contains("confidance")),
        );
}

#[test]
fn validate_reports_an_unreadable_directory() {
    madoguchi()
        .args(["validate", "--data", "/nonexistent/madoguchi"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("/nonexistent/madoguchi"));
}

#[test]
fn walk_runs_a_whole_consultation_in_japanese() {
    // danger: none(2), injured: no(2), concern: sexual_violence(3), age: adult(2), gender: female(1),
    // nationality: japanese(1), recent: within 72h(1), police: wants report(1)
    let out = madoguchi()
        .args(["walk", "--staff-lang", "ja"])
        .write_stdin("2\n2\n3\n2\n1\n1\n1\n1\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("#8891"), "{out}");
    assert!(out.contains("#8103"), "{out}");
    assert!(out.contains("sv-recent-medical"), "{out}");
    assert!(!out.contains("police_emergency"));
}

#[test]
fn walk_runs_in_english_with_back_and_a_bad_answer() {
    // 9 is not an option; 0 goes back from injured to danger; then danger: immediate.
    let out = madoguchi()
        .args(["walk", "--staff-lang", "en", "--client-lang", "ja"])
        .write_stdin("2\n0\n9\n1\n2\n11\n2\n2\n1\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("110"), "{out}");
    assert!(out.contains("danger-police"), "{out}");
}

#[test]
fn walk_that_runs_out_of_input_saves_nothing_and_exits_1() {
    madoguchi()
        .args(["walk", "--staff-lang", "en"])
        .write_stdin("2\n")
        .assert()
        .code(1);
}

#[test]
fn walk_refuses_an_unknown_language() {
    madoguchi()
        .args(["walk", "--client-lang", "xx"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("ja"));
}

#[test]
fn walk_runs_a_whole_consultation_in_every_shipped_locale() {
    let out = madoguchi()
        .arg("validate")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let line = String::from_utf8(out).unwrap();
    let locales: Vec<&str> = line
        .split("locales ")
        .nth(1)
        .expect("locales listed")
        .split_whitespace()
        .collect();
    assert!(locales.len() >= 18, "{locales:?}");
    for lang in locales {
        // Japanese staff, client in `lang`; and `lang` on both sides.
        for (staff, client) in [("ja", lang), (lang, lang)] {
            let out = madoguchi()
                .args(["walk", "--staff-lang", staff, "--client-lang", client])
                .write_stdin("1\n2\n1\n2\n1\n2\n3\n1\n2\n2\n1\n1\n1\n")
                .assert()
                .success()
                .get_output()
                .stdout
                .clone();
            let out = String::from_utf8(out).unwrap();
            // danger=immediate → 110 first; trafficking of a foreign woman → the police station.
            assert!(out.contains("110"), "{staff}/{client}: {out}");
            assert!(out.contains("danger-police"), "{staff}/{client}");
            assert!(
                !out.contains("[service-")
                    && !out.contains("[reason-")
                    && !out.contains("[question-"),
                "{staff}/{client}: a message id leaked\n{out}"
            );
        }
    }
}

#[test]
fn walk_labels_a_draft_translation_as_a_draft() {
    let out = madoguchi()
        .args(["walk", "--staff-lang", "en", "--client-lang", "vi"])
        .write_stdin("")
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(
        out.contains("Tiếng Việt (vi): Draft translation (not reviewed)"),
        "{out}"
    );
}

#[test]
fn walk_in_the_pseudo_locale_shows_no_untranslated_chrome() {
    let out = madoguchi()
        .args(["walk", "--staff-lang", "en-XA", "--client-lang", "en-XA"])
        .write_stdin("2\n2\n11\n2\n2\n1\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    // Every word of chrome comes from Fluent, so none of the English originals survives.
    for english in [
        "Referrals",
        "Type a number",
        "Why",
        "Source",
        "Hours",
        "Question 1",
        "Is anyone in danger",
    ] {
        assert!(
            !out.contains(english),
            "`{english}` is not from the locales:\n{out}"
        );
    }
}

/// Runs `madoguchi ARGS` with standard output a pipe whose reader is already gone, as in
/// `madoguchi train --list | head -1` once `head` has its line.
fn into_closed_pipe(args: &[&str], input: &str) -> std::process::Output {
    use std::io::Write;
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_madoguchi"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().expect("stdin");
    // The command may have ended before reading its input; that is what is being tested.
    let _ = stdin.write_all(input.as_bytes());
    drop(stdin);
    child.wait_with_output().expect("wait")
}

#[test]
fn a_closed_pipe_ends_the_command_quietly_with_0() {
    for (args, input) in [
        (&["train", "--list"][..], ""),
        (&["route", "--fact", "danger=none"], ""),
        (&["route", "--fact", "danger=none", "--json"], ""),
        (&["validate"], ""),
        (&["walk", "--staff-lang", "en"], "2\n"),
    ] {
        let out = into_closed_pipe(args, input);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{args:?}");
    }
}

#[test]
fn walk_shows_plain_japanese_readings_in_parentheses() {
    // The client's questions and the referrals in plain Japanese: every reading as 漢字(かな),
    // no markup and no annotation characters in the terminal.
    let out = madoguchi()
        .args([
            "walk",
            "--staff-lang",
            "ja-x-plain",
            "--client-lang",
            "ja-x-plain",
        ])
        .write_stdin("2\n2\n3\n2\n1\n1\n1\n1\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("危(あぶ)ない"), "{out}");
    assert!(out.contains("#8891"), "{out}");
    for c in ['《', '》', '｜', '\u{FFF9}', '\u{FFFA}', '\u{FFFB}'] {
        assert!(!out.contains(c), "{c:?} in {out}");
    }
}

// ## package

/// `madoguchi --version` names the workspace's version (Cargo.toml, the one place it is set) and
/// the data's date: the newest `assured_date` in the shipped directory.
#[test]
fn version_names_the_workspace_version_and_the_data_date() {
    let manifest: toml::Table = std::fs::read_to_string(repo().join("Cargo.toml"))
        .unwrap()
        .parse()
        .unwrap();
    let version = manifest["workspace"]["package"]["version"]
        .as_str()
        .unwrap();
    let directory = std::fs::read_to_string(repo().join("data/directory.toml")).unwrap();
    let newest = directory
        .lines()
        .filter_map(|l| l.trim().strip_prefix("assured_date = \""))
        .map(|rest| &rest[..10])
        .max()
        .unwrap();
    madoguchi()
        .arg("--version")
        .assert()
        .success()
        .stdout(format!("madoguchi {version} (data {newest})\n"));
}

/// The manual page the package installs: a roff page for madoguchi(1) naming every command.
#[test]
fn man_page_names_every_command() {
    let out = madoguchi()
        .arg("man")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let page = String::from_utf8(out).unwrap();
    assert!(page.contains(".TH madoguchi 1"), "{page}");
    for command in [
        "validate",
        "route",
        "walk",
        "train",
        "report",
        "export",
        "purge",
        "directory",
    ] {
        assert!(page.contains(command), "the man page lacks `{command}`");
    }
}
