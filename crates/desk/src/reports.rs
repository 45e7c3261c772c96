//! The Reports screen: monthly statistics over live records, as the core labels them (tables,
//! bar and line series, suppressed cells without numbers), and their export to CSV through a
//! native save dialog opened from Rust — the webview gets no file-system or dialog permission.
//!
//! Nothing is counted or suppressed here: `Store::report` counts, `madoguchi_core::stats`
//! suppresses, `App::report_view` labels. Training records are never read (the store counts
//! `mode = 'live'` only).

use std::path::Path;

use chrono::NaiveDate;
use madoguchi_core::{
    fiscal_year_of, App, CategoryView, Dimension, Dimensions, FixedPeriod, ReportView, Threshold,
    YearMonth,
};
use madoguchi_store::ExportFormat;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::desk::{Desk, Log, SaveDialog};
use crate::error::CommandError;

/// What the screen counts by when first opened: the concern, as the government reports do.
const DEFAULT_DIMENSION: Dimension = Dimension::Concern;

/// The Reports screen's choices as the UI sends them.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, TS)]
pub struct ReportRequest {
    /// The publication period: `YYYY-MM`, `FYyyyy-Qn` or `FYyyyy`.
    pub period: String,
    /// A dimension id (`concern`, `service`, …).
    pub dimension: String,
    /// A second dimension id, or empty for none.
    pub second: String,
}

/// The periods offered, newest first within each kind, labelled in the staff language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PeriodChoices {
    pub fiscal_years: Vec<CategoryView>,
    pub quarters: Vec<CategoryView>,
    pub months: Vec<CategoryView>,
}

/// Everything the Reports screen shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ReportScreen {
    /// False when the log cannot be read (then nothing else is filled in).
    pub available: bool,
    /// The publication periods offered: fiscal years, their quarters, months.
    pub periods: PeriodChoices,
    /// The dimensions offered, labelled in the staff language.
    pub dimensions: Vec<CategoryView>,
    /// The choices the report was made with (the defaults when the UI sent none).
    pub request: ReportRequest,
    /// Live records in the period.
    #[ts(type = "number")]
    pub records: u64,
    pub report: Option<ReportView>,
}

/// The outcome of an export as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ExportOutcome {
    Saved {
        path: String,
        /// Live records the exported statistics count.
        #[ts(type = "number")]
        records: u64,
    },
    /// The dialog was closed without choosing a file: nothing was written.
    Cancelled,
    /// Nothing usable was written; `detail` says why (file, operation, the system's words).
    Failed { detail: String },
}

impl From<madoguchi_core::StatsError> for CommandError {
    /// A period or dimension the app does not offer (a request the UI never makes).
    fn from(e: madoguchi_core::StatsError) -> Self {
        CommandError::request(format!("report request: {e}"))
    }
}

impl ReportRequest {
    /// The fiscal year of `today`, by concern.
    pub fn default_for(today: NaiveDate) -> ReportRequest {
        ReportRequest {
            period: FixedPeriod::FiscalYear(fiscal_year_of(YearMonth::of(today))).to_string(),
            dimension: DEFAULT_DIMENSION.id().to_string(),
            second: String::new(),
        }
    }

    fn parse(&self) -> Result<(FixedPeriod, Dimensions), CommandError> {
        let period = FixedPeriod::parse(&self.period)?;
        let mut ids = vec![self.dimension.as_str()];
        if !self.second.is_empty() {
            ids.push(self.second.as_str());
        }
        Ok((period, Dimensions::parse(&ids)?))
    }

    /// `madoguchi-concern-FY2025.csv`: what the save dialog proposes.
    pub fn file_name(&self) -> String {
        let dims = if self.second.is_empty() {
            self.dimension.clone()
        } else {
            format!("{}-{}", self.dimension, self.second)
        };
        format!("madoguchi-{dims}-{}.csv", self.period)
    }
}

