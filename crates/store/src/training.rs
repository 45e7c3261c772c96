//! Training results (`madoguchi_core::TrainingResult`): saved in their own table
//! (`training_result`, migration 2), apart from live records, and never read by the statistics
//! of `query.rs`. A trainer sees them per case (runs, passes, average hits and misses), in all
//! or by month, and exports them as CSV (UTF-8 with BOM) or JSON, audited as `export_training`.
//!
//! A row holds the case id, the day, the two language tags and the score: no trainee name and
//! no free text, so an export is anonymous by construction.

use std::io::Write;
use std::path::{Path, PathBuf};

use madoguchi_core::{LanguageTag, Period, RecordId, TrainingResult, YearMonth};
use rusqlite::params;
use serde_json::{json, Value};

use crate::error::{Context, StoreError};
use crate::export::{now, same_file, ExportFormat, BOM};
use crate::store::Store;
use madoguchi_core::atomic::{rename_into_place, temp_beside, write_synced};

/// The longest case id the table takes.
pub const CASE_ID_MAX_LEN: usize = 48;

/// Private-use language tags the table takes besides the `ll[-Scri][-RR]` shapes (the same
/// as `record`'s since migration 3). `LanguageTag::parse` takes any `-x-` subtag of 1 to 8
/// lowercase letters; the tables take only these, so a subtag cannot carry a name.
const PRIVATE_USE_TAGS: &[&str] = &["ja-x-plain"];

/// The highest score count the table takes (referrals of one case).
const MAX_COUNT: usize = 99;

/// Which training results to count: one case or all, a period or all time, by month or not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrainingSelection {
    pub case: Option<String>,
    pub period: Option<Period>,
    /// One line per case and month instead of one per case.
    pub by_month: bool,
}

/// The runs of one case (in one month, when counted by month).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseResults {
    pub case: String,
    /// Set when counted by month.
    pub month: Option<YearMonth>,
    pub runs: u64,
    pub passed: u64,
    /// Sums over the runs; the averages are these divided by `runs`.
    pub hit: u64,
    pub missed: u64,
    pub must_not: u64,
    pub extra: u64,
}

impl CaseResults {
    fn mean(&self, sum: u64) -> f64 {
        if self.runs == 0 {
            0.0
        } else {
            sum as f64 / self.runs as f64
        }
    }

    /// Expected referrals given, on average.
    pub fn average_hit(&self) -> f64 {
        self.mean(self.hit)
    }

    /// Expected referrals missed, on average.
    pub fn average_missed(&self) -> f64 {
        self.mean(self.missed)
    }

    /// Referrals given that must not be, on average.
    pub fn average_must_not(&self) -> f64 {
        self.mean(self.must_not)
    }

    /// Harmless extra referrals, on average.
    pub fn average_extra(&self) -> f64 {
        self.mean(self.extra)
    }
}

/// What a training export wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrainingExportSummary {
    pub path: PathBuf,
    /// Lines written (cases, or cases and months).
    pub lines: usize,
    /// Training runs the lines cover (as recorded in the audit table).
    pub runs: u64,
}

