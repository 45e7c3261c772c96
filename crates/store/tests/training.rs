//! Training results in the log: saved apart from live records, read per case (and month),
//! exported (CSV with BOM, JSON) with an audit line, purged with the records, and never counted
//! by the statistics.

use std::path::PathBuf;

use chrono::NaiveDate;
use madoguchi_core::{
    Dimension, Dimensions, Mode, Period, Score, Threshold, TrainingResult, YearMonth,
};
use madoguchi_store::synthetic::Synthetic;
use madoguchi_store::{
    CaseResults, ExportFormat, OpenState, Retention, Store, StoreError, TrainingSelection, BOM,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("date")
}

fn ym(s: &str) -> YearMonth {
    YearMonth::parse(s).expect("month")
}

/// A run of `case` with `expected` referrals, `missed` of them missed and `must_not` given
/// wrongly.
fn run(
    case: &str,
    day: NaiveDate,
    expected: usize,
    missed: usize,
    must_not: usize,
) -> TrainingResult {
    TrainingResult {
        case: case.to_string(),
        day,
        staff_lang: "ja".into(),
        client_lang: "vi".into(),
        score: Score {
            expected,
            hit: expected - missed,
            missed,
            must_not,
            extra: 1,
            emergency_ok: true,
            passed: missed == 0 && must_not == 0,
        },
    }
}

fn empty_log() -> (tempfile::TempDir, PathBuf, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("log.db");
    let store = Store::open(&path).expect("open");
    (dir, path, store)
}

/// Five runs of two cases over two months.
fn runs() -> Vec<TrainingResult> {
    vec![
        run("tr-woman-wants-return", d(2025, 3, 2), 4, 0, 0),
        run("tr-woman-wants-return", d(2025, 3, 20), 4, 1, 0),
        run("tr-woman-wants-return", d(2025, 4, 1), 4, 2, 1),
        run("em-dv-bleeding", d(2025, 3, 5), 4, 1, 0),
        run("em-dv-bleeding", d(2025, 4, 9), 4, 0, 0),
    ]
}

fn saved() -> (tempfile::TempDir, PathBuf, Store) {
    let (dir, path, mut store) = empty_log();
    for r in runs() {
        store.save_training(&r).expect("save");
    }
    (dir, path, store)
}

#[test]
fn a_saved_run_counts_per_case_apart_from_records() {
    let (_dir, _path, store) = saved();
    assert_eq!(store.training_count().expect("count"), 5);
    // Training results are not records, live or training.
    assert_eq!(store.count(Mode::Live).expect("count"), 0);
    assert_eq!(store.count(Mode::Training).expect("count"), 0);
    let all = store
        .training_results(&TrainingSelection::default())
        .expect("results");
    assert_eq!(
        all,
        vec![
            CaseResults {
                case: "em-dv-bleeding".into(),
                month: None,
                runs: 2,
                passed: 1,
                hit: 7,
                missed: 1,
                must_not: 0,
                extra: 2,
            },
            CaseResults {
                case: "tr-woman-wants-return".into(),
                month: None,
                runs: 3,
                passed: 1,
                hit: 9,
                missed: 3,
                must_not: 1,
                extra: 3,
            },
        ]
    );
    assert_eq!(all[1].average_hit(), 3.0);
    assert_eq!(all[1].average_missed(), 1.0);
    assert!((all[1].average_must_not() - 1.0 / 3.0).abs() < 1e-9);
}

#[test]
fn results_by_month_for_one_case_and_one_period() {
    let (_dir, _path, store) = saved();
    let by_month = store
        .training_results(&TrainingSelection {
            case: Some("tr-woman-wants-return".into()),
            period: None,
            by_month: true,
        })
        .expect("results");
    let lines: Vec<(Option<YearMonth>, u64, u64)> = by_month
        .iter()
        .map(|r| (r.month, r.runs, r.passed))
        .collect();
    assert_eq!(
        lines,
        vec![(Some(ym("2025-03")), 2, 1), (Some(ym("2025-04")), 1, 0)]
    );
    let april = store
        .training_results(&TrainingSelection {
            case: None,
            period: Some(Period::month(ym("2025-04")).expect("period")),
            by_month: false,
        })
        .expect("results");
    assert_eq!(april.len(), 2);
    assert!(april.iter().all(|r| r.runs == 1));
    let none = store
        .training_results(&TrainingSelection {
            case: Some("no-such-case".into()),
            ..TrainingSelection::default()
        })
        .expect("results");
    assert!(none.is_empty());
}

