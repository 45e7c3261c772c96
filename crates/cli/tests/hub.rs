//! Many desks pooled on a real PostgreSQL: `madoguchi bundle` at three desks, `madoguchi hub
//! init/import/report/export` at the centre, as an ordinary (non-superuser) role.
//!
//! The cluster comes from `MADOGUCHI_TEST_PG` (a superuser URL; `scripts/test.sh` starts a
//! throwaway cluster with `scripts/test-pg.sh` and sets it). Each test makes its own database,
//! owned by its own role without superuser, and drops both at the end. Without the variable the
//! tests say so and pass locally; with `CI=true` they fail.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use chrono::NaiveDate;
use madoguchi_core::{
    fiscal_months, report, CountRow, Counts, Dimension, Dimensions, FixedPeriod, Mode, Record,
    Threshold, YearMonth,
};
use madoguchi_hub::{bundle, Bundle};
use madoguchi_store::synthetic::Synthetic;
use madoguchi_store::Store;
use serde_json::Value;

fn madoguchi() -> Command {
    Command::cargo_bin("madoguchi").expect("binary built")
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn arg(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// A database and a role of its own on the test cluster, dropped at the end.
struct TestDb {
    admin: String,
    name: String,
    url: String,
}

impl TestDb {
    fn new() -> Option<TestDb> {
        let admin = match std::env::var("MADOGUCHI_TEST_PG") {
            Ok(url) if !url.is_empty() => url,
            _ => {
                assert!(
                    std::env::var("CI").as_deref() != Ok("true"),
                    "MADOGUCHI_TEST_PG is not set: in CI the hub tests need the PostgreSQL \
                     cluster scripts/test.sh starts"
                );
                eprintln!("MADOGUCHI_TEST_PG not set: hub tests not run (scripts/test-pg.sh starts a cluster)");
                return None;
            }
        };
        let mut suffix = [0u8; 6];
        getrandom::fill(&mut suffix).expect("random");
        let name = format!(
            "mg_hub_{}",
            suffix
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
        );
        let mut c = postgres::Client::connect(&admin, postgres::NoTls).expect("admin connection");
        c.batch_execute(&format!(
            "CREATE ROLE {name} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE"
        ))
        .expect("role");
        c.batch_execute(&format!("CREATE DATABASE {name} OWNER {name}"))
            .expect("database");
        // The same server, as the new role, in its database.
        let (head, _) = admin.rsplit_once('/').expect("URL with a database");
        let rest = head.split_once("://").expect("scheme").1;
        let host = rest.rsplit_once('@').map_or(rest, |(_, h)| h);
        let url = format!("postgresql://{name}@{host}/{name}");
        Some(TestDb { admin, name, url })
    }

    fn client(&self) -> postgres::Client {
        postgres::Client::connect(&self.url, postgres::NoTls).expect("connect as the role")
    }

    fn count(&self, sql: &str) -> i64 {
        self.client().query_one(sql, &[]).expect(sql).get(0)
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Ok(mut c) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            let _ = c.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
            let _ = c.batch_execute(&format!("DROP ROLE IF EXISTS {}", self.name));
        }
    }
}

/// A desk's log with `live` records in fiscal year 2025 and some training records.
fn desk_log(dir: &Path, name: &str, seed: u64, live: usize) -> PathBuf {
    let path = dir.join(format!("{name}.sqlite3"));
    let mut store = Store::open(&path).expect("open");
    let mut gen = Synthetic::new(seed);
    let mut records: Vec<Record> = (0..live)
        .map(|_| gen.record(Mode::Live, day(2025, 4, 1), day(2026, 3, 31)))
        .collect();
    records.extend((0..25).map(|_| gen.record(Mode::Training, day(2025, 4, 1), day(2026, 3, 31))));
    store.save_all(&records).expect("save");
    path
}

fn add_records(log: &Path, seed: u64, n: usize) {
    let mut store = Store::open(log).expect("open");
    let mut gen = Synthetic::new(seed);
    let records: Vec<Record> = (0..n)
        .map(|_| gen.record(Mode::Live, day(2025, 4, 1), day(2026, 3, 31)))
        .collect();
    store.save_all(&records).expect("save");
}

fn init(db: &TestDb, key: &Path) -> String {
    let out = madoguchi()
        .args(["hub", "init", "--pg", &db.url, "--key", arg(key)])
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let last = text.lines().last().expect("a line").to_string();
    assert!(last.starts_with("age1"), "{text}");
    last
}

fn bundle_cmd(log: &Path, desk: &str, recipient: &str, out: &Path) {
    madoguchi()
        .args([
            "bundle",
            "--db",
            arg(log),
            "--from",
            "2025-04",
            "--to",
            "2026-03",
        ])
        .args(["--desk", desk, "--recipient", recipient, "--out", arg(out)])
        .assert()
        .success();
}

fn import(db: &TestDb, key: &Path, files: &[&Path]) -> std::process::Output {
    madoguchi()
        .args(["hub", "import", "--pg", &db.url, "--key", arg(key)])
        .args(files.iter().map(|f| arg(f)))
        .output()
        .expect("run")
}

fn hub_report(db: &TestDb, by: &[&str], extra: &[&str]) -> Value {
    let mut cmd = madoguchi();
    cmd.args([
        "hub", "report", "--pg", &db.url, "--from", "2025-04", "--to", "2026-03", "--json",
    ]);
    for b in by {
        cmd.args(["--by", b]);
    }
    cmd.args(extra);
    let out = cmd.output().expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}

/// The counts of a fiscal year made straight from records (as a desk's log would count them).
fn counts_from(records: &[Record], dims: Dimensions) -> Counts {
    let year = fiscal_months(2025);
    let mut counts = Counts::default();
    let present: Vec<YearMonth> = records.iter().map(|r| r.month()).collect();
    let (first, last) = (present.iter().min().copied(), present.iter().max().copied());
    if let (Some(first), Some(last)) = (first, last) {
        counts.months = year
            .into_iter()
            .filter(|m| first <= *m && *m <= last)
            .collect();
    }
    let mut one: BTreeMap<(Dimension, YearMonth, String), u64> = BTreeMap::new();
    let mut two: BTreeMap<(YearMonth, String, String), u64> = BTreeMap::new();
    for r in records {
        *counts.records.entry(r.month()).or_insert(0) += 1;
        for d in dims.list() {
            for c in r.categories(d) {
                *one.entry((d, r.month(), c.to_string())).or_insert(0) += 1;
            }
        }
        if let Some(second) = dims.second {
            for a in r.categories(dims.first) {
                for b in r.categories(second) {
                    *two.entry((r.month(), a.to_string(), b.to_string()))
                        .or_insert(0) += 1;
                }
            }
        }
    }
    for ((d, month, first), count) in one {
        counts.one.entry(d).or_default().push(CountRow {
            month,
            first,
            second: None,
            count,
        });
    }
    counts.two = two
        .into_iter()
        .map(|((month, first, second), count)| CountRow {
            month,
            first,
            second: Some(second),
            count,
        })
        .collect();
    counts
}

fn bundle_records(path: &Path, key: &Path) -> Vec<Record> {
    let identity = bundle::read_identity(key).expect("key");
    Bundle::open(path, &identity)
        .expect("open")
        .records()
        .expect("records")
}

fn cell_value(v: &Value) -> Option<u64> {
    v.as_u64()
}

#[test]
fn bundles_from_three_desks_pool_into_one_report_hidden_after_pooling() {
    let Some(db) = TestDb::new() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let key = dir.path().join("hub.key");
    let recipient = init(&db, &key);
    // The role the CLI used is no superuser.
    let su: bool = db
        .client()
        .query_one(
            "SELECT rolsuper FROM pg_roles WHERE rolname = current_user",
            &[],
        )
        .expect("role")
        .get(0);
    assert!(!su);
    // init again: the same key, nothing to migrate.
    assert_eq!(init(&db, &key), recipient);

    let sizes = [("city-1", 1, 1500), ("ngo-2", 2, 900), ("women-3", 3, 60)];
    let mut bundles = Vec::new();
    for (desk, seed, n) in sizes {
        let log = desk_log(dir.path(), desk, seed, n);
        let out = dir.path().join(format!("{desk}.age"));
        bundle_cmd(&log, desk, &recipient, &out);
        // Encrypted: the manifest is not readable in the file.
        let raw = std::fs::read(&out).expect("bundle");
        assert!(raw.starts_with(b"age-encryption.org/v1"));
        assert!(!raw.windows(16).any(|w| w == b"madoguchi-bundle"));
        // Audited at the desk like an export; training records left out.
        let store = Store::open(&log).expect("open");
        let audit = store.audit().expect("audit");
        let last = audit.last().expect("an audit line");
        assert_eq!(
            (
                last.action.as_str(),
                last.count,
                last.from_month.as_deref(),
                last.to_month.as_deref()
            ),
            ("bundle", n as i64, Some("2025-04"), Some("2026-03"))
        );
        let recs = bundle_records(&out, &key);
        assert_eq!(recs.len(), n);
        assert!(recs.iter().all(|r| r.mode() == Mode::Live));
        bundles.push((desk, log, out, recs));
    }
    let files: Vec<&Path> = bundles.iter().map(|b| b.2.as_path()).collect();
    let out = import(&db, &key, &files);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(db.count("SELECT count(*) FROM madoguchi.record"), 2460);
    assert_eq!(
        db.count("SELECT count(*) FROM madoguchi.record WHERE desk IS NULL"),
        0,
        "every row has its desk"
    );

    let all: Vec<Record> = bundles.iter().flat_map(|b| b.3.clone()).collect();
    for by in [
        vec!["concern"],
        vec!["nationality", "age_group"],
        vec!["service", "concern"],
        vec!["age_group", "gender"],
    ] {
        let dims = Dimensions::parse(&by).expect("dims");
        let got = hub_report(&db, &by, &[]);
        // Pool first: the report is the desk's method over the desks' counts summed.
        let pooled = counts_from(&all, dims);
        let expected = report(
            FixedPeriod::FiscalYear(2025),
            dims,
            &pooled,
            Threshold::POLICY,
        )
        .expect("report");
        let expected = madoguchi_store::to_json(&expected);
        assert_eq!(got["tables"], expected["tables"], "by {by:?}");
        assert_eq!(
            got["desks"],
            serde_json::json!(["city-1", "ngo-2", "women-3"])
        );
        // Every count shown is the sum of the three desks' unsuppressed counts (their own
        // logs, counted by the store), table by table, cell by cell.
        let per_desk: Vec<Counts> = bundles
            .iter()
            .map(|b| {
                Store::open(&b.1)
                    .expect("open")
                    .fiscal_year_counts(2025, dims)
                    .expect("counts")
            })
            .collect();
        let summed = |month: Option<&str>, row: &str, col: &str| -> u64 {
            per_desk
                .iter()
                .flat_map(|c| {
                    let rows: Vec<&CountRow> = match dims.second {
                        None => c.one[&dims.first].iter().collect(),
                        Some(_) => c.two.iter().collect(),
                    };
                    rows.into_iter()
                        .filter(|r| match (dims.second, month) {
                            (None, _) => r.month.to_string() == row && r.first == col,
                            (Some(_), m) => {
                                m.is_none_or(|m| r.month.to_string() == m)
                                    && r.first == row
                                    && r.second.as_deref() == Some(col)
                            }
                        })
                        .map(|r| r.count)
                        .collect::<Vec<_>>()
                })
                .sum()
        };
        let mut checked = 0;
        for table in got["tables"].as_array().expect("tables") {
            let month = table["period"].as_str().filter(|p| !p.starts_with("FY"));
            for (r, row) in table["rows"].as_array().expect("rows").iter().enumerate() {
                for (c, col) in table["columns"]
                    .as_array()
                    .expect("cols")
                    .iter()
                    .enumerate()
                {
                    if let Some(n) = cell_value(&table["cells"][r][c]) {
                        let want = summed(
                            month,
                            row.as_str().expect("row"),
                            col.as_str().expect("col"),
                        );
                        assert_eq!(n, want, "by {by:?} {month:?} {row} {col}");
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 0, "by {by:?}: some cells are shown");
    }

    // Suppression after pooling: the small desk's own report hides cells that the pooled one
    // shows, so summing the desks' published tables would undercount.
    let small = madoguchi()
        .args([
            "report",
            "--db",
            arg(&bundles[2].1),
            "--period",
            "FY2025",
            "--by",
            "concern",
            "--json",
        ])
        .output()
        .expect("run");
    let small: Value = serde_json::from_slice(&small.stdout).expect("json");
    let pooled = hub_report(&db, &["concern"], &[]);
    let hidden_small = small["tables"][0]["column_totals"]
        .as_array()
        .expect("totals")
        .iter()
        .filter(|c| c.as_str() == Some("X"))
        .count();
    let hidden_pooled = pooled["tables"][0]["column_totals"]
        .as_array()
        .expect("totals")
        .iter()
        .filter(|c| c.as_str() == Some("X"))
        .count();
    assert!(
        hidden_small > hidden_pooled,
        "{hidden_small} vs {hidden_pooled}"
    );
    // Persons (実人員) beside topics (延べ): concern counts each concern; persons each record.
    assert_eq!(pooled["counting"]["concern"], "topics");
    assert_eq!(pooled["persons"]["total"], 2460);
    let topics = pooled["tables"][0]["total"].as_u64().expect("shown total");
    let mentions: usize = all
        .iter()
        .map(|r| r.categories(Dimension::Concern).len())
        .sum();
    assert_eq!(topics as usize, mentions);
    assert!(topics > 2460);

    // One desk only.
    let one = hub_report(&db, &["gender"], &["--desk", "ngo-2"]);
    assert_eq!(one["desks"], serde_json::json!(["ngo-2"]));
    assert_eq!(one["persons"]["total"], 900);
    // By desk: the bundle's desk codes.
    let by_desk = hub_report(&db, &["desk"], &[]);
    assert_eq!(
        by_desk["tables"][0]["columns"],
        serde_json::json!(["city-1", "ngo-2", "women-3"])
    );

    // Export: CSV with a BOM, the same tables, audited.
    let csv = dir.path().join("pooled.csv");
    madoguchi()
        .args([
            "hub", "export", "--pg", &db.url, "--period", "FY2025", "--by", "concern",
        ])
        .args(["--out", arg(&csv)])
        .assert()
        .success();
    let body = std::fs::read(&csv).expect("csv");
    assert!(body.starts_with(b"\xEF\xBB\xBF"));
    let text = String::from_utf8(body[3..].to_vec()).expect("utf-8");
    assert!(text.starts_with("month,trafficking_sexual,"), "{text}");
    // Records end with CRLF, as every CSV the app writes (Excel on Windows reads it as written).
    assert!(text.contains(&format!(",{topics}\r\n")), "{text}");
    assert_eq!(
        db.count("SELECT count(*) FROM madoguchi.audit WHERE action = 'export'"),
        1
    );
    assert_eq!(
        db.count("SELECT count(*) FROM madoguchi.audit WHERE action = 'import'"),
        3
    );

    // A period that is not a publication period is refused.
    madoguchi()
        .args([
            "hub", "report", "--pg", &db.url, "--from", "2025-05", "--to", "2025-08",
        ])
        .args(["--by", "gender"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("not a publication period"));
}

fn snapshot(db: &TestDb) -> Vec<i64> {
    [
        "record",
        "bundle",
        "month_count",
        "one_count",
        "two_count",
        "audit",
    ]
    .iter()
    .map(|t| db.count(&format!("SELECT count(*) FROM madoguchi.{t}")))
    .collect()
}

#[test]
fn imports_are_idempotent_newer_bundles_replace_and_altered_ones_are_refused() {
    let Some(db) = TestDb::new() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let key = dir.path().join("hub.key");
    let recipient = init(&db, &key);
    let log = desk_log(dir.path(), "city-1", 7, 400);
    let first = dir.path().join("first.age");
    bundle_cmd(&log, "city-1", &recipient, &first);
    assert!(import(&db, &key, &[&first]).status.success());
    let after_first = snapshot(&db);
    assert_eq!(after_first[0], 400);

    // The same bundle again: nothing changes.
    let again = import(&db, &key, &[&first]);
    assert!(again.status.success());
    assert!(String::from_utf8_lossy(&again.stdout).contains("already imported"));
    assert_eq!(snapshot(&db), after_first);

    // A newer bundle of the same desk and period replaces the older, audited.
    add_records(&log, 8, 50);
    let second = dir.path().join("second.age");
    bundle_cmd(&log, "city-1", &recipient, &second);
    let out = import(&db, &key, &[&second]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("replacing"));
    assert_eq!(db.count("SELECT count(*) FROM madoguchi.record"), 450);
    assert_eq!(db.count("SELECT count(*) FROM madoguchi.bundle"), 1);
    assert_eq!(
        db.count("SELECT sum(records) FROM madoguchi.month_count"),
        450
    );
    assert_eq!(
        db.count("SELECT count(*) FROM madoguchi.audit WHERE action = 'replace'"),
        1
    );
    let rep = hub_report(&db, &["gender"], &[]);
    assert_eq!(rep["persons"]["total"], 450);

    // The older one cannot come back.
    let stale = import(&db, &key, &[&first]);
    assert_eq!(stale.status.code(), Some(1));
    let err = String::from_utf8_lossy(&stale.stderr);
    assert!(err.contains("first.age") && err.contains("newer"), "{err}");
    let after_second = snapshot(&db);

    // A quarter of a year already imported overlaps it without covering it: refused.
    let quarter = dir.path().join("quarter.age");
    madoguchi()
        .args([
            "bundle",
            "--db",
            arg(&log),
            "--from",
            "2025-04",
            "--to",
            "2025-06",
        ])
        .args([
            "--desk",
            "city-1",
            "--recipient",
            &recipient,
            "--out",
            arg(&quarter),
        ])
        .assert()
        .success();
    let out = import(&db, &key, &[&quarter]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("quarter.age") && err.contains("overlaps"),
        "{err}"
    );
    assert_eq!(snapshot(&db), after_second);

    // Tampered: one category changed inside, the manifest's hash left as it was.
    let identity = bundle::read_identity(&key).expect("key");
    let plain =
        String::from_utf8(bundle::decrypt(&second, &identity).expect("decrypt")).expect("utf-8");
    let altered = plain.replacen(",female,", ",male,", 1);
    assert_ne!(altered, plain);
    let tampered = dir.path().join("tampered.age");
    let rcpt = bundle::parse_recipient(&recipient).expect("recipient");
    std::fs::write(
        &tampered,
        bundle::encrypt(altered.as_bytes(), &rcpt, &tampered).expect("seal"),
    )
    .expect("write");
    // Given with a good bundle of another desk: nothing of either is written.
    let other_log = desk_log(dir.path(), "ngo-2", 9, 100);
    let other = dir.path().join("other.age");
    bundle_cmd(&other_log, "ngo-2", &recipient, &other);
    let out = import(&db, &key, &[&other, &tampered]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("tampered.age") && err.contains("altered"),
        "{err}"
    );
    assert_eq!(snapshot(&db), after_second);

    // Unknown category version: the lists changed (and the hashes made to match them).
    let (head, content) = plain.split_once('\n').expect("manifest line");
    let mut manifest: madoguchi_hub::Manifest = serde_json::from_str(head).expect("manifest");
    manifest
        .categories
        .lists
        .facts
        .get_mut("concern")
        .expect("concern")
        .push("new_concern".into());
    manifest.categories.version = manifest.categories.lists.version();
    let unknown = dir.path().join("unknown.age");
    let text = format!(
        "{}\n{content}",
        serde_json::to_string(&manifest).expect("json")
    );
    std::fs::write(
        &unknown,
        bundle::encrypt(text.as_bytes(), &rcpt, &unknown).expect("seal"),
    )
    .expect("write");
    let out = import(&db, &key, &[&unknown]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("unknown.age") && err.contains("unknown category version"),
        "{err}"
    );
    assert_eq!(snapshot(&db), after_second);

    // Another hub's key cannot open a bundle.
    let stranger = dir.path().join("stranger.key");
    bundle::create_identity(&stranger).expect("key");
    let out = import(&db, &stranger, &[&second]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("second.age"));
    assert_eq!(snapshot(&db), after_second);

    // The good bundle alone goes in.
    assert!(import(&db, &key, &[&other]).status.success());
    assert_eq!(db.count("SELECT count(*) FROM madoguchi.record"), 550);
}

/// `bundle` without `--desk` or `--recipient` takes `desk` and `hub_recipient` from the desk's
/// settings.toml beside the log (no PostgreSQL needed), and says what to give when neither has
/// them.
#[test]
fn a_bundle_takes_the_desk_code_and_the_hub_key_from_the_desks_settings() {
    let dir = tempfile::tempdir().expect("dir");
    let log = desk_log(dir.path(), "madoguchi", 5, 40);
    let key = dir.path().join("hub.key");
    let identity = bundle::create_identity(&key).expect("key");
    let recipient = identity.to_public().to_string();
    let out = dir.path().join("b.age");
    let run = || {
        madoguchi()
            .args([
                "bundle",
                "--db",
                arg(&log),
                "--from",
                "2025-04",
                "--to",
                "2026-03",
            ])
            .args(["--out", arg(&out)])
            .output()
            .expect("run")
    };
    let refused = run();
    assert_eq!(refused.status.code(), Some(2));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(
        err.contains("--desk") && err.contains("settings.toml"),
        "{err}"
    );
    assert!(!out.exists());

    let settings = dir.path().join("settings.toml");
    std::fs::write(
        &settings,
        format!("desk = \"ward-7\"\nhub_recipient = \"{recipient}\"\n"),
    )
    .expect("settings");
    let made = run();
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let b = Bundle::open(&out, &identity).expect("open");
    assert_eq!(b.manifest.desk, "ward-7");
    assert_eq!(b.manifest.records, 40);

    // A secret key pasted by mistake is refused at its line, and not repeated.
    let secret = std::fs::read_to_string(&key).expect("key");
    let secret = secret
        .lines()
        .find(|l| l.starts_with("AGE-SECRET-KEY-"))
        .expect("the secret key line");
    std::fs::write(&settings, format!("hub_recipient = \"{secret}\"\n")).expect("settings");
    let bad = madoguchi()
        .args([
            "bundle",
            "--db",
            arg(&log),
            "--from",
            "2025-04",
            "--to",
            "2026-03",
        ])
        .args(["--desk", "ward-7", "--out", arg(&dir.path().join("c.age"))])
        .output()
        .expect("run");
    assert_eq!(bad.status.code(), Some(1));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(err.contains("settings.toml:1: hub_recipient"), "{err}");
    assert!(!err.contains("AGE-SECRET-KEY"), "{err}");
}