/// Rounds an average to two decimals, as exported.
fn two_decimals(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Per-case results as one CSV sheet, BOM first:
/// `case[,month],runs,passed,average_hit,average_missed,average_must_not,average_extra`.
pub fn write_training_csv(
    rows: &[CaseResults],
    by_month: bool,
    out: &mut dyn Write,
) -> Result<(), csv::Error> {
    out.write_all(BOM)?;
    // CRLF, as RFC 4180 has it, on every platform: the sheet is opened in Excel on Windows.
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    let mut header = vec!["case"];
    if by_month {
        header.push("month");
    }
    header.extend([
        "runs",
        "passed",
        "average_hit",
        "average_missed",
        "average_must_not",
        "average_extra",
    ]);
    w.write_record(&header)?;
    for r in rows {
        let mut rec = vec![r.case.clone()];
        if by_month {
            rec.push(r.month.map(|m| m.to_string()).unwrap_or_default());
        }
        rec.push(r.runs.to_string());
        rec.push(r.passed.to_string());
        for avg in [
            r.average_hit(),
            r.average_missed(),
            r.average_must_not(),
            r.average_extra(),
        ] {
            rec.push(format!("{avg:.2}"));
        }
        w.write_record(&rec)?;
    }
    w.flush()?;
    Ok(())
}

/// Per-case results as JSON: the selection, then one object per case (and month).
pub fn training_json(rows: &[CaseResults], selection: &TrainingSelection) -> Value {
    let cases: Vec<Value> = rows
        .iter()
        .map(|r| {
            let mut v = json!({
                "case": r.case,
                "runs": r.runs,
                "passed": r.passed,
                "average_hit": two_decimals(r.average_hit()),
                "average_missed": two_decimals(r.average_missed()),
                "average_must_not": two_decimals(r.average_must_not()),
                "average_extra": two_decimals(r.average_extra()),
            });
            if selection.by_month {
                v["month"] = json!(r.month.map(|m| m.to_string()));
            }
            v
        })
        .collect();
    json!({
        "training_results": true,
        "case": selection.case,
        "from": selection.period.map(|p| p.from.to_string()),
        "to": selection.period.map(|p| p.to.to_string()),
        "by_month": selection.by_month,
        "runs": rows.iter().map(|r| r.runs).sum::<u64>(),
        "cases": cases,
    })
}

fn case_id_ok(id: &str) -> bool {
    let b = id.as_bytes();
    !b.is_empty()
        && b.len() <= CASE_ID_MAX_LEN
        && b[0].is_ascii_lowercase()
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
        && b.iter().filter(|c| c.is_ascii_digit()).count() <= 4
}

fn language_ok(tag: &str) -> bool {
    LanguageTag::parse(tag).is_ok() && (!tag.contains("-x-") || PRIVATE_USE_TAGS.contains(&tag))
}

/// Why a result cannot be stored, if it cannot (the table's CHECKs, said in Rust first).
fn check(r: &TrainingResult) -> Result<(), String> {
    if !case_id_ok(&r.case) {
        return Err(format!(
            "case id `{}` is not lowercase letters, digits (at most four) and `-`, up to \
             {CASE_ID_MAX_LEN} characters",
            r.case.chars().take(60).collect::<String>()
        ));
    }
    for tag in [&r.staff_lang, &r.client_lang] {
        if !language_ok(tag) {
            return Err(format!(
                "language `{}` is not a language tag",
                tag.chars().take(40).collect::<String>()
            ));
        }
    }
    let s = &r.score;
    if [s.expected, s.hit, s.missed, s.must_not, s.extra]
        .iter()
        .any(|n| *n > MAX_COUNT)
    {
        return Err(format!("a score count is above {MAX_COUNT}"));
    }
    if s.hit + s.missed != s.expected {
        return Err("hits and misses do not add up to the expected referrals".into());
    }
    if s.passed != (s.missed == 0 && s.must_not == 0 && s.emergency_ok) {
        return Err("`passed` disagrees with the score".into());
    }
    Ok(())
}

fn day_text(d: chrono::NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

impl Store {
    /// Saves one training result durably (one transaction), under a fresh random id, apart from
    /// live records. Returns the id.
    pub fn save_training(&mut self, result: &TrainingResult) -> Result<RecordId, StoreError> {
        self.writable("save a training result")?;
        let path = self.path.clone();
        check(result).map_err(|detail| StoreError::BadTrainingResult {
            path: path.clone(),
            detail,
        })?;
        let id = RecordId::random().map_err(|e| StoreError::BadTrainingResult {
            path: path.clone(),
            detail: e.to_string(),
        })?;
        let s = &result.score;
        let tx = self
            .conn
            .transaction()
            .ctx(&path, "begin saving a training result")?;
        tx.execute(
            "INSERT INTO training_result (day, id, case_id, staff_lang, client_lang, expected, \
             hit, missed, must_not, extra, emergency_ok, passed) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![
                day_text(result.day),
                id.to_hex(),
                result.case,
                result.staff_lang,
                result.client_lang,
                s.expected as i64,
                s.hit as i64,
                s.missed as i64,
                s.must_not as i64,
                s.extra as i64,
                s.emergency_ok,
                s.passed,
            ],
        )
        .ctx(&path, "save a training result")?;
        tx.commit().ctx(&path, "commit the training result")?;
        Ok(id)
    }

    /// How many training results there are.
    pub fn training_count(&self) -> Result<u64, StoreError> {
        self.conn
            .query_row("SELECT count(*) FROM training_result", [], |r| {
                r.get::<_, i64>(0)
            })
            .map(|n| n as u64)
            .ctx(&self.path, "count training results")
    }

    /// Training results per case (and month, if asked), ordered by case then month.
    pub fn training_results(
        &self,
        selection: &TrainingSelection,
    ) -> Result<Vec<CaseResults>, StoreError> {
        let path = &self.path;
        let op = "read training results";
        let month = if selection.by_month {
            "substr(day, 1, 7)"
        } else {
            "NULL"
        };
        let sql = format!(
            "SELECT case_id, {month} AS month, count(*), sum(passed), sum(hit), sum(missed), \
             sum(must_not), sum(extra) FROM training_result \
             WHERE (?1 IS NULL OR case_id = ?1) AND (?2 IS NULL OR day BETWEEN ?2 AND ?3) \
             GROUP BY case_id, month ORDER BY case_id, month"
        );
        let (from, to) = match selection.period {
            Some(p) => (Some(day_text(p.first_day())), Some(day_text(p.last_day()))),
            None => (None, None),
        };
        let mut stmt = self.conn.prepare(&sql).ctx(path, op)?;
        let rows = stmt
            .query_map(params![selection.case, from, to], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    [
                        r.get::<_, i64>(2)?,
                        r.get::<_, i64>(3)?,
                        r.get::<_, i64>(4)?,
                        r.get::<_, i64>(5)?,
                        r.get::<_, i64>(6)?,
                        r.get::<_, i64>(7)?,
                    ],
                ))
            })
            .ctx(path, op)?;
        let mut out = Vec::new();
        for row in rows {
            let (case, month, n) = row.ctx(path, op)?;
            let month = match month {
                None => None,
                Some(m) => Some(YearMonth::parse(&m).map_err(|_| StoreError::BadRow {
                    path: path.clone(),
                    detail: format!("training day month `{m}`"),
                })?),
            };
            let n = n.map(|v| v.max(0) as u64);
            out.push(CaseResults {
                case,
                month,
                runs: n[0],
                passed: n[1],
                hit: n[2],
                missed: n[3],
                must_not: n[4],
                extra: n[5],
            });
        }
        Ok(out)
    }

    /// Writes the per-case training results to `out` (through a temporary file beside it, then
    /// renamed) and records the export in the audit table (`export_training`, with the period
    /// when one is given and the number of runs covered).
    pub fn export_training(
        &mut self,
        selection: &TrainingSelection,
        format: ExportFormat,
        out: &Path,
    ) -> Result<TrainingExportSummary, StoreError> {
        self.writable("export training results")?;
        if same_file(out, &self.path) {
            return Err(StoreError::ExportOverLog {
                path: out.to_path_buf(),
            });
        }
        let rows = self.training_results(selection)?;
        let runs: u64 = rows.iter().map(|r| r.runs).sum();
        let mut body = Vec::new();
        match format {
            ExportFormat::Csv => {
                write_training_csv(&rows, selection.by_month, &mut body).map_err(|e| {
                    StoreError::Io {
                        path: out.to_path_buf(),
                        op: "write the CSV",
                        source: std::io::Error::other(e.to_string()),
                    }
                })?
            }
            ExportFormat::Json => {
                let text = serde_json::to_string_pretty(&training_json(&rows, selection))
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
                "INSERT INTO audit (at, action, format, from_month, to_month, count) \
                 VALUES (?1, 'export_training', ?2, ?3, ?4, ?5)",
                params![
                    now(),
                    format.as_str(),
                    selection.period.map(|p| p.from.to_string()),
                    selection.period.map(|p| p.to.to_string()),
                    runs as i64,
                ],
            )
            .ctx(&self.path, "record the export in the audit table");
        if let Err(e) = audited {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
        rename_into_place(&tmp, out).ctx(out, "move the export into place")?;
        Ok(TrainingExportSummary {
            path: out.to_path_buf(),
            lines: rows.len(),
            runs,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rust_checks_agree_with_the_shipped_case_ids_and_locales() {
        for id in [
            "tr-woman-wants-return",
            "em-dv-bleeding",
            "ch-jk-business",
            "x",
        ] {
            assert!(case_id_ok(id), "{id}");
        }
        for id in [
            "",
            "Tr-x",
            "1tr",
            "tr_x",
            "tr x",
            "tanaka@example.com",
            "a090-1234-5678",
            &"a".repeat(49),
        ] {
            assert!(!case_id_ok(id), "{id}");
        }
        for tag in ["ja", "ja-x-plain", "pt-BR", "zh-CN", "fil"] {
            assert!(language_ok(tag), "{tag}");
        }
        for tag in ["", "JA", "ja-x-tanaka", "Tanaka Hanako"] {
            assert!(!language_ok(tag), "{tag}");
        }
    }
}
