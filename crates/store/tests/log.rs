//! The log end to end: save and read back, statistics over live records only, export with
//! audit, retention with secure delete.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use madoguchi_core::{
    with_totals, Cell, Dimension, Dimensions, FixedPeriod, LanguageTag, Mode, Period, Record,
    Threshold, YearMonth, NOT_APPLICABLE, NO_SERVICE, UNKNOWN_CATEGORY,
};
use madoguchi_store::synthetic::Synthetic;
use madoguchi_store::{ExportFormat, OpenState, Retention, Store, BOM};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("date")
}

fn ym(s: &str) -> YearMonth {
    YearMonth::parse(s).expect("month")
}

struct Log {
    _dir: tempfile::TempDir,
    path: PathBuf,
    store: Store,
    live: Vec<Record>,
}

fn log_with(live: usize, training: usize, from: NaiveDate, to: NaiveDate) -> Log {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("log.db");
    let mut store = Store::open(&path).expect("open");
    let mut gen = Synthetic::new(42);
    let live: Vec<Record> = (0..live)
        .map(|_| gen.record(Mode::Live, from, to))
        .collect();
    let training: Vec<Record> = (0..training)
        .map(|_| gen.record(Mode::Training, from, to))
        .collect();
    store.save_all(&live).expect("save live");
    store.save_all(&training).expect("save training");
    Log {
        _dir: dir,
        path,
        store,
        live,
    }
}

#[test]
fn a_saved_record_reads_back_unchanged() {
    let log = log_with(30, 5, d(2025, 1, 1), d(2025, 1, 31));
    for r in &log.live {
        assert_eq!(log.store.record(r.id()).expect("read").as_ref(), Some(r));
    }
    assert_eq!(log.store.count(Mode::Live).expect("count"), 30);
    assert_eq!(log.store.count(Mode::Training).expect("count"), 5);
}

/// A record of `base` with these languages.
fn in_languages(base: &Record, staff: &str, client: &str) -> Record {
    let mut parts = base.parts().clone();
    parts.staff_language = LanguageTag::parse(staff).expect("staff language");
    parts.client_language = LanguageTag::parse(client).expect("client language");
    Record::new(parts).expect("record")
}

#[test]
fn a_live_consultation_in_plain_japanese_is_saved_and_reads_back() {
    let mut log = log_with(0, 0, d(2025, 1, 1), d(2025, 1, 1));
    let mut gen = Synthetic::new(7);
    let client = in_languages(
        &gen.record(Mode::Live, d(2025, 1, 1), d(2025, 1, 31)),
        "ja",
        "ja-x-plain",
    );
    let staff = in_languages(
        &gen.record(Mode::Live, d(2025, 1, 1), d(2025, 1, 31)),
        "ja-x-plain",
        "vi",
    );
    log.store
        .save_all(&[client.clone(), staff.clone()])
        .expect("save");
    for r in [&client, &staff] {
        assert_eq!(log.store.record(r.id()).expect("read").as_ref(), Some(r));
    }
    drop(log.store);
    let store = Store::open(&log.path).expect("reopen");
    assert_eq!(store.state(), &OpenState::Healthy);
    let back = store.record(client.id()).expect("read").expect("saved");
    assert_eq!(back.parts().client_language.as_str(), "ja-x-plain");
    assert_eq!(store.count(Mode::Live).expect("count"), 2);
}

#[test]
fn a_private_use_language_other_than_plain_japanese_is_not_stored() {
    let mut log = log_with(0, 0, d(2025, 1, 1), d(2025, 1, 1));
    let mut gen = Synthetic::new(8);
    let plain = in_languages(
        &gen.record(Mode::Live, d(2025, 1, 1), d(2025, 1, 31)),
        "ja",
        "ja-x-plain",
    );
    // Core takes the shape; the table takes no private-use subtag but `plain`, so none can
    // carry a name. The whole batch is refused.
    let named = in_languages(
        &gen.record(Mode::Live, d(2025, 1, 1), d(2025, 1, 31)),
        "ja",
        "ja-x-tanaka",
    );
    let err = log.store.save_all(&[plain, named]).expect_err("refused");
    assert!(err.to_string().contains("log.db"), "{err}");
    assert_eq!(log.store.count(Mode::Live).expect("count"), 0);
}

