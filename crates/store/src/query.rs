//! Counting for statistics. Every query here reads live records only: the condition
//! `mode = 'live'` is written into the two statements below, not passed in, so training records
//! cannot reach a report.
//!
//! Records are read in primary-key order (mode, month, id) and counted in Rust: SQLite's
//! `GROUP BY` would sort a million rows, a plain scan in key order does not. Referrals, kept in
//! the same order, are merged in alongside when `service` is a dimension.

use std::collections::HashMap;

use madoguchi_core::{
    fiscal_months, Concern, CountRow, Counts, Dimension, Dimensions, FixedPeriod, Period, Report,
    Threshold, YearMonth, NOT_APPLICABLE, NO_SERVICE, UNKNOWN_CATEGORY,
};
use rusqlite::types::ValueRef;
use rusqlite::{Transaction, TransactionBehavior};

use crate::error::{Context, StoreError};
use crate::store::Store;

/// The record columns a dimension reads (none for `service`, which comes from the referrals).
fn columns(dim: Dimension) -> Vec<&'static str> {
    match dim {
        Dimension::AgeGroup => vec!["age_group"],
        Dimension::Gender => vec!["gender"],
        Dimension::Nationality => vec!["nationality"],
        // Region and residence say `not_applicable` for a Japanese client.
        Dimension::Region => vec!["region", "nationality"],
        Dimension::Residence => vec!["residence", "nationality"],
        Dimension::Desk => vec!["desk"],
        Dimension::Outcome => vec!["outcome"],
        Dimension::StaffLanguage => vec!["staff_lang"],
        Dimension::ClientLanguage => vec!["client_lang"],
        Dimension::Danger => vec!["danger"],
        Dimension::Interpreter => vec!["interpreter"],
        Dimension::HandoverConsent => vec!["handover_consent"],
        Dimension::Concern => vec![CONCERN_MASK],
        Dimension::Service => vec![],
    }
}

/// The concern flags as one integer, bit i for `Concern::IDS[i]` (one column to read, not 11).
const CONCERN_MASK: &str = "concern_trafficking_sexual | (concern_trafficking_labour << 1) \
     | (concern_sexual_violence << 2) | (concern_child_abuse << 3) \
     | (concern_child_sexual_exploitation << 4) \
     | (concern_online_sexual_images << 5) | (concern_domestic_violence << 6) \
     | (concern_labour_problem << 7) | (concern_residence_problem << 8) \
     | (concern_discrimination << 9) | (concern_other << 10)";

/// Category names, each stored once; rows refer to them by index.
#[derive(Default)]
struct Interner {
    names: Vec<Vec<u8>>,
}

impl Interner {
    fn id(&mut self, name: &[u8]) -> u16 {
        match self.names.iter().position(|n| n == name) {
            Some(i) => i as u16,
            None => {
                self.names.push(name.to_vec());
                (self.names.len() - 1) as u16
            }
        }
    }

    fn name(&self, id: u16) -> String {
        String::from_utf8_lossy(&self.names[id as usize]).into_owned()
    }
}

fn text<'a>(v: &ValueRef<'a>) -> Option<&'a [u8]> {
    match v {
        ValueRef::Text(t) => Some(t),
        _ => None,
    }
}

/// The categories of one record for one dimension, as interned ids, into `out`. The
/// dimension's columns are those of [`columns`], from `first` on.
fn categories(
    dim: Dimension,
    row: &rusqlite::Row<'_>,
    first: usize,
    services: &[u16],
    names: &mut Interner,
    out: &mut Vec<u16>,
) -> rusqlite::Result<()> {
    out.clear();
    let value = |i: usize| row.get_ref(first + i);
    let yes_no = |v: &ValueRef<'_>| -> &'static [u8] {
        if matches!(v, ValueRef::Integer(1)) {
            b"yes"
        } else {
            b"no"
        }
    };
    match dim {
        Dimension::Concern => {
            let mask = match value(0)? {
                ValueRef::Integer(m) => m,
                _ => 0,
            };
            for (i, concern) in Concern::IDS.iter().enumerate() {
                if mask & (1 << i) != 0 {
                    out.push(names.id(concern.as_bytes()));
                }
            }
            if out.is_empty() {
                out.push(names.id(UNKNOWN_CATEGORY.as_bytes()));
            }
        }
        Dimension::Service => {
            out.extend_from_slice(services);
            if out.is_empty() {
                out.push(names.id(NO_SERVICE.as_bytes()));
            }
        }
        Dimension::Region | Dimension::Residence => {
            let japanese = text(&value(1)?) == Some(b"japanese".as_slice());
            let own = value(0)?;
            let name = if japanese {
                NOT_APPLICABLE.as_bytes()
            } else {
                text(&own).unwrap_or(UNKNOWN_CATEGORY.as_bytes())
            };
            out.push(names.id(name));
        }
        Dimension::Danger | Dimension::Interpreter | Dimension::HandoverConsent => {
            out.push(names.id(yes_no(&value(0)?)));
        }
        _ => {
            let own = value(0)?;
            out.push(names.id(text(&own).unwrap_or(UNKNOWN_CATEGORY.as_bytes())));
        }
    }
    Ok(())
}