/// The fiscal years offered: from the earlier of the first saved month and today to the later
/// of the last saved month and today; with their quarters and months, newest first.
fn periods_offered(
    app: &App,
    staff: &str,
    range: Option<(YearMonth, YearMonth)>,
    today: NaiveDate,
) -> PeriodChoices {
    let this = fiscal_year_of(YearMonth::of(today));
    let (mut first, mut last) = (this, this);
    if let Some((a, b)) = range {
        first = first.min(fiscal_year_of(a));
        last = last.max(fiscal_year_of(b));
    }
    let label = |id: &str, year: i32, quarter: Option<u32>| {
        let mut args = madoguchi_core::i18n::FluentArgs::new();
        // As text: Fluent would group a number's digits (2,025).
        args.set("year", year.to_string());
        if let Some(q) = quarter {
            args.set("quarter", q);
        }
        app.localizer().format(staff, id, Some(&args)).text
    };
    let mut choices = PeriodChoices {
        fiscal_years: Vec::new(),
        quarters: Vec::new(),
        months: Vec::new(),
    };
    for fy in (first..=last).rev() {
        choices.fiscal_years.push(CategoryView {
            id: FixedPeriod::FiscalYear(fy).to_string(),
            label: label("reports-fiscal-year", fy, None),
        });
        for quarter in (1..=4).rev() {
            choices.quarters.push(CategoryView {
                id: FixedPeriod::Quarter {
                    fiscal_year: fy,
                    quarter,
                }
                .to_string(),
                label: label("reports-fiscal-quarter", fy, Some(quarter)),
            });
        }
        for m in FixedPeriod::FiscalYear(fy).months().into_iter().rev() {
            choices.months.push(CategoryView {
                id: m.to_string(),
                label: m.to_string(),
            });
        }
    }
    choices
}

fn dimension_choices(app: &App, staff: &str) -> Vec<CategoryView> {
    Dimension::ALL
        .iter()
        .map(|d| app.dimension_label(staff, d.id()))
        .collect()
}

/// The Reports screen for `request` (or the defaults), labelled in `staff`.
pub fn report_screen(
    desk: &Desk,
    request: Option<ReportRequest>,
    staff: &str,
    today: NaiveDate,
) -> Result<ReportScreen, CommandError> {
    let app = desk.app()?;
    let request = request.unwrap_or_else(|| ReportRequest::default_for(today));
    let (period, dimensions) = request.parse()?;
    let log = desk.log.lock().unwrap_or_else(|e| e.into_inner());
    let Log::Writable(store) = &*log else {
        return Ok(ReportScreen {
            available: false,
            periods: PeriodChoices {
                fiscal_years: Vec::new(),
                quarters: Vec::new(),
                months: Vec::new(),
            },
            dimensions: Vec::new(),
            request,
            records: 0,
            report: None,
        });
    };
    let range = store.live_month_range().map_err(CommandError::log)?;
    let periods = periods_offered(app, staff, range, today);
    let records = store
        .live_records_in(period.range())
        .map_err(CommandError::log)?;
    let report = store
        .report(period, dimensions, Threshold::POLICY)
        .map_err(CommandError::log)?;
    drop(log);
    Ok(ReportScreen {
        available: true,
        periods,
        dimensions: dimension_choices(app, staff),
        request,
        records,
        report: Some(app.report_view(&report, staff)),
    })
}

/// Writes the report of `request` as CSV to `path` (the store writes through a temporary file
/// and records the export in its audit table).
pub fn export_to(desk: &Desk, request: &ReportRequest, path: &Path) -> ExportOutcome {
    let exported = request.parse().map_err(|e| e.detail).and_then(|(p, d)| {
        let mut log = desk.log.lock().unwrap_or_else(|e| e.into_inner());
        match &mut *log {
            Log::Writable(store) => store
                .export(p, d, Threshold::POLICY, ExportFormat::Csv, path)
                .map_err(|e| e.to_string()),
            Log::Closed => Err(closed_detail(desk)),
        }
    });
    match exported {
        Ok(summary) => ExportOutcome::Saved {
            path: summary.path.display().to_string(),
            records: summary.records,
        },
        Err(detail) => ExportOutcome::Failed { detail },
    }
}

/// The log's path: the only detail there is when it is closed (the start screens said why).
fn closed_detail(desk: &Desk) -> String {
    desk.data_dir
        .join(crate::desk::LOG_FILE)
        .display()
        .to_string()
}

