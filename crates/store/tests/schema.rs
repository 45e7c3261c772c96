//! The schema: pinned migrations, `schema.sql` equal to a migrated empty database, and proof,
//! column by column, that nothing identifying can be stored.
//!
//! After adding a migration, regenerate `schema.sql` with
//! `MADOGUCHI_BLESS_SCHEMA=1 cargo test -p madoguchi-store --test schema` and pin the new
//! migration's hash below.

use std::collections::BTreeMap;
use std::path::Path;

use madoguchi_core::LanguageTag;
use madoguchi_store::{Store, APPLICATION_ID, MIGRATION_FILES, SCHEMA_SQL, SCHEMA_VERSION};
use rusqlite::types::Value;
use rusqlite::{Connection, ErrorCode};
use sha2::{Digest, Sha256};

/// SHA-256 of every shipped migration. A shipped migration never changes: add a new one.
const PINNED: &[(&str, &str)] = &[
    (
        "0001_initial.sql",
        "ebd3aee34d6d264e7d116c97f4b55ab8d462770e7a0c26f60dc51f6e0917f81c",
    ),
    (
        "0002_training_results.sql",
        "828a0d152497beab93b53fff04faa7eb9b21c4e4d2f6083915167035c514a6c5",
    ),
    (
        "0003_private_use_language_tags.sql",
        "fb9ad9fe44db96a1e39d18f63011a9d40183cdea342762d029bb48db914b5247",
    ),
    (
        "0004_log_identity.sql",
        "191ae8782acdc4712cae41d37610e7f5fd75f1eef1b9d074947b7af1d11faf89",
    ),
    (
        "0005_month_and_desk_code.sql",
        "682caf6587f5b49291338e8a89a056f3559b8e695d0f5531d1c34da27c0b463c",
    ),
    (
        "0006_bundle_audit.sql",
        "0ef0975df88f8e58a48d45ddf157a5e0d08f5ba006d912aa9142b04487b007c6",
    ),
];

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn shipped_migrations_are_pinned() {
    let actual: Vec<(String, String)> = MIGRATION_FILES
        .iter()
        .map(|(name, sql)| (name.to_string(), hex(&Sha256::digest(sql.as_bytes()))))
        .collect();
    let pinned: Vec<(String, String)> = PINNED
        .iter()
        .map(|(n, h)| (n.to_string(), h.to_string()))
        .collect();
    assert_eq!(
        actual, pinned,
        "a shipped migration changed (or a new one is not pinned yet): never edit a shipped \
         migration; add one and pin its hash"
    );
    // The files on disk are the ones compiled in.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .expect("migrations dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let compiled: Vec<&str> = MIGRATION_FILES.iter().map(|(n, _)| *n).collect();
    assert_eq!(
        on_disk, compiled,
        "every file in migrations/ is shipped, in order"
    );
}

/// Drops `--` comments and collapses whitespace.
fn normalize(sql: &str) -> String {
    let no_comments: Vec<&str> = sql
        .lines()
        .map(|l| l.split_once("--").map_or(l, |(code, _)| code))
        .collect();
    no_comments
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace("( ", "(")
        .replace(" )", ")")
}

fn objects(conn: &Connection) -> Vec<(String, String, String)> {
    let mut stmt = conn
        .prepare(
            "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL \
             ORDER BY type, name",
        )
        .expect("prepare");
    stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            normalize(&r.get::<_, String>(2)?),
        ))
    })
    .expect("query")
    .collect::<Result<_, _>>()
    .expect("rows")
}

fn migrated() -> (tempfile::TempDir, Connection) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("log.db");
    drop(Store::open(&path).expect("open"));
    let conn = Connection::open(&path).expect("reopen");
    (dir, conn)
}

