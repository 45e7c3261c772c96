//! Benchmarks of the referral log; prints figures (see BENCHMARKS.md).
//!
//! ```text
//! cargo bench -p madoguchi-store --bench log
//! BENCH_SAVES=1000 BENCH_RECORDS=200000 cargo bench -p madoguchi-store --bench log
//! ```
//!
//! 1. One durable save (`Store::save`: one record with its referrals, one transaction, WAL,
//!    `synchronous=FULL`) beside a bare SQLite `INSERT` + `COMMIT` of one row into a database
//!    with the same pragmas, interleaved in the same run on the same disk: p50, p95, ratio.
//! 2. Statistics over a log of BENCH_RECORDS (default 1,000,000) live records in one year:
//!    `Store::report` for the year by several dimensions (SQL counts plus suppression).

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use madoguchi_core::{Dimensions, FixedPeriod, Mode, Record, Threshold};
use madoguchi_store::synthetic::Synthetic;
use madoguchi_store::Store;
use rusqlite::Connection;

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn bare_connection(path: &std::path::Path) -> Connection {
    let conn = Connection::open(path).expect("open bare");
    conn.busy_timeout(Duration::from_secs(15)).expect("busy");
    let mode: String = conn
        .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))
        .expect("wal");
    assert_eq!(mode, "wal");
    for (k, v) in [
        ("synchronous", "FULL"),
        ("foreign_keys", "ON"),
        ("secure_delete", "ON"),
    ] {
        conn.pragma_update(None, k, v).expect("pragma");
    }
    conn.execute_batch("CREATE TABLE t (id TEXT PRIMARY KEY, v INTEGER NOT NULL) STRICT")
        .expect("table");
    conn
}

fn saves(dir: &std::path::Path) {
    let n = env_number("BENCH_SAVES", 400);
    let warmup = 20;
    let mut store = Store::open(dir.join("log.db")).expect("open");
    let bare = bare_connection(&dir.join("bare.db"));
    let mut gen = Synthetic::new(7);
    let today = NaiveDate::from_ymd_opt(2026, 11, 1).expect("day");
    let records: Vec<Record> = (0..n + warmup)
        .map(|_| gen.record(Mode::Live, today, today))
        .collect();
    let referrals: usize = records.iter().map(|r| r.parts().referrals.len()).sum();
    let mut insert = bare
        .prepare("INSERT INTO t (id, v) VALUES (?1, ?2)")
        .expect("prepare");
    let mut t_save = Vec::with_capacity(n);
    let mut t_bare = Vec::with_capacity(n);
    for (i, r) in records.iter().enumerate() {
        // Interleaved, so both see the same disk and machine state.
        let start = Instant::now();
        store.save(r).expect("save");
        let save = start.elapsed();
        let start = Instant::now();
        bare.execute_batch("BEGIN IMMEDIATE").expect("begin");
        insert
            .execute(rusqlite::params![r.id().to_hex(), i as i64])
            .expect("insert");
        bare.execute_batch("COMMIT").expect("commit");
        let bare_t = start.elapsed();
        if i >= warmup {
            t_save.push(save);
            t_bare.push(bare_t);
        }
    }
    t_save.sort();
    t_bare.sort();
    let (s50, s95) = (percentile(&t_save, 0.5), percentile(&t_save, 0.95));
    let (b50, b95) = (percentile(&t_bare, 0.5), percentile(&t_bare, 0.95));
    println!("## durable save ({n} saves, {warmup} warm-up, interleaved)");
    println!(
        "records carry {:.2} referrals on average",
        referrals as f64 / records.len() as f64
    );
    println!("{:<34} {:>9} {:>9}", "", "p50 ms", "p95 ms");
    println!(
        "{:<34} {:>9.3} {:>9.3}",
        "Store::save (record + referrals)",
        ms(s50),
        ms(s95)
    );
    println!(
        "{:<34} {:>9.3} {:>9.3}",
        "bare INSERT + COMMIT (1 row)",
        ms(b50),
        ms(b95)
    );
    println!(
        "{:<34} {:>9.2} {:>9.2}",
        "ratio",
        s50.as_secs_f64() / b50.as_secs_f64(),
        s95.as_secs_f64() / b95.as_secs_f64()
    );
}

