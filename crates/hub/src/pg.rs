//! The hub's PostgreSQL side: schema migrations, imports, counts and reports.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

use madoguchi_core::{
    fiscal_months, one_mask, Cell, CountRow, Counts, Dimension, Dimensions, FixedPeriod, Period,
    Report, Threshold, YearMonth,
};
use postgres::{Client, NoTls, Transaction};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::bundle::Bundle;
use crate::categories::{hex, CategoryLists};
use crate::error::{Conflict, HubError, PgContext};
use crate::tally::tally;

/// The schema every hub table lives in.
pub const SCHEMA: &str = "madoguchi";

/// The hub's migrations, in order: file name and SQL. Applied ones never change (their SHA-256
/// is kept in `madoguchi.migration` and checked at every connection).
pub const MIGRATION_FILES: &[(&str, &str)] = &[(
    "0001_initial.sql",
    include_str!("../migrations/0001_initial.sql"),
)];

/// A connection to the hub's database.
pub struct Hub {
    client: Client,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportOutcome {
    /// New records for the desk and period.
    Imported { records: u64 },
    /// A newer bundle replaced older ones of the same desk (their periods, records).
    Replaced {
        records: u64,
        replaced: Vec<(String, String, u64)>,
    },
    /// The same bundle (same desk, period and content) was imported before: nothing changed.
    AlreadyImported,
}

/// Persons (実人員): live records per month of the period, and for the period, hidden as the
/// number of records is hidden in every table of the fiscal year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Persons {
    pub months: Vec<YearMonth>,
    pub counts: Vec<Cell>,
    pub total: Cell,
}

/// A pooled release: the tables (the desk's report, from pooled counts), the desks pooled and
/// the persons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HubReport {
    pub report: Report,
    pub desks: Vec<String>,
    pub persons: Persons,
}

fn sha(sql: &str) -> String {
    hex(&Sha256::digest(sql.as_bytes()))
}

fn month(s: &str) -> Result<YearMonth, HubError> {
    Ok(YearMonth::parse(s)?)
}

impl Hub {
    /// Connects (`postgresql://…` URL or `key=value` string) and works in schema `madoguchi`.
    pub fn connect(url: &str) -> Result<Hub, HubError> {
        let mut client = Client::connect(url, NoTls).pg("connect")?;
        client
            .batch_execute(&format!("SET search_path = {SCHEMA}"))
            .pg("set the search path")?;
        Ok(Hub { client })
    }

    /// Makes the schema, applies the migrations not applied yet (each in its own transaction)
    /// and registers `lists` as a known category version. Returns how many were applied.
    pub fn init(&mut self, lists: &CategoryLists) -> Result<usize, HubError> {
        self.client
            .batch_execute(&format!(
                "CREATE SCHEMA IF NOT EXISTS {SCHEMA}; \
                 CREATE TABLE IF NOT EXISTS {SCHEMA}.migration (\
                   version integer PRIMARY KEY, name text NOT NULL, sha256 text NOT NULL, \
                   applied_at timestamptz NOT NULL DEFAULT now())"
            ))
            .pg("create the schema")?;
        let applied = self.check_migrations()?;
        let mut done = 0;
        for (i, (name, sql)) in MIGRATION_FILES.iter().enumerate().skip(applied) {
            let mut tx = self.client.transaction().pg("begin a migration")?;
            tx.batch_execute(sql).pg("apply a migration")?;
            tx.execute(
                "INSERT INTO migration (version, name, sha256) VALUES ($1, $2, $3)",
                &[&(i as i32 + 1), name, &sha(sql)],
            )
            .pg("record a migration")?;
            tx.commit().pg("commit a migration")?;
            done += 1;
        }
        let lists_json: Value = serde_json::from_str(&lists.canonical_json()).expect("json");
        self.client
            .execute(
                "INSERT INTO category_version (version, lists) VALUES ($1, $2) \
                 ON CONFLICT (version) DO NOTHING",
                &[&lists.version(), &lists_json],
            )
            .pg("register the category lists")?;
        Ok(done)
    }

