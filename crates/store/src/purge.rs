//! Retention: records and training results older than a configurable age are deleted with
//! `secure_delete` on (their bytes are overwritten with zeros), then the file is compacted and the
//! WAL truncated.

use chrono::{Months, NaiveDate};
use madoguchi_core::YearMonth;

use crate::error::{Context, StoreError};
use crate::export::now;
use crate::store::Store;

/// How long records are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retention {
    Years(u32),
    Days(u32),
}

impl Default for Retention {
    /// Three years.
    fn default() -> Self {
        Retention::Years(3)
    }
}

impl Retention {
    /// The first day that is kept, always the first of a month: records keep only their month,
    /// so retention counts whole months, and records of earlier months are purged. `Years(3)` on
    /// 2026-12-06 keeps 2023-12 onwards.
    pub fn cutoff(self, today: NaiveDate) -> NaiveDate {
        let back = match self {
            Retention::Years(y) => today.checked_sub_months(Months::new(y.saturating_mul(12))),
            Retention::Days(d) => today.checked_sub_days(chrono::Days::new(u64::from(d))),
        };
        back.map_or(NaiveDate::MIN, |day| YearMonth::of(day).first_day())
    }
}

/// What a purge did (or, dry, would do).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PurgeOutcome {
    /// Records of months before this one's (always the first of a month) are purged.
    pub cutoff: NaiveDate,
    /// Days from the cutoff to today (as recorded in the audit table).
    pub older_than_days: u32,
    /// Live and training records deleted (or that would be).
    pub records: u64,
    /// Training results deleted (or that would be).
    pub training_results: u64,
    pub dry_run: bool,
}

/// What the desk was shown and confirmed: a confirmed purge deletes exactly this, or nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PurgeShown {
    pub cutoff: NaiveDate,
    pub records: u64,
    pub training_results: u64,
}

impl From<PurgeOutcome> for PurgeShown {
    fn from(o: PurgeOutcome) -> Self {
        PurgeShown {
            cutoff: o.cutoff,
            records: o.records,
            training_results: o.training_results,
        }
    }
}

impl Store {
    /// What a purge with `retention` would delete on `today`, without deleting anything: the
    /// Settings screen's "this will delete N records" (the same as `purge --dry-run`).
    pub fn purge_preview(
        &self,
        today: NaiveDate,
        retention: Retention,
    ) -> Result<PurgeOutcome, StoreError> {
        let cutoff = retention.cutoff(today);
        let (month, day) = cutoff_texts(cutoff);
        let (n, t): (i64, i64) = self
            .conn
            .query_row(
                "SELECT (SELECT count(*) FROM record WHERE month < ?1), \
                 (SELECT count(*) FROM training_result WHERE day < ?2)",
                [&month, &day],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .ctx(&self.path, "count records to purge")?;
        Ok(PurgeOutcome {
            cutoff,
            older_than_days: older_than_days(today, cutoff),
            records: n as u64,
            training_results: t as u64,
            dry_run: true,
        })
    }

    /// Deletes every record (live and training) and every training result older than
    /// `retention` allows on `today`, records the purge in the audit table, then compacts the
    /// file. With `dry_run`, only counts.
    pub fn purge(
        &mut self,
        today: NaiveDate,
        retention: Retention,
        dry_run: bool,
    ) -> Result<PurgeOutcome, StoreError> {
        if dry_run {
            return self.purge_preview(today, retention);
        }
        self.delete_older(today, retention, None)
    }

    /// The purge the desk confirmed after reading its preview: if the cutoff or the counts are no
    /// longer what was `shown` (the date turned over, another program wrote to the log), nothing
    /// is deleted and [`StoreError::PurgeChanged`] says what it would delete now.
    pub fn purge_as_shown(
        &mut self,
        today: NaiveDate,
        retention: Retention,
        shown: PurgeShown,
    ) -> Result<PurgeOutcome, StoreError> {
        self.delete_older(today, retention, Some(shown))
    }

    fn delete_older(
        &mut self,
        today: NaiveDate,
        retention: Retention,
        shown: Option<PurgeShown>,
    ) -> Result<PurgeOutcome, StoreError> {
        let path = self.path.clone();
        let cutoff = retention.cutoff(today);
        let older_than_days = older_than_days(today, cutoff);
        let (month, day) = cutoff_texts(cutoff);
        self.writable("purge old records")?;
        self.conn
            .pragma_update(None, "secure_delete", "ON")
            .ctx(&path, "turn on secure delete")?;
        let tx = self.conn.transaction().ctx(&path, "begin the purge")?;
        // Referrals go with their record (ON DELETE CASCADE).
        let n = tx
            .execute("DELETE FROM record WHERE month < ?1", [&month])
            .ctx(&path, "delete old records")?;
        let t = tx
            .execute("DELETE FROM training_result WHERE day < ?1", [&day])
            .ctx(&path, "delete old training results")?;
        let now_deleting = PurgeShown {
            cutoff,
            records: n as u64,
            training_results: t as u64,
        };
        if let Some(shown) = shown.filter(|s| *s != now_deleting) {
            // Dropping the transaction rolls the deletes back.
            drop(tx);
            return Err(StoreError::PurgeChanged {
                path,
                shown,
                now: now_deleting,
            });
        }
        tx.execute(
            "INSERT INTO audit (at, action, older_than_days, count, training_results) \
             VALUES (?1, 'purge', ?2, ?3, ?4)",
            rusqlite::params![now(), older_than_days, n as i64, t as i64],
        )
        .ctx(&path, "record the purge in the audit table")?;
        tx.commit().ctx(&path, "commit the purge")?;
        if n > 0 || t > 0 {
            self.conn
                .execute_batch("VACUUM")
                .ctx(&path, "compact the file after the purge")?;
        }
        // Frames holding the deleted rows leave the WAL file.
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .ctx(&path, "checkpoint the WAL after the purge")?;
        Ok(PurgeOutcome {
            cutoff,
            older_than_days,
            records: n as u64,
            training_results: t as u64,
            dry_run: false,
        })
    }
}

/// The cutoff as stored: the month for records, the day for training results.
fn cutoff_texts(cutoff: NaiveDate) -> (String, String) {
    (
        YearMonth::of(cutoff).to_string(),
        cutoff.format("%Y-%m-%d").to_string(),
    )
}

fn older_than_days(today: NaiveDate, cutoff: NaiveDate) -> u32 {
    u32::try_from((today - cutoff).num_days().max(0)).unwrap_or(u32::MAX)
}
