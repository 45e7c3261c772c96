//! `madoguchi train`: whole training runs in the terminal, in two language pairs.

use assert_cmd::Command;
use predicates::prelude::*;

fn madoguchi() -> Command {
    Command::cargo_bin("madoguchi").expect("binary built")
}

fn stdout_of(args: &[&str], input: &str, code: i32) -> String {
    let out = madoguchi()
        .args(args)
        .write_stdin(input.to_string())
        .assert()
        .code(code)
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

#[test]
fn a_perfect_run_with_a_vietnamese_client_and_japanese_staff() {
    // tr-woman-wants-return: danger none(2), injured no(2), concern trafficking_sexual(1),
    // adult(2), female(1), foreign(2), other status(3), self(1), police undecided(2),
    // anonymous no(2), shelter yes(1), return home yes(1), fears return no(2).
    let out = stdout_of(
        &[
            "train",
            "--case",
            "tr-woman-wants-return",
            "--client-lang",
            "vi",
            "--staff-lang",
            "ja",
        ],
        "2\n2\n1\n2\n1\n2\n3\n1\n2\n2\n1\n1\n2\n",
        0,
    );
    // The vignette in Vietnamese, the chrome and the debrief in Japanese.
    assert!(
        out.contains("Tôi đến Nhật từ nước ngoài với visa hợp lệ"),
        "{out}"
    );
    assert!(out.contains("相談者役の人へ(vi)"), "{out}");
    assert!(out.contains("== ふりかえり =="), "{out}");
    assert!(out.contains("4 件中 4 件"), "{out}");
    assert!(out.contains("合格"), "{out}");
    // Each expected referral with its rule and source.
    assert!(out.contains("(iom_japan) — 紹介した"), "{out}");
    assert!(out.contains("[trafficking-return-iom]"), "{out}");
    assert!(out.contains("000_9cd71d2e62acc824.txt L66"), "{out}");
    // The questions that mattered, and the notes citing the documents.
    assert!(out.contains("[return_home]"), "{out}");
    assert!(out.contains("== 解説 =="), "{out}");
    assert!(!out.contains("[train-") && !out.contains("[case-"), "{out}");
}

#[test]
fn a_run_that_forgets_danger_with_a_portuguese_client_and_english_staff() {
    // em-dv-bleeding, but danger answered "don't know"(3): injured yes(1), domestic violence(7),
    // adult(2), female(1), Japanese(1), police undecided(2), shelter yes(1).
    let out = stdout_of(
        &[
            "train",
            "--case",
            "em-dv-bleeding",
            "--client-lang",
            "pt-BR",
            "--staff-lang",
            "en",
        ],
        "3\n1\n7\n2\n1\n1\n2\n1\n",
        0,
    );
    assert!(
        out.contains("Estou ligando da escada do meu prédio"),
        "{out}"
    );
    assert!(out.contains("== Debrief =="), "{out}");
    assert!(out.contains("Expected referrals given: 3 of 4"), "{out}");
    assert!(
        out.contains("- Missed: Police emergency call 110 (police_emergency)"),
        "{out}"
    );
    assert!(
        out.contains("Missed: this case needs Police emergency call 110"),
        "{out}"
    );
    assert!(
        out.contains("Your answer was different from the case."),
        "{out}"
    );
    assert!(
        out.contains("Go through the points above with the trainer."),
        "{out}"
    );
    // Staff-facing parts stay in English; the client's options are shown beside them.
    assert!(out.contains("== Teaching notes =="), "{out}");
}

#[test]
fn the_list_shows_every_case_with_difficulty_and_languages() {
    let out = stdout_of(&["train", "--list", "--staff-lang", "en"], "", 0);
    let lines: Vec<&str> = out.lines().skip(1).collect();
    assert!(lines.len() >= 24, "{out}");
    assert!(
        out.starts_with(&format!("Training cases ({})", lines.len())),
        "{out}"
    );
    for line in &lines {
        assert!(
            ["[Introductory]", "[Intermediate]", "[Advanced]"]
                .iter()
                .any(|d| line.contains(d)),
            "{line}"
        );
        assert!(
            line.contains("(ja en vi zh-CN fil pt-BR ne ja-x-plain)"),
            "{line}"
        );
    }
    // Each case with the title a trainer picks it by, from the English training messages.
    let ftl = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales/en/training.ftl"),
    )
    .unwrap();
    for line in &lines {
        let id = line.split_whitespace().next().unwrap();
        let key = format!("case-{id}-title = ");
        let title = ftl
            .lines()
            .find_map(|l| l.strip_prefix(key.as_str()))
            .unwrap_or_else(|| panic!("no {key} in locales/en/training.ftl"));
        assert!(line.starts_with(&format!("{id}  {title}  [")), "{line}");
    }
}

