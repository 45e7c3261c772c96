use std::path::{Path, PathBuf};
use std::time::Duration;

use madoguchi_core::{
    AgeGroup, Concern, DeskLabel, Gender, LanguageTag, Mode, Nationality, Outcome, Priority,
    Record, RecordId, RecordParts, RecordedReferral, Region, Residence, ServiceId, YearMonth,
};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};

use crate::error::{Context, RecoveryReason, StoreError};
use crate::schema::{APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION};
use crate::sidecar::{
    beside, inspect_wal, journal_path, move_aside, shm_path, stamp, wal_path, ForeignReason,
    SetAside, SidecarKind, WalBytes,
};

/// How long a connection waits for another one (another process saving, say) before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(15);

/// How the log was opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenState {
    /// Integrity check passed; saving works.
    Healthy,
    /// The file failed the checks and is open read-only: nothing will be written to it, and
    /// nothing is overwritten. The app shows a recovery screen.
    ReadOnlyRecovery { reason: RecoveryReason },
}

/// The referral log: one SQLite file.
#[derive(Debug)]
pub struct Store {
    pub(crate) conn: Connection,
    pub(crate) path: PathBuf,
    state: OpenState,
    set_aside: Vec<SetAside>,
}

const INSERT_RECORD: &str = "INSERT INTO record (mode, month, id, desk, staff_lang, client_lang, \
     interpreter, age_group, gender, nationality, region, residence, \
     concern_trafficking_sexual, concern_trafficking_labour, concern_sexual_violence, \
     concern_child_abuse, concern_child_sexual_exploitation, concern_online_sexual_images, \
     concern_domestic_violence, concern_labour_problem, concern_residence_problem, \
     concern_discrimination, concern_other, danger, outcome, handover_consent) \
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, \
     ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26)";

const INSERT_REFERRAL: &str = "INSERT INTO referral (mode, month, record_id, position, service, \
     priority) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

impl Store {
    /// Opens the log at `path`, creating it only if no file is there, and brings its schema up to
    /// date.
    ///
    /// An existing file is first opened read-only, and nothing may write to it before it has
    /// passed every check: a `-journal` beside it, or a `-wal` that cannot be shown to be its
    /// own, is moved aside ([`Store::set_aside`]) before SQLite could read it in; a file that
    /// fails the integrity check, is empty, is not a Madoguchi log, has a newer schema or cannot
    /// be written here stays read-only ([`OpenState::ReadOnlyRecovery`]) and is never migrated,
    /// repaired or overwritten.
    ///
    /// Errors only when there is no log and none can be made here, or the file cannot be read.
    pub fn open(path: impl AsRef<Path>) -> Result<Store, StoreError> {
        let path = path.as_ref().to_path_buf();
        match std::fs::metadata(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Store::create(path),
            Err(e) => Err(StoreError::Io {
                path,
                op: "read the log",
                source: e,
            }),
            // A file of no bytes where a log is kept is a log that lost its content, not a new
            // one: only a missing file is ever created. SQLite is not let near it either (it
            // deletes the WAL of an empty database, and the WAL may hold the records).
            Ok(meta) if meta.len() == 0 => Store::empty(path),
            Ok(_) => Store::open_existing(path, Vec::new()),
        }
    }

    /// A new log, made complete under a temporary name and then linked into place, so that no
    /// other process ever sees a half-made file (or an empty one) at the log's path.
    fn create(path: PathBuf) -> Result<Store, StoreError> {
        let dir = parent(&path);
        if let Err(e) = probe_writable(dir) {
            return Err(StoreError::CannotWrite {
                path,
                detail: e.to_string(),
            });
        }
        // A WAL or journal without its database belongs to nothing here: SQLite would delete the
        // WAL of a new file, so it is kept aside.
        let set_aside = set_aside_orphans(&path)?;
        let tmp = beside(&path, &format!(".new-{}", std::process::id()));
        let made = Store::make_new(&tmp);
        let linked = made.and_then(|()| match std::fs::hard_link(&tmp, &path) {
            Ok(()) => Ok(()),
            // Another process made the log meanwhile: use theirs.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
            Err(e) => Err(StoreError::Io {
                path: path.clone(),
                op: "put the new log in place",
                source: e,
            }),
        });
        for leftover in [tmp.clone(), wal_path(&tmp), shm_path(&tmp)] {
            let _ = std::fs::remove_file(leftover);
        }
        linked?;
        Store::open_existing(path, set_aside)
    }

