//! The Reports screen's view model: a [`Report`] of `stats.rs` as labelled tables and chart
//! series. Nothing is counted or hidden here: every cell is the report's own cell, copied, and
//! a hidden cell carries the `X` marker and no number at all.

use serde::Serialize;

use crate::app::App;
use crate::content::Origin;
use crate::log::{
    Cell, Dimension, Report, Table, NOT_APPLICABLE, NO_SERVICE, TOTAL, UNKNOWN_CATEGORY,
};

/// Message ids the Reports screen's view uses besides those the data names (`ui.ftl`, section
/// "Directory screen"): months, totals, the categories the flow does not label, the dimensions.
pub const REPORT_MESSAGES: &[&str] = &[
    "report-month",
    "report-total",
    "report-unknown",
    "report-not-applicable",
    "report-no-service",
    "report-hidden-legend",
    "report-yes",
    "report-no",
    "report-outcome-referred",
    "report-outcome-referred_with_handover",
    "report-outcome-information_only",
    "report-outcome-client_declined",
    "report-outcome-interrupted",
    "report-region-east_asia",
    "report-region-southeast_asia",
    "report-region-south_asia",
    "report-region-central_asia",
    "report-region-middle_east",
    "report-region-europe",
    "report-region-north_america",
    "report-region-latin_america",
    "report-region-africa",
    "report-region-oceania",
    "report-dimension-age_group",
    "report-dimension-gender",
    "report-dimension-nationality",
    "report-dimension-region",
    "report-dimension-residence",
    "report-dimension-concern",
    "report-dimension-danger",
    "report-dimension-service",
    "report-dimension-outcome",
    "report-dimension-handover_consent",
    "report-dimension-interpreter",
    "report-dimension-staff_lang",
    "report-dimension-client_lang",
    "report-dimension-desk",
];

/// A published entry as a screen shows it: a count, or hidden with its marker (`X`) and no
/// number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum CellView {
    Count {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        count: u64,
    },
    Suppressed {
        /// `X`.
        marker: String,
    },
}

impl CellView {
    fn of(cell: Cell) -> CellView {
        match cell {
            Cell::Count(count) => CellView::Count { count },
            Cell::Suppressed => CellView::Suppressed {
                marker: cell.render(),
            },
        }
    }

    /// The count, or `None` for a suppressed cell.
    pub fn count(&self) -> Option<u64> {
        match self {
            CellView::Count { count } => Some(*count),
            CellView::Suppressed { .. } => None,
        }
    }
}

/// A category (or a month, or a dimension) with its label in the screen's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CategoryView {
    pub id: String,
    pub label: String,
}

/// One protected table, labelled. `cells[r][c]`, `row_totals[r]`, `column_totals[c]`, `total`,
/// exactly as in the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TableView {
    /// The period of a two-dimension table (`YYYY-MM`, `FYyyyy-Qn`, `FYyyyy`); `None` for a
    /// one-dimension table (rows are months).
    pub period: Option<String>,
    pub row_dimension: CategoryView,
    pub column_dimension: CategoryView,
    pub rows: Vec<CategoryView>,
    pub columns: Vec<CategoryView>,
    pub cells: Vec<Vec<CellView>>,
    pub row_totals: Vec<CellView>,
    pub column_totals: Vec<CellView>,
    pub total: CellView,
    pub total_label: String,
}

/// One bar: a category's total over the period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BarView {
    pub category: CategoryView,
    pub value: CellView,
}

/// A bar chart of one dimension over the period (the column totals of a one-dimension report).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BarChartView {
    pub dimension: CategoryView,
    pub bars: Vec<BarView>,
    /// The whole period, all categories.
    pub total: CellView,
}

/// One point of a line: a month's count for a category. A suppressed point is a gap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PointView {
    /// `YYYY-MM`.
    pub month: String,
    pub value: CellView,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SeriesView {
    pub category: CategoryView,
    pub points: Vec<PointView>,
}

/// A line chart: months across, one line per category, plus the monthly totals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LineChartView {
    pub dimension: CategoryView,
    pub months: Vec<String>,
    pub series: Vec<SeriesView>,
    pub totals: SeriesView,
}

/// Everything the Reports screen shows for one report, in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReportView {
    /// The publication period: `YYYY-MM`, `FYyyyy-Qn` or `FYyyyy`.
    pub period: String,
    pub dimensions: Vec<CategoryView>,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub k: u64,
    /// What the `X` marker means.
    pub suppressed_label: String,
    pub tables: Vec<TableView>,
    /// For a one-dimension report; `None` with two dimensions.
    pub bar: Option<BarChartView>,
    /// For a one-dimension report; `None` with two dimensions.
    pub line: Option<LineChartView>,
}

impl App {
    /// A dimension's label (`report-dimension-<id>`; `month` for the rows of a one-dimension
    /// table).
    pub fn dimension_label(&self, lang: &str, dimension: &str) -> CategoryView {
        let id = if dimension == "month" {
            "report-month".to_string()
        } else {
            format!("report-dimension-{dimension}")
        };
        CategoryView {
            id: dimension.to_string(),
            label: self.localizer().text(lang, &id),
        }
    }

