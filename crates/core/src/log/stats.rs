//! Statistics over records, published so that no hidden count can be worked out.
//!
//! # What is published
//!
//! A *release* is one fixed period: a calendar month (`2026-03`), a quarter of the Japanese
//! fiscal year (`FY2025-Q1` = April–June 2025) or a fiscal year (`FY2025` = April 2025 – March
//! 2026). There are no arbitrary from/to ranges. A release counts by one or two dimensions:
//!
//! - One dimension: one table; rows are the months of the period, columns the dimension's
//!   categories, with a total per month, per category (the period) and a grand total.
//! - Two dimensions: a table for the whole period, then (for a quarter or a year) one per month;
//!   rows are the first dimension's categories, columns the second's, with totals.
//!
//! For the multi-valued dimensions (`concern`, `service`) a record counts once under each of its
//! values, so cells count mentions and every total is the sum of its cells. Categories are ids:
//! a fixed dimension lists its values in flow order, then `not_applicable`, then `unknown`; an
//! open dimension (service, languages, desk) lists the values that occur in the fiscal year,
//! sorted, with `none` and `unknown` last.
//!
//! # How counts are hidden
//!
//! Every table of every release of one fiscal year uses **one hiding pattern per table kind**
//! (a dimension, or a pair of dimensions), computed from that fiscal year's months: a *position*
//! (a category, a pair of categories, a total) is either shown in every month, quarter and the
//! year, or hidden (`X`) in all of them. So a year minus its months, or a quarter minus its
//! months, only ever subtracts hidden cells from hidden cells.
//!
//! 1. **Small**: a position whose count is below k (zero included) in any month of the fiscal
//!    year that the log covers is hidden. Zeros are hidden like small counts, and the marker `X`
//!    is the same for every hidden cell, so a hidden cell says nothing about its size.
//! 2. **Rows follow their category**: in a two-dimension table, the row (or column) of a
//!    category hidden in its own one-dimension table is hidden whole. A total that is also a
//!    cell of a one-dimension table (a category's count, the number of records) keeps that
//!    table's pattern; the two-dimension table never hides it on its own.
//! 3. **Room to move**: for every month and every hidden cell there must be another
//!    arrangement of the records, changing only hidden cells, that gives that cell another
//!    value. In a one-dimension table this is another hidden category in the same month to
//!    move a record to or from; in a two-dimension table a cycle of hidden cells around which
//!    one can be added and taken alternately (taken only where a count is at least 1), found
//!    by a search ([`has_room`]). Where a month has no such arrangement, the smallest shown
//!    position that helps is hidden too, and the search runs again.
//!
//! Rule 3 is what the attack test (`tests/disclosure_attack.rs`) checks independently: for
//! every hidden cell of every table that all the releases of a fiscal year can show, an exact
//! search over the possible record counts finds more than one value.
//!
//! k is the desk's policy: [`Threshold::POLICY`] (5), the floor; no command or screen offers a
//! lower one, and none offers another one either, because two releases with different k
//! would be two different patterns to compare.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};

use super::record::{
    AgeGroup, Concern, Gender, Nationality, Outcome, Region, Residence, FIRST_DAY,
};

/// The category of a record whose value is not known.
pub const UNKNOWN_CATEGORY: &str = "unknown";
/// The `region` and `residence` category of a Japanese client.
pub const NOT_APPLICABLE: &str = "not_applicable";
/// The `service` category of a record with no referral.
pub const NO_SERVICE: &str = "none";
/// The label of total rows and columns.
pub const TOTAL: &str = "total";
/// The longest period a report may span, in months.
pub const MAX_MONTHS: u32 = 120;

/// Why statistics could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StatsError {
    #[error(
        "the suppression threshold must be from {min} to {max}; {0} was given",
        min = Threshold::MIN,
        max = Threshold::MAX
    )]
    Threshold(u64),
    #[error("`{0}` is not a month of the form YYYY-MM")]
    Month(String),
    #[error("`{0}` is not a publication period: give a month (YYYY-MM), a quarter of a fiscal year (FYyyyy-Q1 to FYyyyy-Q4, Q1 being April to June) or a fiscal year (FYyyyy, April to March)")]
    Period(String),
    #[error("the period {0} ends before the first records")]
    FixedPeriodTooEarly(String),
    #[error("the period ends ({to}) before it begins ({from})")]
    PeriodBackwards { from: YearMonth, to: YearMonth },
    #[error("the period begins in {0}, before the first records ({first})", first = YearMonth::of(FIRST_DAY))]
    PeriodTooEarly(YearMonth),
    #[error("the period spans {0} months; at most {MAX_MONTHS} are allowed")]
    PeriodTooLong(u32),
    #[error("unknown dimension `{0}`; valid dimensions: {valid}", valid = Dimension::ids().join(", "))]
    UnknownDimension(String),
    #[error("give one or two dimensions (different ones); {0} were given")]
    DimensionCount(usize),
    #[error("dimension `{0}` is given twice")]
    DimensionTwice(Dimension),
    #[error("count for category `{category}` of dimension `{dimension}`, which it does not have")]
    UnknownCategory {
        dimension: Dimension,
        category: String,
    },
    #[error("count for {month}, outside the fiscal year of the period")]
    MonthOutside { month: YearMonth },
}

/// A calendar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    year: i32,
    month: u32,
}

impl YearMonth {
    pub fn new(year: i32, month: u32) -> Option<YearMonth> {
        ((1..=12).contains(&month) && (1000..=9999).contains(&year))
            .then_some(YearMonth { year, month })
    }

    pub fn of(day: NaiveDate) -> YearMonth {
        YearMonth {
            year: day.year(),
            month: day.month(),
        }
    }