    /// Makes a complete, empty, migrated log at `tmp` and closes it (its WAL checkpointed away).
    fn make_new(tmp: &Path) -> Result<(), StoreError> {
        let _ = std::fs::remove_file(tmp);
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(tmp, flags).ctx(tmp, "make a new log")?;
        let mode: String = conn
            .pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))
            .ctx(tmp, "switch to WAL")?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::NotWal {
                path: tmp.to_path_buf(),
                mode,
            });
        }
        conn.pragma_update(None, "synchronous", "FULL")
            .ctx(tmp, "set the connection's pragmas")?;
        MIGRATIONS
            .to_latest(&mut conn)
            .map_err(|source| StoreError::Migrate {
                path: tmp.to_path_buf(),
                source,
            })?;
        conn.close()
            .map_err(|(_, e)| e)
            .ctx(tmp, "close the new log")
    }

    /// An empty file at the log's path: read-only, with nothing to read, and the file untouched.
    fn empty(path: PathBuf) -> Result<Store, StoreError> {
        let conn = Connection::open_in_memory().ctx(&path, "open the log read-only")?;
        let _ = conn.pragma_update(None, "query_only", "ON");
        Ok(Store {
            conn,
            path,
            state: OpenState::ReadOnlyRecovery {
                reason: RecoveryReason::Empty,
            },
            set_aside: Vec::new(),
        })
    }

    /// An existing, non-empty file: checked read-only first, written only once it passed.
    fn open_existing(path: PathBuf, mut set_aside: Vec<SetAside>) -> Result<Store, StoreError> {
        if let Err(detail) = writable_here(&path) {
            let conn = open_immutable(&path)?;
            return Ok(Store::read_only(
                conn,
                path,
                RecoveryReason::CannotWrite(detail),
                set_aside,
            ));
        }
        // The file alone, as it is on disk: no journal or WAL read, no lock, nothing written.
        let file = open_immutable(&path)?;
        let page_size = match file.pragma_query_value(None, "page_size", |r| r.get::<_, i64>(0)) {
            Ok(size) => u32::try_from(size).unwrap_or(0),
            Err(e) => {
                return Ok(Store::read_only(
                    file,
                    path,
                    RecoveryReason::Damaged(e.to_string()),
                    set_aside,
                ))
            }
        };
        set_aside.extend(judge_sidecars(&path, &file, page_size)?);
        // The WAL is now absent, harmless or this log's own: read the whole log, still read-only.
        let reader = open_reader(&path)?;
        if let Err(reason) = retry_busy(|| health(&reader)).ctx(&path, "check the log")? {
            return Ok(Store::read_only(reader, path, reason, set_aside));
        }
        drop(reader);
        drop(file);
        Store::open_writable(path, set_aside)
    }

    /// The read-write connection, once every check passed.
    fn open_writable(path: PathBuf, set_aside: Vec<SetAside>) -> Result<Store, StoreError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(&path, flags).ctx(&path, "open the log")?;
        conn.busy_timeout(BUSY_TIMEOUT)
            .ctx(&path, "set the busy timeout")?;
        // Switching to WAL takes an exclusive lock for a moment and, unlike other statements,
        // can fail at once with SQLITE_BUSY when another process is opening the same file.
        let mode: String = retry_busy(|| {
            let current: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0))?;
            if current.eq_ignore_ascii_case("wal") {
                return Ok(current);
            }
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))
        })
        .ctx(&path, "switch to WAL")?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::NotWal { path, mode });
        }
        for (pragma, value) in [
            ("synchronous", "FULL"),
            ("foreign_keys", "ON"),
            ("secure_delete", "ON"),
        ] {
            conn.pragma_update(None, pragma, value)
                .ctx(&path, "set the connection's pragmas")?;
        }
        // Writers take the write lock up front, so the busy timeout covers every wait and no
        // transaction fails half-way with "database is locked".
        conn.set_transaction_behavior(TransactionBehavior::Immediate);
        if migrate(&mut conn, &path)? {
            // The migrated schema and the log's identity go into the file at once: a WAL left
            // by a crash right after an upgrade must not be the only place the identity is in.
            retry_busy(|| conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())))
                .ctx(&path, "checkpoint the migrated log")?;
        }
        Ok(Store {
            conn,
            path,
            state: OpenState::Healthy,
            set_aside,
        })
    }

    fn read_only(
        conn: Connection,
        path: PathBuf,
        reason: RecoveryReason,
        set_aside: Vec<SetAside>,
    ) -> Store {
        // A damaged file may refuse even this; it stays read-only either way.
        let _ = conn.pragma_update(None, "query_only", "ON");
        Store {
            conn,
            path,
            state: OpenState::ReadOnlyRecovery { reason },
            set_aside,
        }
    }

    /// The files found beside the log that were moved aside at open (none, usually): the app
    /// and the CLI say which, and where they are now.
    pub fn set_aside(&self) -> &[SetAside] {
        &self.set_aside
    }

    pub fn state(&self) -> &OpenState {
        &self.state
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub(crate) fn writable(&self, op: &'static str) -> Result<(), StoreError> {
        match &self.state {
            OpenState::Healthy => Ok(()),
            OpenState::ReadOnlyRecovery { reason } => Err(StoreError::ReadOnly {
                path: self.path.clone(),
                op,
                reason: reason.clone(),
            }),
        }
    }

    /// Saves one record durably: when this returns `Ok`, the record is on disk (WAL,
    /// `synchronous=FULL`).
    pub fn save(&mut self, record: &Record) -> Result<(), StoreError> {
        self.save_all(std::slice::from_ref(record))
    }

    /// Saves several records in one transaction (all or none).
    pub fn save_all(&mut self, records: &[Record]) -> Result<(), StoreError> {
        self.writable("save a record")?;
        let path = &self.path;
        let tx = self.conn.transaction().ctx(path, "begin saving")?;
        {
            let mut rec = tx
                .prepare_cached(INSERT_RECORD)
                .ctx(path, "save a record")?;
            let mut refs = tx
                .prepare_cached(INSERT_REFERRAL)
                .ctx(path, "save a record")?;
            for record in records {
                let p = record.parts();
                let mode = p.mode.as_str();
                let month = p.month.to_string();
                let id = p.id.to_hex();
                let c = |concern| p.concerns.contains(&concern);
                rec.execute(params![
                    mode,
                    month,
                    id,
                    p.desk.as_ref().map(DeskLabel::as_str),
                    p.staff_language.as_str(),
                    p.client_language.as_str(),
                    p.interpreter,
                    p.age_group.map(AgeGroup::as_str),
                    p.gender.map(Gender::as_str),
                    p.nationality.map(Nationality::as_str),
                    p.region.map(Region::as_str),
                    p.residence.map(Residence::as_str),
                    c(Concern::TraffickingSexual),
                    c(Concern::TraffickingLabour),
                    c(Concern::SexualViolence),
                    c(Concern::ChildAbuse),
                    c(Concern::ChildSexualExploitation),
                    c(Concern::OnlineSexualImages),
                    c(Concern::DomesticViolence),
                    c(Concern::LabourProblem),
                    c(Concern::ResidenceProblem),
                    c(Concern::Discrimination),
                    c(Concern::Other),
                    p.danger,
                    p.outcome.as_str(),
                    p.handover_consent,
                ])
                .ctx(path, "save a record")?;
                for (i, r) in p.referrals.iter().enumerate() {
                    refs.execute(params![
                        mode,
                        month,
                        id,
                        i as i64,
                        r.service.as_str(),
                        r.priority.as_str()
                    ])
                    .ctx(path, "save a record's referrals")?;
                }
            }
        }
        tx.commit().ctx(path, "commit the saved record")
    }

    /// The record with this id, if there is one. Scans the table (records are keyed by month,
    /// not id): for checks and tests, not for a hot path.
    pub fn record(&self, id: RecordId) -> Result<Option<Record>, StoreError> {
        let path = &self.path;
        let sql = format!("SELECT {RECORD_COLUMNS} FROM record WHERE id = ?1");
        let parts = self
            .conn
            .prepare_cached(&sql)
            .ctx(path, "read a record")?
            .query_row([id.to_hex()], read_parts)
            .optional()
            .ctx(path, "read a record")?;
        let Some(mut parts) = parts else {
            return Ok(None);
        };
        parts.referrals = self.referrals(&parts)?;
        Record::new(parts)
            .map(Some)
            .map_err(|e| StoreError::BadRow {
                path: path.clone(),
                detail: e.to_string(),
            })
    }

    fn referrals(&self, parts: &RecordParts) -> Result<Vec<RecordedReferral>, StoreError> {
        let path = &self.path;
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT service, priority FROM referral \
                 WHERE mode = ?1 AND month = ?2 AND record_id = ?3 ORDER BY position",
            )
            .ctx(path, "read a record's referrals")?;
        let rows = stmt
            .query_map(
                params![
                    parts.mode.as_str(),
                    parts.month.to_string(),
                    parts.id.to_hex()
                ],
                |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)),
            )
            .ctx(path, "read a record's referrals")?;
        let mut out = Vec::new();
        for row in rows {
            let (service, priority) = row.ctx(path, "read a record's referrals")?;
            let bad = |detail: String| StoreError::BadRow {
                path: path.clone(),
                detail,
            };
            out.push(RecordedReferral {
                service: ServiceId::parse(&service).map_err(|e| bad(e.to_string()))?,
                priority: Priority::ALL
                    .into_iter()
                    .find(|p| p.as_str() == priority)
                    .ok_or_else(|| bad(format!("priority `{priority}`")))?,
            });
        }
        Ok(out)
    }

    /// The ids of every record of `mode`, sorted (for tests and checks; not in saving order).
    pub fn ids(&self, mode: Mode) -> Result<Vec<RecordId>, StoreError> {
        let path = &self.path;
        let mut stmt = self
            .conn
            .prepare("SELECT id FROM record WHERE mode = ?1 ORDER BY id")
            .ctx(path, "list records")?;
        let rows = stmt
            .query_map([mode.as_str()], |row| row.get::<_, String>(0))
            .ctx(path, "list records")?;
        let mut out = Vec::new();
        for row in rows {
            let hex = row.ctx(path, "list records")?;
            out.push(RecordId::parse(&hex).map_err(|e| StoreError::BadRow {
                path: path.clone(),
                detail: e.to_string(),
            })?);
        }
        Ok(out)
    }

    /// One page of the records of `mode`, newest first: by month, then by id (descending), a
    /// stable order. `page` counts from 0; a page past the end is empty. Each record holds only
    /// what a record holds (month, categories, referrals); [`Store::count`] gives the number of records.
    pub fn recent_records(
        &self,
        page: usize,
        per_page: usize,
        mode: Mode,
    ) -> Result<Vec<Record>, StoreError> {
        let path = &self.path;
        if per_page == 0 {
            return Ok(Vec::new());
        }
        let limit = i64::try_from(per_page).unwrap_or(i64::MAX);
        let Some(offset) = page
            .checked_mul(per_page)
            .and_then(|o| i64::try_from(o).ok())
        else {
            return Ok(Vec::new());
        };
        let sql = format!(
            "SELECT {RECORD_COLUMNS} FROM record WHERE mode = ?1 \
             ORDER BY month DESC, id DESC LIMIT ?2 OFFSET ?3"
        );
        let mut stmt = self
            .conn
            .prepare_cached(&sql)
            .ctx(path, "list recent records")?;
        let rows = stmt
            .query_map(params![mode.as_str(), limit, offset], read_parts)
            .ctx(path, "list recent records")?;
        let mut all = Vec::new();
        for row in rows {
            all.push(row.ctx(path, "list recent records")?);
        }
        let mut out = Vec::with_capacity(all.len());
        for mut parts in all {
            parts.referrals = self.referrals(&parts)?;
            out.push(Record::new(parts).map_err(|e| StoreError::BadRow {
                path: path.clone(),
                detail: e.to_string(),
            })?);
        }
        Ok(out)
    }

    /// How many records of `mode` there are.
    pub fn count(&self, mode: Mode) -> Result<u64, StoreError> {
        self.conn
            .query_row(
                "SELECT count(*) FROM record WHERE mode = ?1",
                [mode.as_str()],
                |row| row.get::<_, i64>(0),
            )
            .map(|n| n as u64)
            .ctx(&self.path, "count records")
    }

    /// Runs `PRAGMA quick_check`; `Ok(Ok(()))` when the file is sound, `Ok(Err(reason))` when
    /// it is damaged.
    pub fn quick_check(&self) -> Result<Result<(), RecoveryReason>, StoreError> {
        retry_busy(|| quick_check(&self.conn)).ctx(&self.path, "check the log")
    }
}