#[test]
fn a_result_with_a_name_or_a_score_that_does_not_add_up_is_refused() {
    let (_dir, _path, mut store) = empty_log();
    let mut named = run("tr-woman-wants-return", d(2025, 3, 2), 4, 0, 0);
    named.case = "Tanaka Hanako".into();
    let err = store.save_training(&named).expect_err("a name");
    assert!(matches!(err, StoreError::BadTrainingResult { .. }), "{err}");
    assert!(err.to_string().contains("log.db"), "{err}");
    let mut lang = run("tr-woman-wants-return", d(2025, 3, 2), 4, 0, 0);
    lang.client_lang = "tanaka@example.com".into();
    assert!(store.save_training(&lang).is_err());
    // A private-use subtag is a language shape core takes, but only plain Japanese is stored:
    // refused before SQLite, with the log's own error.
    let mut private = run("tr-woman-wants-return", d(2025, 3, 2), 4, 0, 0);
    private.client_lang = "ja-x-tanaka".into();
    let err = store
        .save_training(&private)
        .expect_err("a private-use name");
    assert!(matches!(err, StoreError::BadTrainingResult { .. }), "{err}");
    let mut cheat = run("tr-woman-wants-return", d(2025, 3, 2), 4, 2, 0);
    cheat.score.passed = true;
    assert!(store.save_training(&cheat).is_err());
    assert_eq!(store.training_count().expect("count"), 0);
    // Plain Japanese is a language a run may be in.
    let mut plain = run("tr-woman-wants-return", d(2025, 3, 2), 4, 0, 0);
    plain.staff_lang = "ja-x-plain".into();
    store.save_training(&plain).expect("plain Japanese");
}

#[test]
fn a_damaged_log_saves_no_training_result() {
    let (_dir, path, store) = empty_log();
    drop(store);
    std::fs::write(&path, vec![0x42; 8192]).expect("damage");
    let mut store = Store::open(&path).expect("open");
    assert!(matches!(store.state(), OpenState::ReadOnlyRecovery { .. }));
    assert!(store
        .save_training(&run("em-dv-bleeding", d(2025, 3, 2), 4, 0, 0))
        .is_err());
}

#[test]
fn csv_export_has_a_bom_one_line_per_case_and_an_audit_line() {
    let (_dir, path, mut store) = saved();
    let out = path.with_file_name("training.csv");
    let selection = TrainingSelection::default();
    let summary = store
        .export_training(&selection, ExportFormat::Csv, &out)
        .expect("export");
    assert_eq!((summary.lines, summary.runs), (2, 5));
    let bytes = std::fs::read(&out).expect("read");
    assert!(bytes.starts_with(BOM));
    let text = std::str::from_utf8(&bytes[BOM.len()..]).expect("utf-8");
    assert_eq!(
        text,
        "case,runs,passed,average_hit,average_missed,average_must_not,average_extra\r\n\
         em-dv-bleeding,2,1,3.50,0.50,0.00,1.00\r\n\
         tr-woman-wants-return,3,1,3.00,1.00,0.33,1.00\r\n"
    );
    let audit = store.audit().expect("audit");
    assert_eq!(audit.len(), 1);
    let a = &audit[0];
    assert_eq!(a.action, "export_training");
    assert_eq!(a.format.as_deref(), Some("csv"));
    assert_eq!(
        (a.from_month.as_deref(), a.to_month.as_deref()),
        (None, None)
    );
    assert_eq!(a.k, None);
    assert_eq!(a.count, 5);
    let names: Vec<String> = std::fs::read_dir(out.parent().expect("dir"))
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.ends_with(".tmp")), "{names:?}");
    // Never over the log itself.
    let err = store
        .export_training(&selection, ExportFormat::Csv, &path)
        .expect_err("over the log");
    assert!(err.to_string().contains("log itself"), "{err}");
}

