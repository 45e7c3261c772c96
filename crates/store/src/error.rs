use std::fmt;
use std::path::PathBuf;

use crate::purge::PurgeShown;
use madoguchi_core::StatsError;

/// Why the log was opened read-only: the app shows a recovery screen and saves nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecoveryReason {
    /// The integrity check failed or the file is not an SQLite database; the message is SQLite's.
    Damaged(String),
    /// An SQLite database, but not a Madoguchi log: it is never migrated or written.
    NotALog,
    /// Written by a newer Madoguchi, with a schema this one does not know.
    NewerSchema { found: usize, known: usize },
    /// The file is there but holds no byte: a log that lost its content, never made anew.
    Empty,
    /// The file or its folder cannot be written here (permissions, a read-only disk): the log
    /// may be sound, but nothing can be saved. The detail names the file or folder.
    CannotWrite(String),
}

impl fmt::Display for RecoveryReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecoveryReason::Damaged(msg) => write!(f, "the file is damaged: {msg}"),
            RecoveryReason::NotALog => f.write_str("the file is an SQLite database of another program"),
            RecoveryReason::NewerSchema { found, known } => write!(
                f,
                "the file was written by a newer Madoguchi (schema version {found}; this one knows up to {known})"
            ),
            RecoveryReason::Empty => f.write_str(
                "the file is empty (0 bytes): the log's content is gone, and an empty file is never made into a new log"
            ),
            RecoveryReason::CannotWrite(detail) => write!(f, "cannot write here: {detail}"),
        }
    }
}

/// Everything that can go wrong with the log. Every variant names the file and the operation.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}: cannot {op}: {source}", path.display())]
    Sqlite {
        path: PathBuf,
        op: &'static str,
        #[source]
        source: rusqlite::Error,
    },
    #[error("{}: cannot migrate the schema: {source}", path.display())]
    Migrate {
        path: PathBuf,
        #[source]
        source: rusqlite_migration::Error,
    },
    #[error("{}: the log is open read-only ({reason}); cannot {op}", path.display())]
    ReadOnly {
        path: PathBuf,
        op: &'static str,
        reason: RecoveryReason,
    },
    #[error("{}: cannot write here, so no log can be made: {detail}", path.display())]
    CannotWrite { path: PathBuf, detail: String },
    #[error("{}: journal mode is `{mode}`, not WAL", path.display())]
    NotWal { path: PathBuf, mode: String },
    #[error("{}: a stored row is not a valid record ({detail})", path.display())]
    BadRow { path: PathBuf, detail: String },
    #[error("{}: cannot {op}: {source}", path.display())]
    Io {
        path: PathBuf,
        op: &'static str,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: cannot save the training result: {detail}", path.display())]
    BadTrainingResult { path: PathBuf, detail: String },
    #[error("{}: refusing to write the export over the log itself", path.display())]
    ExportOverLog { path: PathBuf },
    #[error(
        "{}: nothing deleted: the purge was confirmed for {} records and {} training results \
         before {}, but would now delete {} and {} before {}",
        path.display(), shown.records, shown.training_results, shown.cutoff,
        now.records, now.training_results, now.cutoff
    )]
    PurgeChanged {
        path: PathBuf,
        shown: PurgeShown,
        now: PurgeShown,
    },
    #[error(transparent)]
    Stats(#[from] StatsError),
}

pub(crate) trait Context<T> {
    fn ctx(self, path: &std::path::Path, op: &'static str) -> Result<T, StoreError>;
}

impl<T> Context<T> for Result<T, rusqlite::Error> {
    fn ctx(self, path: &std::path::Path, op: &'static str) -> Result<T, StoreError> {
        self.map_err(|source| StoreError::Sqlite {
            path: path.to_path_buf(),
            op,
            source,
        })
    }
}

impl<T> Context<T> for Result<T, std::io::Error> {
    fn ctx(self, path: &std::path::Path, op: &'static str) -> Result<T, StoreError> {
        self.map_err(|source| StoreError::Io {
            path: path.to_path_buf(),
            op,
            source,
        })
    }
}
