//! A damaged log is never written (issue 14 §1): a WAL or journal that is not the log's own is
//! moved aside, never replayed; an empty file is not made into a new log; a log that cannot be
//! written here says so. Every case compares the file's SHA-256 before and after.

use std::path::{Path, PathBuf};

use madoguchi_core::{Mode, RecordId};
use madoguchi_store::synthetic::Synthetic;
use madoguchi_store::{ForeignReason, OpenState, RecoveryReason, SidecarKind, Store};
use sha2::{Digest, Sha256};

fn sha256(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().expect("name").to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

fn save(store: &mut Store, seed: u64, n: usize) -> Vec<RecordId> {
    let mut gen = Synthetic::new(seed);
    let day = chrono::NaiveDate::from_ymd_opt(2025, 3, 1).expect("day");
    let batch: Vec<_> = (0..n).map(|_| gen.record(Mode::Live, day, day)).collect();
    store.save_all(&batch).expect("save");
    batch.iter().map(|r| r.id()).collect()
}

/// A closed log holding `n` records (its WAL checkpointed away).
fn log_with(path: &Path, seed: u64, n: usize) -> Vec<RecordId> {
    let mut store = Store::open(path).expect("open");
    let mut ids = save(&mut store, seed, n);
    ids.sort();
    ids
}

/// Another real log, written in WAL mode, whose `-wal` is copied while its writer still holds
/// it open (so it is not checkpointed away): what a folder moved between desks leaves behind.
fn foreign_wal(dir: &Path, records_after_open: usize) -> Vec<u8> {
    let other = dir.join("other.sqlite3");
    let mut store = Store::open(&other).expect("open the other log");
    save(&mut store, 99, records_after_open);
    let wal = std::fs::read(beside(&other, "-wal")).expect("the other log's WAL");
    assert!(wal.len() > 32, "the WAL holds frames");
    wal
}

fn set_aside_files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.to_string_lossy().contains(".set-aside-"))
        .collect();
    out.sort();
    out
}

fn live_ids(store: &Store) -> Vec<RecordId> {
    store.ids(Mode::Live).expect("ids")
}

#[test]
fn a_wal_of_another_log_is_moved_aside_not_written_into_the_log() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("madoguchi.sqlite3");
    let own = log_with(&path, 1, 300);
    let wal = foreign_wal(dir.path(), 40);
    let wal_path = beside(&path, "-wal");
    std::fs::write(&wal_path, &wal).expect("copy the WAL beside the log");
    let before = sha256(&path);

    let store = Store::open(&path).expect("open");
    assert_eq!(store.state(), &OpenState::Healthy);
    assert_eq!(live_ids(&store), own, "the log holds its own records only");
    let moved = store.set_aside();
    assert_eq!(moved.len(), 1, "{moved:?}");
    assert_eq!(moved[0].kind, SidecarKind::Wal);
    assert_eq!(moved[0].from, wal_path);
    assert!(
        matches!(moved[0].why, ForeignReason::NotThisLog(_)),
        "{:?}",
        moved[0].why
    );
    // Moved next to the log, whole, with the time in its name; never deleted.
    assert_eq!(moved[0].to.parent(), path.parent());
    assert!(moved[0]
        .to
        .to_string_lossy()
        .contains("madoguchi.sqlite3-wal.set-aside-"));
    assert_eq!(std::fs::read(&moved[0].to).expect("moved WAL"), wal);
    drop(store);
    assert_eq!(sha256(&path), before, "the log was written");
}

#[test]
fn a_wal_holding_a_whole_other_log_is_not_taken_for_this_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("madoguchi.sqlite3");
    let own = log_with(&path, 1, 3000);
    // The other log is made and filled through one open connection: every page it has is in
    // its WAL, the file beside holding only its empty schema.
    let wal = foreign_wal(dir.path(), 5);
    std::fs::write(beside(&path, "-wal"), &wal).expect("copy the WAL");
    let size = std::fs::metadata(&path).expect("size").len();
    let before = sha256(&path);

    let store = Store::open(&path).expect("open");
    assert_eq!(store.state(), &OpenState::Healthy);
    assert_eq!(store.set_aside().len(), 1);
    assert_eq!(live_ids(&store), own);
    drop(store);
    assert_eq!(sha256(&path), before);
    assert_eq!(std::fs::metadata(&path).expect("size").len(), size);
}

