//! `madoguchi report`, `export`, `purge` over a log of synthetic records.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use chrono::NaiveDate;
use madoguchi_core::Mode;
use madoguchi_store::synthetic::Synthetic;
use madoguchi_store::Store;
use predicates::prelude::*;

fn madoguchi() -> Command {
    Command::cargo_bin("madoguchi").expect("binary built")
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

/// A log with 800 live records in fiscal year 2025 (April 2025 to March 2026) and 200 training
/// records, and one live record saved long ago (2024-01-02) for the purge.
fn log() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("log.db");
    let mut store = Store::open(&path).expect("open");
    let mut gen = Synthetic::new(3);
    let mut records: Vec<_> = (0..800)
        .map(|_| gen.record(Mode::Live, day(2025, 4, 1), day(2026, 3, 31)))
        .collect();
    records.extend((0..200).map(|_| gen.record(Mode::Training, day(2025, 4, 1), day(2026, 3, 31))));
    records.push(gen.record(Mode::Live, day(2024, 1, 2), day(2024, 1, 2)));
    store.save_all(&records).expect("save");
    (dir, path)
}

fn arg(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

#[test]
fn report_prints_tables_with_suppressed_cells() {
    let (_dir, db) = log();
    madoguchi()
        .args(["report", "--db", arg(&db), "--period", "FY2025"])
        .args(["--by", "region"])
        .assert()
        .success()
        .stdout(predicate::str::contains(" X"))
        .stdout(predicate::str::contains("east_asia"))
        .stdout(predicate::str::contains("2026-03"));
}

#[test]
fn report_json_counts_live_records_only() {
    let (_dir, db) = log();
    let out = madoguchi()
        .args(["report", "--db", arg(&db), "--period", "FY2025"])
        .args(["--by", "outcome", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).expect("json");
    assert_eq!(v["tables"][0]["total"], 800);
}

#[test]
fn bad_usage_exits_2_with_the_valid_choices() {
    let (_dir, db) = log();
    madoguchi()
        .args([
            "report",
            "--db",
            arg(&db),
            "--month",
            "2025-03",
            "--by",
            "name",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "possible values: age_group, gender",
        ));
    madoguchi()
        .args([
            "report",
            "--db",
            arg(&db),
            "--month",
            "2025-03",
            "--by",
            "gender",
        ])
        .args(["--k", "3"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--k"));
    // No arbitrary ranges: a fixed period or nothing.
    for bad in [
        &["--from", "2025-04"][..],
        &["--period", "2025-04..2025-09"],
        &["--period", "FY2025-Q5"],
    ] {
        madoguchi()
            .args(["report", "--db", arg(&db), "--by", "gender"])
            .args(bad)
            .assert()
            .code(2);
    }
    madoguchi()
        .args(["report", "--db", arg(&db), "--by", "gender"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--period FYyyyy"));
    madoguchi()
        .args(["export", "--db", arg(&db), "--format", "xlsx", "--out", "x"])
        .args(["--month", "2025-03", "--by", "gender"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("csv, json"));
}

#[test]
fn an_unknown_choice_exits_2_before_the_log_is_opened_and_lists_the_valid_ones() {
    // No log at all: the choice is refused as the arguments are read, with what would do.
    let db = "no-such-log.sqlite3";
    for (args, expected) in [
        (
            &["report", "--db", db, "--period", "FY2025", "--by", "name"][..],
            "[possible values: age_group, gender, nationality",
        ),
        (
            &["export", "--db", db, "--period", "FY2025", "--by", "gender"],
            "[possible values: csv, json]",
        ),
        (
            &[
                "report",
                "--db",
                db,
                "--period",
                "2025-04..2025-09",
                "--by",
                "age",
            ],
            "FYyyyy-Q1",
        ),
        (
            &["train-results", "--db", db, "--month", "2025-13"],
            "2025-13",
        ),
    ] {
        let mut cmd = madoguchi();
        cmd.args(args);
        if args[0] == "export" {
            cmd.args(["--format", "xlsx", "--out", "x.csv"]);
        }
        cmd.assert().code(2).stderr(
            predicate::str::contains(expected).and(predicate::str::contains("no log").not()),
        );
    }
}

#[test]
fn a_missing_or_damaged_log_is_named_and_left_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("missing.db");
    madoguchi()
        .args([
            "report",
            "--db",
            arg(&missing),
            "--month",
            "2025-03",
            "--by",
            "gender",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("missing.db"));
    assert!(!missing.exists(), "report does not create a log");
    let bad = dir.path().join("bad.db");
    std::fs::write(&bad, vec![0x17; 9000]).expect("write");
    madoguchi()
        .args(["purge", "--db", arg(&bad)])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("bad.db").and(predicate::str::contains("damaged")));
    assert_eq!(std::fs::read(&bad).expect("read"), vec![0x17; 9000]);
}

#[test]
fn export_writes_csv_with_a_bom() {
    let (dir, db) = log();
    let out = dir.path().join("stats.csv");
    madoguchi()
        .args([
            "export",
            "--db",
            arg(&db),
            "--format",
            "csv",
            "--out",
            arg(&out),
        ])
        .args([
            "--period",
            "FY2025-Q1",
            "--by",
            "gender",
            "--by",
            "age_group",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("audit"));
    let bytes = std::fs::read(&out).expect("read");
    assert!(bytes.starts_with(b"\xEF\xBB\xBFperiod,gender,child,adult,unknown,total"));
    let store = Store::open(&db).expect("open");
    let audit = store.audit().expect("audit");
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0].second_dimension.as_deref(), Some("age_group"));
}

#[test]
fn purge_dry_run_counts_and_purge_deletes() {
    let (_dir, db) = log();
    // Everything before 2025 goes with a retention that reaches back to 2025-01-01 or later.
    let days = (chrono::Local::now().date_naive() - day(2025, 1, 1)).num_days();
    let days = days.to_string();
    madoguchi()
        .args([
            "purge",
            "--db",
            arg(&db),
            "--older-than-days",
            &days,
            "--dry-run",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("would delete 1 record"));
    assert_eq!(
        Store::open(&db)
            .expect("open")
            .count(Mode::Live)
            .expect("count"),
        801
    );
    madoguchi()
        .args(["purge", "--db", arg(&db), "--older-than-days", &days])
        .assert()
        .success()
        .stdout(predicate::str::contains("deleted 1 record"));
    let store = Store::open(&db).expect("open");
    assert_eq!(store.count(Mode::Live).expect("count"), 800);
    assert_eq!(store.audit().expect("audit")[0].action, "purge");
}

/// Adds training results to the log: two runs of one case (one passed), one of another.
fn with_training_results(db: &Path) {
    let mut store = Store::open(db).expect("open");
    let run = |case: &str, day: NaiveDate, missed: usize| madoguchi_core::TrainingResult {
        case: case.into(),
        day,
        staff_lang: "ja".into(),
        client_lang: "vi".into(),
        score: madoguchi_core::Score {
            expected: 4,
            hit: 4 - missed,
            missed,
            must_not: 0,
            extra: 0,
            emergency_ok: true,
            passed: missed == 0,
        },
    };
    for r in [
        run("tr-woman-wants-return", day(2025, 3, 1), 0),
        run("tr-woman-wants-return", day(2025, 4, 1), 1),
        run("em-dv-bleeding", day(2025, 4, 2), 2),
    ] {
        store.save_training(&r).expect("save");
    }
}

#[test]
fn export_training_writes_csv_with_a_bom_and_the_rows() {
    let (dir, db) = log();
    with_training_results(&db);
    let out = dir.path().join("training.csv");
    madoguchi()
        .args([
            "export",
            "--db",
            arg(&db),
            "--training",
            "--format",
            "csv",
            "--out",
            arg(&out),
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("3 training run(s)"))
        .stdout(predicate::str::contains("audit"));
    let bytes = std::fs::read(&out).expect("read");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let text = String::from_utf8(bytes[3..].to_vec()).expect("utf-8");
    assert_eq!(
        text,
        "case,runs,passed,average_hit,average_missed,average_must_not,average_extra\r\n\
         em-dv-bleeding,1,0,2.00,2.00,0.00,0.00\r\n\
         tr-woman-wants-return,2,1,3.50,0.50,0.00,0.00\r\n"
    );
    let audit = Store::open(&db).expect("open").audit().expect("audit");
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0].action, "export_training");
    assert_eq!(audit[0].count, 3);
    // By month, for one case and one month, as JSON.
    let json = dir.path().join("training.json");
    madoguchi()
        .args([
            "export",
            "--db",
            arg(&db),
            "--training",
            "--case",
            "tr-woman-wants-return",
            "--by-month",
            "--month",
            "2025-04",
            "--format",
            "json",
            "--out",
            arg(&json),
        ])
        .assert()
        .success();
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&json).expect("read")).expect("json");
    assert_eq!(v["cases"].as_array().expect("cases").len(), 1);
    assert_eq!(v["cases"][0]["month"], "2025-04");
    assert_eq!(v["cases"][0]["runs"], 1);
    // Statistics options do not apply to training results, nor training options to statistics.
    madoguchi()
        .args(["export", "--db", arg(&db), "--training", "--by", "gender"])
        .args(["--format", "csv", "--out", arg(&out)])
        .assert()
        .code(2);
    madoguchi()
        .args([
            "export",
            "--db",
            arg(&db),
            "--by-month",
            "--month",
            "2025-04",
        ])
        .args(["--by", "gender", "--format", "csv", "--out", arg(&out)])
        .assert()
        .code(2);
}

#[test]
fn training_results_are_never_in_the_report_and_purge_deletes_them() {
    let (_dir, db) = log();
    let report = |db: &Path| {
        madoguchi()
            .args(["report", "--db", arg(db), "--period", "FY2025"])
            .args(["--by", "outcome", "--json"])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    let before = report(&db);
    with_training_results(&db);
    assert_eq!(report(&db), before);
    madoguchi()
        .args(["train-results", "--db", arg(&db)])
        .assert()
        .success()
        .stdout(predicate::str::contains("3 run(s) of 2 case(s)"));
    // A retention that keeps nothing from 2025 deletes the training results with the records.
    madoguchi()
        .args(["purge", "--db", arg(&db), "--older-than-days", "0"])
        .assert()
        .success()
        .stdout(predicate::str::contains("and 3 training result(s)"));
    assert_eq!(
        Store::open(&db)
            .expect("open")
            .training_count()
            .expect("count"),
        0
    );
}