    /// Parses `YYYY-MM`.
    pub fn parse(s: &str) -> Result<YearMonth, StatsError> {
        let err = || StatsError::Month(s.chars().take(20).collect());
        let (y, m) = s.split_once('-').ok_or_else(err)?;
        if y.len() != 4 || m.len() != 2 || !(y.bytes().chain(m.bytes())).all(|b| b.is_ascii_digit())
        {
            return Err(err());
        }
        let year = y.parse().map_err(|_| err())?;
        let month = m.parse().map_err(|_| err())?;
        YearMonth::new(year, month).ok_or_else(err)
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u32 {
        self.month
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).expect("valid month")
    }

    pub fn last_day(self) -> NaiveDate {
        self.next()
            .first_day()
            .pred_opt()
            .expect("a day before the first of a month")
    }

    pub fn next(self) -> YearMonth {
        if self.month == 12 {
            YearMonth {
                year: self.year + 1,
                month: 1,
            }
        } else {
            YearMonth {
                year: self.year,
                month: self.month + 1,
            }
        }
    }

    fn index(self) -> i64 {
        i64::from(self.year) * 12 + i64::from(self.month) - 1
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for YearMonth {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Months `from..=to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub from: YearMonth,
    pub to: YearMonth,
}

impl Period {
    pub fn new(from: YearMonth, to: YearMonth) -> Result<Period, StatsError> {
        if to < from {
            return Err(StatsError::PeriodBackwards { from, to });
        }
        if from < YearMonth::of(FIRST_DAY) {
            return Err(StatsError::PeriodTooEarly(from));
        }
        let months = (to.index() - from.index() + 1) as u32;
        if months > MAX_MONTHS {
            return Err(StatsError::PeriodTooLong(months));
        }
        Ok(Period { from, to })
    }

    pub fn month(m: YearMonth) -> Result<Period, StatsError> {
        Period::new(m, m)
    }

    pub fn first_day(&self) -> NaiveDate {
        self.from.first_day()
    }

    pub fn last_day(&self) -> NaiveDate {
        self.to.last_day()
    }

    pub fn months(&self) -> Vec<YearMonth> {
        let mut out = vec![self.from];
        while let Some(&last) = out.last() {
            if last >= self.to {
                break;
            }
            out.push(last.next());
        }
        out
    }

    pub fn contains(&self, m: YearMonth) -> bool {
        self.from <= m && m <= self.to
    }
}

/// The fiscal year (April to March) a month belongs to: `FY2025` runs from 2025-04 to 2026-03.
pub fn fiscal_year_of(m: YearMonth) -> i32 {
    if m.month() >= 4 {
        m.year()
    } else {
        m.year() - 1
    }
}

/// The twelve months of fiscal year `fy`, April first.
pub fn fiscal_months(fy: i32) -> Vec<YearMonth> {
    let mut m = YearMonth { year: fy, month: 4 };
    let mut out = Vec::with_capacity(12);
    for _ in 0..12 {
        out.push(m);
        m = m.next();
    }
    out
}

/// A publication period: every release covers exactly one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FixedPeriod {
    /// A calendar month.
    Month(YearMonth),
    /// A quarter (1 to 4) of a fiscal year: Q1 is April to June.
    Quarter { fiscal_year: i32, quarter: u32 },
    /// A fiscal year, April to March.
    FiscalYear(i32),
}

impl FixedPeriod {
    /// Parses `YYYY-MM`, `FYyyyy-Qn` or `FYyyyy` and checks that it does not end before the
    /// first day a record can have.
    pub fn parse(s: &str) -> Result<FixedPeriod, StatsError> {
        let err = || StatsError::Period(s.chars().take(20).collect());
        let period = if let Some(rest) = s.strip_prefix("FY") {
            let (year, quarter) = match rest.split_once("-Q") {
                Some((y, q)) => (y, Some(q)),
                None => (rest, None),
            };
            if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
                return Err(err());
            }
            let fiscal_year: i32 = year.parse().map_err(|_| err())?;
            if !(1000..=9998).contains(&fiscal_year) {
                return Err(err());
            }
            match quarter {
                None => FixedPeriod::FiscalYear(fiscal_year),
                Some(q @ ("1" | "2" | "3" | "4")) => FixedPeriod::Quarter {
                    fiscal_year,
                    quarter: q.parse().map_err(|_| err())?,
                },
                Some(_) => return Err(err()),
            }
        } else {
            FixedPeriod::Month(YearMonth::parse(s).map_err(|_| err())?)
        };
        let first = YearMonth::of(FIRST_DAY);
        if period.last_month() < first {
            return Err(StatsError::FixedPeriodTooEarly(period.to_string()));
        }
        Ok(period)
    }

    pub fn fiscal_year(self) -> i32 {
        match self {
            FixedPeriod::Month(m) => fiscal_year_of(m),
            FixedPeriod::Quarter { fiscal_year, .. } | FixedPeriod::FiscalYear(fiscal_year) => {
                fiscal_year
            }
        }
    }

    /// The months of the period, in order.
    pub fn months(self) -> Vec<YearMonth> {
        match self {
            FixedPeriod::Month(m) => vec![m],
            FixedPeriod::Quarter {
                fiscal_year,
                quarter,
            } => {
                let start = (quarter as usize - 1) * 3;
                fiscal_months(fiscal_year)[start..start + 3].to_vec()
            }
            FixedPeriod::FiscalYear(fy) => fiscal_months(fy),
        }
    }

    pub fn first_month(self) -> YearMonth {
        self.months()[0]
    }

    pub fn last_month(self) -> YearMonth {
        *self.months().last().expect("a period has months")
    }

    /// The months as a range, for counting.
    pub fn range(self) -> Period {
        Period {
            from: self.first_month(),
            to: self.last_month(),
        }
    }

    /// The quarters and the fiscal year containing the month, the quarters of a fiscal year:
    /// every period a month's, quarter's or year's release overlaps, this one included.
    pub fn family(self) -> Vec<FixedPeriod> {
        let fiscal_year = self.fiscal_year();
        let mut out = vec![FixedPeriod::FiscalYear(fiscal_year)];
        for quarter in 1..=4 {
            out.push(FixedPeriod::Quarter {
                fiscal_year,
                quarter,
            });
        }
        out.extend(
            fiscal_months(fiscal_year)
                .into_iter()
                .map(FixedPeriod::Month),
        );
        out
    }

    /// Whether the period holds the month.
    pub fn contains(self, m: YearMonth) -> bool {
        self.months().contains(&m)
    }
}

impl fmt::Display for FixedPeriod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FixedPeriod::Month(m) => m.fmt(f),
            FixedPeriod::Quarter {
                fiscal_year,
                quarter,
            } => write!(f, "FY{fiscal_year:04}-Q{quarter}"),
            FixedPeriod::FiscalYear(fy) => write!(f, "FY{fy:04}"),
        }
    }
}

impl Serialize for FixedPeriod {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// What a report counts by. Ids are those of the facts where there is one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Dimension {
    AgeGroup,
    Gender,
    Nationality,
    Region,
    Residence,
    Concern,
    Danger,
    Service,
    Outcome,
    HandoverConsent,
    Interpreter,
    StaffLanguage,
    ClientLanguage,
    Desk,
}

const YES_NO: &[&str] = &["yes", "no"];

impl Dimension {
    pub const ALL: &'static [Dimension] = &[
        Dimension::AgeGroup,
        Dimension::Gender,
        Dimension::Nationality,
        Dimension::Region,
        Dimension::Residence,
        Dimension::Concern,
        Dimension::Danger,
        Dimension::Service,
        Dimension::Outcome,
        Dimension::HandoverConsent,
        Dimension::Interpreter,
        Dimension::StaffLanguage,
        Dimension::ClientLanguage,
        Dimension::Desk,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Dimension::AgeGroup => "age_group",
            Dimension::Gender => "gender",
            Dimension::Nationality => "nationality",
            Dimension::Region => "region",
            Dimension::Residence => "residence",
            Dimension::Concern => "concern",
            Dimension::Danger => "danger",
            Dimension::Service => "service",
            Dimension::Outcome => "outcome",
            Dimension::HandoverConsent => "handover_consent",
            Dimension::Interpreter => "interpreter",
            Dimension::StaffLanguage => "staff_lang",
            Dimension::ClientLanguage => "client_lang",
            Dimension::Desk => "desk",
        }
    }

    pub fn ids() -> Vec<&'static str> {
        Dimension::ALL.iter().map(|d| d.id()).collect()
    }

    pub fn parse(id: &str) -> Result<Dimension, StatsError> {
        Dimension::ALL
            .iter()
            .copied()
            .find(|d| d.id() == id)
            .ok_or_else(|| StatsError::UnknownDimension(id.chars().take(40).collect()))
    }

    /// The fixed categories, in report order, without `unknown`; `None` for the open ones
    /// (service, languages, desk), whose categories are those that occur.
    pub fn categories(self) -> Option<&'static [&'static str]> {
        Some(match self {
            Dimension::AgeGroup => AgeGroup::IDS,
            Dimension::Gender => Gender::IDS,
            Dimension::Nationality => Nationality::IDS,
            Dimension::Region => Region::IDS,
            Dimension::Residence => Residence::IDS,
            Dimension::Concern => Concern::IDS,
            Dimension::Outcome => Outcome::IDS,
            Dimension::Danger | Dimension::HandoverConsent | Dimension::Interpreter => YES_NO,
            Dimension::Service
            | Dimension::StaffLanguage
            | Dimension::ClientLanguage
            | Dimension::Desk => return None,
        })
    }

    /// Whether a record may fall under several categories at once.
    pub fn multiple(self) -> bool {
        matches!(self, Dimension::Concern | Dimension::Service)
    }

    /// Whether the dimension has a `not_applicable` category (region and residence of Japanese
    /// clients).
    pub fn has_not_applicable(self) -> bool {
        matches!(self, Dimension::Region | Dimension::Residence)
    }

    /// Whether the dimension has an `unknown` category (a fact that may be unknown, or an
    /// optional desk label).
    pub fn has_unknown(self) -> bool {
        matches!(
            self,
            Dimension::AgeGroup
                | Dimension::Gender
                | Dimension::Nationality
                | Dimension::Region
                | Dimension::Residence
                | Dimension::Concern
                | Dimension::Desk
        )
    }
}

impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl Serialize for Dimension {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

/// One or two different dimensions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dimensions {
    pub first: Dimension,
    pub second: Option<Dimension>,
}

impl Dimensions {
    pub fn new(dims: &[Dimension]) -> Result<Dimensions, StatsError> {
        match *dims {
            [first] => Ok(Dimensions {
                first,
                second: None,
            }),
            [first, second] if first == second => Err(StatsError::DimensionTwice(first)),
            [first, second] => Ok(Dimensions {
                first,
                second: Some(second),
            }),
            _ => Err(StatsError::DimensionCount(dims.len())),
        }
    }

    pub fn parse<S: AsRef<str>>(ids: &[S]) -> Result<Dimensions, StatsError> {
        let dims = ids
            .iter()
            .map(|s| Dimension::parse(s.as_ref()))
            .collect::<Result<Vec<_>, _>>()?;
        Dimensions::new(&dims)
    }

    pub fn list(&self) -> Vec<Dimension> {
        std::iter::once(self.first).chain(self.second).collect()
    }
}

/// The threshold k: a position with a count below k in some month is hidden. The desk's
/// policy is [`Threshold::POLICY`]; [`Threshold::new`] refuses anything below it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Threshold(u64);

impl Threshold {
    /// The floor: no statistics are made with a smaller k.
    pub const MIN: u64 = 5;
    pub const MAX: u64 = 100;
    /// The k every command and screen uses.
    pub const POLICY: Threshold = Threshold(5);

    pub fn new(k: u64) -> Result<Threshold, StatsError> {
        if !(Self::MIN..=Self::MAX).contains(&k) {
            Err(StatsError::Threshold(k))
        } else {
            Ok(Threshold(k))
        }
    }

    pub fn get(self) -> u64 {
        self.0
    }
}

impl Default for Threshold {
    fn default() -> Self {
        Threshold::POLICY
    }
}

/// A count of live records for one month and one category (two with two dimensions). The store
/// gives one row per category of a multi-valued dimension.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountRow {
    pub month: YearMonth,
    pub first: String,
    pub second: Option<String>,
    pub count: u64,
}

/// What a release is made from: counts over the months of its fiscal year that the log covers
/// (the hiding pattern is the fiscal year's, whatever the period shown).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// The months of the fiscal year the pattern considers: those from the log's first live
    /// month to its last. Months outside count nothing and decide nothing.
    pub months: Vec<YearMonth>,
    /// Live records per month (a month without records may be missing).
    pub records: BTreeMap<YearMonth, u64>,
    /// One-dimension counts for each dimension of the release.
    pub one: BTreeMap<Dimension, Vec<CountRow>>,
    /// Two-dimension counts (first, second as in the release's dimensions), when there are two.
    pub two: Vec<CountRow>,
}

/// A published entry: a count, or hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Count(u64),
    Suppressed,
}

/// How a hidden cell is written in tables, CSV and JSON (the statistics offices' mark for a
/// confidential cell).
pub const HIDDEN: &str = "X";

impl Cell {
    /// The count, or [`HIDDEN`].
    pub fn render(self) -> String {
        match self {
            Cell::Count(n) => n.to_string(),
            Cell::Suppressed => HIDDEN.to_string(),
        }
    }

    pub fn count(self) -> Option<u64> {
        match self {
            Cell::Count(n) => Some(n),
            Cell::Suppressed => None,
        }
    }
}

/// One published table. `cells[r][c]`, `row_totals[r]`, `column_totals[c]`, `total`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The period of a two-dimension table; `None` for a one-dimension table (rows are months).
    pub period: Option<FixedPeriod>,
    /// `month`, or the first dimension's id.
    pub row_dimension: String,
    pub column_dimension: String,
    pub rows: Vec<String>,
    pub columns: Vec<String>,
    pub cells: Vec<Vec<Cell>>,
    pub row_totals: Vec<Cell>,
    pub column_totals: Vec<Cell>,
    pub total: Cell,
}

impl Table {
    /// The table with its totals as one grid: rows then the total row; columns then the total
    /// column.
    pub fn grid(&self) -> Vec<Vec<Cell>> {
        let mut g: Vec<Vec<Cell>> = self
            .cells
            .iter()
            .zip(&self.row_totals)
            .map(|(row, t)| row.iter().copied().chain([*t]).collect())
            .collect();
        g.push(
            self.column_totals
                .iter()
                .copied()
                .chain([self.total])
                .collect(),
        );
        g
    }
}

/// Published tables for one period and one or two dimensions; live records only (the store
/// never gives training records to statistics).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub period: FixedPeriod,
    pub dimensions: Dimensions,
    pub k: Threshold,
    pub tables: Vec<Table>,
}

/// Builds the release for `period`: the tables described in the module docs, hidden by the
/// fiscal year's pattern. `counts` must cover the period's fiscal year.
pub fn report(
    period: FixedPeriod,
    dimensions: Dimensions,
    counts: &Counts,
    k: Threshold,
) -> Result<Report, StatsError> {
    let fy = period.fiscal_year();
    let all_rows = counts
        .one
        .values()
        .flatten()
        .chain(&counts.two)
        .map(|r| r.month)
        .chain(counts.months.iter().copied())
        .chain(counts.records.keys().copied());
    for month in all_rows {
        if fiscal_year_of(month) != fy {
            return Err(StatsError::MonthOutside { month });
        }
    }
    let months = counts.months.as_slice();
    let records: Vec<u64> = months
        .iter()
        .map(|m| counts.records.get(m).copied().unwrap_or(0))
        .collect();
    let mut lines = BTreeMap::new();
    for dim in dimensions.list() {
        let rows = counts.one.get(&dim).map(Vec::as_slice).unwrap_or(&[]);
        let cats = categories(dim, rows.iter().map(|r| r.first.as_str()))?;
        let line = OneLine::new(dim, cats, rows, fy, months, &records, k);
        lines.insert(dim, line);
    }
    // Only the months the log covers are shown: a month outside holds no records, and its
    // cells would only say so.
    let shown: Vec<YearMonth> = period
        .months()
        .into_iter()
        .filter(|m| months.contains(m))
        .collect();
    let tables = match dimensions.second {
        _ if shown.is_empty() => Vec::new(),
        None => vec![lines[&dimensions.first].table(&shown)],
        Some(second) => {
            let grid = Grid::new(
                &lines[&dimensions.first],
                &lines[&second],
                &counts.two,
                months,
                k,
            );
            let by_month = (!matches!(period, FixedPeriod::Month(_))).then(|| {
                shown
                    .iter()
                    .map(|m| grid.table(FixedPeriod::Month(*m), &[*m]))
                    .collect::<Vec<_>>()
            });
            std::iter::once(grid.table(period, &shown))
                .chain(by_month.into_iter().flatten())
                .collect()
        }
    };
    Ok(Report {
        period,
        dimensions,
        k,
        tables,
    })
}

/// Report order: the fixed categories (then `not_applicable`, then `unknown`), or the
/// categories that occur, sorted, with `unknown` and `none` last.
fn categories<'a>(
    dim: Dimension,
    seen: impl Iterator<Item = &'a str>,
) -> Result<Vec<String>, StatsError> {
    let seen: BTreeSet<&str> = seen.collect();
    match dim.categories() {
        Some(fixed) => {
            let mut cats: Vec<String> = fixed.iter().map(|s| s.to_string()).collect();
            if dim.has_not_applicable() {
                cats.push(NOT_APPLICABLE.to_string());
            }
            if dim.has_unknown() {
                cats.push(UNKNOWN_CATEGORY.to_string());
            }
            if let Some(bad) = seen.iter().find(|s| !cats.iter().any(|c| c == *s)) {
                return Err(StatsError::UnknownCategory {
                    dimension: dim,
                    category: bad.to_string(),
                });
            }
            Ok(cats)
        }
        None => {
            let last = [UNKNOWN_CATEGORY, NO_SERVICE];
            let mut cats: Vec<String> = seen
                .iter()
                .filter(|s| !last.contains(s))
                .map(|s| s.to_string())
                .collect();
            for l in last {
                if seen.contains(l) {
                    cats.push(l.to_string());
                }
            }
            Ok(cats)
        }
    }
}

/// Counts by month for the whole fiscal year, as rows `[month][position]`.
type ByMonth = BTreeMap<YearMonth, Vec<u64>>;

/// One dimension over the fiscal year: its categories, counts by month (categories, then the
/// total) and the positions hidden.
struct OneLine {
    dimension: Dimension,
    categories: Vec<String>,
    counts: ByMonth,
    hidden: Vec<bool>,
}

impl OneLine {
    fn new(
        dimension: Dimension,
        categories: Vec<String>,
        rows: &[CountRow],
        fiscal_year: i32,
        months: &[YearMonth],
        records: &[u64],
        k: Threshold,
    ) -> OneLine {
        let n = categories.len();
        let mut counts: ByMonth = fiscal_months(fiscal_year)
            .into_iter()
            .map(|m| (m, vec![0; n + 1]))
            .collect();
        for row in rows {
            let c = position(&categories, &row.first);
            let line = counts.entry(row.month).or_insert_with(|| vec![0; n + 1]);
            line[c] += row.count;
            line[n] += row.count;
        }
        let considered: Vec<Vec<u64>> = months.iter().map(|m| counts[m].clone()).collect();
        let hidden = one_mask(n, &considered, records, dimension.multiple(), k);
        OneLine {
            dimension,
            categories,
            counts,
            hidden,
        }
    }

    fn cell(&self, pos: usize, months: &[YearMonth]) -> Cell {
        if self.hidden[pos] {
            Cell::Suppressed
        } else {
            Cell::Count(
                months
                    .iter()
                    .map(|m| self.counts.get(m).map_or(0, |l| l[pos]))
                    .sum(),
            )
        }
    }

    /// The one-dimension table over `months` (the period's months the log covers).
    fn table(&self, months: &[YearMonth]) -> Table {
        let n = self.categories.len();
        Table {
            period: None,
            row_dimension: "month".to_string(),
            column_dimension: self.dimension.id().to_string(),
            rows: months.iter().map(ToString::to_string).collect(),
            columns: self.categories.clone(),
            cells: months
                .iter()
                .map(|m| (0..n).map(|c| self.cell(c, &[*m])).collect())
                .collect(),
            row_totals: months.iter().map(|m| self.cell(n, &[*m])).collect(),
            column_totals: (0..n).map(|c| self.cell(c, months)).collect(),
            total: self.cell(n, months),
        }
    }
}

fn position(cats: &[String], value: &str) -> usize {
    cats.iter()
        .position(|c| c == value)
        .expect("categories were collected from the rows")
}

/// The hidden positions of one dimension's line (`categories` of them, then the total) for a
/// fiscal year: `values[month][position]` over the months considered, `records[month]` the live
/// records of each (the total of a single-valued dimension; a multi-valued one counts mentions).
pub fn one_mask(
    categories: usize,
    values: &[Vec<u64>],
    records: &[u64],
    multiple: bool,
    k: Threshold,
) -> Vec<bool> {
    let n = categories;
    let small = |pos: usize| values.iter().any(|v| v[pos] < k.get());
    let mut hidden: Vec<bool> = (0..=n).map(small).collect();
    // The number of records is one position shared by every dimension: when it is hidden, every
    // total is (a multi-valued dimension's mentions change with a record too).
    if multiple && records.iter().any(|&r| r < k.get()) {
        hidden[n] = true;
    }
    if hidden[n] {
        // Every category is at most the total in the month that hid it: all are small already;
        // hide them explicitly so that the pattern says so whatever the counts.
        return vec![true; n + 1];
    }
    let fy_sum = |pos: usize| values.iter().map(|v| v[pos]).sum::<u64>();
    // Until every hidden category has room in every month: hiding more never takes room away,
    // but a category hidden late needs its own check.
    let mut changed = true;
    while changed {
        changed = false;
        for v in values {
            for s in 0..n {
                while hidden[s] && !line_has_room(v, &hidden, s) {
                    // Another hidden category, with someone in this month if possible.
                    let pick = (0..n)
                        .filter(|&c| !hidden[c])
                        .min_by_key(|&c| (v[c] == 0, fy_sum(c), c));
                    match pick {
                        Some(c) => {
                            hidden[c] = true;
                            changed = true;
                        }
                        None => break,
                    }
                }
            }
        }
    }
    hidden
}

/// Whether a hidden category can take another value in this month with the total and the
/// shown categories unchanged: one record moved to or from another hidden category.
fn line_has_room(v: &[u64], hidden: &[bool], s: usize) -> bool {
    let n = v.len() - 1;
    let others = (0..n).filter(|&c| c != s && hidden[c]);
    let mut any_other = false;
    for c in others {
        any_other = true;
        if v[c] >= 1 {
            return true; // move one from c to s
        }
    }
    any_other && v[s] >= 1 // move one from s to another hidden category
}

/// Two dimensions over the fiscal year: counts by month as grids with totals (rows: the first
/// dimension's categories then the total; columns likewise) and the positions hidden.
struct Grid {
    rows: Vec<String>,
    columns: Vec<String>,
    row_dimension: Dimension,
    column_dimension: Dimension,
    counts: BTreeMap<YearMonth, Vec<Vec<u64>>>,
    hidden: Vec<Vec<bool>>,
}

impl Grid {
    fn new(
        a: &OneLine,
        b: &OneLine,
        rows: &[CountRow],
        months: &[YearMonth],
        k: Threshold,
    ) -> Grid {
        // The pattern is computed in the dimensions' own order, so that `a × b` and `b × a`
        // are the same table transposed.
        let swap = b.dimension < a.dimension;
        let (first, second) = if swap { (b, a) } else { (a, b) };
        let (nr, nc) = (first.categories.len(), second.categories.len());
        let mut counts: BTreeMap<YearMonth, Vec<Vec<u64>>> = first
            .counts
            .keys()
            .map(|m| (*m, vec![vec![0; nc + 1]; nr + 1]))
            .collect();
        for row in rows {
            let (x, y) = (
                row.first.as_str(),
                row.second.as_deref().unwrap_or(UNKNOWN_CATEGORY),
            );
            let (x, y) = if swap { (y, x) } else { (x, y) };
            let (r, c) = (
                position(&first.categories, x),
                position(&second.categories, y),
            );
            let g = counts
                .entry(row.month)
                .or_insert_with(|| vec![vec![0; nc + 1]; nr + 1]);
            g[r][c] += row.count;
            g[r][nc] += row.count;
            g[nr][c] += row.count;
            g[nr][nc] += row.count;
        }
        let considered: Vec<Vec<Vec<u64>>> = months.iter().map(|m| counts[m].clone()).collect();
        let fixed = fixed_margins(first, second);
        let hidden = grid_mask(&considered, &fixed, k);
        let mut grid = Grid {
            rows: first.categories.clone(),
            columns: second.categories.clone(),
            row_dimension: first.dimension,
            column_dimension: second.dimension,
            counts,
            hidden,
        };
        if swap {
            grid.transpose();
        }
        grid
    }

    fn transpose(&mut self) {
        fn t<T: Copy>(g: &[Vec<T>]) -> Vec<Vec<T>> {
            (0..g[0].len())
                .map(|c| g.iter().map(|row| row[c]).collect())
                .collect()
        }
        std::mem::swap(&mut self.rows, &mut self.columns);
        std::mem::swap(&mut self.row_dimension, &mut self.column_dimension);
        self.hidden = t(&self.hidden);
        for g in self.counts.values_mut() {
            *g = t(g);
        }
    }

    fn cell(&self, r: usize, c: usize, months: &[YearMonth]) -> Cell {
        if self.hidden[r][c] {
            Cell::Suppressed
        } else {
            Cell::Count(
                months
                    .iter()
                    .map(|m| self.counts.get(m).map_or(0, |g| g[r][c]))
                    .sum(),
            )
        }
    }

    /// The table of `period`, counted over `months` (its months the log covers).
    fn table(&self, period: FixedPeriod, months: &[YearMonth]) -> Table {
        let (nr, nc) = (self.rows.len(), self.columns.len());
        Table {
            period: Some(period),
            row_dimension: self.row_dimension.id().to_string(),
            column_dimension: self.column_dimension.id().to_string(),
            rows: self.rows.clone(),
            columns: self.columns.clone(),
            cells: (0..nr)
                .map(|r| (0..nc).map(|c| self.cell(r, c, months)).collect())
                .collect(),
            row_totals: (0..nr).map(|r| self.cell(r, nc, months)).collect(),
            column_totals: (0..nc).map(|c| self.cell(nr, c, months)).collect(),
            total: self.cell(nr, nc, months),
        }
    }
}

/// The grid entries whose pattern is another table's: `Some(hidden)` for a total that is a
/// one-dimension cell, and for every entry of a row or column whose category is hidden in its
/// one-dimension table; `None` where the grid decides.
fn fixed_margins(first: &OneLine, second: &OneLine) -> Vec<Vec<Option<bool>>> {
    let (nr, nc) = (first.categories.len(), second.categories.len());
    let mut fixed = vec![vec![None; nc + 1]; nr + 1];
    // A row's total counts the row's records when the columns are single-valued: it is the
    // first dimension's own cell. Likewise for columns.
    if !second.dimension.multiple() {
        for (r, row) in fixed.iter_mut().enumerate() {
            row[nc] = Some(first.hidden[r]);
        }
    }
    if !first.dimension.multiple() {
        for (entry, &h) in fixed[nr].iter_mut().zip(&second.hidden) {
            *entry = Some(h);
        }
    }
    // The grand total: records, or the mentions of the one multi-valued dimension.
    fixed[nr][nc] = match (first.dimension.multiple(), second.dimension.multiple()) {
        (false, false) | (true, false) => Some(first.hidden[nr]),
        (false, true) => Some(second.hidden[nc]),
        (true, true) => None,
    };
    // A hidden category's records can move to another hidden category in every table at once
    // only if its whole row is hidden in every table.
    for (row, &h) in fixed.iter_mut().zip(&first.hidden).take(nr) {
        if h {
            row.fill(Some(true));
        }
    }
    for c in 0..nc {
        if second.hidden[c] {
            for row in fixed.iter_mut() {
                row[c] = Some(true);
            }
        }
    }
    fixed
}

/// The hidden entries of a grid with totals (last row and column) for a fiscal year, from its
/// counts by month over the months considered: fixed entries as given, the others hidden when
/// small in some month, then more until every hidden entry has room in every month
/// ([`has_room`]).
pub fn grid_mask(
    values: &[Vec<Vec<u64>>],
    fixed: &[Vec<Option<bool>>],
    k: Threshold,
) -> Vec<Vec<bool>> {
    let nr = fixed.len();
    let nc = fixed.first().map_or(0, Vec::len);
    let entries: Vec<(usize, usize)> = (0..nr).flat_map(|r| (0..nc).map(move |c| (r, c))).collect();
    let mut hidden = vec![vec![false; nc]; nr];
    for &(r, c) in &entries {
        hidden[r][c] = match fixed[r][c] {
            Some(h) => h,
            None => values.iter().any(|v| v[r][c] < k.get()),
        };
    }
    let fy_sum = |r: usize, c: usize| values.iter().map(|v| v[r][c]).sum::<u64>();
    let mut changed = true;
    while changed {
        changed = false;
        for v in values {
            for &(r, c) in &entries {
                // Entries fixed by a one-dimension table are checked too: a zero in a hidden row
                // needs a record that can move into it within this table.
                while hidden[r][c] && !has_room(&hidden, v, (r, c)) {
                    // Prefer an entry on the same lines with someone in this month, then any
                    // entry with someone, then any; the smallest over the year first.
                    let pick = entries
                        .iter()
                        .copied()
                        .filter(|&(x, y)| !hidden[x][y] && fixed[x][y].is_none())
                        .min_by_key(|&(x, y)| (x != r && y != c, v[x][y] == 0, fy_sum(x, y), x, y));
                    match pick {
                        Some((x, y)) => {
                            hidden[x][y] = true;
                            changed = true;
                        }
                        None => break,
                    }
                }
            }
        }
    }
    hidden
}

/// Whether hidden entry `s` of a grid with totals can take another value, every line (row or
/// column, the last entry of each being its total) still adding up, shown entries unchanged and
/// no count below zero: a closed walk through hidden entries, alternately one more and one
/// less (the sign carries over when the walk passes through a total), that changes `s`.
///
/// The walk is searched breadth-first over (entry, change, line to leave by); the one found is
/// then checked as a whole, so an answer of `true` is always backed by a valid arrangement.
pub fn has_room(hidden: &[Vec<bool>], v: &[Vec<u64>], s: (usize, usize)) -> bool {
    [1i8, -1].into_iter().any(|d| room_with(hidden, v, s, d))
}

/// The sign of an entry within a line: +1 for a part, −1 for the line's total.
fn sign(is_total: bool) -> i8 {
    if is_total {
        -1
    } else {
        1
    }
}

fn room_with(hidden: &[Vec<bool>], v: &[Vec<u64>], s: (usize, usize), d: i8) -> bool {
    use std::collections::{HashMap, VecDeque};
    let nr = hidden.len();
    let nc = hidden[0].len();
    if d < 0 && v[s.0][s.1] == 0 {
        return false;
    }
    // State: an entry, its change, and whether the walk leaves it along its row (true) or its
    // column. The start leaves along its row and must come back along its column.
    type State = ((usize, usize), i8, bool);
    let start: State = (s, d, true);
    let mut prev: HashMap<State, State> = HashMap::new();
    let mut queue = VecDeque::from([start]);
    let mut end: Option<State> = None;
    while let Some(state @ ((r, c), delta, along_row)) = queue.pop_front() {
        let line: Vec<(usize, usize)> = if along_row {
            (0..nc).map(|y| (r, y)).collect()
        } else {
            (0..nr).map(|x| (x, c)).collect()
        };
        let total_of = |e: (usize, usize)| {
            if along_row {
                e.1 + 1 == nc
            } else {
                e.0 + 1 == nr
            }
        };
        let here = sign(total_of((r, c)));
        for e in line {
            if e == (r, c) || !hidden[e.0][e.1] {
                continue;
            }
            let change = -delta * here * sign(total_of(e));
            if change < 0 && v[e.0][e.1] == 0 {
                continue;
            }
            if e == s {
                // Back at the start: only along its column, with its own change.
                if !along_row && change == d && state != start {
                    end = Some(state);
                    break;
                }
                continue;
            }
            let next: State = (e, change, !along_row);
            if next != start && !prev.contains_key(&next) {
                prev.insert(next, state);
                queue.push_back(next);
            }
        }
        if end.is_some() {
            break;
        }
    }
    let Some(mut at) = end else {
        return false;
    };
    // The walk as changes per entry; check it: lines add up, no count below zero, s changed.
    let mut delta = vec![vec![0i64; nc]; nr];
    delta[s.0][s.1] += i64::from(d);
    while at != start {
        let ((r, c), change, _) = at;
        delta[r][c] += i64::from(change);
        at = prev[&at];
    }
    valid_change(hidden, v, &delta) && delta[s.0][s.1] != 0
}

/// Whether `delta` changes hidden entries only, keeps every count at zero or more and every
/// line adding up.
fn valid_change(hidden: &[Vec<bool>], v: &[Vec<u64>], delta: &[Vec<i64>]) -> bool {
    let nr = hidden.len();
    let nc = hidden[0].len();
    for r in 0..nr {
        for c in 0..nc {
            if delta[r][c] != 0 && (!hidden[r][c] || (v[r][c] as i64) + delta[r][c] < 0) {
                return false;
            }
        }
    }
    let rows_add_up =
        (0..nr).all(|r| (0..nc - 1).map(|c| delta[r][c]).sum::<i64>() == delta[r][nc - 1]);
    let columns_add_up =
        (0..nc).all(|c| (0..nr - 1).map(|r| delta[r][c]).sum::<i64>() == delta[nr - 1][c]);
    rows_add_up && columns_add_up
}

/// The counts with a total column and a total row appended.
pub fn with_totals(counts: &[Vec<u64>], columns: usize) -> Vec<Vec<u64>> {
    let mut grid: Vec<Vec<u64>> = counts
        .iter()
        .map(|row| {
            let mut r = row.clone();
            r.push(row.iter().sum());
            r
        })
        .collect();
    let totals = (0..=columns)
        .map(|c| grid.iter().map(|row| row[c]).sum())
        .collect();
    grid.push(totals);
    grid
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k5() -> Threshold {
        Threshold::POLICY
    }

    fn ym(s: &str) -> YearMonth {
        YearMonth::parse(s).expect("month")
    }

    #[test]
    fn months_parse_and_iterate() {
        let p = Period::new(ym("2025-11"), ym("2026-02")).unwrap();
        let ms: Vec<String> = p.months().iter().map(ToString::to_string).collect();
        assert_eq!(ms, ["2025-11", "2025-12", "2026-01", "2026-02"]);
        assert_eq!(p.last_day(), NaiveDate::from_ymd_opt(2026, 2, 28).unwrap());
        for bad in [
            "2025-13",
            "2025-1",
            "25-01",
            "2025/01",
            "",
            "2025-00",
            "２０２５-01",
        ] {
            assert!(YearMonth::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn fixed_periods_are_months_fiscal_quarters_and_fiscal_years() {
        let fy = FixedPeriod::parse("FY2025").unwrap();
        assert_eq!(fy.first_month(), ym("2025-04"));
        assert_eq!(fy.last_month(), ym("2026-03"));
        assert_eq!(fy.months().len(), 12);
        let q4 = FixedPeriod::parse("FY2025-Q4").unwrap();
        assert_eq!(q4.months(), [ym("2026-01"), ym("2026-02"), ym("2026-03")]);
        assert_eq!(q4.fiscal_year(), 2025);
        assert_eq!(FixedPeriod::parse("2026-03").unwrap().fiscal_year(), 2025);
        assert_eq!(FixedPeriod::parse("2026-04").unwrap().fiscal_year(), 2026);
        for p in ["FY2025", "FY2025-Q1", "2026-03"] {
            assert_eq!(FixedPeriod::parse(p).unwrap().to_string(), p);
        }
        for bad in [
            "FY25",
            "FY2025-Q5",
            "FY2025-Q",
            "2025Q1",
            "fy2025",
            "FY2025-Q1x",
            "FY1999",
        ] {
            assert!(FixedPeriod::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(q4.family().len(), 17);
    }

    #[test]
    fn k_below_the_policy_is_refused() {
        assert!(Threshold::new(4).is_err());
        assert!(Threshold::new(3).is_err());
        assert_eq!(Threshold::new(5).unwrap(), Threshold::POLICY);
        assert_eq!(Threshold::default().get(), 5);
    }

    #[test]
    fn a_line_never_hides_one_category_alone() {
        // Two months; category 1 is small in the second: a second category is hidden with it.
        let values = vec![vec![9, 7, 20, 36], vec![9, 2, 20, 31]];
        let hidden = one_mask(3, &values, &[36, 31], false, k5());
        assert_eq!(hidden, [true, true, false, false]);
    }

    #[test]
    fn zeros_are_hidden_like_small_counts() {
        let values = vec![vec![0, 12, 30, 42]];
        let hidden = one_mask(3, &values, &[42], false, k5());
        assert!(hidden[0], "a zero is hidden");
        assert!(hidden[1], "with a category that has someone in it");
    }

    #[test]
    fn a_small_total_hides_the_whole_line() {
        let values = vec![vec![2, 1, 0, 3], vec![8, 9, 9, 26]];
        assert!(one_mask(3, &values, &[3, 26], false, k5())
            .iter()
            .all(|&h| h));
    }

    #[test]
    fn a_hidden_cell_has_room_along_a_cycle_of_hidden_cells() {
        let v = with_totals(&[vec![2, 10], vec![9, 11]], 2);
        let mut hidden = vec![vec![false; 3]; 3];
        hidden[0][0] = true;
        assert!(!has_room(&hidden, &v, (0, 0)));
        for (r, c) in [(0, 1), (1, 0), (1, 1)] {
            hidden[r][c] = true;
        }
        assert!(has_room(&hidden, &v, (0, 0)));
        // Through the totals: a hidden row total and grand total let a record be added.
        let mut hidden = vec![vec![false; 3]; 3];
        for (r, c) in [(0, 0), (0, 2), (2, 0), (2, 2)] {
            hidden[r][c] = true;
        }
        assert!(has_room(&hidden, &v, (0, 0)));
    }

    #[test]
    fn a_grid_gets_enough_hidden_cells_for_every_month() {
        let months = vec![
            with_totals(&[vec![2, 10, 7], vec![9, 11, 8]], 3),
            with_totals(&[vec![6, 10, 7], vec![9, 11, 0]], 3),
        ];
        let fixed = vec![vec![None; 4]; 3];
        let hidden = grid_mask(&months, &fixed, k5());
        for v in &months {
            for r in 0..3 {
                for c in 0..4 {
                    if hidden[r][c] {
                        assert!(has_room(&hidden, v, (r, c)), "({r}, {c})");
                    }
                }
            }
        }
        assert!(hidden[0][0] && hidden[1][2]);
    }
}