#[test]
fn the_logs_own_wal_after_a_crash_is_read_in() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("madoguchi.sqlite3");
    let mut ids = log_with(&path, 1, 50);
    // A writer that never closes: its last saves are only in the WAL.
    let mut store = Store::open(&path).expect("open");
    ids.extend(save(&mut store, 2, 20));
    ids.sort();
    let wal = std::fs::read(beside(&path, "-wal")).expect("WAL");
    let copy = dir.path().join("copy.sqlite3");
    std::fs::copy(&path, &copy).expect("copy the log");
    std::fs::write(beside(&copy, "-wal"), wal).expect("and its WAL");
    drop(store);

    let store = Store::open(&copy).expect("open");
    assert_eq!(store.state(), &OpenState::Healthy);
    assert!(store.set_aside().is_empty(), "{:?}", store.set_aside());
    assert_eq!(live_ids(&store), ids, "no saved record lost");
}

#[test]
fn a_wal_that_is_not_a_wal_or_of_another_page_size_is_moved_aside() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("madoguchi.sqlite3");
    let own = log_with(&path, 1, 20);
    let before = sha256(&path);
    for (bytes, expected) in [
        (
            b"garbage that only sits where a WAL would".to_vec(),
            "header",
        ),
        (
            {
                // A valid WAL header for 1024-byte pages (the log has 4096).
                let mut h = Vec::new();
                for v in [0x377f_0682u32, 3_007_000, 1024, 0, 7, 9] {
                    h.extend_from_slice(&v.to_be_bytes());
                }
                let (mut s1, mut s2) = (0u32, 0u32);
                for pair in h.chunks_exact(8) {
                    let w = |b: &[u8]| u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
                    s1 = s1.wrapping_add(w(&pair[..4])).wrapping_add(s2);
                    s2 = s2.wrapping_add(w(&pair[4..])).wrapping_add(s1);
                }
                h.extend_from_slice(&s1.to_be_bytes());
                h.extend_from_slice(&s2.to_be_bytes());
                h.extend_from_slice(&[0; 1048]);
                h
            },
            "page size",
        ),
    ] {
        std::fs::write(beside(&path, "-wal"), &bytes).expect("write");
        let store = Store::open(&path).expect("open");
        assert_eq!(store.state(), &OpenState::Healthy);
        let moved = store.set_aside();
        assert_eq!(moved.len(), 1);
        assert!(
            moved[0].why.to_string().contains(expected),
            "{}",
            moved[0].why
        );
        assert_eq!(std::fs::read(&moved[0].to).expect("moved"), bytes);
        assert_eq!(live_ids(&store), own);
        drop(store);
        assert_eq!(sha256(&path), before);
    }
    assert_eq!(set_aside_files(dir.path()).len(), 2);
}

/// A hot journal of another database: SQLite would roll the log "back" to that database's pages.
#[test]
fn a_journal_of_another_database_is_moved_aside_not_rolled_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("madoguchi.sqlite3");
    let own = log_with(&path, 1, 200);
    let before = sha256(&path);
    // A real hot journal: a rollback-mode database killed in the middle of a transaction is
    // what leaves one; a copy taken while the transaction is open is the same bytes.
    let other = dir.path().join("other.db");
    let conn = rusqlite::Connection::open(&other).expect("other");
    conn.execute_batch(
        "PRAGMA journal_mode = DELETE; PRAGMA page_size = 4096; \
         CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('other'); \
         PRAGMA cache_size = 1; BEGIN; \
         INSERT INTO t SELECT hex(randomblob(2000)) FROM (WITH RECURSIVE n(i) AS \
         (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) SELECT i FROM n);",
    )
    .expect("a transaction under way");
    let journal = std::fs::read(beside(&other, "-journal")).expect("journal");
    conn.execute_batch("ROLLBACK").expect("rollback");
    assert!(journal.len() > 512, "a hot journal has a header and pages");
    std::fs::write(beside(&path, "-journal"), &journal).expect("copy the journal");

    let store = Store::open(&path).expect("open");
    assert_eq!(store.state(), &OpenState::Healthy);
    let moved = store.set_aside();
    assert_eq!(moved.len(), 1);
    assert_eq!(moved[0].kind, SidecarKind::Journal);
    assert_eq!(moved[0].why, ForeignReason::Journal);
    assert_eq!(std::fs::read(&moved[0].to).expect("moved"), journal);
    assert_eq!(live_ids(&store), own);
    drop(store);
    assert_eq!(sha256(&path), before);
    assert!(!beside(&path, "-journal").exists());
}

