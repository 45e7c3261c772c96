//! The hub's PostgreSQL migrations are immutable once shipped: their hashes are pinned here, and
//! every file in migrations/ is compiled in, in order. (The hub checks applied ones against the
//! shipped hashes at every connection.)

use sha2::{Digest, Sha256};

const PINNED: &[(&str, &str)] = &[(
    "0001_initial.sql",
    "68a09f27c745466105a82bfd80a792c0ba3d1910c3e1b4823100bb598a89c2eb",
)];

#[test]
fn shipped_hub_migrations_are_pinned() {
    let actual: Vec<(String, String)> = madoguchi_hub::MIGRATION_FILES
        .iter()
        .map(|(n, sql)| {
            let hash: String = Sha256::digest(sql.as_bytes())
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            (n.to_string(), hash)
        })
        .collect();
    let pinned: Vec<(String, String)> = PINNED
        .iter()
        .map(|(n, h)| (n.to_string(), h.to_string()))
        .collect();
    assert_eq!(
        actual, pinned,
        "never edit a shipped migration: add one and pin it"
    );
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .expect("migrations")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let compiled: Vec<&str> = madoguchi_hub::MIGRATION_FILES
        .iter()
        .map(|(n, _)| *n)
        .collect();
    assert_eq!(on_disk, compiled);
}