#[test]
fn migrating_an_empty_database_gives_schema_sql() {
    let (_dir, conn) = migrated();
    if std::env::var_os("MADOGUCHI_BLESS_SCHEMA").is_some() {
        let mut out = String::from(
            "-- The schema of the referral log after every migration in migrations/.\n\
             -- Generated: MADOGUCHI_BLESS_SCHEMA=1 cargo test -p madoguchi-store --test schema\n\
             -- Do not edit by hand; tests/schema.rs checks it against a migrated empty database.\n\n",
        );
        out.push_str(&format!("PRAGMA application_id = {APPLICATION_ID};\n\n"));
        let mut stmt = conn
            .prepare("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name")
            .expect("prepare");
        let sqls: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .expect("query")
            .collect::<Result<_, _>>()
            .expect("rows");
        for sql in sqls {
            out.push_str(&sql);
            out.push_str(";\n\n");
        }
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema.sql");
        std::fs::write(&path, out.trim_end().to_string() + "\n").expect("write schema.sql");
        return;
    }
    let expected = Connection::open_in_memory().expect("memory db");
    expected.execute_batch(SCHEMA_SQL).expect("schema.sql runs");
    assert_eq!(
        objects(&conn),
        objects(&expected),
        "schema.sql differs from a migrated empty database; regenerate it with \
         MADOGUCHI_BLESS_SCHEMA=1 cargo test -p madoguchi-store --test schema"
    );
    let app_id = |c: &Connection| -> i64 {
        c.pragma_query_value(None, "application_id", |r| r.get(0))
            .expect("application_id")
    };
    assert_eq!(app_id(&conn), APPLICATION_ID);
    assert_eq!(app_id(&expected), APPLICATION_ID);
}

fn tables(conn: &Connection) -> Vec<String> {
    let mut stmt = conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
             ORDER BY name",
        )
        .expect("prepare");
    stmt.query_map([], |r| r.get(0))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows")
}