/// The folder a log is in (`.` for a bare file name).
fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Whether a file can be made in `dir`: SQLite needs to make the WAL and its index there. A
/// probe file of its own, so that no descriptor of the log itself is opened and closed (closing
/// one would drop this process's SQLite locks on it).
fn probe_writable(dir: &Path) -> std::io::Result<()> {
    let probe = dir.join(format!(
        ".madoguchi-probe-{}-{}",
        std::process::id(),
        chrono::Utc::now().timestamp_nanos_opt().unwrap_or_default()
    ));
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)?;
    std::fs::remove_file(&probe)
}

/// `Err(why)` when the log cannot be written here: a read-only file, or a folder where the WAL
/// cannot be made.
fn writable_here(path: &Path) -> Result<(), String> {
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    if meta.permissions().readonly() {
        return Err(format!("{}: the file is read-only", path.display()));
    }
    probe_writable(parent(path)).map_err(|e| format!("{}: {e}", parent(path).display()))
}

/// `file:` URI of a path, with every byte that is not plainly safe percent-encoded.
fn file_uri(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let text = absolute.to_string_lossy().replace('\\', "/");
    let mut uri = String::from("file:");
    if !text.starts_with('/') {
        uri.push('/');
    }
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~:".contains(&b) {
            uri.push(b as char);
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri
}