    /// How many migrations are applied, after checking that each is the shipped one.
    fn check_migrations(&mut self) -> Result<usize, HubError> {
        let rows = self
            .client
            .query(
                "SELECT version, name, sha256 FROM migration ORDER BY version",
                &[],
            )
            .pg("read the applied migrations")?;
        if rows.len() > MIGRATION_FILES.len() {
            return Err(HubError::NewerSchema {
                found: rows.len(),
                known: MIGRATION_FILES.len(),
            });
        }
        for (row, (name, sql)) in rows.iter().zip(MIGRATION_FILES) {
            let applied: String = row.get(2);
            if applied != sha(sql) {
                return Err(HubError::MigrationChanged {
                    name: name.to_string(),
                    applied,
                    shipped: sha(sql),
                });
            }
        }
        Ok(rows.len())
    }

    /// Refuses to work on a hub whose schema is missing, older or newer than this code's.
    fn ready(&mut self) -> Result<(), HubError> {
        let exists: bool = self
            .client
            .query_one("SELECT to_regclass('migration') IS NOT NULL", &[])
            .pg("look for the hub's schema")?
            .get(0);
        if !exists || self.check_migrations()? < MIGRATION_FILES.len() {
            return Err(HubError::NotInitialized);
        }
        Ok(())
    }

    /// The category versions this hub accepts.
    pub fn known_versions(&mut self) -> Result<BTreeSet<String>, HubError> {
        self.ready()?;
        Ok(self
            .client
            .query("SELECT version FROM category_version", &[])
            .pg("read the category versions")?
            .iter()
            .map(|r| r.get(0))
            .collect())
    }

    /// Checks a bundle (opened, its hash checked) against the hub: its category version known.
    pub fn check(&mut self, bundle: &Bundle) -> Result<(), HubError> {
        let version = &bundle.manifest.categories.version;
        if !self.known_versions()?.contains(version) {
            return Err(HubError::UnknownCategories {
                path: bundle.path.clone(),
                version: version.clone(),
            });
        }
        Ok(())
    }