#[test]
fn an_unknown_case_or_language_is_a_usage_error() {
    madoguchi()
        .args(["train", "--case", "no-such-case"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("tr-woman-wants-return"));
    madoguchi()
        .args(["train", "--case", "sv-recent-police", "--client-lang", "xx"])
        .assert()
        .code(2);
    madoguchi().args(["train"]).assert().code(2);
}

#[test]
fn a_training_run_that_runs_out_of_input_exits_1_and_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    madoguchi()
        .current_dir(dir.path())
        .args(["train", "--case", "sv-recent-police", "--staff-lang", "en"])
        .write_stdin("2\n")
        .assert()
        .code(1);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

fn copy_of_data_with_cases() -> tempfile::TempDir {
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = tempfile::tempdir().unwrap();
    for name in ["flow.toml", "directory.toml", "contract.toml"] {
        std::fs::copy(repo.join("data").join(name), dir.path().join(name)).unwrap();
    }
    let cases = dir.path().join("scenarios");
    std::fs::create_dir(&cases).unwrap();
    for entry in std::fs::read_dir(repo.join("data/scenarios")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, cases.join(path.file_name().unwrap())).unwrap();
    }
    dir
}

#[test]
fn validate_checks_the_cases_of_a_data_copy_with_file_and_line() {
    let dir = copy_of_data_with_cases();
    madoguchi()
        .args(["validate", "--data"])
        .arg(dir.path())
        .assert()
        .success();
    // A case that expects a referral the rules do not give, and one with an unknown key.
    let path = dir.path().join("scenarios/labour.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text.replacen(
        "must = [\"labour_standards_office\", \"labour_conditions_hotline\"]",
        "must = [\"labour_standards_office\", \"labour_conditions_hotline\", \"iom_japan\"]",
        1,
    );
    std::fs::write(&path, text).unwrap();
    let residence = dir.path().join("scenarios/residence.toml");
    let text = std::fs::read_to_string(&residence).unwrap();
    std::fs::write(
        &residence,
        format!("{text}\n[[case]]\nid = \"x\"\ncolour = 1\n"),
    )
    .unwrap();
    let out = madoguchi()
        .args(["validate", "--data"])
        .arg(dir.path())
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).unwrap();
    assert!(err.contains("residence.toml:"), "{err}");
    assert!(err.contains("colour"), "{err}");
    // With one file refused, the others are not checked against the rules: fix it and retry.
    std::fs::write(
        &residence,
        std::fs::read_to_string(&residence)
            .unwrap()
            .replace("\n[[case]]\nid = \"x\"\ncolour = 1\n", ""),
    )
    .unwrap();
    madoguchi()
        .args(["validate", "--data"])
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("labour.toml:")
                .and(predicate::str::contains("lb-japanese-wages"))
                .and(predicate::str::contains("iom_japan")),
        );
}

/// The answers of a perfect run of tr-woman-wants-return (see the first test).
const PERFECT_TR_WOMAN: &str = "2\n2\n1\n2\n1\n2\n3\n1\n2\n2\n1\n1\n2\n";