    /// A category's label: the flow's value labels, service names, locale names, or the report
    /// labels of `ui.ftl`; months and desk labels are shown as they are.
    pub fn category_label(&self, lang: &str, dimension: &str, category: &str) -> CategoryView {
        let label = |id: &str| self.localizer().text(lang, id);
        let text = match (Dimension::parse(dimension).ok(), category) {
            (_, TOTAL) => label("report-total"),
            (_, UNKNOWN_CATEGORY) => label("report-unknown"),
            (_, NOT_APPLICABLE) => label("report-not-applicable"),
            (None, _) => category.to_string(),
            (Some(Dimension::Service), NO_SERVICE) => label("report-no-service"),
            (
                Some(
                    d @ (Dimension::AgeGroup
                    | Dimension::Gender
                    | Dimension::Nationality
                    | Dimension::Residence
                    | Dimension::Concern),
                ),
                c,
            ) => label(&format!("value-{}-{c}", d.id())),
            (Some(Dimension::Region), c) => label(&format!("report-region-{c}")),
            (Some(Dimension::Outcome), c) => label(&format!("report-outcome-{c}")),
            (Some(Dimension::Danger | Dimension::HandoverConsent | Dimension::Interpreter), c) => {
                label(&format!("report-{c}"))
            }
            (Some(Dimension::Service), c) => match self.content().directory.service(c) {
                Some(s) => match &s.origin {
                    Origin::Local { label, .. } => label.clone(),
                    _ => self.localizer().text(lang, &format!("service-{c}-name")),
                },
                // A service no longer in the directory: its id.
                None => c.to_string(),
            },
            (Some(Dimension::StaffLanguage | Dimension::ClientLanguage), c) => self
                .localizer()
                .locales()
                .into_iter()
                .find(|l| l.tag == c)
                .map_or_else(|| c.to_string(), |l| l.info.name),
            (Some(Dimension::Desk), c) => c.to_string(),
        };
        CategoryView {
            id: category.to_string(),
            label: text,
        }
    }

    fn table_view(&self, table: &Table, lang: &str) -> TableView {
        let cell = |c: &Cell| CellView::of(*c);
        TableView {
            period: table.period.map(|p| p.to_string()),
            row_dimension: self.dimension_label(lang, &table.row_dimension),
            column_dimension: self.dimension_label(lang, &table.column_dimension),
            rows: table
                .rows
                .iter()
                .map(|r| self.category_label(lang, &table.row_dimension, r))
                .collect(),
            columns: table
                .columns
                .iter()
                .map(|c| self.category_label(lang, &table.column_dimension, c))
                .collect(),
            cells: table
                .cells
                .iter()
                .map(|row| row.iter().map(cell).collect())
                .collect(),
            row_totals: table.row_totals.iter().map(cell).collect(),
            column_totals: table.column_totals.iter().map(cell).collect(),
            total: cell(&table.total),
            total_label: self.localizer().text(lang, "report-total"),
        }
    }

    /// The report as the Reports screen shows it, labelled in `lang`: its tables, and for a
    /// one-dimension report a bar chart (each category over the period) and a line chart (each
    /// category month by month). Every cell is the report's own.
    pub fn report_view(&self, report: &Report, lang: &str) -> ReportView {
        let k = report.k;
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("k", k.get());
        let one = match (report.dimensions.second, report.tables.as_slice()) {
            (None, [table]) if table.period.is_none() => Some(table),
            _ => None,
        };
        let dimension = self.dimension_label(lang, report.dimensions.first.id());
        let bar = one.map(|table| self.bar_chart(table, lang, dimension.clone()));
        let line = one.map(|table| self.line_chart(table, lang, dimension.clone()));
        ReportView {
            period: report.period.to_string(),
            dimensions: report
                .dimensions
                .list()
                .into_iter()
                .map(|d| self.dimension_label(lang, d.id()))
                .collect(),
            k: k.get(),
            suppressed_label: self
                .localizer()
                .format(lang, "report-hidden-legend", Some(&args))
                .text,
            tables: report
                .tables
                .iter()
                .map(|t| self.table_view(t, lang))
                .collect(),
            bar,
            line,
        }
    }

    fn column_labels(&self, table: &Table, lang: &str) -> Vec<CategoryView> {
        table
            .columns
            .iter()
            .map(|c| self.category_label(lang, &table.column_dimension, c))
            .collect()
    }

    /// Each category over the period, and the total.
    fn bar_chart(&self, table: &Table, lang: &str, dimension: CategoryView) -> BarChartView {
        BarChartView {
            dimension,
            bars: self
                .column_labels(table, lang)
                .into_iter()
                .zip(&table.column_totals)
                .map(|(category, c)| BarView {
                    category,
                    value: CellView::of(*c),
                })
                .collect(),
            total: CellView::of(table.total),
        }
    }

    /// Each category month by month, and the monthly totals.
    fn line_chart(&self, table: &Table, lang: &str, dimension: CategoryView) -> LineChartView {
        let months = table.rows.clone();
        let series = self
            .column_labels(table, lang)
            .into_iter()
            .enumerate()
            .map(|(c, category)| SeriesView {
                category,
                points: months
                    .iter()
                    .zip(&table.cells)
                    .map(|(m, row)| PointView {
                        month: m.clone(),
                        value: CellView::of(row[c]),
                    })
                    .collect(),
            })
            .collect();
        let totals = SeriesView {
            category: self.category_label(lang, &table.column_dimension, TOTAL),
            points: months
                .iter()
                .zip(&table.row_totals)
                .map(|(m, t)| PointView {
                    month: m.clone(),
                    value: CellView::of(*t),
                })
                .collect(),
        };
        LineChartView {
            dimension,
            months,
            series,
            totals,
        }
    }
}
