//! What a desk hands to a hub: the live records of a period, read in key order, and the audit
//! line of the bundle file. The bundle's format and encryption are the hub crate's
//! (`madoguchi-hub`); this module reads and records, and writes the file as an export is written
//! (a temporary file beside it, the audit row, then the rename).

use std::path::Path;

use madoguchi_core::{Period, Priority, Record, RecordedReferral, ServiceId};
use rusqlite::params;

use crate::error::{Context, StoreError};
use crate::export::{now, same_file};
use crate::store::{read_parts, Store, RECORD_COLUMNS};
use madoguchi_core::atomic::{rename_into_place, temp_beside, write_synced};

impl Store {
    /// Every live record whose month is in `period`, in key order (month, id), with its
    /// referrals in routing order. Training records are never read: `mode = 'live'` is written
    /// into the statements.
    pub fn live_records(&self, period: Period) -> Result<Vec<Record>, StoreError> {
        let path = &self.path;
        let op = "read live records";
        let (from, to) = (period.from.to_string(), period.to.to_string());
        let tx = self.conn.unchecked_transaction().ctx(path, op)?;
        let sql = format!(
            "SELECT {RECORD_COLUMNS} FROM record WHERE mode = 'live' AND month BETWEEN ?1 AND ?2 \
             ORDER BY mode, month, id"
        );
        let mut parts = Vec::new();
        {
            let mut stmt = tx.prepare(&sql).ctx(path, op)?;
            let rows = stmt
                .query_map(params![from, to], read_parts)
                .ctx(path, op)?;
            for row in rows {
                parts.push(row.ctx(path, op)?);
            }
        }
        let mut referrals: Vec<(String, String, RecordedReferral)> = Vec::new();
        {
            let mut stmt = tx
                .prepare(
                    "SELECT month, record_id, service, priority FROM referral \
                     WHERE mode = 'live' AND month BETWEEN ?1 AND ?2 \
                     ORDER BY month, record_id, position",
                )
                .ctx(path, op)?;
            let mut rows = stmt.query(params![from, to]).ctx(path, op)?;
            while let Some(r) = rows.next().ctx(path, op)? {
                let month: String = r.get(0).ctx(path, op)?;
                let id: String = r.get(1).ctx(path, op)?;
                let service: String = r.get(2).ctx(path, op)?;
                let priority: String = r.get(3).ctx(path, op)?;
                let bad = |detail: String| StoreError::BadRow {
                    path: path.clone(),
                    detail,
                };
                referrals.push((
                    month,
                    id,
                    RecordedReferral {
                        service: ServiceId::parse(&service).map_err(|e| bad(e.to_string()))?,
                        priority: Priority::ALL
                            .into_iter()
                            .find(|p| p.as_str() == priority)
                            .ok_or_else(|| bad(format!("priority `{priority}`")))?,
                    },
                ));
            }
        }
        tx.commit().ctx(path, op)?;
        // Both lists are in (month, id) order: merge.
        let mut out = Vec::with_capacity(parts.len());
        let mut refs = referrals.into_iter().peekable();
        for mut p in parts {
            let (month, id) = (p.month.to_string(), p.id.to_hex());
            while let Some((m, i, _)) = refs.peek() {
                match (m.as_str(), i.as_str()).cmp(&(month.as_str(), id.as_str())) {
                    std::cmp::Ordering::Less => {
                        refs.next();
                    }
                    std::cmp::Ordering::Equal => {
                        let (_, _, r) = refs.next().expect("peeked");
                        p.referrals.push(r);
                    }
                    std::cmp::Ordering::Greater => break,
                }
            }
            out.push(Record::new(p).map_err(|e| StoreError::BadRow {
                path: path.clone(),
                detail: e.to_string(),
            })?);
        }
        Ok(out)
    }

    /// Writes a bundle file that the caller made from [`Store::live_records`] of `period`
    /// (`records` of them): through a temporary file beside `out`, then the audit row
    /// (`bundle`, the months, the count), then the rename. A log open read-only writes nothing.
    pub fn write_bundle(
        &mut self,
        period: Period,
        records: u64,
        body: &[u8],
        out: &Path,
    ) -> Result<(), StoreError> {
        self.writable("write a bundle")?;
        if same_file(out, &self.path) {
            return Err(StoreError::ExportOverLog {
                path: out.to_path_buf(),
            });
        }
        let tmp = temp_beside(out);
        write_synced(&tmp, body)
            .ctx(out, "write the bundle file")
            .inspect_err(|_| {
                let _ = std::fs::remove_file(&tmp);
            })?;
        let audited = self
            .conn
            .execute(
                "INSERT INTO audit (at, action, from_month, to_month, count) \
                 VALUES (?1, 'bundle', ?2, ?3, ?4)",
                params![
                    now(),
                    period.from.to_string(),
                    period.to.to_string(),
                    records as i64
                ],
            )
            .ctx(&self.path, "record the bundle in the audit table");
        if let Err(e) = audited {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
        rename_into_place(&tmp, out).ctx(out, "move the bundle into place")
    }
}