    /// Imports one checked bundle in one transaction: its records and counts, replacing the
    /// desk's older bundles that its period covers. Refused, with nothing written, when the
    /// desk has a bundle as new or newer for an overlapping period, or one it overlaps only in
    /// part.
    pub fn import(&mut self, bundle: &Bundle) -> Result<ImportOutcome, HubError> {
        self.check(bundle)?;
        let records = bundle.records()?;
        let m = &bundle.manifest;
        let created = m.created_at().expect("checked when opened");
        let path = bundle.path.clone();
        let mut tx = self.client.transaction().pg("begin the import")?;
        // One import per desk at a time.
        tx.execute("SELECT pg_advisory_xact_lock(hashtext($1))", &[&m.desk])
            .pg("lock the desk")?;
        let same = tx
            .query_opt(
                "SELECT id FROM bundle WHERE desk = $1 AND from_month = $2 AND to_month = $3 \
                 AND content_sha256 = $4",
                &[&m.desk, &m.from, &m.to, &m.content_sha256],
            )
            .pg("look for the same bundle")?;
        if same.is_some() {
            tx.commit().pg("end the import")?;
            return Ok(ImportOutcome::AlreadyImported);
        }
        let overlapping = tx
            .query(
                "SELECT id, from_month, to_month, created, records, content_sha256 FROM bundle \
                 WHERE desk = $1 AND from_month <= $3 AND to_month >= $2 ORDER BY from_month",
                &[&m.desk, &m.from, &m.to],
            )
            .pg("look for the desk's bundles")?;
        let mut replaced = Vec::new();
        for row in &overlapping {
            let (id, from, to): (i64, String, String) = (row.get(0), row.get(1), row.get(2));
            let old_created: chrono::DateTime<chrono::Utc> = row.get(3);
            let conflict = || {
                Box::new(Conflict {
                    path: path.clone(),
                    desk: m.desk.clone(),
                    new_from: m.from.clone(),
                    new_to: m.to.clone(),
                    from: from.clone(),
                    to: to.clone(),
                    created: old_created.to_rfc3339(),
                })
            };
            if from < m.from || to > m.to {
                return Err(HubError::PartialOverlap(conflict()));
            }
            if old_created >= created {
                return Err(HubError::NotNewer(conflict()));
            }
            let old_records: i32 = row.get(4);
            let old_sha: String = row.get(5);
            for table in ["record", "month_count", "one_count", "two_count"] {
                tx.execute(&format!("DELETE FROM {table} WHERE bundle_id = $1"), &[&id])
                    .pg("delete a replaced bundle's rows")?;
            }
            tx.execute("DELETE FROM bundle WHERE id = $1", &[&id])
                .pg("delete a replaced bundle")?;
            tx.execute(
                "INSERT INTO audit (action, desk, from_month, to_month, records, content_sha256, \
                 replaced_sha256) VALUES ('replace', $1, $2, $3, $4, $5, $6)",
                &[
                    &m.desk,
                    &from,
                    &to,
                    &old_records,
                    &m.content_sha256,
                    &old_sha,
                ],
            )
            .pg("audit the replacement")?;
            replaced.push((from, to, old_records as u64));
        }
        let n = records.len() as i32;
        let id: i64 = tx
            .query_one(
                "INSERT INTO bundle (desk, from_month, to_month, created, content_sha256, \
                 category_version, records) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                &[
                    &m.desk,
                    &m.from,
                    &m.to,
                    &created,
                    &m.content_sha256,
                    &m.categories.version,
                    &n,
                ],
            )
            .pg("record the bundle")?
            .get(0);
        copy_records(&mut tx, id, &m.desk, &records)?;
        copy_counts(&mut tx, id, &m.desk, &records)?;
        tx.execute(
            "INSERT INTO audit (action, desk, from_month, to_month, records, content_sha256) \
             VALUES ('import', $1, $2, $3, $4, $5)",
            &[&m.desk, &m.from, &m.to, &n, &m.content_sha256],
        )
        .pg("audit the import")?;
        tx.commit().pg("commit the import")?;
        let records = records.len() as u64;
        Ok(if replaced.is_empty() {
            ImportOutcome::Imported { records }
        } else {
            ImportOutcome::Replaced { records, replaced }
        })
    }

    /// The desks with records, sorted.
    pub fn desks(&mut self) -> Result<Vec<String>, HubError> {
        self.ready()?;
        Ok(self
            .client
            .query("SELECT DISTINCT desk FROM bundle ORDER BY desk", &[])
            .pg("list the desks")?
            .iter()
            .map(|r| r.get(0))
            .collect())
    }

    /// What `madoguchi_core::report` needs for a fiscal year, pooled over `desks` (all when
    /// empty): the months from the first to the last with records, records per month, each
    /// dimension's counts and the pair's — the sums of the bundles' counts.
    pub fn fiscal_year_counts(
        &mut self,
        fiscal_year: i32,
        dimensions: Dimensions,
        desks: &[String],
    ) -> Result<Counts, HubError> {
        self.ready()?;
        let year = fiscal_months(fiscal_year);
        let (from, to) = (year[0].to_string(), year[11].to_string());
        let all = desks.is_empty();
        let desks: Vec<String> = desks.to_vec();
        let filter = "($3 OR desk = ANY($4))";
        let range: (Option<String>, Option<String>) = {
            let r = self
                .client
                .query_one(
                    "SELECT min(month), max(month) FROM month_count \
                     WHERE ($1 OR desk = ANY($2))",
                    &[&all, &desks],
                )
                .pg("read the months with records")?;
            (r.get(0), r.get(1))
        };
        let months: Vec<YearMonth> = match range {
            (Some(first), Some(last)) => {
                let (first, last) = (month(&first)?, month(&last)?);
                year.iter()
                    .copied()
                    .filter(|m| first <= *m && *m <= last)
                    .collect()
            }
            _ => Vec::new(),
        };
        let params: [&(dyn postgres::types::ToSql + Sync); 4] = [&from, &to, &all, &desks];
        let mut records = BTreeMap::new();
        for r in self
            .client
            .query(
                &format!(
                    "SELECT month, sum(records)::bigint FROM month_count \
                     WHERE month BETWEEN $1 AND $2 AND {filter} GROUP BY month"
                ),
                &params,
            )
            .pg("count records by month")?
        {
            records.insert(month(r.get(0))?, r.get::<_, i64>(1) as u64);
        }
        let mut one = BTreeMap::new();
        for dim in dimensions.list() {
            let sql = if dim == Dimension::Desk {
                format!(
                    "SELECT month, desk, sum(records)::bigint FROM month_count \
                     WHERE month BETWEEN $1 AND $2 AND {filter} GROUP BY month, desk"
                )
            } else {
                format!(
                    "SELECT month, category, sum(n)::bigint FROM one_count \
                     WHERE dim = $5 AND month BETWEEN $1 AND $2 AND {filter} \
                     GROUP BY month, category"
                )
            };
            let id = dim.id();
            let mut p: Vec<&(dyn postgres::types::ToSql + Sync)> = params.to_vec();
            if dim != Dimension::Desk {
                p.push(&id);
            }
            let rows = self.client.query(&sql, &p).pg("count one dimension")?;
            let mut out = Vec::with_capacity(rows.len());
            for r in rows {
                out.push(CountRow {
                    month: month(r.get(0))?,
                    first: r.get(1),
                    second: None,
                    count: r.get::<_, i64>(2) as u64,
                });
            }
            one.insert(dim, out);
        }
        let two = match dimensions.second {
            None => Vec::new(),
            Some(second) => self.pair_counts(dimensions.first, second, &params)?,
        };
        Ok(Counts {
            months,
            records,
            one,
            two,
        })
    }

    fn pair_counts(
        &mut self,
        first: Dimension,
        second: Dimension,
        params: &[&(dyn postgres::types::ToSql + Sync); 4],
    ) -> Result<Vec<CountRow>, HubError> {
        let filter = "($3 OR desk = ANY($4))";
        // (sql, whether the row's first column is `first`'s category)
        let (sql, dims, straight) = if first == Dimension::Desk || second == Dimension::Desk {
            let other = if first == Dimension::Desk {
                second
            } else {
                first
            };
            (
                format!(
                    "SELECT month, desk, category, sum(n)::bigint FROM one_count \
                     WHERE dim = $5 AND month BETWEEN $1 AND $2 AND {filter} \
                     GROUP BY month, desk, category"
                ),
                vec![other.id()],
                first == Dimension::Desk,
            )
        } else {
            let (a, b) = if first < second {
                (first, second)
            } else {
                (second, first)
            };
            (
                format!(
                    "SELECT month, cat_a, cat_b, sum(n)::bigint FROM two_count \
                     WHERE dim_a = $5 AND dim_b = $6 AND month BETWEEN $1 AND $2 AND {filter} \
                     GROUP BY month, cat_a, cat_b"
                ),
                vec![a.id(), b.id()],
                first < second,
            )
        };
        let mut p: Vec<&(dyn postgres::types::ToSql + Sync)> = params.to_vec();
        for d in &dims {
            p.push(d);
        }
        let rows = self.client.query(&sql, &p).pg("count two dimensions")?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let (x, y): (String, String) = (r.get(1), r.get(2));
            let (f, s) = if straight { (x, y) } else { (y, x) };
            out.push(CountRow {
                month: month(r.get(0))?,
                first: f,
                second: Some(s),
                count: r.get::<_, i64>(3) as u64,
            });
        }
        Ok(out)
    }

    /// The pooled release of `period`: the desks' counts summed, then hidden by the desk's
    /// method over the pooled counts (k is the policy's).
    pub fn report(
        &mut self,
        period: FixedPeriod,
        dimensions: Dimensions,
        desks: &[String],
    ) -> Result<HubReport, HubError> {
        let k = Threshold::POLICY;
        let known = self.desks()?;
        let counts = self.fiscal_year_counts(period.fiscal_year(), dimensions, desks)?;
        let report = madoguchi_core::report(period, dimensions, &counts, k)?;
        let pooled = if desks.is_empty() {
            known
        } else {
            desks.to_vec()
        };
        Ok(HubReport {
            persons: persons(period, &counts, k),
            report,
            desks: pooled,
        })
    }

    /// Records an export of a pooled report in the hub's audit table.
    pub fn audit_export(&mut self, rep: &HubReport, file: &str) -> Result<(), HubError> {
        let records = rep.persons_total_for_audit();
        self.client
            .execute(
                "INSERT INTO audit (action, from_month, to_month, records, detail) \
                 VALUES ('export', $1, $2, $3, $4)",
                &[
                    &rep.report.period.first_month().to_string(),
                    &rep.report.period.last_month().to_string(),
                    &records,
                    &format!(
                        "by {}; desks {}; file {file}",
                        rep.report
                            .dimensions
                            .list()
                            .iter()
                            .map(|d| d.id())
                            .collect::<Vec<_>>()
                            .join(", "),
                        rep.desks.join(" ")
                    ),
                ],
            )
            .pg("audit the export")?;
        Ok(())
    }

    /// The audit table, oldest first: (action, desk, from, to, records, role).
    pub fn audit(&mut self) -> Result<Vec<AuditRow>, HubError> {
        Ok(self
            .client
            .query(
                "SELECT action, desk, from_month, to_month, records, role, content_sha256, \
                 replaced_sha256 FROM audit ORDER BY at, ctid",
                &[],
            )
            .pg("read the audit table")?
            .iter()
            .map(|r| AuditRow {
                action: r.get(0),
                desk: r.get(1),
                from_month: r.get(2),
                to_month: r.get(3),
                records: r.get(4),
                role: r.get(5),
                content_sha256: r.get(6),
                replaced_sha256: r.get(7),
            })
            .collect())
    }

    /// The underlying client, for checks.
    pub fn client(&mut self) -> &mut Client {
        &mut self.client
    }
}

