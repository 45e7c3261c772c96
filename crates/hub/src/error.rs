use std::path::PathBuf;

/// Everything that can go wrong at a desk writing a bundle or at the hub. Each names the file,
/// the database or the key it is about.
#[derive(Debug, thiserror::Error)]
pub enum HubError {
    #[error("{}: cannot {op}: {source}", path.display())]
    Io {
        path: PathBuf,
        op: &'static str,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: not a hub key file: {detail}", path.display())]
    Key { path: PathBuf, detail: String },
    #[error("`{0}` is not an age X25519 public key (age1…)")]
    Recipient(String),
    #[error("{}: cannot encrypt the bundle: {detail}", path.display())]
    Encrypt { path: PathBuf, detail: String },
    #[error("{}: cannot decrypt: {detail} (is it a bundle made for this hub's key?)", path.display())]
    Decrypt { path: PathBuf, detail: String },
    #[error("{}: not a Madoguchi bundle: {detail}", path.display())]
    NotABundle { path: PathBuf, detail: String },
    #[error("{}: bundle format version {found} is not known here (this hub reads version {known})", path.display())]
    FormatVersion {
        path: PathBuf,
        found: u32,
        known: u32,
    },
    #[error(
        "{}: refused, the bundle was altered: its content's SHA-256 is {actual}, the manifest says \
         {expected}; nothing was imported",
        path.display()
    )]
    Tampered {
        path: PathBuf,
        expected: String,
        actual: String,
    },
    #[error(
        "{}: refused, the bundle's manifest was altered: {detail}; nothing was imported",
        path.display()
    )]
    ManifestMismatch { path: PathBuf, detail: String },
    #[error(
        "{}: refused, unknown category version {version}: the desk wrote it with category lists \
         this hub does not know (run `madoguchi hub init` with the desk's Madoguchi version to \
         register them); nothing was imported",
        path.display()
    )]
    UnknownCategories { path: PathBuf, version: String },
    #[error("{}: record {line}: {detail}", path.display())]
    BadRecord {
        path: PathBuf,
        line: usize,
        detail: String,
    },
    #[error(
        "{}: refused: desk {} already has a bundle for {} to {} (created {}) that is as new as \
         this one or newer; nothing was imported",
        .0.path.display(), .0.desk, .0.from, .0.to, .0.created
    )]
    NotNewer(Box<Conflict>),
    #[error(
        "{}: refused: its period {} to {} overlaps desk {}'s bundle for {} to {} without \
         covering it; import a bundle for the same months or for a period that covers them; \
         nothing was imported",
        .0.path.display(), .0.new_from, .0.new_to, .0.desk, .0.from, .0.to
    )]
    PartialOverlap(Box<Conflict>),
    #[error("PostgreSQL: cannot {op}: {source}")]
    Pg {
        op: &'static str,
        #[source]
        source: postgres::Error,
    },
    #[error(
        "PostgreSQL: the hub's migration {name} was changed after it was applied (SHA-256 \
         {applied} applied, {shipped} shipped)"
    )]
    MigrationChanged {
        name: String,
        applied: String,
        shipped: String,
    },
    #[error("PostgreSQL: the hub's schema is newer ({found} migrations) than this Madoguchi knows ({known})")]
    NewerSchema { found: usize, known: usize },
    #[error("PostgreSQL: the hub is not set up here; run `madoguchi hub init` first")]
    NotInitialized,
    #[error(transparent)]
    Stats(#[from] madoguchi_core::StatsError),
    #[error(transparent)]
    Store(#[from] madoguchi_store::StoreError),
}

/// A bundle that conflicts with one the hub holds for the same desk.
#[derive(Debug)]
pub struct Conflict {
    pub path: PathBuf,
    pub desk: String,
    /// The new bundle's period.
    pub new_from: String,
    pub new_to: String,
    /// The held bundle's period and creation time.
    pub from: String,
    pub to: String,
    pub created: String,
}

pub(crate) trait PgContext<T> {
    fn pg(self, op: &'static str) -> Result<T, HubError>;
}

impl<T> PgContext<T> for Result<T, postgres::Error> {
    fn pg(self, op: &'static str) -> Result<T, HubError> {
        self.map_err(|source| HubError::Pg { op, source })
    }
}