/// The file alone, `immutable`: SQLite reads neither journal nor WAL, takes no lock and can
/// write nothing (not even a `-shm`).
fn open_immutable(path: &Path) -> Result<Connection, StoreError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_URI
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let uri = format!("{}?immutable=1", file_uri(path));
    Connection::open_with_flags(uri, flags).ctx(path, "open the log read-only")
}

/// A read-only connection that sees the log with its (checked) WAL, under SQLite's locks: it
/// never writes the file or the WAL.
fn open_reader(path: &Path) -> Result<Connection, StoreError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).ctx(path, "open the log read-only")?;
    conn.busy_timeout(BUSY_TIMEOUT)
        .ctx(path, "set the busy timeout")?;
    Ok(conn)
}

/// What a connection shows of the log's identity (migration 4).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Identity {
    Known(String),
    /// A log from before migration 4.
    Absent,
    /// The pages could not be read.
    Unreadable,
}

impl Identity {
    fn describe(&self) -> &str {
        match self {
            Identity::Known(id) => id,
            Identity::Absent => "without an identity",
            Identity::Unreadable => "whose identity cannot be read",
        }
    }
}

/// The log's identity as `conn` sees it; an error is `Unreadable`.
fn identity(conn: &Connection) -> Identity {
    read_identity(conn).unwrap_or(Identity::Unreadable)
}