/// A `YYYY-MM` month, parsed only when it changes (rows come in month order).
struct Months {
    last: [u8; 7],
    current: Option<YearMonth>,
}

impl Months {
    fn of(&mut self, month: &[u8]) -> Option<YearMonth> {
        let head = month.get(..7)?;
        if self.current.is_none() || head != self.last {
            self.last.copy_from_slice(head);
            self.current = YearMonth::parse(std::str::from_utf8(head).ok()?).ok();
        }
        self.current
    }
}

/// The referral row the merge stands on (buffers reused from row to row).
#[derive(Default)]
struct Pending {
    live: bool,
    month: Vec<u8>,
    record: Vec<u8>,
    service: u16,
}

/// Moves the merge to the next referral row (`live` false at the end).
fn next_referral(
    refs: &mut rusqlite::Rows<'_>,
    pending: &mut Pending,
    names: &mut Interner,
) -> rusqlite::Result<()> {
    match refs.next()? {
        None => pending.live = false,
        Some(r) => {
            let bytes = |i: usize| -> rusqlite::Result<&[u8]> {
                Ok(r.get_ref(i)?.as_bytes().unwrap_or(&[]))
            };
            pending.live = true;
            pending.month.clear();
            pending.month.extend_from_slice(bytes(0)?);
            pending.record.clear();
            pending.record.extend_from_slice(bytes(1)?);
            pending.service = names.id(bytes(2)?);
        }
    }
    Ok(())
}

/// The counts of the pair's first (`first`) or second dimension alone: the pair's rows summed
/// over the other dimension.
fn margin(two: &[CountRow], first: bool) -> Vec<CountRow> {
    let mut sums: std::collections::BTreeMap<(YearMonth, &str), u64> = Default::default();
    for r in two {
        let key = if first {
            r.first.as_str()
        } else {
            r.second.as_deref().unwrap_or(UNKNOWN_CATEGORY)
        };
        *sums.entry((r.month, key)).or_insert(0) += r.count;
    }
    sums.into_iter()
        .map(|((month, first), count)| CountRow {
            month,
            first: first.to_string(),
            second: None,
            count,
        })
        .collect()
}