#[test]
fn an_empty_file_where_the_log_was_is_not_made_into_a_new_log() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("madoguchi.sqlite3");
    std::fs::write(&path, b"").expect("an empty file");
    // Its WAL may hold the records: SQLite deletes the WAL of an empty database.
    let wal = foreign_wal(dir.path(), 10);
    std::fs::write(beside(&path, "-wal"), &wal).expect("copy the WAL");

    let mut store = Store::open(&path).expect("opens");
    assert_eq!(
        store.state(),
        &OpenState::ReadOnlyRecovery {
            reason: RecoveryReason::Empty
        }
    );
    let mut gen = Synthetic::new(3);
    let day = chrono::NaiveDate::from_ymd_opt(2025, 3, 1).expect("day");
    let err = store
        .save(&gen.record(Mode::Live, day, day))
        .expect_err("nothing is saved");
    assert!(err.to_string().contains("read-only"), "{err}");
    drop(store);
    assert_eq!(std::fs::metadata(&path).expect("file").len(), 0);
    assert_eq!(std::fs::read(beside(&path, "-wal")).expect("WAL kept"), wal);
}

#[test]
fn a_wal_without_its_log_is_kept_aside_before_a_new_log_is_made() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("madoguchi.sqlite3");
    let wal = foreign_wal(dir.path(), 10);
    std::fs::write(beside(&path, "-wal"), &wal).expect("a WAL alone");
    let store = Store::open(&path).expect("open");
    assert_eq!(store.state(), &OpenState::Healthy);
    assert_eq!(store.set_aside().len(), 1);
    assert_eq!(store.set_aside()[0].why, ForeignReason::NoLog);
    assert_eq!(std::fs::read(&store.set_aside()[0].to).expect("kept"), wal);
    assert_eq!(store.count(Mode::Live).expect("count"), 0);
}

#[test]
fn a_read_only_log_says_it_cannot_be_written_not_that_it_is_damaged() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("madoguchi.sqlite3");
    let own = log_with(&path, 1, 30);
    let mut perms = std::fs::metadata(&path).expect("meta").permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&path, perms).expect("read-only file");
    let before = sha256(&path);

    let store = Store::open(&path).expect("opens");
    match store.state() {
        OpenState::ReadOnlyRecovery {
            reason: RecoveryReason::CannotWrite(detail),
        } => assert!(detail.contains("madoguchi.sqlite3"), "{detail}"),
        other => panic!("expected cannot-write, got {other:?}"),
    }
    // What is in it can still be read.
    assert_eq!(live_ids(&store), own);
    drop(store);
    assert_eq!(sha256(&path), before);
}

#[test]
fn a_new_log_that_cannot_be_made_says_cannot_write_here() {
    let dir = tempfile::tempdir().expect("tempdir");
    let err = Store::open(dir.path().join("missing/madoguchi.sqlite3")).expect_err("no folder");
    assert!(
        matches!(err, madoguchi_store::StoreError::CannotWrite { .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("cannot write here"), "{err}");
}

/// The WAL of a writer that is still saving is its own: opening the log meanwhile, again and
/// again, never moves it aside, and no saved record is lost.
#[test]
fn the_wal_of_a_writer_still_saving_is_never_moved_aside() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};

    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("madoguchi.sqlite3");
    log_with(&path, 1, 100);
    let mut writer = Command::new(env!("CARGO_BIN_EXE_madoguchi-store-soak"))
        .args(["save", "--db"])
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn the writer");
    let mut lines = BufReader::new(writer.stdout.take().expect("stdout")).lines();
    let mut saved = Vec::new();
    for _ in 0..20 {
        saved.push(lines.next().expect("an id").expect("a line"));
    }
    for _ in 0..25 {
        let store = Store::open(&path).expect("open while the writer saves");
        assert_eq!(store.state(), &OpenState::Healthy);
        assert!(store.set_aside().is_empty(), "{:?}", store.set_aside());
        drop(store);
        saved.push(lines.next().expect("the writer goes on").expect("a line"));
    }
    writer.kill().expect("kill");
    saved.extend(lines.map_while(Result::ok));
    writer.wait().expect("wait");
    assert!(set_aside_files(dir.path()).is_empty());
    let store = Store::open(&path).expect("open");
    let found = live_ids(&store);
    for id in &saved {
        let id = RecordId::parse(id).expect("an id");
        assert!(found.contains(&id), "saved but lost: {id:?}");
    }
}