#[test]
fn saving_the_same_record_twice_is_refused() {
    let mut log = log_with(1, 0, d(2025, 1, 1), d(2025, 1, 1));
    let r = log.live[0].clone();
    let err = log.store.save(&r).expect_err("duplicate");
    assert!(err.to_string().contains("log.db"), "{err}");
    assert_eq!(log.store.count(Mode::Live).expect("count"), 1);
}

/// The categories a record falls under for a dimension, computed from the record in Rust.
fn categories_of(r: &Record, dim: Dimension) -> Vec<String> {
    let p = r.parts();
    let opt = |s: Option<&str>| vec![s.unwrap_or(UNKNOWN_CATEGORY).to_string()];
    let yes_no = |b: bool| vec![if b { "yes" } else { "no" }.to_string()];
    match dim {
        Dimension::AgeGroup => opt(p.age_group.map(|v| v.as_str())),
        Dimension::Gender => opt(p.gender.map(|v| v.as_str())),
        Dimension::Nationality => opt(p.nationality.map(|v| v.as_str())),
        Dimension::Region | Dimension::Residence
            if p.nationality == Some(madoguchi_core::Nationality::Japanese) =>
        {
            vec![NOT_APPLICABLE.to_string()]
        }
        Dimension::Region => opt(p.region.map(|v| v.as_str())),
        Dimension::Residence => opt(p.residence.map(|v| v.as_str())),
        Dimension::Desk => opt(p.desk.as_ref().map(|v| v.as_str())),
        Dimension::Outcome => vec![p.outcome.as_str().to_string()],
        Dimension::StaffLanguage => vec![p.staff_language.as_str().to_string()],
        Dimension::ClientLanguage => vec![p.client_language.as_str().to_string()],
        Dimension::Danger => yes_no(p.danger),
        Dimension::Interpreter => yes_no(p.interpreter),
        Dimension::HandoverConsent => yes_no(p.handover_consent),
        Dimension::Concern if p.concerns.is_empty() => vec![UNKNOWN_CATEGORY.to_string()],
        Dimension::Concern => p.concerns.iter().map(|c| c.as_str().to_string()).collect(),
        Dimension::Service if p.referrals.is_empty() => vec![NO_SERVICE.to_string()],
        Dimension::Service => p
            .referrals
            .iter()
            .map(|r| r.service.as_str().to_string())
            .collect(),
    }
}

type Key = (YearMonth, String, Option<String>);

fn expected_counts(records: &[Record], period: Period, dims: Dimensions) -> BTreeMap<Key, u64> {
    let mut out = BTreeMap::new();
    for r in records {
        let m = r.month();
        if !period.contains(m) {
            continue;
        }
        let seconds: Vec<Option<String>> = match dims.second {
            None => vec![None],
            Some(d) => categories_of(r, d).into_iter().map(Some).collect(),
        };
        for a in categories_of(r, dims.first) {
            for b in &seconds {
                *out.entry((m, a.clone(), b.clone())).or_insert(0) += 1;
            }
        }
    }
    out
}

#[test]
fn counts_match_the_records_for_every_dimension_and_ignore_training() {
    let log = log_with(600, 400, d(2025, 1, 1), d(2025, 4, 30));
    // Only Feb and Mar: the period's edges are respected.
    let period = Period::new(ym("2025-02"), ym("2025-03")).expect("period");
    let mut pairs: Vec<Vec<Dimension>> = Dimension::ALL.iter().map(|d| vec![*d]).collect();
    pairs.extend([
        vec![Dimension::Gender, Dimension::AgeGroup],
        vec![Dimension::Concern, Dimension::Nationality],
        vec![Dimension::Service, Dimension::Concern],
        vec![Dimension::Region, Dimension::Service],
    ]);
    for dims in pairs {
        let dims = Dimensions::new(&dims).expect("dims");
        let mut got: BTreeMap<Key, u64> = BTreeMap::new();
        for row in log.store.counts(period, dims).expect("counts") {
            *got.entry((row.month, row.first, row.second)).or_insert(0) += row.count;
        }
        assert_eq!(got, expected_counts(&log.live, period, dims), "{dims:?}");
    }
}