impl Store {
    /// Counts of live records by month and the dimensions' categories, one row per category of
    /// a multi-valued dimension.
    pub fn counts(
        &self,
        period: Period,
        dimensions: Dimensions,
    ) -> Result<Vec<CountRow>, StoreError> {
        let path = &self.path;
        let op = "count records for statistics";
        let first_cols = columns(dimensions.first);
        let second_cols = dimensions.second.map(columns).unwrap_or_default();
        let with_services = dimensions.list().contains(&Dimension::Service);
        let selected: Vec<&str> = first_cols.iter().chain(&second_cols).copied().collect();
        let mut sql = String::from("SELECT month, id");
        for c in &selected {
            sql.push_str(", ");
            sql.push_str(c);
        }
        sql.push_str(
            " FROM record WHERE mode = 'live' AND month BETWEEN ?1 AND ?2 ORDER BY mode, month, id",
        );
        let (from, to) = (period.from.to_string(), period.to.to_string());

        // One read transaction: both statements see the same snapshot.
        let tx =
            Transaction::new_unchecked(&self.conn, TransactionBehavior::Deferred).ctx(path, op)?;
        let mut records = tx.prepare_cached(&sql).ctx(path, op)?;
        let mut referrals = tx
            .prepare_cached(
                "SELECT month, record_id, service FROM referral \
                 WHERE mode = 'live' AND month BETWEEN ?1 AND ?2 \
                 ORDER BY mode, month, record_id, service",
            )
            .ctx(path, op)?;
        let mut rows = records.query([&from, &to]).ctx(path, op)?;
        let mut refs = if with_services {
            Some(referrals.query([&from, &to]).ctx(path, op)?)
        } else {
            None
        };
        let mut names = Interner::default();
        let mut pending = Pending::default();
        if let Some(r) = refs.as_mut() {
            next_referral(r, &mut pending, &mut names).ctx(path, op)?;
        }

        let mut months = Months {
            last: [0; 7],
            current: None,
        };
        let mut counts: HashMap<(YearMonth, u16, u16), u64> = HashMap::new();
        let mut services: Vec<u16> = Vec::new();
        let (mut a_ids, mut b_ids) = (Vec::new(), Vec::new());
        while let Some(row) = rows.next().ctx(path, op)? {
            let stored_month = row.get_ref(0).ctx(path, op)?.as_bytes().unwrap_or(&[]);
            let id = row.get_ref(1).ctx(path, op)?.as_bytes().unwrap_or(&[]);
            let Some(month) = months.of(stored_month) else {
                return Err(StoreError::BadRow {
                    path: path.clone(),
                    detail: format!("month `{}`", String::from_utf8_lossy(stored_month)),
                });
            };
            if let Some(r) = refs.as_mut() {
                services.clear();
                // Both streams are in (month, id) order: skip referrals before this record, take
                // those of this record.
                while pending.live {
                    match (pending.month.as_slice(), pending.record.as_slice())
                        .cmp(&(stored_month, id))
                    {
                        std::cmp::Ordering::Less => {}
                        std::cmp::Ordering::Equal => services.push(pending.service),
                        std::cmp::Ordering::Greater => break,
                    }
                    next_referral(r, &mut pending, &mut names).ctx(path, op)?;
                }
            }
            categories(dimensions.first, row, 2, &services, &mut names, &mut a_ids)
                .ctx(path, op)?;
            match dimensions.second {
                Some(d) => categories(
                    d,
                    row,
                    2 + first_cols.len(),
                    &services,
                    &mut names,
                    &mut b_ids,
                )
                .ctx(path, op)?,
                None => {
                    b_ids.clear();
                    b_ids.push(u16::MAX);
                }
            }
            for &a in &a_ids {
                for &b in &b_ids {
                    *counts.entry((month, a, b)).or_insert(0) += 1;
                }
            }
        }
        drop(rows);
        drop(refs);
        drop(records);
        drop(referrals);
        tx.commit().ctx(path, op)?;

        let mut out: Vec<CountRow> = counts
            .into_iter()
            .map(|((month, a, b), count)| CountRow {
                month,
                first: names.name(a),
                second: (b != u16::MAX).then(|| names.name(b)),
                count,
            })
            .collect();
        out.sort_by(|x, y| (x.month, &x.first, &x.second).cmp(&(y.month, &y.first, &y.second)));
        Ok(out)
    }

    /// The release of one publication period over live records (see `madoguchi_core::stats`):
    /// counted over the period's whole fiscal year, whose months decide what is hidden.
    pub fn report(
        &self,
        period: FixedPeriod,
        dimensions: Dimensions,
        k: Threshold,
    ) -> Result<Report, StoreError> {
        let counts = self.fiscal_year_counts(period.fiscal_year(), dimensions)?;
        Ok(madoguchi_core::report(period, dimensions, &counts, k)?)
    }

    /// What `report` needs for a fiscal year: the months the log covers, live records per
    /// month, each dimension's counts and, with two, their counts together.
    pub fn fiscal_year_counts(
        &self,
        fiscal_year: i32,
        dimensions: Dimensions,
    ) -> Result<Counts, StoreError> {
        let year = fiscal_months(fiscal_year);
        let range = Period {
            from: year[0],
            to: year[11],
        };
        let months = match self.live_month_range()? {
            Some((first, last)) => year
                .into_iter()
                .filter(|m| first <= *m && *m <= last)
                .collect(),
            None => Vec::new(),
        };
        let two = match dimensions.second {
            Some(_) => self.counts(range, dimensions)?,
            None => Vec::new(),
        };
        let mut one = std::collections::BTreeMap::new();
        for (i, dim) in dimensions.list().into_iter().enumerate() {
            let other = if i == 0 {
                dimensions.second
            } else {
                Some(dimensions.first)
            };
            // A dimension's own counts are the pair's summed over the other dimension when that
            // one is single-valued (each record counted once there): one scan instead of two.
            let rows = match other {
                Some(o) if !o.multiple() => margin(&two, i == 0),
                _ => self.counts(range, Dimensions::new(&[dim])?)?,
            };
            one.insert(dim, rows);
        }
        // Records per month: a single-valued dimension's counts already add up to them.
        let records = match one.iter().find(|(d, _)| !d.multiple()) {
            Some((_, rows)) => {
                let mut by_month = std::collections::BTreeMap::new();
                for r in rows {
                    *by_month.entry(r.month).or_insert(0) += r.count;
                }
                by_month
            }
            None => self.live_records_by_month(range)?,
        };
        Ok(Counts {
            months,
            records,
            one,
            two,
        })
    }

