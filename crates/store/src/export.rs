//! Statistics as CSV (UTF-8 with a byte-order mark, so Excel in Japan reads it as UTF-8) and
//! JSON; each export is recorded in the audit table.

use std::io::Write;
use std::path::{Path, PathBuf};

use madoguchi_core::{Cell, Dimensions, FixedPeriod, Report, Table, Threshold, TOTAL};
use serde_json::{json, Value};

use crate::error::{Context, StoreError};
use crate::store::Store;
use madoguchi_core::atomic::{rename_into_place, temp_beside, write_synced};

/// The UTF-8 byte-order mark.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Json,
}

impl ExportFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
        }
    }

    pub fn parse(s: &str) -> Option<ExportFormat> {
        match s {
            "csv" => Some(ExportFormat::Csv),
            "json" => Some(ExportFormat::Json),
            _ => None,
        }
    }
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportSummary {
    pub path: PathBuf,
    pub tables: usize,
    /// Live records in the period (as recorded in the audit table).
    pub records: u64,
}

/// The report as one CSV sheet, BOM first. One dimension: `month,<categories>...,total`, a row
/// per month and a `total` row (the period). Two dimensions:
/// `period,<first>,<second's categories>...,total`, for the period and then each of its months a
/// row per first category and a `total` row. Hidden cells read `X`.
pub fn write_csv(report: &Report, out: &mut dyn Write) -> Result<(), csv::Error> {
    out.write_all(BOM)?;
    // CRLF, as RFC 4180 has it, on every platform: the sheet is opened in Excel on Windows.
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    let two = report.dimensions.second.is_some();
    for (i, table) in report.tables.iter().enumerate() {
        if i == 0 {
            let mut header = vec![if two { "period" } else { "month" }.to_string()];
            if two {
                header.push(table.row_dimension.clone());
            }
            header.extend(table.columns.iter().cloned());
            header.push(TOTAL.to_string());
            w.write_record(&header)?;
        }
        let month = table.period.map(|p| p.to_string());
        let lines = table
            .rows
            .iter()
            .zip(table.cells.iter().zip(&table.row_totals))
            .map(|(label, (cells, total))| (label.as_str(), cells.as_slice(), *total))
            .chain([(TOTAL, table.column_totals.as_slice(), table.total)]);
        for (label, cells, total) in lines {
            let mut rec: Vec<String> = Vec::with_capacity(cells.len() + 3);
            match &month {
                Some(m) => {
                    rec.push(m.clone());
                    rec.push(label.to_string());
                }
                None => rec.push(label.to_string()),
            }
            rec.extend(cells.iter().map(|c| c.render()));
            rec.push(total.render());
            w.write_record(&rec)?;
        }
    }
    w.flush()?;
    Ok(())
}

fn cell_json(c: Cell) -> Value {
    match c {
        Cell::Count(n) => json!(n),
        Cell::Suppressed => json!(c.render()),
    }
}

fn table_json(t: &Table) -> Value {
    let cells = |cs: &[Cell]| Value::Array(cs.iter().map(|c| cell_json(*c)).collect());
    json!({
        "period": t.period,
        "row_dimension": t.row_dimension,
        "column_dimension": t.column_dimension,
        "rows": t.rows,
        "columns": t.columns,
        "cells": t.cells.iter().map(|r| cells(r)).collect::<Vec<_>>(),
        "row_totals": cells(&t.row_totals),
        "column_totals": cells(&t.column_totals),
        "total": cell_json(t.total),
    })
}

/// The report as JSON: counts are numbers, hidden cells the string `X`.
pub fn to_json(report: &Report) -> Value {
    json!({
        "period": report.period,
        "from": report.period.first_month(),
        "to": report.period.last_month(),
        "dimensions": report.dimensions.list(),
        "k": report.k,
        "hidden": madoguchi_core::HIDDEN,
        "tables": report.tables.iter().map(table_json).collect::<Vec<_>>(),
    })
}