/// The identity in the file alone. It is read without locks while another process may be
/// checkpointing into it, so each try is a fresh connection (no page cached from a half-written
/// moment), and only a read that keeps failing for about a second counts as unreadable.
fn identity_of_file(path: &Path) -> Identity {
    for attempt in 0..12u64 {
        if let Ok(found) = open_immutable(path).and_then(|c| {
            read_identity(&c).map_err(|e| StoreError::Sqlite {
                path: path.to_path_buf(),
                op: "read the log's identity",
                source: e,
            })
        }) {
            return found;
        }
        std::thread::sleep(Duration::from_millis(10 * (attempt + 1)));
    }
    Identity::Unreadable
}

fn read_identity(conn: &Connection) -> rusqlite::Result<Identity> {
    let has_table: bool = conn.query_row(
        "SELECT count(*) > 0 FROM sqlite_schema WHERE type = 'table' AND name = 'log_identity'",
        [],
        |r| r.get(0),
    )?;
    if !has_table {
        return Ok(Identity::Absent);
    }
    conn.query_row("SELECT id FROM log_identity", [], |r| r.get(0))
        .map(Identity::Known)
}

/// A WAL or journal left without its log: moved aside before a new log is made.
fn set_aside_orphans(path: &Path) -> Result<Vec<SetAside>, StoreError> {
    let mut out = Vec::new();
    for (kind, from) in [
        (SidecarKind::Wal, wal_path(path)),
        (SidecarKind::Journal, journal_path(path)),
    ] {
        if from.exists() {
            out.push(move_sidecar(path, kind, from, ForeignReason::NoLog)?);
        }
    }
    Ok(out)
}