    /// Live records per month of the range (months without records are left out).
    pub fn live_records_by_month(
        &self,
        range: Period,
    ) -> Result<std::collections::BTreeMap<YearMonth, u64>, StoreError> {
        let path = &self.path;
        let op = "count records by month";
        let (from, to) = (range.from.to_string(), range.to.to_string());
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT month, count(*) FROM record \
                 WHERE mode = 'live' AND month BETWEEN ?1 AND ?2 GROUP BY 1",
            )
            .ctx(path, op)?;
        let rows = stmt
            .query_map([from, to], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
            })
            .ctx(path, op)?;
        let mut out = std::collections::BTreeMap::new();
        for row in rows {
            let (month, n) = row.ctx(path, op)?;
            let month = YearMonth::parse(&month).map_err(|_| StoreError::BadRow {
                path: path.clone(),
                detail: format!("month `{month}`"),
            })?;
            out.insert(month, n as u64);
        }
        Ok(out)
    }

    /// The first and last month holding a live record, or `None` when there is none: the
    /// months the Reports screen offers.
    pub fn live_month_range(&self) -> Result<Option<(YearMonth, YearMonth)>, StoreError> {
        let path = &self.path;
        let op = "read the range of saved months";
        let (first, last): (Option<String>, Option<String>) = self
            .conn
            .query_row(
                "SELECT min(month), max(month) FROM record WHERE mode = 'live'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .ctx(path, op)?;
        let parse = |month: String| {
            YearMonth::parse(&month).map_err(|_| StoreError::BadRow {
                path: path.clone(),
                detail: format!("month `{month}`"),
            })
        };
        match (first, last) {
            (Some(first), Some(last)) => Ok(Some((parse(first)?, parse(last)?))),
            _ => Ok(None),
        }
    }

    /// How many live records fall in the period.
    pub fn live_records_in(&self, period: Period) -> Result<u64, StoreError> {
        let (from, to) = (period.from.to_string(), period.to.to_string());
        self.conn
            .query_row(
                "SELECT count(*) FROM record WHERE mode = 'live' AND month BETWEEN ?1 AND ?2",
                [from, to],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n as u64)
            .ctx(&self.path, "count records")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_concern_mask_decodes_in_sqlite() {
        // `|` and `<<` share one precedence level in SQLite: the shifts need their parentheses.
        let conn = rusqlite::Connection::open_in_memory().expect("db");
        let cols: Vec<String> = Concern::IDS
            .iter()
            .map(|id| format!("concern_{id} INTEGER"))
            .collect();
        conn.execute_batch(&format!("CREATE TABLE t ({})", cols.join(", ")))
            .expect("table");
        for i in 0..Concern::IDS.len() {
            let values: Vec<String> = (0..Concern::IDS.len())
                .map(|j| if j == i { "1" } else { "0" }.to_string())
                .collect();
            conn.execute_batch(&format!(
                "DELETE FROM t; INSERT INTO t VALUES ({})",
                values.join(", ")
            ))
            .expect("insert");
            let mask: i64 = conn
                .query_row(&format!("SELECT {CONCERN_MASK} FROM t"), [], |r| r.get(0))
                .expect("mask");
            assert_eq!(mask, 1 << i, "{}", Concern::IDS[i]);
        }
    }

    #[test]
    fn the_concern_mask_follows_the_order_of_concern_ids() {
        let terms: Vec<String> = CONCERN_MASK
            .split('|')
            .map(|t| {
                t.replace(['(', ')'], "")
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        assert_eq!(terms.len(), Concern::IDS.len());
        for (i, (term, id)) in terms.iter().zip(Concern::IDS).enumerate() {
            let expected = if i == 0 {
                format!("concern_{id}")
            } else {
                format!("concern_{id} << {i}")
            };
            assert_eq!(term, &expected);
        }
    }
}