/// (name, declared type, not null) of every column.
fn columns(conn: &Connection, table: &str) -> Vec<(String, String, bool)> {
    let mut stmt = conn
        .prepare(&format!("PRAGMA table_info({table})"))
        .expect("prepare");
    stmt.query_map([], |r| Ok((r.get(1)?, r.get(2)?, r.get::<_, i64>(3)? == 1)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows")
}

/// The column definitions of a CREATE TABLE statement, by column name (top-level commas only;
/// `--` comments, which may hold commas and parentheses, are dropped first).
fn column_definitions(sql: &str) -> BTreeMap<String, String> {
    let sql: String = sql
        .lines()
        .map(|l| l.split_once("--").map_or(l, |(code, _)| code))
        .collect::<Vec<_>>()
        .join("\n");
    let body = &sql[sql.find('(').expect("(") + 1..sql.rfind(')').expect(")")];
    let mut parts = Vec::new();
    let (mut depth, mut quoted, mut start) = (0i32, false, 0usize);
    for (i, ch) in body.char_indices() {
        match ch {
            '\'' => quoted = !quoted,
            '(' if !quoted => depth += 1,
            ')' if !quoted => depth -= 1,
            ',' if !quoted && depth == 0 => {
                parts.push(&body[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&body[start..]);
    parts
        .into_iter()
        .map(normalize)
        .filter_map(|p| {
            let name = p.split_whitespace().next()?.to_string();
            (!["PRIMARY", "FOREIGN", "CHECK", "UNIQUE", "CONSTRAINT"].contains(&name.as_str()))
                .then_some((name, p))
        })
        .collect()
}

/// Values that identify people: names, contacts, addresses, birth dates, free text.
fn text_probes() -> Vec<Value> {
    [
        "Tanaka Hanako",
        "HANAKO",
        "田中花子",
        "タナカ ハナコ",
        "Nguyen Thi Lan",
        "090-1234-5678",
        "09012345678",
        "+81 90 1234 5678",
        "tanaka@example.com",
        "@hanako_tanaka",
        "東京都新宿区西新宿2-8-1",
        "2-8-1 Nishi-Shinjuku, Shinjuku-ku",
        "160-0023",
        "1990-04-01",
        "2001-12-24",
        "19900401",
        "H2.4.1",
        "She said her husband hits her and she lives near the station",
        "",
        &"x".repeat(300),
    ]
    .iter()
    .map(|s| Value::Text(s.to_string()))
    .chain([
        Value::Integer(9_012_345_678),
        Value::Integer(19_900_401),
        Value::Real(1990.0401),
        Value::Blob(b"Tanaka Hanako".to_vec()),
    ])
    .collect()
}

fn integer_probes() -> Vec<Value> {
    vec![
        Value::Integer(9_012_345_678),
        Value::Integer(312_345_678),
        Value::Integer(19_900_401),
        Value::Integer(-1),
        Value::Real(0.5),
        Value::Text("Tanaka Hanako".into()),
        Value::Blob(vec![1]),
    ]
}

/// A valid row of each table, by column: the probe replaces one value at a time.
fn valid_rows() -> BTreeMap<&'static str, Vec<(&'static str, Value)>> {
    let t = |s: &str| Value::Text(s.to_string());
    let i = Value::Integer;
    let mut record = vec![
        ("mode", t("live")),
        ("month", t("2025-06")),
        ("id", t("0123456789abcdef0123456789abcdef")),
        ("desk", t("desk-1")),
        ("staff_lang", t("ja")),
        ("client_lang", t("vi")),
        ("interpreter", i(1)),
        ("age_group", t("adult")),
        ("gender", t("female")),
        ("nationality", t("foreign")),
        ("region", t("southeast_asia")),
        ("residence", t("technical_intern")),
    ];
    for c in [
        "concern_trafficking_sexual",
        "concern_trafficking_labour",
        "concern_sexual_violence",
        "concern_child_abuse",
        "concern_child_sexual_exploitation",
        "concern_online_sexual_images",
        "concern_domestic_violence",
        "concern_labour_problem",
        "concern_residence_problem",
        "concern_discrimination",
        "concern_other",
    ] {
        record.push((c, i(0)));
    }
    record.extend([
        ("danger", i(0)),
        ("outcome", t("referred")),
        ("handover_consent", i(0)),
    ]);
    BTreeMap::from([
        ("record", record),
        (
            "log_identity",
            vec![
                ("id", t("fedcba9876543210fedcba9876543210")),
                ("flip", i(0)),
            ],
        ),
        (
            "referral",
            vec![
                ("mode", t("live")),
                ("month", t("2025-06")),
                ("record_id", t("0123456789abcdef0123456789abcdef")),
                ("position", i(0)),
                ("service", t("fresc")),
                ("priority", t("standard")),
            ],
        ),
        (
            "audit",
            vec![
                ("at", t("2025-06-01T10:00:00Z")),
                ("action", t("export")),
                ("format", t("csv")),
                ("first_dim", t("gender")),
                ("second_dim", t("age_group")),
                ("from_month", t("2025-01")),
                ("to_month", t("2025-06")),
                ("k", i(5)),
                ("older_than_days", Value::Null),
                ("count", i(42)),
                ("training_results", Value::Null),
            ],
        ),
        (
            "training_result",
            vec![
                ("day", t("2025-06-01")),
                ("id", t("0123456789abcdef0123456789abcdef")),
                ("case_id", t("tr-woman-wants-return")),
                ("staff_lang", t("ja")),
                ("client_lang", t("vi")),
                ("expected", i(4)),
                ("hit", i(3)),
                ("missed", i(1)),
                ("must_not", i(0)),
                ("extra", i(2)),
                ("emergency_ok", i(1)),
                ("passed", i(0)),
            ],
        ),
    ])
}

/// Columns whose values are set by a site or the directory, not per consultation, and whose
/// shape therefore allows plain words: `desk` (a site's desk label, ASCII letters, digits,
/// spaces, hyphens) and `service` (a directory id, lowercase with `_`). They reject every probe
/// above except a romanized name written as such a label ("Tanaka Hanako" is a valid desk label);
/// the code only ever writes a configured label and directory ids there. `case_id` (a training
/// case id of `data/scenarios`: lowercase letters, at most four digits, `-`) rejects them all.
const SHAPED_BY_CONFIGURATION: &[(&str, &str, &[&str])] = &[
    (
        "record",
        "desk",
        &["Tanaka Hanako", "HANAKO", "Nguyen Thi Lan"],
    ),
    ("referral", "service", &[]),
    ("training_result", "case_id", &[]),
];

fn insert(conn: &Connection, table: &str, row: &[(&str, Value)]) -> rusqlite::Result<usize> {
    let names: Vec<&str> = row.iter().map(|(n, _)| *n).collect();
    let marks: Vec<String> = (1..=row.len()).map(|i| format!("?{i}")).collect();
    let sql = format!(
        "INSERT INTO {table} ({}) VALUES ({})",
        names.join(", "),
        marks.join(", ")
    );
    conn.execute(
        &sql,
        rusqlite::params_from_iter(row.iter().map(|(_, v)| v.clone())),
    )
}

#[test]
fn no_column_can_hold_names_contacts_addresses_birth_dates_or_free_text() {
    let (_dir, conn) = migrated();
    conn.pragma_update(None, "foreign_keys", "OFF")
        .expect("fk off");
    let rows = valid_rows();
    let found = tables(&conn);
    assert_eq!(
        found,
        rows.keys().map(|s| s.to_string()).collect::<Vec<_>>(),
        "every table must be covered by this test"
    );
    for table in &found {
        // Every table is STRICT: a column's type is enforced, not a suggestion.
        let strict: i64 = conn
            .query_row(
                "SELECT strict FROM pragma_table_list WHERE name = ?1 AND schema = 'main'",
                [table],
                |r| r.get(0),
            )
            .expect("table_list");
        assert_eq!(strict, 1, "table {table} must be STRICT");
        let sql: String = conn
            .query_row(
                "SELECT sql FROM sqlite_schema WHERE name = ?1",
                [table],
                |r| r.get(0),
            )
            .expect("sql");
        let defs = column_definitions(&sql);
        let valid = &rows[table.as_str()];
        let cols = columns(&conn, table);
        assert_eq!(
            cols.iter().map(|c| c.0.as_str()).collect::<Vec<_>>(),
            valid.iter().map(|c| c.0).collect::<Vec<_>>(),
            "every column of {table} must be covered by this test"
        );
        // The valid row goes in, so a refusal below is the probe's doing.
        conn.execute_batch("SAVEPOINT probe").expect("savepoint");
        insert(&conn, table, valid).unwrap_or_else(|e| panic!("valid {table} row: {e}"));
        conn.execute_batch("ROLLBACK TO probe; RELEASE probe")
            .expect("rollback");
        for (name, decl_type, _) in &cols {
            let def = &defs[name];
            // Only TEXT and INTEGER columns, each with its own CHECK.
            assert!(
                decl_type == "TEXT" || decl_type == "INTEGER",
                "{table}.{name} has type {decl_type}"
            );
            assert!(
                def.contains("CHECK ("),
                "{table}.{name} has no CHECK constraint: {def}"
            );
            if decl_type == "TEXT" {
                // A fixed set of values, or a pattern built from GLOB classes and a length.
                let enumerated = def.contains(&format!("CHECK ({name} IN ('"));
                let patterned = def.contains(" GLOB '");
                assert!(
                    enumerated || patterned,
                    "{table}.{name} is neither an enumerated set nor a pattern: {def}"
                );
            } else {
                let ranged = def.contains(&format!("CHECK ({name} IN (0, 1))"))
                    || def.contains(&format!("CHECK ({name} BETWEEN "));
                assert!(
                    ranged,
                    "{table}.{name} is not a flag or a bounded count: {def}"
                );
            }
            let allowed: &[&str] = SHAPED_BY_CONFIGURATION
                .iter()
                .find(|(t, c, _)| t == table && c == name)
                .map_or(&[], |(_, _, a)| a);
            let probes = if decl_type == "TEXT" {
                text_probes()
            } else {
                integer_probes()
            };
            for probe in probes {
                if let Value::Text(s) = &probe {
                    if allowed.contains(&s.as_str()) {
                        continue;
                    }
                }
                let row: Vec<(&str, Value)> = valid
                    .iter()
                    .map(|(n, v)| {
                        if n == name {
                            (*n, probe.clone())
                        } else {
                            (*n, v.clone())
                        }
                    })
                    .collect();
                conn.execute_batch("SAVEPOINT probe").expect("savepoint");
                let result = insert(&conn, table, &row);
                conn.execute_batch("ROLLBACK TO probe; RELEASE probe")
                    .expect("rollback");
                match result {
                    Err(rusqlite::Error::SqliteFailure(e, _))
                        if e.code == ErrorCode::ConstraintViolation => {}
                    other => panic!("{table}.{name} accepted {probe:?}: {other:?}"),
                }
            }
        }
    }
}

#[test]
fn a_record_keeps_a_month_never_a_day_or_a_birth_date() {
    let (_dir, conn) = migrated();
    for table in ["record", "referral"] {
        for month in [
            "2025-06-01",
            "2023-12",
            "1990-04",
            "2025-13",
            "2025-00",
            "2025-6",
            "2025-06 10:00",
        ] {
            let row = row_with(table, &[("month", Value::Text(month.into()))]);
            conn.execute_batch("SAVEPOINT probe").expect("savepoint");
            let result = insert(&conn, table, &row);
            conn.execute_batch("ROLLBACK TO probe; RELEASE probe")
                .expect("rollback");
            assert!(result.is_err(), "{table}.month took {month}");
        }
    }
    let row = row_with("record", &[("month", Value::Text("2024-01".into()))]);
    assert!(insert(&conn, "record", &row).is_ok());
}

#[test]
fn the_desk_is_a_code_that_cannot_hold_a_name() {
    let (_dir, conn) = migrated();
    for desk in [
        "tanaka",
        "hanako-tanaka",
        "Tanaka Hanako",
        "nguyen-thi-lan",
        "Shinjuku 2F",
        "-desk-1",
        "desk-19900401",
    ] {
        let row = row_with("record", &[("desk", Value::Text(desk.into()))]);
        assert!(insert(&conn, "record", &row).is_err(), "{desk} accepted");
    }
    for desk in ["shinjuku-2f", "window-3", "ngo-desk-1"] {
        let row = row_with("record", &[("desk", Value::Text(desk.into()))]);
        conn.execute_batch("SAVEPOINT probe").expect("savepoint");
        let result = insert(&conn, "record", &row);
        conn.execute_batch("ROLLBACK TO probe; RELEASE probe")
            .expect("rollback");
        assert!(result.is_ok(), "{desk} refused: {result:?}");
    }
}

#[test]
fn a_japanese_client_has_no_region_and_a_handover_needs_consent() {
    let (_dir, conn) = migrated();
    let base = valid_rows()["record"].clone();
    let with = |changes: &[(&str, Value)]| -> Vec<(&'static str, Value)> {
        base.iter()
            .map(|(n, v)| {
                let v = changes
                    .iter()
                    .find(|(c, _)| c == n)
                    .map_or(v.clone(), |(_, nv)| nv.clone());
                (*n, v)
            })
            .collect()
    };
    let t = |s: &str| Value::Text(s.into());
    assert!(insert(&conn, "record", &with(&[("nationality", t("japanese"))])).is_err());
    assert!(insert(
        &conn,
        "record",
        &with(&[("outcome", t("referred_with_handover"))])
    )
    .is_err());
    assert!(insert(
        &conn,
        "record",
        &with(&[
            ("nationality", t("japanese")),
            ("region", Value::Null),
            ("residence", Value::Null)
        ])
    )
    .is_ok());
}

#[test]
fn a_training_result_adds_up_and_passes_only_when_nothing_is_wrong() {
    let (_dir, conn) = migrated();
    let base = valid_rows()["training_result"].clone();
    let with = |changes: &[(&str, i64)]| -> Vec<(&'static str, Value)> {
        base.iter()
            .map(|(n, v)| {
                let v = changes
                    .iter()
                    .find(|(c, _)| c == n)
                    .map_or(v.clone(), |(_, nv)| Value::Integer(*nv));
                (*n, v)
            })
            .collect()
    };
    // Hits and misses are the expected referrals.
    assert!(insert(&conn, "training_result", &with(&[("hit", 4)])).is_err());
    // A run with a miss, a forbidden referral or a missed emergency does not pass.
    assert!(insert(&conn, "training_result", &with(&[("passed", 1)])).is_err());
    assert!(insert(
        &conn,
        "training_result",
        &with(&[("hit", 4), ("missed", 0), ("must_not", 1), ("passed", 1)])
    )
    .is_err());
    assert!(insert(
        &conn,
        "training_result",
        &with(&[
            ("hit", 4),
            ("missed", 0),
            ("emergency_ok", 0),
            ("passed", 1)
        ])
    )
    .is_err());
    // And a run with none of them does.
    assert!(insert(
        &conn,
        "training_result",
        &with(&[("hit", 4), ("missed", 0), ("passed", 0)])
    )
    .is_err());
    assert!(insert(
        &conn,
        "training_result",
        &with(&[("hit", 4), ("missed", 0), ("passed", 1)])
    )
    .is_ok());
    // Plain Japanese is the one private-use tag taken.
    let lang = |tag: &str| -> Vec<(&'static str, Value)> {
        base.iter()
            .map(|(n, v)| {
                if *n == "client_lang" {
                    (*n, Value::Text(tag.into()))
                } else if *n == "id" {
                    (*n, Value::Text("f".repeat(32)))
                } else {
                    (*n, v.clone())
                }
            })
            .collect()
    };
    assert!(insert(&conn, "training_result", &lang("ja-x-tanaka")).is_err());
    assert!(insert(&conn, "training_result", &lang("ja-x-plain")).is_ok());
}

#[test]
fn a_version_1_log_keeps_its_audit_lines_through_migration_2() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("log.db");
    {
        let conn = Connection::open(&path).expect("open");
        conn.execute_batch(MIGRATION_FILES[0].1)
            .expect("migration 1");
        conn.pragma_update(None, "user_version", 1)
            .expect("version 1");
        conn.execute_batch(
            "INSERT INTO audit (at, action, older_than_days, count) \
             VALUES ('2025-01-02T03:04:05Z', 'purge', 1095, 7); \
             INSERT INTO audit (at, action, format, first_dim, from_month, to_month, k, count) \
             VALUES ('2025-02-03T04:05:06Z', 'export', 'csv', 'gender', '2025-01', '2025-01', 5, 40);",
        )
        .expect("audit lines");
    }
    let store = Store::open(&path).expect("migrate");
    assert_eq!(store.state(), &madoguchi_store::OpenState::Healthy);
    let audit = store.audit().expect("audit");
    assert_eq!(audit.len(), 2);
    assert_eq!(audit[0].action, "purge");
    assert_eq!(audit[0].count, 7);
    assert_eq!(audit[0].training_results, None);
    assert_eq!(audit[1].action, "export");
    assert_eq!(audit[1].first_dimension.as_deref(), Some("gender"));
    assert_eq!(store.training_count().expect("count"), 0);
    drop(store);
    let conn = Connection::open(&path).expect("reopen");
    let expected = Connection::open_in_memory().expect("memory db");
    expected.execute_batch(SCHEMA_SQL).expect("schema.sql runs");
    assert_eq!(objects(&conn), objects(&expected));
}

/// A row of `table` with these replacements (and a fresh id, so rows do not collide).
fn row_with(table: &str, changes: &[(&str, Value)]) -> Vec<(&'static str, Value)> {
    valid_rows()[table]
        .iter()
        .map(|(n, v)| {
            let v = changes
                .iter()
                .find(|(c, _)| c == n)
                .map_or(v.clone(), |(_, nv)| nv.clone());
            (*n, v)
        })
        .collect()
}

#[test]
fn records_and_training_results_take_the_same_languages_plain_japanese_included() {
    let (_dir, conn) = migrated();
    conn.pragma_update(None, "foreign_keys", "OFF")
        .expect("fk off");
    let tags = [
        "ja",
        "vi",
        "fil",
        "pt-BR",
        "zh-Hans",
        "zh-Hant-TW",
        "ja-x-plain",
        // shapes core takes, but not a shipped private-use tag: a subtag could be a name
        "ja-x-tanaka",
        "ja-x-hanako",
        "vi-x-plain",
        "ja-JP-x-plain",
        "ja-x-p",
        // not language tags at all
        "ja-x-",
        "ja-x-Plain",
        "ja-x-plain1",
        "ja-x-plain-JP",
        "ja-x-plain ",
        " ja-x-plain",
        "ja-x-plainx",
        "JA-X-PLAIN",
        "x-plain",
        "ja-x-tanaka hanako",
    ];
    for tag in tags {
        // What the store takes, said in Rust: a tag core parses, private use only `ja-x-plain`.
        let expected =
            LanguageTag::parse(tag).is_ok() && (!tag.contains("-x-") || tag == "ja-x-plain");
        for (n, table) in ["record", "training_result"].into_iter().enumerate() {
            for column in ["staff_lang", "client_lang"] {
                let id = format!("{:032x}", n + 1);
                let row = row_with(
                    table,
                    &[(column, Value::Text(tag.into())), ("id", Value::Text(id))],
                );
                conn.execute_batch("SAVEPOINT probe").expect("savepoint");
                let result = insert(&conn, table, &row);
                conn.execute_batch("ROLLBACK TO probe; RELEASE probe")
                    .expect("rollback");
                match result {
                    Ok(_) => assert!(expected, "{table}.{column} took {tag:?}"),
                    Err(rusqlite::Error::SqliteFailure(e, _))
                        if e.code == ErrorCode::ConstraintViolation =>
                    {
                        assert!(!expected, "{table}.{column} refused {tag:?}")
                    }
                    Err(e) => panic!("{table}.{column} {tag:?}: {e}"),
                }
            }
        }
    }
}

/// Every row of `table`, in key order, as stored.
fn rows_of(conn: &Connection, table: &str, order: &str) -> Vec<Vec<Value>> {
    let mut stmt = conn
        .prepare(&format!("SELECT * FROM {table} ORDER BY {order}"))
        .expect("prepare");
    let n = stmt.column_count();
    stmt.query_map([], |r| (0..n).map(|i| r.get::<_, Value>(i)).collect())
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows")
}

/// A row of `table` as migrations 1 to 4 had it (a day, a free desk label), with these
/// replacements.
fn old_row(table: &str, changes: &[(&str, Value)]) -> Vec<(&'static str, Value)> {
    valid_rows()[table]
        .iter()
        .map(|(n, v)| {
            let (n, v) = match *n {
                "month" => ("day", Value::Text("2025-06-01".into())),
                "desk" => ("desk", Value::Text("Shinjuku 2F".into())),
                _ => (*n, v.clone()),
            };
            let v = changes
                .iter()
                .find(|(c, _)| *c == n)
                .map_or(v, |(_, nv)| nv.clone());
            (n, v)
        })
        .collect()
}

/// A row as migration 5 leaves it: the day cut to its month, a desk label made a code (or
/// cleared when it still is not one).
fn after_migration_5(mut row: Vec<Value>, desk_at: Option<usize>) -> Vec<Value> {
    if let Value::Text(day) = &row[1] {
        row[1] = Value::Text(day[..7].to_string());
    }
    if let Some(i) = desk_at {
        row[i] = match &row[i] {
            Value::Text(d) if d == "Shinjuku 2F" => Value::Text("shinjuku-2f".into()),
            _ => Value::Null,
        };
    }
    row
}

#[test]
fn a_version_2_log_keeps_every_record_and_referral_through_migrations_3_to_5() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("log.db");
    let t = |s: &str| Value::Text(s.to_string());
    let (records_before, referrals_before) = {
        let conn = Connection::open(&path).expect("open");
        conn.pragma_update(None, "foreign_keys", "ON")
            .expect("fk on");
        for sql in &MIGRATION_FILES[..2] {
            conn.execute_batch(sql.1).expect("migrations 1 and 2");
        }
        conn.pragma_update(None, "user_version", 2)
            .expect("version 2");
        // Live and training records over several days, with and without referrals, with
        // every optional column empty in some.
        for k in 0..40u32 {
            let mode = if k % 5 == 4 { "training" } else { "live" };
            let day = format!("2025-{:02}-{:02}", 1 + k % 3, 1 + k % 28);
            let id = format!("{:032x}", u128::from(k) * 0x9e37_79b9_7f4a_7c15 + 1);
            let mut changes = vec![
                ("mode", t(mode)),
                ("day", t(&day)),
                ("id", t(&id)),
                (
                    "client_lang",
                    t(["vi", "pt-BR", "zh-Hant-TW", "fil"][k as usize % 4]),
                ),
                ("danger", Value::Integer(i64::from(k % 2))),
            ];
            if k % 4 == 0 {
                // No referral: a record that only informed.
                changes.push(("outcome", t("information_only")));
            }
            if k % 5 == 1 {
                // A free label that is no desk code: it could be a name, and is cleared.
                changes.push(("desk", t("Desk A")));
            }
            if k % 3 == 0 {
                for c in [
                    "desk",
                    "age_group",
                    "gender",
                    "nationality",
                    "region",
                    "residence",
                ] {
                    changes.push((c, Value::Null));
                }
            }
            insert(&conn, "record", &old_row("record", &changes)).expect("record");
            for (position, service) in ["fresc", "police", "shelter"]
                .iter()
                .take((k % 4) as usize)
                .enumerate()
            {
                let referral = old_row(
                    "referral",
                    &[
                        ("mode", t(mode)),
                        ("day", t(&day)),
                        ("record_id", t(&id)),
                        ("position", Value::Integer(position as i64)),
                        ("service", t(service)),
                    ],
                );
                insert(&conn, "referral", &referral).expect("referral");
            }
        }
        insert(
            &conn,
            "training_result",
            &valid_rows()["training_result"].clone(),
        )
        .expect("training result");
        (
            rows_of(&conn, "record", "mode, day, id"),
            rows_of(&conn, "referral", "mode, day, record_id, service"),
        )
    };
    assert_eq!(records_before.len(), 40);
    assert_eq!(referrals_before.len(), 60);

    let store = Store::open(&path).expect("migrate");
    assert_eq!(store.state(), &madoguchi_store::OpenState::Healthy);
    assert_eq!(store.count(madoguchi_core::Mode::Live).expect("count"), 32);
    assert_eq!(
        store.count(madoguchi_core::Mode::Training).expect("count"),
        8
    );
    assert_eq!(store.training_count().expect("count"), 1);
    // Every record reads back as a Record, referrals in routing order.
    for mode in [madoguchi_core::Mode::Live, madoguchi_core::Mode::Training] {
        for id in store.ids(mode).expect("ids") {
            let record = store.record(id).expect("read").expect("there");
            let stored = referrals_before
                .iter()
                .filter(|r| r[2] == Value::Text(id.to_hex()))
                .count();
            assert_eq!(record.parts().referrals.len(), stored);
        }
    }
    drop(store);

    let conn = Connection::open(&path).expect("reopen");
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .expect("version");
    assert_eq!(version, SCHEMA_VERSION as i64);
    // Every day became its month, irreversibly; desk labels became codes or were cleared.
    let mut records_after: Vec<Vec<Value>> = records_before
        .into_iter()
        .map(|r| after_migration_5(r, Some(3)))
        .collect();
    records_after.sort_by_key(|r| format!("{:?}", (&r[0], &r[1], &r[2])));
    let mut referrals_after: Vec<Vec<Value>> = referrals_before
        .into_iter()
        .map(|r| after_migration_5(r, None))
        .collect();
    referrals_after.sort_by_key(|r| format!("{:?}", (&r[0], &r[1], &r[2], &r[4])));
    assert_eq!(rows_of(&conn, "record", "mode, month, id"), records_after);
    assert_eq!(
        rows_of(&conn, "referral", "mode, month, record_id, service"),
        referrals_after.clone()
    );
    assert!(records_after
        .iter()
        .any(|r| r[3] == Value::Text("shinjuku-2f".into())));
    let dangling: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .expect("foreign_key_check");
    assert_eq!(dangling, 0);
    // Nothing of the rebuild is left behind, and the schema is schema.sql.
    let expected = Connection::open_in_memory().expect("memory db");
    expected.execute_batch(SCHEMA_SQL).expect("schema.sql runs");
    assert_eq!(objects(&conn), objects(&expected));
    // The referral's foreign key still points at the rebuilt record table and cascades.
    conn.pragma_update(None, "foreign_keys", "ON")
        .expect("fk on");
    let (mode, month, id) = match &referrals_after[0][..3] {
        [m, d, i] => (m.clone(), d.clone(), i.clone()),
        _ => unreachable!(),
    };
    conn.execute(
        "DELETE FROM record WHERE mode = ?1 AND month = ?2 AND id = ?3",
        rusqlite::params![mode, month, id],
    )
    .expect("delete");
    let left: i64 = conn
        .query_row(
            "SELECT count(*) FROM referral WHERE mode = ?1 AND month = ?2 AND record_id = ?3",
            rusqlite::params![mode, month, id],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(left, 0);
    let orphan = row_with("referral", &[("record_id", t(&"e".repeat(32)))]);
    assert!(
        insert(&conn, "referral", &orphan).is_err(),
        "foreign key enforced"
    );
}
