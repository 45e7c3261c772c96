//! The shipped migrations. They are immutable: `tests/schema.rs` pins the SHA-256 of each, and
//! checks that migrating an empty database gives exactly `schema.sql`.

use rusqlite_migration::{Migrations, M};

/// `PRAGMA application_id` of a Madoguchi log (0x4D41444F, "MADO").
pub const APPLICATION_ID: i64 = 0x4D41_444F;

/// Every migration, in order: file name and SQL.
pub const MIGRATION_FILES: &[(&str, &str)] = &[
    (
        "0001_initial.sql",
        include_str!("../migrations/0001_initial.sql"),
    ),
    (
        "0002_training_results.sql",
        include_str!("../migrations/0002_training_results.sql"),
    ),
    (
        "0003_private_use_language_tags.sql",
        include_str!("../migrations/0003_private_use_language_tags.sql"),
    ),
    (
        "0004_log_identity.sql",
        include_str!("../migrations/0004_log_identity.sql"),
    ),
    (
        "0005_month_and_desk_code.sql",
        include_str!("../migrations/0005_month_and_desk_code.sql"),
    ),
    (
        "0006_bundle_audit.sql",
        include_str!("../migrations/0006_bundle_audit.sql"),
    ),
];

/// Migrations 3 and 5 rebuild `record` and `referral` with foreign keys on: every referral is
/// checked against its record before the migration commits.
const MS: &[M<'static>] = &[
    M::up(MIGRATION_FILES[0].1),
    M::up(MIGRATION_FILES[1].1),
    M::up(MIGRATION_FILES[2].1).foreign_key_check(),
    M::up(MIGRATION_FILES[3].1),
    M::up(MIGRATION_FILES[4].1).foreign_key_check(),
    M::up(MIGRATION_FILES[5].1),
];

pub(crate) const MIGRATIONS: Migrations<'static> = Migrations::from_slice(MS);

/// The schema version after every shipped migration.
pub const SCHEMA_VERSION: usize = MIGRATION_FILES.len();

/// The checked-in schema: what migrating an empty database gives.
pub const SCHEMA_SQL: &str = include_str!("../schema.sql");