/// One line of the hub's audit table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRow {
    pub action: String,
    pub desk: Option<String>,
    pub from_month: Option<String>,
    pub to_month: Option<String>,
    pub records: Option<i32>,
    pub role: String,
    pub content_sha256: Option<String>,
    pub replaced_sha256: Option<String>,
}

impl HubReport {
    fn persons_total_for_audit(&self) -> i32 {
        self.persons
            .counts
            .iter()
            .map(|c| c.count().unwrap_or(0))
            .sum::<u64>() as i32
    }
}

/// Persons (実人員) per month of the period and in all, hidden exactly where the desk's method
/// hides the number of records (core's `one_mask` over the fiscal year's months).
pub fn persons(period: FixedPeriod, counts: &Counts, k: Threshold) -> Persons {
    let per_month: Vec<u64> = counts
        .months
        .iter()
        .map(|m| counts.records.get(m).copied().unwrap_or(0))
        .collect();
    let values: Vec<Vec<u64>> = per_month.iter().map(|n| vec![*n]).collect();
    let hidden = one_mask(0, &values, &per_month, false, k)
        .first()
        .copied()
        .unwrap_or(true);
    let shown: Vec<YearMonth> = period
        .months()
        .into_iter()
        .filter(|m| counts.months.contains(m))
        .collect();
    let cell = |n: u64| {
        if hidden {
            Cell::Suppressed
        } else {
            Cell::Count(n)
        }
    };
    let counts_by_month: Vec<u64> = shown
        .iter()
        .map(|m| counts.records.get(m).copied().unwrap_or(0))
        .collect();
    Persons {
        total: cell(counts_by_month.iter().sum()),
        counts: counts_by_month.into_iter().map(cell).collect(),
        months: shown,
    }
}

