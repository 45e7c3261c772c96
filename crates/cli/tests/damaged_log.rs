//! A damaged log is never written, through the CLI (issue 14 §1): `madoguchi report --db` on a
//! log with another log's WAL beside it, another database's hot journal, an empty file, or a
//! folder it cannot write. The log's SHA-256 is compared before and after each run.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use chrono::NaiveDate;
use madoguchi_core::Mode;
use madoguchi_store::synthetic::Synthetic;
use madoguchi_store::Store;
use predicates::prelude::*;
use sha2::{Digest, Sha256};

fn madoguchi() -> Command {
    Command::cargo_bin("madoguchi").expect("binary built")
}

fn sha256(path: &Path) -> String {
    Sha256::digest(std::fs::read(path).expect("read"))
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().expect("name").to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

fn fill(store: &mut Store, seed: u64, n: usize) {
    let mut gen = Synthetic::new(seed);
    let (from, to) = (
        NaiveDate::from_ymd_opt(2025, 1, 1).expect("day"),
        NaiveDate::from_ymd_opt(2025, 12, 31).expect("day"),
    );
    let records: Vec<_> = (0..n).map(|_| gen.record(Mode::Live, from, to)).collect();
    store.save_all(&records).expect("save");
}

/// A closed log of `n` live records in 2025, in `dir`.
fn log_in(dir: &Path, n: usize) -> PathBuf {
    let path = dir.join("madoguchi.sqlite3");
    fill(&mut Store::open(&path).expect("open"), 1, n);
    path
}

fn report(db: &Path) -> assert_cmd::assert::Assert {
    madoguchi()
        .args(["report", "--db", db.to_str().expect("utf-8")])
        .args(["--period", "FY2025", "--by", "gender", "--json"])
        .assert()
}

fn stdout(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stdout).into_owned()
}

#[test]
fn a_wal_of_another_log_is_moved_aside_and_the_report_is_this_logs() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = log_in(dir.path(), 3000);
    let expected = stdout(&report(&db).success());
    // Another desk's log, its WAL copied while its writer still holds it open.
    let other = dir.path().join("other.sqlite3");
    let mut writer = Store::open(&other).expect("other");
    fill(&mut writer, 7, 60);
    let wal = std::fs::read(beside(&other, "-wal")).expect("the other log's WAL");
    std::fs::write(beside(&db, "-wal"), &wal).expect("copy it beside the log");
    let (before, size) = (sha256(&db), std::fs::metadata(&db).expect("meta").len());

    let run = report(&db).success().stderr(
        predicate::str::contains("madoguchi.sqlite3-wal")
            .and(predicate::str::contains("moved aside, unread, to"))
            .and(predicate::str::contains(".set-aside-")),
    );
    assert_eq!(stdout(&run), expected, "the report is of this log alone");
    assert_eq!(sha256(&db), before, "the log was written");
    assert_eq!(std::fs::metadata(&db).expect("meta").len(), size);
    let moved: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            p.to_string_lossy()
                .contains("madoguchi.sqlite3-wal.set-aside-")
        })
        .collect();
    assert_eq!(moved.len(), 1, "{moved:?}");
    assert_eq!(std::fs::read(&moved[0]).expect("kept"), wal);
    drop(writer);
}

#[test]
fn a_hot_journal_of_another_database_is_moved_aside() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = log_in(dir.path(), 500);
    let expected = stdout(&report(&db).success());
    let other = dir.path().join("other.db");
    let conn = rusqlite::Connection::open(&other).expect("other");
    conn.execute_batch(
        "PRAGMA journal_mode = DELETE; CREATE TABLE t (x TEXT); PRAGMA cache_size = 1; BEGIN; \
         INSERT INTO t SELECT hex(randomblob(2000)) FROM (WITH RECURSIVE n(i) AS \
         (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) SELECT i FROM n);",
    )
    .expect("a transaction under way");
    let journal = std::fs::read(beside(&other, "-journal")).expect("hot journal");
    std::fs::write(beside(&db, "-journal"), &journal).expect("copy");
    let before = sha256(&db);

    let run = report(&db)
        .success()
        .stderr(predicate::str::contains("madoguchi.sqlite3-journal"));
    assert_eq!(stdout(&run), expected);
    assert_eq!(sha256(&db), before);
    assert!(!beside(&db, "-journal").exists());
}

#[test]
fn an_empty_log_file_is_reported_not_made_into_a_new_log() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("madoguchi.sqlite3");
    std::fs::write(&db, b"").expect("empty");
    report(&db)
        .code(1)
        .stderr(predicate::str::contains("empty").and(predicate::str::contains("read-only")));
    assert_eq!(std::fs::metadata(&db).expect("meta").len(), 0);
    assert!(!beside(&db, "-wal").exists());
}

#[test]
fn a_log_in_a_folder_that_cannot_be_written_says_so_not_damaged() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path().join("desk");
    std::fs::create_dir(&folder).expect("folder");
    let db = log_in(&folder, 100);
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    let before = sha256(&db);

    // Root may write anywhere: the run drops to an unprivileged user, as a desk's account is.
    let root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    let bin = assert_cmd::cargo::cargo_bin("madoguchi");
    let mut cmd = if root {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(bin);
        c
    } else {
        Command::new(bin)
    };
    cmd.args(["report", "--db", db.to_str().expect("utf-8")])
        .args(["--month", "2025-03", "--by", "gender"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("cannot write here")
                .and(predicate::str::contains("damaged").not()),
        );
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    assert_eq!(sha256(&db), before);
}
