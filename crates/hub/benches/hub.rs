//! The hub at scale; prints figures (see BENCHMARKS.md). Never run by `cargo test`.
//!
//! ```text
//! BENCH_PG=postgresql://postgres@127.0.0.1:PORT/postgres cargo bench -p madoguchi-hub --bench hub
//! # smaller: BENCH_DESKS=5 BENCH_RECORDS=200000 … cargo bench -p madoguchi-hub --bench hub
//! ```
//!
//! BENCH_PG (else MADOGUCHI_TEST_PG) is a role that may create a database (the harness makes
//! `madoguchi_bench`, anew, and drops it at the end unless BENCH_KEEP=1). BENCH_DESKS desks
//! (default 50) × 3 fiscal years (FY2024 to FY2026), BENCH_RECORDS live records in all
//! (default 10,000,000; desks of five sizes, 1 to 5 shares), synthetic
//! (`madoguchi_store::synthetic`).
//!
//! 1. Import: for each desk and fiscal year a bundle is made (the desk side's code:
//!    `bundle::plaintext`, `bundle::encrypt`) and written to a file (not timed); then timed:
//!    `Bundle::open` (decrypt, hash), `Hub::check`, `Hub::import` (records checked, counts made,
//!    COPY, one transaction). Records per second, overall and per bundle.
//! 2. `Hub::report` for FY2025 by one and by two dimensions over every desk (5 runs: median,
//!    max), and for the largest desk alone (`--desk`).
//! 3. The same counts straight from the record table with GROUP BY (no rollups): the figures
//!    that led to the per-bundle counts.
//! 4. The same report from the largest desk's own SQLite log over its share (`Store::report`).

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use madoguchi_core::{App, DeskLabel, Dimensions, FixedPeriod, Mode, Period, Record, YearMonth};
use madoguchi_hub::{bundle, Bundle, CategoryLists, Hub};
use madoguchi_store::synthetic::Synthetic;
use madoguchi_store::Store;

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn median_max(mut v: Vec<Duration>) -> (f64, f64) {
    v.sort();
    (ms(v[v.len() / 2]), ms(*v.last().expect("runs")))
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

const REPORTS: &[&[&str]] = &[
    &["gender"],
    &["concern"],
    &["service"],
    &["desk"],
    &["age_group", "gender"],
    &["concern", "nationality"],
    &["service", "concern"],
    &["desk", "concern"],
];

fn main() {
    if std::env::args().any(|a| a == "--test" || a == "--list") {
        return;
    }
    let Ok(admin) = std::env::var("BENCH_PG").or_else(|_| std::env::var("MADOGUCHI_TEST_PG"))
    else {
        eprintln!("set BENCH_PG to a PostgreSQL URL (scripts/test-pg.sh starts a cluster)");
        return;
    };
    let desks = env_number("BENCH_DESKS", 50);
    let total = env_number("BENCH_RECORDS", 10_000_000);
    let runs = env_number("BENCH_RUNS", 5);
    let keep = std::env::var("BENCH_KEEP").is_ok_and(|v| v == "1");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/tmp/hub-bench");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("bench dir");

    let mut admin_client = postgres::Client::connect(&admin, postgres::NoTls).expect("connect");
    admin_client
        .batch_execute("DROP DATABASE IF EXISTS madoguchi_bench WITH (FORCE)")
        .expect("drop");
    admin_client
        .batch_execute("CREATE DATABASE madoguchi_bench")
        .expect("create");
    let (head, _) = admin.rsplit_once('/').expect("URL with a database");
    let url = format!("{head}/madoguchi_bench");
    let version: String = admin_client
        .query_one("SHOW server_version", &[])
        .expect("version")
        .get(0);

    let lists = CategoryLists::of(&App::embedded().expect("app"));
    let mut hub = Hub::connect(&url).expect("hub");
    hub.init(&lists).expect("init");
    let key = dir.join("hub.key");
    let identity = bundle::create_identity(&key).expect("key");
    let recipient = identity.to_public();

    // Desk sizes: shares 1 to 5.
    let shares: Vec<usize> = (0..desks).map(|d| 1 + d % 5).collect();
    let share_sum: usize = shares.iter().sum();
    // The largest desk: its own log is compared with the hub.
    let big = shares
        .iter()
        .enumerate()
        .max_by_key(|(i, s)| (**s, usize::MAX - i))
        .map_or(0, |(i, _)| i);
    let big_code = format!("desk-{big:02}");
    let years = [2024, 2025, 2026];
    println!(
        "hub benchmark: PostgreSQL {version}, {desks} desks × {} fiscal years, {total} records",
        years.len()
    );

    // 1. Import.
    let mut imported = 0u64;
    let mut import_time = Duration::ZERO;
    let mut open_time = Duration::ZERO;
    let mut per_bundle: Vec<f64> = Vec::new();
    let mut big_desk: Vec<Record> = Vec::new();
    let mut bundle_bytes = 0u64;
    for (d, share) in shares.iter().enumerate() {
        let desk = DeskLabel::parse(&format!("desk-{d:02}")).expect("code");
        let per_year = total * share / share_sum / years.len();
        for (y, fy) in years.iter().enumerate() {
            let mut gen = Synthetic::new((d * 10 + y) as u64 + 1);
            let (from, to) = (day(*fy, 4, 1), day(fy + 1, 3, 31));
            let mut records: Vec<Record> = (0..per_year)
                .map(|_| gen.record(Mode::Live, from, to))
                .collect();
            records.sort_by_key(|r| (r.month(), r.id()));
            let period = Period::new(YearMonth::of(from), YearMonth::of(to)).expect("period");
            let (_, plain) = bundle::plaintext(&desk, period, &lists, &records, chrono::Utc::now());
            let file = dir.join(format!("{}-FY{fy}.age", desk.as_str()));
            let sealed = bundle::encrypt(&plain, &recipient, &file).expect("seal");
            bundle_bytes += sealed.len() as u64;
            std::fs::write(&file, sealed).expect("write");
            if d == big {
                big_desk.extend(records);
            }
            let t = Instant::now();
            let b = Bundle::open(&file, &identity).expect("open");
            open_time += t.elapsed();
            hub.check(&b).expect("check");
            hub.import(&b).expect("import");
            let took = t.elapsed();
            import_time += took;
            imported += per_year as u64;
            per_bundle.push(per_year as f64 / took.as_secs_f64());
            std::fs::remove_file(&file).expect("remove");
        }
        if (d + 1) % 10 == 0 || d + 1 == desks {
            println!(
                "  imported {d_done} desks, {imported} records, {:.0} records/s so far",
                imported as f64 / import_time.as_secs_f64(),
                d_done = d + 1
            );
        }
    }
    per_bundle.sort_by(f64::total_cmp);
    println!(
        "import: {imported} records in {} bundles, {:.1} s: {:.0} records/s (per bundle: median \
         {:.0}, min {:.0}); bundles {:.1} MiB in all; of the time, decrypting and hashing {:.1} s",
        per_bundle.len(),
        import_time.as_secs_f64(),
        imported as f64 / import_time.as_secs_f64(),
        per_bundle[per_bundle.len() / 2],
        per_bundle[0],
        bundle_bytes as f64 / (1 << 20) as f64,
        open_time.as_secs_f64()
    );
    let client = hub.client();
    client.batch_execute("VACUUM ANALYZE").expect("analyze");
    for (what, sql) in [
        ("database", "SELECT pg_database_size(current_database())"),
        (
            "record",
            "SELECT pg_total_relation_size('madoguchi.record')",
        ),
        (
            "two_count",
            "SELECT pg_total_relation_size('madoguchi.two_count')",
        ),
        (
            "one_count",
            "SELECT pg_total_relation_size('madoguchi.one_count')",
        ),
    ] {
        let n: i64 = client.query_one(sql, &[]).expect(sql).get(0);
        println!("size {what}: {:.0} MiB", n as f64 / (1 << 20) as f64);
    }
    let rows: i64 = client
        .query_one("SELECT count(*) FROM madoguchi.two_count", &[])
        .expect("count")
        .get(0);
    println!("two_count rows: {rows}");

    // 2. Reports at the hub.
    let period = FixedPeriod::FiscalYear(2025);
    println!("\nhub report, {period}, every desk ({runs} runs): median / max ms, tables");
    for by in REPORTS {
        let dims = Dimensions::parse(by).expect("dims");
        let mut times = Vec::new();
        let mut tables = 0;
        for _ in 0..runs {
            let t = Instant::now();
            let rep = hub.report(period, dims, &[]).expect("report");
            times.push(t.elapsed());
            tables = rep.report.tables.len();
        }
        let (med, max) = median_max(times);
        println!("  {:<24} {med:8.1} {max:8.1} {tables:3}", by.join(" × "));
    }
    println!("\nhub report, {period}, {big_code} only: median / max ms");
    let only = vec![big_code.clone()];
    for by in REPORTS.iter().filter(|b| !b.contains(&"desk")) {
        let dims = Dimensions::parse(by).expect("dims");
        let times: Vec<Duration> = (0..runs)
            .map(|_| {
                let t = Instant::now();
                hub.report(period, dims, &only).expect("report");
                t.elapsed()
            })
            .collect();
        let (med, max) = median_max(times);
        println!("  {:<24} {med:8.1} {max:8.1}", by.join(" × "));
    }

    // 3. Without the per-bundle counts: GROUP BY over the records of the year.
    println!("\nGROUP BY over madoguchi.record for {period} (no rollups), 3 runs: median / max ms");
    let raw: &[(&str, &str)] = &[
        ("gender", "SELECT month, gender, count(*) FROM madoguchi.record WHERE month BETWEEN '2025-04' AND '2026-03' GROUP BY 1, 2"),
        ("concern", "SELECT month, c, count(*) FROM madoguchi.record, unnest(concerns) c WHERE month BETWEEN '2025-04' AND '2026-03' GROUP BY 1, 2"),
        ("age_group × gender", "SELECT month, age_group, gender, count(*) FROM madoguchi.record WHERE month BETWEEN '2025-04' AND '2026-03' GROUP BY 1, 2, 3"),
        ("service × concern", "SELECT month, s, c, count(*) FROM madoguchi.record, unnest(services) s, unnest(concerns) c WHERE month BETWEEN '2025-04' AND '2026-03' GROUP BY 1, 2, 3"),
    ];
    let client = hub.client();
    for (what, sql) in raw {
        let times: Vec<Duration> = (0..3)
            .map(|_| {
                let t = Instant::now();
                client.query(*sql, &[]).expect(sql);
                t.elapsed()
            })
            .collect();
        let (med, max) = median_max(times);
        println!("  {what:<24} {med:8.1} {max:8.1}");
    }

    // 4. The largest desk's own log over its share.
    let log = dir.join("own.sqlite3");
    let mut store = Store::open(&log).expect("log");
    let n = big_desk.len();
    for chunk in big_desk.chunks(10_000) {
        store.save_all(chunk).expect("save");
    }
    println!(
        "\n{big_code}'s own SQLite log ({n} records, 3 fiscal years), Store::report {period}: \
         median / max ms"
    );
    for by in REPORTS.iter().filter(|b| !b.contains(&"desk")) {
        let dims = Dimensions::parse(by).expect("dims");
        let times: Vec<Duration> = (0..runs)
            .map(|_| {
                let t = Instant::now();
                store
                    .report(period, dims, madoguchi_core::Threshold::POLICY)
                    .expect("report");
                t.elapsed()
            })
            .collect();
        let (med, max) = median_max(times);
        println!("  {:<24} {med:8.1} {max:8.1}", by.join(" × "));
    }
    drop(store);
    let _ = std::fs::remove_dir_all(&dir);
    if !keep {
        drop(hub);
        admin_client
            .batch_execute("DROP DATABASE IF EXISTS madoguchi_bench WITH (FORCE)")
            .expect("drop");
    }
}