fn cell_json(c: Cell) -> Value {
    match c {
        Cell::Count(n) => json!(n),
        Cell::Suppressed => json!(c.render()),
    }
}

/// The pooled report as JSON: the desk's `report --json` object, plus `desks` (the desks
/// pooled), `persons` (実人員 per month and in all) and `counting` (per dimension: `persons`,
/// or `topics` (延べ) for concern and service, where a record counts under each of its values).
pub fn report_json(rep: &HubReport) -> Value {
    let mut v = madoguchi_store::to_json(&rep.report);
    let counting: serde_json::Map<String, Value> = rep
        .report
        .dimensions
        .list()
        .iter()
        .map(|d| {
            let how = if d.multiple() { "topics" } else { "persons" };
            (d.id().to_string(), json!(how))
        })
        .collect();
    let obj = v.as_object_mut().expect("an object");
    obj.insert("desks".into(), json!(rep.desks));
    obj.insert("counting".into(), Value::Object(counting));
    obj.insert(
        "persons".into(),
        json!({
            "rows": rep.persons.months,
            "counts": rep.persons.counts.iter().map(|c| cell_json(*c)).collect::<Vec<_>>(),
            "total": cell_json(rep.persons.total),
        }),
    );
    v
}

/// The period given as `--from`/`--to`: it must be one of the fixed publication periods.
pub fn fixed_period(from: YearMonth, to: YearMonth) -> Option<FixedPeriod> {
    let range = Period::new(from, to).ok()?;
    let m = FixedPeriod::Month(from);
    let candidates = m.family();
    candidates.into_iter().find(|p| p.range() == range)
}

fn pg_bool(b: bool) -> &'static str {
    if b {
        "t"
    } else {
        "f"
    }
}

fn pg_opt(s: Option<&str>) -> &str {
    s.unwrap_or("\\N")
}