#[test]
fn training_records_never_count() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path().join("log.db")).expect("open");
    let mut gen = Synthetic::new(9);
    let day = d(2025, 6, 10);
    let training: Vec<Record> = (0..500)
        .map(|_| gen.record(Mode::Training, day, day))
        .collect();
    store.save_all(&training).expect("save");
    let june = FixedPeriod::parse("2025-06").expect("period");
    let period = june.range();
    for dim in Dimension::ALL {
        let dims = Dimensions::new(&[*dim]).expect("dims");
        assert!(
            store.counts(period, dims).expect("counts").is_empty(),
            "{dim}"
        );
        let rep = store
            .report(june, dims, Threshold::default())
            .expect("report");
        assert!(rep.tables.is_empty(), "no live month, no table");
    }
    assert_eq!(store.live_records_in(period).expect("count"), 0);
    let live: Vec<Record> = (0..7).map(|_| gen.record(Mode::Live, day, day)).collect();
    store.save_all(&live).expect("save");
    let rep = store
        .report(
            june,
            Dimensions::new(&[Dimension::Outcome]).expect("dims"),
            Threshold::default(),
        )
        .expect("report");
    assert_eq!(rep.tables[0].total, Cell::Count(7));
}

#[test]
fn a_report_over_synthetic_data_hides_small_cells_and_no_total_gives_them_away() {
    let log = log_with(1500, 300, d(2025, 1, 1), d(2025, 12, 31));
    let year = FixedPeriod::parse("FY2025").expect("period");
    let mut saw_suppressed = false;
    for dims in [
        vec![Dimension::Region],
        vec![Dimension::Residence],
        vec![Dimension::Concern],
        vec![Dimension::Service],
        vec![Dimension::Gender, Dimension::AgeGroup],
        vec![Dimension::Region, Dimension::Gender],
        vec![Dimension::Concern, Dimension::Nationality],
    ] {
        let dims = Dimensions::new(&dims).expect("dims");
        let rep = log
            .store
            .report(year, dims, Threshold::default())
            .expect("report");
        let rows = log.store.counts(year.range(), dims).expect("counts");
        for t in &rep.tables {
            let grid = t.grid();
            for row in &grid {
                for cell in row {
                    if *cell == Cell::Suppressed {
                        saw_suppressed = true;
                        assert_eq!(cell.render(), "X");
                    }
                }
            }
            // Shown counts are true counts.
            let mut truth = vec![vec![0u64; t.columns.len()]; t.rows.len()];
            for row in &rows {
                let (r, c) = match t.period {
                    None => (
                        t.rows.iter().position(|x| *x == row.month.to_string()),
                        t.columns.iter().position(|x| *x == row.first),
                    ),
                    Some(p) if p.contains(row.month) => (
                        t.rows.iter().position(|x| *x == row.first),
                        t.columns
                            .iter()
                            .position(|x| Some(x) == row.second.as_ref()),
                    ),
                    Some(_) => continue,
                };
                truth[r.expect("row")][c.expect("column")] += row.count;
            }
            let full = with_totals(&truth, t.columns.len());
            for (gr, tr) in grid.iter().zip(&full) {
                for (cell, v) in gr.iter().zip(tr) {
                    match cell {
                        Cell::Count(n) => assert_eq!(n, v),
                        Cell::Suppressed => {}
                    }
                }
            }
        }
    }
    assert!(saw_suppressed, "the synthetic data has small cells");
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).expect("read export")
}

