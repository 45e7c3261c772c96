//! Reliability (issue item 8): a writer killed with SIGKILL loses no saved record, two writers at
//! once lose nothing and never see "database is locked", and a damaged file opens read-only.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use madoguchi_core::{Mode, RecordId};
use madoguchi_store::synthetic::Synthetic;
use madoguchi_store::{OpenState, RecoveryReason, Store};

const SOAK: &str = env!("CARGO_BIN_EXE_madoguchi-store-soak");

fn ids(store: &Store) -> BTreeSet<RecordId> {
    store.ids(Mode::Live).expect("ids").into_iter().collect()
}

fn healthy(path: &Path) -> Store {
    let store = Store::open(path).expect("open");
    assert_eq!(store.state(), &OpenState::Healthy);
    store
        .quick_check()
        .expect("no lock error")
        .expect("quick_check passes");
    store
}

/// Starts a writer, lets it save until it has reported `after` ids, kills it with SIGKILL, and
/// returns every id it reported (each printed only after its save returned).
fn kill_writer_after(path: &Path, after: usize) -> Vec<RecordId> {
    let mut child = Command::new(SOAK)
        .args(["save", "--db"])
        .arg(path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn the soak writer");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    let mut reported = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(20);
    while reported.len() < after && Instant::now() < deadline {
        match lines.next() {
            Some(Ok(line)) => reported.push(RecordId::parse(&line).expect("an id")),
            _ => break,
        }
    }
    // `Child::kill` sends SIGKILL on Unix: no destructor, no checkpoint, no clean close.
    child.kill().expect("kill");
    // Ids the writer printed before it died are still in the pipe.
    for line in lines.map_while(Result::ok) {
        if let Ok(id) = RecordId::parse(&line) {
            reported.push(id);
        }
    }
    let status = child.wait().expect("wait");
    assert!(!status.success(), "the writer was killed, not finished");
    assert!(reported.len() >= after, "the writer saved too few records");
    reported
}

#[test]
fn a_writer_killed_with_sigkill_loses_no_saved_record() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("log.db");
    let mut expected = BTreeSet::new();
    // Kill at different points; the WAL is left behind each time.
    for after in [1, 40, 150] {
        expected.extend(kill_writer_after(&path, after));
        let store = healthy(&path);
        let found = ids(&store);
        let missing: Vec<_> = expected.difference(&found).collect();
        assert!(missing.is_empty(), "saved but lost: {missing:?}");
    }
}

#[test]
fn two_writers_at_once_lose_nothing_and_are_never_locked_out() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("log.db");
    // Both start on a file that does not exist yet: they race to create and migrate it too.
    let spawn = || {
        Command::new(SOAK)
            .args(["save", "--count", "150", "--db"])
            .arg(&path)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn")
    };
    let (a, b) = (spawn(), spawn());
    let mut reported = BTreeSet::new();
    for child in [a, b] {
        let out = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "a writer failed: {stderr}");
        assert!(!stderr.contains("locked"), "{stderr}");
        for line in String::from_utf8_lossy(&out.stdout).lines() {
            reported.insert(RecordId::parse(line).expect("an id"));
        }
    }
    assert_eq!(reported.len(), 300);
    assert_eq!(ids(&healthy(&path)), reported);
}

fn filled(path: &Path, records: usize) {
    let mut store = Store::open(path).expect("open");
    let mut gen = Synthetic::new(1);
    let day = chrono::NaiveDate::from_ymd_opt(2025, 3, 1).expect("day");
    let batch: Vec<_> = (0..records)
        .map(|_| gen.record(Mode::Live, day, day))
        .collect();
    store.save_all(&batch).expect("save");
}

fn assert_recovery(path: &Path) -> RecoveryReason {
    let before = std::fs::read(path).expect("read");
    let mut store = Store::open(path).expect("a damaged file still opens");
    let reason = match store.state() {
        OpenState::ReadOnlyRecovery { reason } => reason.clone(),
        OpenState::Healthy => panic!("{}: damaged file opened as healthy", path.display()),
    };
    // Nothing can be written, and nothing was.
    let mut gen = Synthetic::new(2);
    let day = chrono::NaiveDate::from_ymd_opt(2025, 3, 1).expect("day");
    let err = store
        .save(&gen.record(Mode::Live, day, day))
        .expect_err("saving into a damaged file");
    assert!(err.to_string().contains("read-only"), "{err}");
    assert!(
        err.to_string().contains(&path.display().to_string()),
        "{err}"
    );
    drop(store);
    assert_eq!(
        std::fs::read(path).expect("read"),
        before,
        "the file was changed"
    );
    reason
}

#[test]
fn a_truncated_file_opens_read_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("log.db");
    filled(&path, 2_000);
    let len = std::fs::metadata(&path).expect("meta").len();
    assert!(len > 100_000, "the log spans many pages");
    let f = std::fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .expect("open");
    f.set_len(len / 2).expect("truncate");
    drop(f);
    let reason = assert_recovery(&path);
    assert!(matches!(reason, RecoveryReason::Damaged(_)), "{reason}");
}

#[test]
fn a_garbage_file_opens_read_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("log.db");
    let mut gen = Synthetic::new(3);
    let garbage: Vec<u8> = (0..16_384).map(|_| gen.next_u64() as u8).collect();
    std::fs::write(&path, garbage).expect("write");
    let reason = assert_recovery(&path);
    assert!(matches!(reason, RecoveryReason::Damaged(_)), "{reason}");
}

#[test]
fn a_file_with_a_damaged_page_opens_read_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("log.db");
    filled(&path, 2_000);
    let mut bytes = std::fs::read(&path).expect("read");
    // Scribble over the middle of the file, past the header and the schema page.
    let mid = bytes.len() / 2;
    for b in &mut bytes[mid..mid + 3000] {
        *b = 0x5A;
    }
    std::fs::write(&path, bytes).expect("write");
    let reason = assert_recovery(&path);
    assert!(matches!(reason, RecoveryReason::Damaged(_)), "{reason}");
}

#[test]
fn another_programs_database_is_not_touched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("other.db");
    let conn = rusqlite::Connection::open(&path).expect("create");
    conn.execute_batch("CREATE TABLE contacts (name TEXT, phone TEXT);")
        .expect("schema");
    drop(conn);
    assert_eq!(assert_recovery(&path), RecoveryReason::NotALog);
}

#[test]
fn a_log_from_a_newer_version_is_not_touched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("log.db");
    filled(&path, 10);
    let conn = rusqlite::Connection::open(&path).expect("open");
    conn.pragma_update(None, "user_version", 99)
        .expect("version");
    drop(conn);
    assert!(matches!(
        assert_recovery(&path),
        RecoveryReason::NewerSchema { found: 99, .. }
    ));
}

#[test]
fn an_empty_file_is_a_problem_not_a_new_log() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("log.db");
    std::fs::write(&path, b"").expect("write");
    assert_eq!(assert_recovery(&path), RecoveryReason::Empty);
}

#[test]
fn a_missing_directory_is_an_error_naming_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("no/such/dir/log.db");
    let err = Store::open(&path).expect_err("no directory");
    assert!(err.to_string().contains("no/such/dir/log.db"), "{err}");
}
