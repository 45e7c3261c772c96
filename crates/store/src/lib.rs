//! The anonymized referral log in SQLite.
//!
//! One file holds one table of records (one per saved consultation, live or training), their
//! referrals, a table of training results (one per finished training run, apart from both), and
//! an audit table of exports and purges. The record type and the statistics are
//! in `madoguchi-core`; this crate stores, counts, exports and purges.
//!
//! - [`Store::open`]: an existing file is checked read-only before anything may write it: a WAL
//!   or journal beside it that is not its own is moved aside ([`Store::set_aside`]), never
//!   replayed; `PRAGMA quick_check`, ownership and version are checked; then WAL,
//!   `synchronous=FULL`, foreign keys, a busy timeout, `secure_delete`. A file that fails the
//!   checks (or is empty, or cannot be written here) is opened read-only and reported as
//!   [`OpenState::ReadOnlyRecovery`]; it is never overwritten.
//! - [`Store::save`]: one durable transaction per record.
//! - [`Store::report`], [`Store::export`]: statistics over live records only, suppressed.
//! - [`Store::save_training`], [`Store::training_results`], [`Store::export_training`]: training
//!   results per case, never read by the statistics.
//! - [`Store::live_records`], [`Store::write_bundle`]: the live records of a period for a hub
//!   (the bundle format is `madoguchi-hub`'s), audited like an export.
//! - [`Store::purge`]: retention (records and training results) with secure delete, then
//!   `VACUUM`.
//!
//! The schema (`schema.sql`, `migrations/`) restricts every column to categories, flags,
//! months (a record never keeps its day), days of training runs and counts; `tests/schema.rs` proves it column by column.

mod bundle;
mod error;
mod export;
mod purge;
mod query;
mod schema;
mod sidecar;
mod store;
pub mod synthetic;
mod training;

pub use error::{RecoveryReason, StoreError};
pub use export::{to_json, write_csv, AuditEntry, ExportFormat, ExportSummary, BOM};
pub use madoguchi_core::atomic::{rename_into_place, temp_beside, write_atomically, write_synced};
pub use purge::{PurgeOutcome, PurgeShown, Retention};
pub use schema::{APPLICATION_ID, MIGRATION_FILES, SCHEMA_SQL, SCHEMA_VERSION};
pub use sidecar::{ForeignReason, SetAside, SidecarKind};
pub use store::{OpenState, Store, BUSY_TIMEOUT};
pub use training::{
    training_json, write_training_csv, CaseResults, TrainingExportSummary, TrainingSelection,
    CASE_ID_MAX_LEN,
};