#[test]
fn csv_export_has_a_bom_the_cells_and_an_audit_line() {
    let mut log = log_with(800, 200, d(2025, 1, 1), d(2025, 6, 30));
    let out = log.path.with_file_name("stats.csv");
    let period = FixedPeriod::parse("FY2024-Q4").expect("period");
    let dims = Dimensions::parse(&["region"]).expect("dims");
    let in_quarter = log.store.live_records_in(period.range()).expect("count");
    let summary = log
        .store
        .export(period, dims, Threshold::default(), ExportFormat::Csv, &out)
        .expect("export");
    assert_eq!(summary.records, in_quarter);
    let bytes = read(&out);
    assert!(bytes.starts_with(BOM));
    // Every line ends with CRLF (RFC 4180), whatever the platform that wrote it.
    let text = std::str::from_utf8(&bytes[BOM.len()..]).expect("UTF-8");
    assert!(text.ends_with("\r\n"), "{text:?}");
    assert_eq!(
        text.matches('\n').count(),
        text.matches("\r\n").count(),
        "{text:?}"
    );
    let mut rdr = csv::Reader::from_reader(&bytes[BOM.len()..]);
    let header: Vec<String> = rdr
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    assert_eq!(header[0], "month");
    assert_eq!(header[1], "east_asia");
    assert_eq!(header.last().map(String::as_str), Some("total"));
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 4, "three months and a total");
    assert_eq!(&rows[3][0], "total");
    assert!(rows.iter().flat_map(|r| r.iter()).any(|c| c == "X"));
    let audit = log.store.audit().expect("audit");
    assert_eq!(audit.len(), 1);
    let a = &audit[0];
    assert_eq!(a.action, "export");
    assert_eq!(a.format.as_deref(), Some("csv"));
    assert_eq!(a.first_dimension.as_deref(), Some("region"));
    assert_eq!(a.from_month.as_deref(), Some("2025-01"));
    assert_eq!(a.k, Some(5));
    assert_eq!(a.to_month.as_deref(), Some("2025-03"));
    assert_eq!(a.count, in_quarter as i64);
    // No temporary file is left beside the export.
    let names: Vec<String> = std::fs::read_dir(out.parent().expect("dir"))
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.ends_with(".tmp")), "{names:?}");
}

#[test]
fn json_export_marks_suppressed_cells() {
    let mut log = log_with(300, 0, d(2025, 3, 1), d(2025, 3, 31));
    let out = log.path.with_file_name("stats.json");
    let period = FixedPeriod::parse("2025-03").expect("period");
    let dims = Dimensions::parse(&["gender", "age_group"]).expect("dims");
    log.store
        .export(
            period,
            dims,
            Threshold::new(10).expect("k"),
            ExportFormat::Json,
            &out,
        )
        .expect("export");
    let v: serde_json::Value = serde_json::from_slice(&read(&out)).expect("json");
    assert_eq!(v["k"], 10);
    assert_eq!(v["dimensions"], serde_json::json!(["gender", "age_group"]));
    let t = &v["tables"][0];
    assert_eq!(t["period"], "2025-03");
    assert_eq!(t["rows"][0], "female");
    assert_eq!(t["columns"][0], "child");
    let text = v.to_string();
    assert!(text.contains("\"X\""), "{text}");
    assert_eq!(v["hidden"], "X");
}

#[test]
fn export_refuses_to_overwrite_the_log_and_a_damaged_log_exports_nothing() {
    let mut log = log_with(10, 0, d(2025, 3, 1), d(2025, 3, 31));
    let period = FixedPeriod::parse("2025-03").expect("period");
    let dims = Dimensions::parse(&["gender"]).expect("dims");
    let path = log.path.clone();
    let err = log
        .store
        .export(period, dims, Threshold::default(), ExportFormat::Csv, &path)
        .expect_err("over the log");
    assert!(err.to_string().contains("log itself"), "{err}");
    drop(log.store);
    std::fs::write(&path, vec![0x42; 8192]).expect("damage");
    let mut store = Store::open(&path).expect("open");
    assert!(matches!(store.state(), OpenState::ReadOnlyRecovery { .. }));
    let out = path.with_file_name("x.csv");
    assert!(store
        .export(period, dims, Threshold::default(), ExportFormat::Csv, &out)
        .is_err());
    assert!(!out.exists());
}

