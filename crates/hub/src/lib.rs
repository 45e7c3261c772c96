//! Many desks' statistics pooled on PostgreSQL.
//!
//! A desk writes a **bundle** ([`bundle::write`]): the live records of a period exactly as its
//! log holds them, with a manifest (format version, the category lists' version, desk code,
//! period, record count, SHA-256 of the content), encrypted with `age` to the hub's X25519 key.
//! The **hub** ([`Hub`]) imports bundles into PostgreSQL (idempotent; a newer bundle of the same
//! desk replaces the older in one transaction; a tampered bundle or one of unknown categories is
//! refused before anything is written), keeps counts per bundle, and makes reports that pool the
//! desks first and hide small counts after, with the desk's own method (`madoguchi_core::report`).

pub mod bundle;
pub mod categories;
mod error;
mod pg;
pub mod tally;

pub use bundle::{Bundle, Manifest, BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION};
pub use categories::CategoryLists;
pub use error::{Conflict, HubError};
pub use pg::{
    fixed_period, persons, report_json, AuditRow, Hub, HubReport, ImportOutcome, Persons,
    MIGRATION_FILES, SCHEMA,
};