fn move_sidecar(
    log: &Path,
    kind: SidecarKind,
    from: PathBuf,
    why: ForeignReason,
) -> Result<SetAside, StoreError> {
    let stamp = stamp();
    let to = move_aside(&from, &stamp).ctx(&from, "move the file aside")?;
    // The WAL's index describes the WAL just moved: it goes with it (SQLite rebuilds one).
    let shm = shm_path(log);
    if kind == SidecarKind::Wal && shm.exists() {
        move_aside(&shm, &stamp).ctx(&shm, "move the file aside")?;
    }
    Ok(SetAside {
        kind,
        from,
        to,
        why,
    })
}

/// Judges the `-journal` and `-wal` beside an existing log before anything reads them into it:
/// a journal is never the log's own (a log is in WAL mode); a WAL is its own only when its header
/// and frames are valid for this page size and the log read with it passes the integrity check
/// and shows the same identity as the file alone (`file`, opened immutable).
fn judge_sidecars(
    path: &Path,
    file: &Connection,
    page_size: u32,
) -> Result<Vec<SetAside>, StoreError> {
    let mut out = Vec::new();
    let journal = journal_path(path);
    if journal.exists() {
        out.push(move_sidecar(
            path,
            SidecarKind::Journal,
            journal,
            ForeignReason::Journal,
        )?);
    }
    let wal = wal_path(path);
    let bytes = match std::fs::read(&wal) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
        Err(e) => {
            return Err(StoreError::Io {
                path: wal,
                op: "read the WAL",
                source: e,
            })
        }
    };
    let why = match inspect_wal(&bytes, page_size) {
        WalBytes::Harmless => None,
        WalBytes::Foreign(why) => Some(why),
        WalBytes::Committed { .. } => wal_is_foreign(path, file)?,
    };
    if let Some(why) = why {
        out.push(move_sidecar(path, SidecarKind::Wal, wal, why)?);
    }
    Ok(out)
}

/// Reads the log with its WAL (read-only) and says why the WAL is not its own, if it is not.
fn wal_is_foreign(path: &Path, file: &Connection) -> Result<Option<ForeignReason>, StoreError> {
    let reader = open_reader(path)?;
    let merged = retry_busy(|| health(&reader)).ctx(path, "check the log with its WAL")?;
    let (own, with_wal) = (identity_of_file(path), identity(&reader));
    drop(reader);
    match merged {
        Err(reason) => {
            // The WAL's pages make the log fail; if the file alone is sound, they are not its
            // own. If the file alone fails too, it is damaged either way: left as it is.
            let alone = retry_busy(|| health(file)).ctx(path, "check the log")?;
            Ok(alone
                .is_ok()
                .then(|| ForeignReason::NotThisLog(reason.to_string())))
        }
        // The same id, or two logs from before migration 4 (only their structure is checked).
        Ok(()) if own == with_wal && own != Identity::Unreadable => Ok(None),
        Ok(()) => Ok(Some(ForeignReason::NotThisLog(format!(
            "it holds the log {}, this file is the log {}",
            with_wal.describe(),
            own.describe()
        )))),
    }
}