#[test]
fn purge_deletes_old_records_securely_and_is_audited() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("log.db");
    let mut store = Store::open(&path).expect("open");
    let mut gen = Synthetic::new(5);
    let mut old: Vec<Record> = (0..300)
        .map(|_| gen.record(Mode::Live, d(2024, 1, 1), d(2024, 6, 30)))
        .collect();
    old.extend((0..50).map(|_| gen.record(Mode::Training, d(2024, 1, 1), d(2024, 6, 30))));
    let recent: Vec<Record> = (0..200)
        .map(|_| gen.record(Mode::Live, d(2026, 1, 1), d(2026, 6, 30)))
        .collect();
    store.save_all(&old).expect("save");
    store.save_all(&recent).expect("save");
    let today = d(2027, 3, 15);
    let retention = Retention::default();
    // Records keep their month: retention counts whole months, March 2024 is kept.
    assert_eq!(retention.cutoff(today), d(2024, 3, 1));
    let kept_from = YearMonth::new(2024, 3).expect("month");
    let expect_deleted = old.iter().filter(|r| r.month() < kept_from).count() as u64;
    let dry = store.purge(today, retention, true).expect("dry run");
    assert_eq!(dry.records, expect_deleted);
    assert_eq!(
        store.count(Mode::Live).expect("count") + store.count(Mode::Training).expect("count"),
        550
    );
    assert!(
        store.audit().expect("audit").is_empty(),
        "a dry run is not a purge"
    );
    let done = store.purge(today, retention, false).expect("purge");
    assert_eq!(done.records, expect_deleted);
    assert!(expect_deleted > 50);
    for r in &old {
        let kept = store.record(r.id()).expect("read").is_some();
        assert_eq!(kept, r.month() >= kept_from);
    }
    for r in &recent {
        assert!(store.record(r.id()).expect("read").is_some());
    }
    let audit = store.audit().expect("audit");
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0].action, "purge");
    assert_eq!(audit[0].count as u64, expect_deleted);
    assert_eq!(
        audit[0].older_than_days,
        Some((today - d(2024, 3, 1)).num_days())
    );
    store
        .quick_check()
        .expect("no lock")
        .expect("sound after the purge");
    drop(store);
    // The deleted ids are nowhere in the files any more.
    let mut bytes = read(&path);
    if let Ok(wal) = std::fs::read(path.with_extension("db-wal")) {
        bytes.extend(wal);
    }
    for r in old.iter().filter(|r| r.month() < kept_from) {
        let hex = r.id().to_hex();
        assert!(
            !bytes.windows(hex.len()).any(|w| w == hex.as_bytes()),
            "purged id {hex} still in the file"
        );
    }
}

#[test]
fn retention_in_days() {
    // Always the first of a month: a record keeps only its month.
    assert_eq!(Retention::Days(30).cutoff(d(2026, 3, 31)), d(2026, 3, 1));
    assert_eq!(Retention::Days(31).cutoff(d(2026, 3, 31)), d(2026, 2, 1));
    assert_eq!(Retention::Years(3).cutoff(d(2028, 2, 29)), d(2025, 2, 1));
}

#[test]
fn a_pair_s_counts_give_each_dimension_s_own_counts() {
    // `fiscal_year_counts` sums the pair over a single-valued dimension instead of scanning
    // again: the result must be the scan's.
    let log = log_with(600, 50, d(2025, 4, 1), d(2025, 9, 30));
    let fy = FixedPeriod::parse("FY2025").expect("period");
    for pair in [
        ["gender", "age_group"],
        ["concern", "nationality"],
        ["region", "service"],
        ["concern", "service"],
    ] {
        let dims = Dimensions::parse(&pair).expect("dims");
        let counts = log
            .store
            .fiscal_year_counts(fy.fiscal_year(), dims)
            .expect("counts");
        for dim in dims.list() {
            let scanned = log
                .store
                .counts(fy.range(), Dimensions::new(&[dim]).expect("dim"))
                .expect("scan");
            assert_eq!(counts.one[&dim], scanned, "{pair:?}: {dim}");
        }
    }
}

#[test]
fn records_by_month_are_the_same_whichever_dimension_counts_them() {
    let log = log_with(400, 50, d(2025, 4, 1), d(2025, 8, 31));
    let range = FixedPeriod::parse("FY2025").expect("period").range();
    let direct = log.store.live_records_by_month(range).expect("records");
    assert_eq!(
        direct.values().sum::<u64>(),
        400,
        "training records are not counted"
    );
    for pair in [
        &["gender"][..],
        &["concern"],
        &["concern", "service"],
        &["region", "concern"],
    ] {
        let dims = Dimensions::parse(pair).expect("dims");
        let counts = log.store.fiscal_year_counts(2025, dims).expect("counts");
        assert_eq!(counts.records, direct, "{pair:?}");
    }
}