#[test]
fn json_export_by_month_for_a_period() {
    let (_dir, path, mut store) = saved();
    let out = path.with_file_name("training.json");
    let selection = TrainingSelection {
        case: None,
        period: Some(Period::new(ym("2025-03"), ym("2025-04")).expect("period")),
        by_month: true,
    };
    store
        .export_training(&selection, ExportFormat::Json, &out)
        .expect("export");
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&out).expect("read")).expect("json");
    assert_eq!(v["from"], "2025-03");
    assert_eq!(v["to"], "2025-04");
    assert_eq!(v["runs"], 5);
    let cases = v["cases"].as_array().expect("cases");
    assert_eq!(cases.len(), 4);
    assert_eq!(cases[0]["case"], "em-dv-bleeding");
    assert_eq!(cases[0]["month"], "2025-03");
    assert_eq!(cases[0]["average_hit"], 3.0);
    // Anonymous: no day, no language, nothing but the case, month and numbers.
    let text = v.to_string();
    assert!(!text.contains("2025-03-"), "{text}");
    assert!(
        !text.contains("\"vi\"") && !text.contains("\"ja\""),
        "{text}"
    );
    let audit = store.audit().expect("audit");
    assert_eq!(audit[0].from_month.as_deref(), Some("2025-03"));
    assert_eq!(audit[0].to_month.as_deref(), Some("2025-04"));
}

#[test]
fn purge_deletes_old_training_results_securely_and_counts_them() {
    let (_dir, path, mut store) = empty_log();
    let mut old_ids = Vec::new();
    for i in 0..20 {
        let r = run("sv-recent-police", d(2024, 1, 1 + i), 3, 0, 0);
        old_ids.push(store.save_training(&r).expect("save"));
    }
    let recent = store
        .save_training(&run("sv-recent-police", d(2026, 6, 1), 3, 1, 0))
        .expect("save");
    let today = d(2027, 3, 15);
    let dry = store
        .purge(today, Retention::default(), true)
        .expect("dry run");
    assert_eq!((dry.records, dry.training_results), (0, 20));
    assert_eq!(store.training_count().expect("count"), 21);
    let done = store
        .purge(today, Retention::default(), false)
        .expect("purge");
    assert_eq!((done.records, done.training_results), (0, 20));
    assert_eq!(store.training_count().expect("count"), 1);
    let audit = store.audit().expect("audit");
    assert_eq!(audit[0].action, "purge");
    assert_eq!(audit[0].training_results, Some(20));
    drop(store);
    let mut bytes = std::fs::read(&path).expect("read");
    if let Ok(wal) = std::fs::read(path.with_extension("db-wal")) {
        bytes.extend(wal);
    }
    for id in &old_ids {
        let hex = id.to_hex();
        assert!(
            !bytes.windows(hex.len()).any(|w| w == hex.as_bytes()),
            "purged training result {hex} still in the file"
        );
    }
    let hex = recent.to_hex();
    assert!(bytes.windows(hex.len()).any(|w| w == hex.as_bytes()));
}

#[test]
fn live_statistics_never_read_training_results() {
    let (_dir, _path, mut store) = empty_log();
    let mut gen = Synthetic::new(11);
    let live: Vec<_> = (0..300)
        .map(|_| gen.record(Mode::Live, d(2025, 3, 1), d(2025, 4, 30)))
        .collect();
    store.save_all(&live).expect("save");
    let period = Period::new(ym("2025-03"), ym("2025-04")).expect("period");
    let before: Vec<_> = Dimension::ALL
        .iter()
        .map(|dim| {
            let dims = Dimensions::new(&[*dim]).expect("dims");
            (
                store.counts(period, dims).expect("counts"),
                store
                    .report(
                        madoguchi_core::FixedPeriod::parse("FY2025").expect("period"),
                        dims,
                        Threshold::default(),
                    )
                    .expect("report"),
            )
        })
        .collect();
    let live_before = store.live_records_in(period).expect("count");
    // Many training runs in the same months, in other languages, with and without passing.
    for i in 0..200u32 {
        let mut r = run(
            "tr-woman-wants-return",
            d(2025, 3 + i % 2, 1 + i % 28),
            4,
            (i % 3) as usize,
            0,
        );
        r.staff_lang = "en".into();
        r.client_lang = "pt-BR".into();
        store.save_training(&r).expect("save");
    }
    let after: Vec<_> = Dimension::ALL
        .iter()
        .map(|dim| {
            let dims = Dimensions::new(&[*dim]).expect("dims");
            (
                store.counts(period, dims).expect("counts"),
                store
                    .report(
                        madoguchi_core::FixedPeriod::parse("FY2025").expect("period"),
                        dims,
                        Threshold::default(),
                    )
                    .expect("report"),
            )
        })
        .collect();
    assert_eq!(before, after);
    assert_eq!(store.live_records_in(period).expect("count"), live_before);
    assert_eq!(store.training_count().expect("count"), 200);
}