/// Whether an error only means another connection holds a lock right now.
fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

/// Runs `f` again while it fails because another connection holds a lock, up to
/// [`BUSY_TIMEOUT`].
fn retry_busy<T>(mut f: impl FnMut() -> rusqlite::Result<T>) -> rusqlite::Result<T> {
    let deadline = std::time::Instant::now() + BUSY_TIMEOUT;
    let mut pause = Duration::from_millis(1);
    loop {
        match f() {
            Err(e) if is_busy(&e) && std::time::Instant::now() < deadline => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(50));
            }
            other => return other,
        }
    }
}

/// Integrity, ownership and version of an existing file, before anything is written to it.
/// The outer error is a lock held by someone else (try again), the inner one a reason to open
/// read-only.
fn health(conn: &Connection) -> rusqlite::Result<Result<(), RecoveryReason>> {
    if let Err(reason) = quick_check(conn)? {
        return Ok(Err(reason));
    }
    // One statement, so one snapshot: another process may be migrating the file right now.
    let checks = || -> rusqlite::Result<(i64, i64, i64)> {
        conn.query_row(
            "SELECT (SELECT application_id FROM pragma_application_id), \
             (SELECT count(*) FROM sqlite_schema), (SELECT user_version FROM pragma_user_version)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
    };
    let (app_id, objects, version) = match checks() {
        Ok(v) => v,
        Err(e) if is_busy(&e) => return Err(e),
        Err(e) => return Ok(Err(RecoveryReason::Damaged(e.to_string()))),
    };
    if app_id != APPLICATION_ID && !(app_id == 0 && objects == 0 && version == 0) {
        return Ok(Err(RecoveryReason::NotALog));
    }
    let found = usize::try_from(version).unwrap_or(usize::MAX);
    if found > SCHEMA_VERSION {
        return Ok(Err(RecoveryReason::NewerSchema {
            found,
            known: SCHEMA_VERSION,
        }));
    }
    Ok(Ok(()))
}

/// `PRAGMA quick_check`: the structure of every page, row and index (O(N), no index
/// cross-check). CHECK constraints are left out of it (they are enforced on every insert and
/// re-checked when a row is read back as a [`Record`]): evaluating them for every row would
/// make opening a million-record log take seconds instead of under one.
fn quick_check(conn: &Connection) -> rusqlite::Result<Result<(), RecoveryReason>> {
    conn.pragma_update(None, "ignore_check_constraints", "ON")?;
    let mut lines = Vec::new();
    let result = conn.pragma_query(None, "quick_check", |row| {
        lines.push(row.get::<_, String>(0)?);
        Ok(())
    });
    // Always back on before anything else runs on this connection.
    conn.pragma_update(None, "ignore_check_constraints", "OFF")?;
    match result {
        Err(e) if is_busy(&e) => Err(e),
        Err(e) => Ok(Err(RecoveryReason::Damaged(e.to_string()))),
        Ok(()) if lines == ["ok"] => Ok(Ok(())),
        Ok(()) => {
            let shown: Vec<&str> = lines.iter().take(3).map(String::as_str).collect();
            Ok(Err(RecoveryReason::Damaged(shown.join("; "))))
        }
    }
}

/// Brings the schema up to date; `true` when this call migrated it. Two processes opening a
/// file at once: one migrates, the other's attempt fails on the tables that now exist, and it
/// finds the schema current.
fn migrate(conn: &mut Connection, path: &Path) -> Result<bool, StoreError> {
    let version: i64 = retry_busy(|| conn.pragma_query_value(None, "user_version", |r| r.get(0)))
        .ctx(path, "read the schema version")?;
    if usize::try_from(version).ok() == Some(SCHEMA_VERSION) {
        return Ok(false);
    }
    match MIGRATIONS.to_latest(conn) {
        Ok(()) => Ok(true),
        Err(source) => {
            let version: i64 = conn
                .pragma_query_value(None, "user_version", |r| r.get(0))
                .ctx(path, "read the schema version")?;
            if usize::try_from(version).ok() == Some(SCHEMA_VERSION) {
                Ok(false)
            } else {
                Err(StoreError::Migrate {
                    path: path.to_path_buf(),
                    source,
                })
            }
        }
    }
}

pub(crate) const RECORD_COLUMNS: &str =
    "mode, month, id, desk, staff_lang, client_lang, interpreter, \
     age_group, gender, nationality, region, residence, \
     concern_trafficking_sexual, concern_trafficking_labour, concern_sexual_violence, \
     concern_child_abuse, concern_child_sexual_exploitation, concern_online_sexual_images, \
     concern_domestic_violence, concern_labour_problem, concern_residence_problem, \
     concern_discrimination, concern_other, danger, outcome, handover_consent";

/// A record row as parts (without referrals). Values the types refuse become conversion errors.
pub(crate) fn read_parts(row: &rusqlite::Row<'_>) -> rusqlite::Result<RecordParts> {
    fn bad(i: usize, what: &str, v: &str) -> rusqlite::Error {
        rusqlite::Error::FromSqlConversionFailure(
            i,
            rusqlite::types::Type::Text,
            format!("{what} `{v}`").into(),
        )
    }
    fn cat<T>(
        row: &rusqlite::Row<'_>,
        i: usize,
        what: &str,
        parse: impl Fn(&str) -> Option<T>,
    ) -> rusqlite::Result<Option<T>> {
        match row.get::<_, Option<String>>(i)? {
            None => Ok(None),
            Some(v) => parse(&v).map(Some).ok_or_else(|| bad(i, what, &v)),
        }
    }
    let text = |i: usize| row.get::<_, String>(i);
    let mode = text(0)?;
    let month = text(1)?;
    let id = text(2)?;
    let mut concerns = std::collections::BTreeSet::new();
    for (j, concern) in Concern::ALL.iter().enumerate() {
        if row.get::<_, bool>(12 + j)? {
            concerns.insert(*concern);
        }
    }
    let outcome = text(24)?;
    Ok(RecordParts {
        mode: Mode::parse(&mode).ok_or_else(|| bad(0, "mode", &mode))?,
        month: YearMonth::parse(&month).map_err(|_| bad(1, "month", &month))?,
        id: RecordId::parse(&id).map_err(|_| bad(2, "id", &id))?,
        desk: cat(row, 3, "desk", |v| DeskLabel::parse(v).ok())?,
        staff_language: cat(row, 4, "language", |v| LanguageTag::parse(v).ok())?
            .ok_or_else(|| bad(4, "language", ""))?,
        client_language: cat(row, 5, "language", |v| LanguageTag::parse(v).ok())?
            .ok_or_else(|| bad(5, "language", ""))?,
        interpreter: row.get(6)?,
        age_group: cat(row, 7, "age_group", AgeGroup::parse)?,
        gender: cat(row, 8, "gender", Gender::parse)?,
        nationality: cat(row, 9, "nationality", Nationality::parse)?,
        region: cat(row, 10, "region", Region::parse)?,
        residence: cat(row, 11, "residence", Residence::parse)?,
        concerns,
        danger: row.get(23)?,
        referrals: Vec::new(),
        outcome: Outcome::parse(&outcome).ok_or_else(|| bad(24, "outcome", &outcome))?,
        handover_consent: row.get(25)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_constraints_are_enforced_after_the_open_check() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path().join("log.db")).expect("open");
        store.quick_check().expect("no lock").expect("sound");
        let ignored: i64 = store
            .conn
            .pragma_query_value(None, "ignore_check_constraints", |r| r.get(0))
            .expect("pragma");
        assert_eq!(ignored, 0);
        let err = store
            .conn
            .execute(
                "INSERT INTO audit (at, action, count) VALUES ('Tanaka Hanako', 'purge', 1)",
                [],
            )
            .expect_err("CHECK enforced");
        assert_eq!(
            err.sqlite_error_code(),
            Some(rusqlite::ErrorCode::ConstraintViolation)
        );
    }
}