/// Asks where to save with the host's save dialog (titled in the staff language), then writes
/// the CSV there. The log is not locked while the dialog is open.
pub fn export_report(
    desk: &Desk,
    request: &ReportRequest,
    staff: &str,
) -> Result<ExportOutcome, CommandError> {
    let content = desk.app()?;
    request.parse()?;
    let text = |id: &str| content.localizer().text(staff, id);
    let dialog = SaveDialog {
        title: text("reports-export-dialog"),
        filter: text("reports-export-filter"),
        extensions: &["csv"],
        file_name: request.file_name(),
        fallback_folder: desk.data_dir.clone(),
    };
    Ok(match desk.host().choose_save_path(&dialog) {
        Ok(None) => ExportOutcome::Cancelled,
        Ok(Some(path)) => export_to(desk, request, &path),
        Err(detail) => ExportOutcome::Failed { detail },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use madoguchi_core::{CellView, Mode, Record};
    use madoguchi_store::synthetic::Synthetic;
    use madoguchi_store::Store;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    /// A desk over a fresh folder whose log holds `live` synthetic live records of 2026 and
    /// `training` training records.
    fn desk_with(live: usize, training: usize) -> (tempfile::TempDir, Desk, Vec<Record>) {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut store = Store::open(dir.path().join(crate::desk::LOG_FILE)).expect("open");
        let mut gen = Synthetic::new(3);
        let (from, to) = (d(2026, 4, 1), d(2026, 9, 30));
        let live: Vec<Record> = (0..live)
            .map(|_| gen.record(Mode::Live, from, to))
            .collect();
        let training: Vec<Record> = (0..training)
            .map(|_| gen.record(Mode::Training, from, to))
            .collect();
        store.save_all(&live).expect("save");
        store.save_all(&training).expect("save");
        drop(store);
        let desk = Desk::open(dir.path());
        assert_eq!(desk.problems, []);
        (dir, desk, live)
    }

    fn request(period: &str, dimension: &str, second: &str) -> ReportRequest {
        ReportRequest {
            period: period.into(),
            dimension: dimension.into(),
            second: second.into(),
        }
    }

    #[test]
    fn the_default_is_this_fiscal_year_by_concern() {
        let r = ReportRequest::default_for(d(2026, 11, 26));
        assert_eq!(r, request("FY2026", "concern", ""));
        assert_eq!(r.file_name(), "madoguchi-concern-FY2026.csv");
        // January 2027 still belongs to fiscal year 2026 (April to March).
        assert_eq!(ReportRequest::default_for(d(2027, 1, 5)).period, "FY2026");
    }

    #[test]
    fn the_periods_offered_are_fiscal_years_quarters_and_months_back_to_the_first_record() {
        let (_dir, desk, _) = desk_with(1, 0);
        let app = desk.app().expect("app");
        let p = periods_offered(
            app,
            "en",
            Some((YearMonth::of(d(2024, 5, 9)), YearMonth::of(d(2026, 2, 1)))),
            d(2026, 4, 2),
        );
        let ids = |v: &[CategoryView]| v.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&p.fiscal_years), ["FY2026", "FY2025", "FY2024"]);
        assert_eq!(p.quarters.len(), 12);
        assert_eq!(p.quarters[0].id, "FY2026-Q4");
        assert_eq!(p.months.len(), 36);
        assert_eq!(p.months.last().map(|m| m.id.as_str()), Some("2024-04"));
        let ja = periods_offered(app, "ja", None, d(2026, 4, 2));
        assert_eq!(ja.fiscal_years[0].label, "2026年度");
        assert!(
            !p.fiscal_years[0].label.contains("2,026"),
            "{}",
            p.fiscal_years[0].label
        );
    }

    #[test]
    fn the_screen_counts_live_records_only_and_hides_small_counts() {
        let (_dir, desk, live) = desk_with(60, 25);
        let screen = report_screen(
            &desk,
            Some(request("FY2026", "concern", "")),
            "en",
            d(2026, 11, 26),
        )
        .expect("report");
        assert!(screen.available);
        assert_eq!(
            screen.records,
            live.len() as u64,
            "training records are not counted"
        );
        assert_eq!(screen.dimensions.len(), Dimension::ALL.len());
        let report = screen.report.expect("a report");
        let bar = report.bar.expect("a bar chart for one dimension");
        let line = report.line.expect("a line chart for one dimension");
        assert_eq!(line.months.len(), 6);
        // 60 records over 6 months and 11 concerns: some monthly cells are small, and every
        // one of them is hidden with the marker and no number; a category is hidden in every
        // month or in none.
        let table = &report.tables[0];
        let hidden = table
            .cells
            .iter()
            .flatten()
            .filter(|c| matches!(c, CellView::Suppressed { marker } if marker == "X"))
            .count();
        assert!(hidden > 0, "some cells are suppressed");
        for cell in table.cells.iter().flatten() {
            if let Some(n) = cell.count() {
                assert!(n >= 5, "a small count is shown: {n}");
            }
        }
        for c in 0..table.columns.len() {
            let hidden: Vec<bool> = table
                .cells
                .iter()
                .map(|row| row[c].count().is_none())
                .collect();
            assert!(hidden.iter().all(|&h| h == hidden[0]), "column {c}");
            assert_eq!(table.column_totals[c].count().is_none(), hidden[0]);
        }
        // The charts carry the table's own cells.
        assert_eq!(bar.bars.len(), table.columns.len());
        for (b, t) in bar.bars.iter().zip(&table.column_totals) {
            assert_eq!(&b.value, t);
        }
        // Labelled from the flow's own value labels.
        let app = desk.app().expect("app");
        assert_eq!(bar.bars[0].category.id, "trafficking_sexual");
        assert_eq!(
            bar.bars[0].category.label,
            app.localizer()
                .text("en", "value-concern-trafficking_sexual")
        );
    }

    #[test]
    fn two_dimensions_give_a_table_per_month_and_no_charts() {
        let (_dir, desk, _) = desk_with(30, 0);
        let screen = report_screen(
            &desk,
            Some(request("FY2026-Q1", "gender", "age_group")),
            "ja",
            d(2026, 11, 26),
        )
        .expect("report");
        let report = screen.report.expect("report");
        // The quarter, then each of its months.
        assert_eq!(report.tables.len(), 4);
        assert_eq!(report.tables[0].period.as_deref(), Some("FY2026-Q1"));
        assert_eq!(report.tables[1].period.as_deref(), Some("2026-04"));
        assert!(report.bar.is_none() && report.line.is_none());
        assert_eq!(report.dimensions[0].label, "性別");
    }

    #[test]
    fn bad_requests_are_refused_with_the_field() {
        let (_dir, desk, _) = desk_with(1, 0);
        let today = d(2026, 11, 26);
        for (bad, needle) in [
            (
                request("2026-01..2026-05", "concern", ""),
                "2026-01..2026-05",
            ),
            (request("2026-13", "concern", ""), "2026-13"),
            (request("FY2026-Q5", "concern", ""), "FY2026-Q5"),
            (request("FY2026", "colour", ""), "colour"),
            (request("FY2026", "gender", "gender"), "gender"),
        ] {
            let e = report_screen(&desk, Some(bad), "en", today)
                .expect_err("refused")
                .to_string();
            assert!(e.contains(needle), "{e}");
        }
    }

    #[test]
    fn a_closed_log_reports_nothing_and_exports_nothing() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join(crate::desk::LOG_FILE), vec![0x5a_u8; 8192]).unwrap();
        let desk = Desk::open(dir.path());
        let screen = report_screen(&desk, None, "en", d(2026, 11, 26)).expect("screen");
        assert!(!screen.available && screen.report.is_none());
        let out = dir.path().join("out.csv");
        let outcome = export_to(&desk, &ReportRequest::default_for(d(2026, 11, 26)), &out);
        assert!(
            matches!(outcome, ExportOutcome::Failed { .. }),
            "{outcome:?}"
        );
        assert!(!out.exists());
    }

    #[test]
    fn export_writes_the_screen_s_cells_as_csv() {
        let (dir, desk, live) = desk_with(60, 5);
        let req = request("FY2026", "concern", "");
        let out = dir.path().join("report.csv");
        let outcome = export_to(&desk, &req, &out);
        assert_eq!(
            outcome,
            ExportOutcome::Saved {
                path: out.display().to_string(),
                records: live.len() as u64
            }
        );
        let bytes = std::fs::read(&out).expect("written");
        assert!(
            bytes.starts_with(madoguchi_store::BOM),
            "Excel reads UTF-8 with a BOM"
        );
        let text = String::from_utf8(bytes[madoguchi_store::BOM.len()..].to_vec()).unwrap();
        let screen = report_screen(&desk, Some(req), "en", d(2026, 11, 26)).expect("screen");
        let table = &screen.report.expect("report").tables[0];
        // Every month row of the screen's table is in the file with the same cells.
        for (month, cells) in table.rows.iter().zip(&table.cells) {
            let line = text
                .lines()
                .find(|l| l.contains(&month.id))
                .unwrap_or_else(|| panic!("{} not in\n{text}", month.id));
            let rendered: Vec<String> = cells
                .iter()
                .map(|c| match c {
                    CellView::Count { count } => count.to_string(),
                    CellView::Suppressed { marker } => marker.clone(),
                })
                .collect();
            assert!(
                line.ends_with(&rendered.join(",")) || line.contains(&rendered.join(",")),
                "{line} vs {rendered:?}"
            );
        }
    }
}
