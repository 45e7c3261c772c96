//! The Records screen's list and the Settings screen's purge preview.

use chrono::NaiveDate;
use madoguchi_core::{Mode, Record};
use madoguchi_store::synthetic::Synthetic;
use madoguchi_store::{PurgeShown, Retention, Store, StoreError};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("date")
}

fn store_with(live: usize, training: usize) -> (tempfile::TempDir, Store, Vec<Record>) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path().join("log.db")).expect("open");
    let mut gen = Synthetic::new(7);
    let (from, to) = (d(2024, 1, 1), d(2026, 10, 31));
    let live: Vec<Record> = (0..live)
        .map(|_| gen.record(Mode::Live, from, to))
        .collect();
    let training: Vec<Record> = (0..training)
        .map(|_| gen.record(Mode::Training, from, to))
        .collect();
    store.save_all(&live).expect("save live");
    store.save_all(&training).expect("save training");
    (dir, store, live)
}

#[test]
fn recent_records_are_newest_first_paged_and_complete() {
    let (_dir, store, live) = store_with(53, 11);
    let mut expected = live.clone();
    expected.sort_by_key(|r| std::cmp::Reverse((r.month(), r.id().to_hex())));
    let mut pages = Vec::new();
    for page in 0.. {
        let got = store.recent_records(page, 10, Mode::Live).expect("page");
        assert!(got.len() <= 10);
        if got.is_empty() {
            break;
        }
        pages.extend(got);
    }
    assert_eq!(pages.len() as u64, store.count(Mode::Live).expect("count"));
    // The same records as saved, whole (referrals included), in the documented order.
    assert_eq!(pages, expected);
    for w in pages.windows(2) {
        assert!(w[0].month() >= w[1].month(), "newest first");
    }
    // The order is stable: asking again gives the same page.
    assert_eq!(
        store.recent_records(2, 10, Mode::Live).expect("again"),
        expected[20..30].to_vec()
    );
}

#[test]
fn recent_records_keep_live_and_training_apart_and_handle_edges() {
    let (_dir, store, live) = store_with(5, 4);
    let training = store.recent_records(0, 100, Mode::Training).expect("t");
    assert_eq!(training.len(), 4);
    assert!(training.iter().all(|r| r.mode() == Mode::Training));
    let all_live = store.recent_records(0, 100, Mode::Live).expect("l");
    assert_eq!(all_live.len(), live.len());
    assert!(all_live.iter().all(|r| r.mode() == Mode::Live));
    assert!(store
        .recent_records(1, 100, Mode::Live)
        .expect("past")
        .is_empty());
    assert!(store
        .recent_records(0, 0, Mode::Live)
        .expect("zero")
        .is_empty());
    assert!(store
        .recent_records(usize::MAX, usize::MAX, Mode::Live)
        .expect("overflow")
        .is_empty());
}

#[test]
fn purge_preview_counts_what_purge_deletes_and_deletes_nothing() {
    let (_dir, mut store, _live) = store_with(40, 10);
    let today = d(2026, 11, 26);
    let retention = Retention::Years(2);
    let before = store.count(Mode::Live).expect("count") + store.count(Mode::Training).expect("c");
    let preview = store.purge_preview(today, retention).expect("preview");
    assert!(preview.dry_run);
    assert!(
        preview.records > 0,
        "some synthetic records are older than 2 years"
    );
    let after = store.count(Mode::Live).expect("count") + store.count(Mode::Training).expect("c");
    assert_eq!(before, after, "a preview deletes nothing");
    let dry = store.purge(today, retention, true).expect("dry run");
    assert_eq!(dry, preview);
    let done = store.purge(today, retention, false).expect("purge");
    assert_eq!(done.records, preview.records);
    assert_eq!(done.training_results, preview.training_results);
    assert_eq!(done.cutoff, preview.cutoff);
    let left = store.count(Mode::Live).expect("count") + store.count(Mode::Training).expect("c");
    assert_eq!(left, before - preview.records);
    assert_eq!(
        store
            .purge_preview(today, retention)
            .expect("again")
            .records,
        0
    );
}

fn all_records(store: &Store) -> u64 {
    store.count(Mode::Live).expect("count") + store.count(Mode::Training).expect("count")
}

#[test]
fn a_confirmed_purge_deletes_what_was_shown_or_nothing() {
    let (_dir, mut store, _live) = store_with(40, 10);
    // The last day of a month: retention counts months, so the cutoff moves at midnight.
    let today = d(2026, 11, 30);
    let retention = Retention::Years(2);
    let first_kept = retention.cutoff(today);
    let mut gen = Synthetic::new(99);
    // A record of the first kept month: a purge one day later, in the next month, takes it.
    store
        .save_all(&[gen.record(Mode::Live, first_kept, first_kept)])
        .expect("save");
    let shown = PurgeShown::from(store.purge_preview(today, retention).expect("preview"));
    let total = all_records(&store);

    // Midnight (and the month) passed between reading the preview and pressing Yes.
    let tomorrow = today.succ_opt().expect("date");
    match store.purge_as_shown(tomorrow, retention, shown) {
        Err(StoreError::PurgeChanged { shown: s, now, .. }) => {
            assert_eq!(s, shown);
            assert_eq!(now.cutoff, retention.cutoff(tomorrow));
            assert!(
                now.records > shown.records,
                "the month turned: more to purge"
            );
        }
        other => panic!("expected PurgeChanged, got {other:?}"),
    }
    assert_eq!(
        all_records(&store),
        total,
        "a changed purge deletes nothing"
    );

    // Another program saved an old record after the preview.
    store
        .save_all(&[gen.record(Mode::Live, d(2024, 1, 2), d(2024, 1, 2))])
        .expect("save");
    let err = store
        .purge_as_shown(today, retention, shown)
        .expect_err("one more record than shown");
    assert!(
        err.to_string().contains("nothing deleted"),
        "the message says nothing was deleted: {err}"
    );
    assert_eq!(all_records(&store), total + 1);
    assert!(
        store
            .audit()
            .expect("audit")
            .iter()
            .all(|a| a.action != "purge"),
        "a refused purge is not audited as done"
    );

    // Shown the new preview, the purge deletes exactly that.
    let shown = PurgeShown::from(store.purge_preview(today, retention).expect("preview"));
    let done = store
        .purge_as_shown(today, retention, shown)
        .expect("purge as shown");
    assert_eq!(PurgeShown::from(done), shown);
    assert_eq!(all_records(&store), total + 1 - shown.records);
}

#[test]
fn live_month_range_spans_live_records_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path().join("log.db")).expect("open");
    assert_eq!(store.live_month_range().expect("empty"), None);
    let mut gen = Synthetic::new(11);
    let live: Vec<Record> = (0..30)
        .map(|_| gen.record(Mode::Live, d(2025, 3, 1), d(2025, 9, 30)))
        .collect();
    // Training records outside the live span must not widen it.
    let training: Vec<Record> = (0..5)
        .map(|_| gen.record(Mode::Training, d(2024, 1, 1), d(2024, 1, 31)))
        .collect();
    store.save_all(&live).expect("save live");
    store.save_all(&training).expect("save training");
    let first = live.iter().map(Record::month).min().expect("some");
    let last = live.iter().map(Record::month).max().expect("some");
    assert_eq!(
        store.live_month_range().expect("range"),
        Some((first, last))
    );
}