#[test]
fn a_run_with_db_is_saved_and_train_results_shows_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("log.db");
    let db_arg = db.to_str().unwrap();
    let out = stdout_of(
        &[
            "train",
            "--case",
            "tr-woman-wants-return",
            "--client-lang",
            "vi",
            "--staff-lang",
            "en",
            "--db",
            db_arg,
        ],
        PERFECT_TR_WOMAN,
        0,
    );
    assert!(
        out.contains(&format!("The result of this run was saved to {db_arg}")),
        "{out}"
    );
    // The saved message comes after the debrief, in the staff language.
    assert!(
        out.find("== Debrief ==").unwrap() < out.find("was saved to").unwrap(),
        "{out}"
    );
    // A second, failed run of another case (danger answered "don't know"), in Japanese.
    let ja = stdout_of(
        &[
            "train",
            "--case",
            "em-dv-bleeding",
            "--client-lang",
            "pt-BR",
            "--db",
            db_arg,
        ],
        "3\n1\n7\n2\n1\n1\n2\n1\n",
        0,
    );
    assert!(
        ja.contains(&format!("この研修の結果を {db_arg} に保存しました")),
        "{ja}"
    );

    let table = stdout_of(&["train-results", "--db", db_arg], "", 0);
    assert!(table.contains("2 run(s) of 2 case(s)"), "{table}");
    let line = |case: &str| {
        table
            .lines()
            .find(|l| l.starts_with(case))
            .unwrap_or_else(|| panic!("{case} in {table}"))
            .split_whitespace()
            .map(String::from)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        line("tr-woman-wants-return")[1..5],
        ["1", "1", "4.00", "0.00"],
        "{table}"
    );
    assert_eq!(
        line("em-dv-bleeding")[1..5],
        ["1", "0", "3.00", "1.00"],
        "{table}"
    );

    let json = stdout_of(
        &[
            "train-results",
            "--db",
            db_arg,
            "--case",
            "em-dv-bleeding",
            "--by-month",
            "--json",
        ],
        "",
        0,
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["cases"].as_array().unwrap().len(), 1);
    assert_eq!(v["cases"][0]["case"], "em-dv-bleeding");
    assert_eq!(v["cases"][0]["runs"], 1);
    assert_eq!(v["cases"][0]["passed"], 0);
    let month = chrono::Local::now().format("%Y-%m").to_string();
    assert_eq!(v["cases"][0]["month"], month.as_str());

    // Training results are not live (nor training) records.
    let store = madoguchi_store::Store::open(&db).unwrap();
    assert_eq!(store.training_count().unwrap(), 2);
    assert_eq!(store.count(madoguchi_core::Mode::Live).unwrap(), 0);
}

#[test]
fn without_db_or_when_the_run_is_cut_short_nothing_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let out = madoguchi()
        .current_dir(dir.path())
        .args([
            "train",
            "--case",
            "tr-woman-wants-return",
            "--staff-lang",
            "en",
        ])
        .write_stdin(PERFECT_TR_WOMAN)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(!String::from_utf8(out).unwrap().contains("saved"));
    let db = dir.path().join("log.db");
    madoguchi()
        .current_dir(dir.path())
        .args(["train", "--case", "sv-recent-police", "--staff-lang", "en"])
        .arg("--db")
        .arg(&db)
        .write_stdin("2\n")
        .assert()
        .code(1);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn a_damaged_log_is_left_alone_and_the_run_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("log.db");
    std::fs::write(&db, vec![0x17; 9000]).unwrap();
    madoguchi()
        .args([
            "train",
            "--case",
            "tr-woman-wants-return",
            "--staff-lang",
            "en",
        ])
        .arg("--db")
        .arg(&db)
        .write_stdin(PERFECT_TR_WOMAN)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("== Debrief =="))
        .stderr(predicate::str::contains("not saved"));
    assert_eq!(std::fs::read(&db).unwrap(), vec![0x17; 9000]);
}

#[test]
fn train_results_of_a_missing_log_or_a_bad_case_id() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("none.db");
    madoguchi()
        .args(["train-results", "--db"])
        .arg(&db)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no log"));
    assert!(!db.exists());
    madoguchi()
        .args(["train-results", "--db"])
        .arg(&db)
        .args(["--case", "Tanaka Hanako"])
        .assert()
        .code(2);
}