/// The records into `record` with COPY (text format; every value is a category, a code or a
/// hex id, so nothing needs escaping).
fn copy_records(
    tx: &mut Transaction<'_>,
    bundle: i64,
    desk: &str,
    records: &[madoguchi_core::Record],
) -> Result<(), HubError> {
    let mut w = tx
        .copy_in(
            "COPY record (desk, bundle_id, month, id, label, staff_lang, client_lang, \
             interpreter, age_group, gender, nationality, region, residence, concerns, danger, \
             outcome, handover_consent, services, priorities) FROM STDIN",
        )
        .pg("copy the records")?;
    let mut buf = Vec::with_capacity(1 << 20);
    for r in records {
        let p = r.parts();
        let concerns: Vec<&str> = p.concerns.iter().map(|c| c.as_str()).collect();
        let services: Vec<&str> = p.referrals.iter().map(|x| x.service.as_str()).collect();
        let priorities: Vec<&str> = p.referrals.iter().map(|x| x.priority.as_str()).collect();
        writeln!(
            buf,
            "{desk}\t{bundle}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{{{}}}\t{}\t{}\t{}\t{{{}}}\t{{{}}}",
            p.month,
            p.id.to_hex(),
            pg_opt(p.desk.as_ref().map(|d| d.as_str())),
            p.staff_language.as_str(),
            p.client_language.as_str(),
            pg_bool(p.interpreter),
            pg_opt(p.age_group.map(|v| v.as_str())),
            pg_opt(p.gender.map(|v| v.as_str())),
            pg_opt(p.nationality.map(|v| v.as_str())),
            pg_opt(p.region.map(|v| v.as_str())),
            pg_opt(p.residence.map(|v| v.as_str())),
            concerns.join(","),
            pg_bool(p.danger),
            p.outcome.as_str(),
            pg_bool(p.handover_consent),
            services.join(","),
            priorities.join(","),
        )
        .expect("write to memory");
        if buf.len() > (1 << 20) {
            w.write_all(&buf)
                .map_err(|e| copy_err(e, "copy the records"))?;
            buf.clear();
        }
    }
    w.write_all(&buf)
        .map_err(|e| copy_err(e, "copy the records"))?;
    w.finish().pg("copy the records")?;
    Ok(())
}

fn copy_err(e: std::io::Error, op: &'static str) -> HubError {
    // The writer reports the server's error as an I/O error; finish() would give it typed.
    HubError::Io {
        path: std::path::PathBuf::from("(PostgreSQL COPY)"),
        op,
        source: e,
    }
}

/// The bundle's counts into `month_count`, `one_count` and `two_count`.
fn copy_counts(
    tx: &mut Transaction<'_>,
    bundle: i64,
    desk: &str,
    records: &[madoguchi_core::Record],
) -> Result<(), HubError> {
    let t = tally(records);
    let mut buf = Vec::new();
    for (m, n) in &t.records {
        writeln!(buf, "{desk}\t{bundle}\t{m}\t{n}").expect("memory");
    }
    let mut w = tx
        .copy_in("COPY month_count (desk, bundle_id, month, records) FROM STDIN")
        .pg("copy the counts")?;
    w.write_all(&buf)
        .map_err(|e| copy_err(e, "copy the counts"))?;
    w.finish().pg("copy the counts")?;
    buf.clear();
    for (m, d, c, n) in &t.one {
        writeln!(buf, "{desk}\t{bundle}\t{m}\t{}\t{c}\t{n}", d.id()).expect("memory");
    }
    let mut w = tx
        .copy_in("COPY one_count (desk, bundle_id, month, dim, category, n) FROM STDIN")
        .pg("copy the counts")?;
    w.write_all(&buf)
        .map_err(|e| copy_err(e, "copy the counts"))?;
    w.finish().pg("copy the counts")?;
    buf.clear();
    let mut w = tx
        .copy_in(
            "COPY two_count (desk, bundle_id, month, dim_a, dim_b, cat_a, cat_b, n) FROM STDIN",
        )
        .pg("copy the counts")?;
    for (m, a, b, x, y, n) in &t.two {
        writeln!(
            buf,
            "{desk}\t{bundle}\t{m}\t{}\t{}\t{x}\t{y}\t{n}",
            a.id(),
            b.id()
        )
        .expect("memory");
        if buf.len() > (1 << 20) {
            w.write_all(&buf)
                .map_err(|e| copy_err(e, "copy the counts"))?;
            buf.clear();
        }
    }
    w.write_all(&buf)
        .map_err(|e| copy_err(e, "copy the counts"))?;
    w.finish().pg("copy the counts")?;
    Ok(())
}
