//! The anonymized referral log in SQLite. Filled in by the log issue; the crate exists so the
//! workspace has its final shape.
