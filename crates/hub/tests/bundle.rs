//! Bundles and counts without a database: the round trip of a bundle, what the hub refuses
//! before it connects, and the per-bundle counts against the desk log's own counting.

use chrono::NaiveDate;
use madoguchi_core::{App, DeskLabel, Dimension, Dimensions, FixedPeriod, Mode, Period, YearMonth};
use madoguchi_hub::tally::{dimensions, tally};
use madoguchi_hub::{bundle, fixed_period, Bundle, CategoryLists, HubError};
use madoguchi_store::synthetic::Synthetic;
use madoguchi_store::Store;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn ym(s: &str) -> YearMonth {
    YearMonth::parse(s).expect("month")
}

fn log(dir: &std::path::Path) -> Store {
    let mut store = Store::open(dir.join("log.sqlite3")).expect("open");
    let mut gen = Synthetic::new(11);
    let mut records: Vec<_> = (0..700)
        .map(|_| gen.record(Mode::Live, day(2025, 4, 1), day(2026, 3, 31)))
        .collect();
    records.extend((0..40).map(|_| gen.record(Mode::Training, day(2025, 4, 1), day(2026, 3, 31))));
    store.save_all(&records).expect("save");
    store
}

#[test]
fn a_bundle_carries_the_live_records_of_its_period_exactly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = log(dir.path());
    let key = dir.path().join("hub.key");
    let identity = bundle::create_identity(&key).expect("key");
    assert!(
        bundle::create_identity(&key).is_err(),
        "never over an existing key"
    );
    let recipient = bundle::parse_recipient(&identity.to_public().to_string()).expect("age1");
    let lists = CategoryLists::of(&App::embedded().expect("app"));
    let period = Period::new(ym("2025-07"), ym("2025-09")).expect("period");
    let out = dir.path().join("q2.age");
    let desk = DeskLabel::parse("city-1").expect("code");
    let manifest =
        bundle::write(&mut store, &desk, period, &lists, &recipient, &out).expect("write");
    let read = Bundle::open(&out, &bundle::read_identity(&key).expect("read key")).expect("open");
    assert_eq!(read.manifest, manifest);
    let records = read.records().expect("records");
    let expected = store.live_records(period).expect("live");
    assert_eq!(records, expected);
    assert_eq!(manifest.records, expected.len() as u64);
    assert!(records
        .iter()
        .all(|r| period.contains(r.month()) && r.mode() == Mode::Live));
    assert_eq!(manifest.categories.version, lists.version());
    assert_eq!(manifest.categories.version.len(), 64);
}

#[test]
fn an_altered_content_or_manifest_is_refused_naming_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = log(dir.path());
    let lists = CategoryLists::of(&App::embedded().expect("app"));
    let period = Period::new(ym("2025-04"), ym("2025-06")).expect("period");
    let records = store.live_records(period).expect("live");
    let desk = DeskLabel::parse("ngo-2").expect("code");
    let (_, plain) = bundle::plaintext(&desk, period, &lists, &records, chrono::Utc::now());
    let path = std::path::Path::new("desk-ngo-2.age");
    assert!(Bundle::from_plaintext(path, plain.clone()).is_ok());

    let text = String::from_utf8(plain).expect("utf-8");
    let altered = text.replacen(",adult,", ",child,", 1);
    let err = Bundle::from_plaintext(path, altered.into_bytes()).expect_err("tampered");
    assert!(matches!(err, HubError::Tampered { .. }));
    assert!(err.to_string().contains("desk-ngo-2.age"), "{err}");

    // A record count that the content does not hold.
    let (head, content) = text.split_once('\n').expect("manifest");
    let mut m: madoguchi_hub::Manifest = serde_json::from_str(head).expect("manifest");
    m.records += 1;
    let wrong = format!("{}\n{content}", serde_json::to_string(&m).expect("json"));
    let b = Bundle::from_plaintext(path, wrong.into_bytes()).expect("hash still matches");
    assert!(matches!(
        b.records(),
        Err(HubError::ManifestMismatch { .. })
    ));

    // Another format version.
    let newer = text.replacen("\"format_version\":1", "\"format_version\":2", 1);
    assert!(matches!(
        Bundle::from_plaintext(path, newer.into_bytes()),
        Err(HubError::FormatVersion { found: 2, .. })
    ));
}

#[test]
fn per_bundle_counts_are_the_desk_logs_counts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = log(dir.path());
    let year = Period::new(ym("2025-04"), ym("2026-03")).expect("year");
    let records = store.live_records(year).expect("live");
    let t = tally(&records);
    assert_eq!(t.records.values().sum::<u64>(), 700);
    for dim in dimensions() {
        let mut want: Vec<(YearMonth, String, u64)> = store
            .counts(year, Dimensions::new(&[dim]).expect("dim"))
            .expect("counts")
            .into_iter()
            .map(|r| (r.month, r.first, r.count))
            .collect();
        let mut got: Vec<(YearMonth, String, u64)> = t
            .one
            .iter()
            .filter(|(_, d, _, _)| *d == dim)
            .map(|(m, _, c, n)| (*m, c.clone(), *n))
            .collect();
        want.sort();
        got.sort();
        assert_eq!(got, want, "{dim}");
    }
    for (a, b) in [
        (Dimension::Concern, Dimension::Service),
        (Dimension::Nationality, Dimension::Region),
        (Dimension::AgeGroup, Dimension::ClientLanguage),
    ] {
        let mut want: Vec<_> = store
            .counts(year, Dimensions::new(&[a, b]).expect("dims"))
            .expect("counts")
            .into_iter()
            .map(|r| (r.month, r.first, r.second.expect("second"), r.count))
            .collect();
        let mut got: Vec<_> = t
            .two
            .iter()
            .filter(|(_, x, y, _, _, _)| (*x, *y) == (a, b))
            .map(|(m, _, _, p, q, n)| (*m, p.clone(), q.clone(), *n))
            .collect();
        want.sort();
        got.sort();
        assert_eq!(got, want, "{a} × {b}");
    }
}

#[test]
fn from_and_to_must_span_a_publication_period() {
    assert_eq!(
        fixed_period(ym("2025-04"), ym("2026-03")),
        Some(FixedPeriod::FiscalYear(2025))
    );
    assert_eq!(
        fixed_period(ym("2026-01"), ym("2026-03")),
        Some(FixedPeriod::Quarter {
            fiscal_year: 2025,
            quarter: 4
        })
    );
    assert_eq!(
        fixed_period(ym("2025-05"), ym("2025-05")),
        Some(FixedPeriod::Month(ym("2025-05")))
    );
    assert_eq!(fixed_period(ym("2025-05"), ym("2025-07")), None);
    assert_eq!(fixed_period(ym("2025-01"), ym("2025-12")), None);
}