impl Store {
    /// Writes the report over live records to `out` (through a temporary file beside it, then
    /// renamed) and records the export in the audit table. A log open read-only cannot record
    /// the export, so it exports nothing.
    pub fn export(
        &mut self,
        period: FixedPeriod,
        dimensions: Dimensions,
        k: Threshold,
        format: ExportFormat,
        out: &Path,
    ) -> Result<ExportSummary, StoreError> {
        self.writable("export statistics")?;
        if same_file(out, &self.path) {
            return Err(StoreError::ExportOverLog {
                path: out.to_path_buf(),
            });
        }
        let report = self.report(period, dimensions, k)?;
        let records = self.live_records_in(period.range())?;
        let mut body = Vec::new();
        match format {
            ExportFormat::Csv => write_csv(&report, &mut body).map_err(|e| StoreError::Io {
                path: out.to_path_buf(),
                op: "write the CSV",
                source: std::io::Error::other(e.to_string()),
            })?,
            ExportFormat::Json => {
                let text = serde_json::to_string_pretty(&to_json(&report))
                    .expect("a JSON value serializes");
                body.extend_from_slice(text.as_bytes());
                body.push(b'\n');
            }
        }
        let tmp = temp_beside(out);
        write_synced(&tmp, &body)
            .ctx(out, "write the export file")
            .inspect_err(|_| {
                let _ = std::fs::remove_file(&tmp);
            })?;
        let audited = self
            .conn
            .execute(
                "INSERT INTO audit (at, action, format, first_dim, second_dim, from_month, \
                 to_month, k, count) VALUES (?1, 'export', ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                rusqlite::params![
                    now(),
                    format.as_str(),
                    dimensions.first.id(),
                    dimensions.second.map(|d| d.id()),
                    period.first_month().to_string(),
                    period.last_month().to_string(),
                    k.get() as i64,
                    records as i64,
                ],
            )
            .ctx(&self.path, "record the export in the audit table");
        if let Err(e) = audited {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
        rename_into_place(&tmp, out).ctx(out, "move the export into place")?;
        Ok(ExportSummary {
            path: out.to_path_buf(),
            tables: report.tables.len(),
            records,
        })
    }

    /// The audit table, oldest first.
    pub fn audit(&self) -> Result<Vec<AuditEntry>, StoreError> {
        let path = &self.path;
        let op = "read the audit table";
        let mut stmt = self
            .conn
            .prepare(
                "SELECT at, action, format, first_dim, second_dim, from_month, to_month, k, \
                 older_than_days, count, training_results FROM audit ORDER BY rowid",
            )
            .ctx(path, op)?;
        let rows = stmt
            .query_map([], |r| {
                Ok(AuditEntry {
                    at: r.get(0)?,
                    action: r.get(1)?,
                    format: r.get(2)?,
                    first_dimension: r.get(3)?,
                    second_dimension: r.get(4)?,
                    from_month: r.get(5)?,
                    to_month: r.get(6)?,
                    k: r.get(7)?,
                    older_than_days: r.get(8)?,
                    count: r.get(9)?,
                    training_results: r.get(10)?,
                })
            })
            .ctx(path, op)?;
        rows.collect::<Result<_, _>>().ctx(path, op)
    }
}

/// One line of the audit table: what was done, when, and how many records it covered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    /// UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    pub at: String,
    /// `export` (statistics), `export_training` (per-case training results), `purge` or
    /// `bundle` (live records written for a hub).
    pub action: String,
    pub format: Option<String>,
    pub first_dimension: Option<String>,
    pub second_dimension: Option<String>,
    pub from_month: Option<String>,
    pub to_month: Option<String>,
    pub k: Option<i64>,
    pub older_than_days: Option<i64>,
    /// Export: live records covered; training export: runs covered; purge: records deleted;
    /// bundle: live records written.
    pub count: i64,
    /// Purge: training results deleted (`None` for purges before schema version 2).
    pub training_results: Option<i64>,
}

pub(crate) fn now() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

pub(crate) fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}