fn statistics(base: &std::path::Path) {
    let n = env_number("BENCH_RECORDS", 1_000_000);
    // Kept between runs (filling takes a while); rebuilt when its count is not right.
    let path = base.join(format!("bench-log-{n}.db"));
    let from = NaiveDate::from_ymd_opt(2025, 1, 1).expect("day");
    let to = NaiveDate::from_ymd_opt(2025, 12, 31).expect("day");
    let reuse = path.exists()
        && Store::open(&path)
            .and_then(|s| s.count(Mode::Live))
            .is_ok_and(|c| c == n as u64);
    if !reuse {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
    }
    let start = Instant::now();
    if !reuse {
        let mut store = Store::open(&path).expect("open");
        let mut gen = Synthetic::new(1);
        let mut left = n;
        while left > 0 {
            let batch: Vec<Record> = (0..left.min(20_000))
                .map(|_| gen.record(Mode::Live, from, to))
                .collect();
            store.save_all(&batch).expect("save");
            left -= batch.len();
        }
        // A thousand training records that must not count.
        let training: Vec<Record> = (0..1000)
            .map(|_| gen.record(Mode::Training, from, to))
            .collect();
        store.save_all(&training).expect("save");
    }
    let fill = start.elapsed();
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    let start = Instant::now();
    let store = Store::open(&path).expect("open");
    let open = start.elapsed();
    println!();
    println!("## statistics over {n} live records in one year");
    let filled = if reuse {
        "reused from an earlier run".to_string()
    } else {
        format!("filled in {:.1} s (batches of 20,000)", fill.as_secs_f64())
    };
    println!(
        "{filled}; file {:.0} MiB; open with quick_check {:.0} ms",
        size as f64 / 1048576.0,
        ms(open)
    );
    // Fiscal year 2025 (April 2025 to March 2026): the data's April to December.
    let year = FixedPeriod::parse("FY2025").expect("period");
    println!(
        "{:<28} {:>10} {:>10} {:>8}",
        "report for FY2025 by", "median ms", "max ms", "tables"
    );
    for dims in [
        &["gender"][..],
        &["region"],
        &["concern"],
        &["service"],
        &["age_group", "gender"],
        &["nationality", "residence"],
        &["concern", "nationality"],
        &["service", "age_group"],
    ] {
        let dims = Dimensions::parse(dims).expect("dims");
        let mut times = Vec::new();
        let mut tables = 0;
        let mut total = 0;
        for _ in 0..5 {
            let start = Instant::now();
            let rep = store
                .report(year, dims, Threshold::default())
                .expect("report");
            times.push(start.elapsed());
            tables = rep.tables.len();
            total = rep
                .tables
                .iter()
                .filter_map(|t| t.total.count())
                .sum::<u64>();
        }
        times.sort();
        let label: Vec<&str> = dims.list().iter().map(|d| d.id()).collect();
        println!(
            "{:<28} {:>10.0} {:>10.0} {:>8}   (total {total})",
            label.join(" × "),
            ms(times[2]),
            ms(times[4]),
            tables
        );
    }
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` would pass nothing useful: run only
    // when asked to bench.
    if !std::env::args().any(|a| a == "--bench") {
        println!("run with `cargo bench -p madoguchi-store --bench log`");
        return;
    }
    let base = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    std::fs::create_dir_all(&base).expect("tmp dir");
    let dir = tempfile::tempdir_in(&base).expect("tempdir");
    println!(
        "madoguchi-store benchmarks; SQLite {}; files in {}",
        rusqlite::version(),
        dir.path().display()
    );
    saves(dir.path());
    statistics(&base);
}
