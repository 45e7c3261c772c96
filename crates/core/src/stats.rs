//! Statistics over records: counts by month against one or two dimensions, with small counts
//! suppressed so that no table lets a reader single out a few consultations.
//!
//! # Tables
//!
//! - One dimension: one table; rows are the months of the period, columns the dimension's
//!   categories, with a total per month, per category and a grand total.
//! - Two dimensions: one table per month; rows are the first dimension's categories, columns the
//!   second's, with row, column and grand totals.
//!
//! For the multi-valued dimensions (`concern`, `service`) a record counts once under each of its
//! values, so cells count mentions and every total is the sum of its cells. Every table is
//! additive: each row and each column (totals included) is a line whose cells add up to its total.
//!
//! Categories are ids: a fixed dimension lists its values in flow order, then `not_applicable`
//! (region and residence of a Japanese client), then `unknown` (the fact was not answered); an
//! open dimension (service, languages, desk) lists the values that occur, sorted, with `none` (no
//! referral) and `unknown` last.
//!
//! # Suppression
//!
//! **Primary**: a cell (interior or total) with a count from 1 to k−1 is suppressed and shown as
//! `<k`. Zero is shown: it counts no one (a row of zeros beside one small cell does say that
//! everyone counted there shares that cell's category; the count itself stays hidden).
//!
//! **Complementary**: a suppressed cell must not be recoverable by arithmetic on what is shown.
//! Picture the table with its totals as a grid of (rows+1) × (columns+1) entries in which every
//! row line and every column line adds up; a suppressed entry is an edge between its row line and
//! its column line. A reader can compute a suppressed entry exactly if and only if that edge lies
//! on no cycle of suppressed edges (it is a *bridge*): only along a cycle can values move while
//! every sum stays the same. So:
//!
//! 1. while some line holds exactly one suppressed entry (it would equal the line's total minus
//!    its other entries), suppress one more entry of that line: the smallest non-zero count,
//!    interior cells before totals, zero only when nothing else is left;
//! 2. while some suppressed entry is still a bridge (two groups of suppressions joined by one
//!    entry), suppress the smallest entry that joins the two groups again, closing a cycle;
//! 3. repeat until neither applies.
//!
//! The result: no line has exactly one suppressed entry, and no suppressed entry is a linear
//! combination of published ones. The tests check this with an independent rank computation on
//! every table. What this does not give is interval protection: a reader may still bound a
//! suppressed count (it is ≥ 0 and sums are known), only not pin it down. Tables are protected
//! one at a time; two reports with different dimensions over the same period can be compared
//! with each other, which is why exports are recorded in the audit table.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};

use crate::record::{
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
    #[error("count for {month}, outside the period")]
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

/// The suppression threshold k: counts from 1 to k−1 are suppressed. From [`Threshold::MIN`] to
/// [`Threshold::MAX`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Threshold(u64);

impl Threshold {
    pub const MIN: u64 = 3;
    pub const MAX: u64 = 100;
    pub const DEFAULT: Threshold = Threshold(5);

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
        Threshold::DEFAULT
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

/// A published entry: a count, or suppressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Count(u64),
    Suppressed,
}

impl Cell {
    /// The count, or `<k`.
    pub fn render(self, k: Threshold) -> String {
        match self {
            Cell::Count(n) => n.to_string(),
            Cell::Suppressed => format!("<{}", k.get()),
        }
    }

    pub fn count(self) -> Option<u64> {
        match self {
            Cell::Count(n) => Some(n),
            Cell::Suppressed => None,
        }
    }
}

/// One protected table. `cells[r][c]`, `row_totals[r]`, `column_totals[c]`, `total`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The month of a two-dimension table; `None` for a one-dimension table (rows are months).
    pub month: Option<YearMonth>,
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

/// Protected tables for a period and one or two dimensions; live records only (the store never
/// gives training records to statistics).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub period: Period,
    pub dimensions: Dimensions,
    pub k: Threshold,
    pub tables: Vec<Table>,
}

/// Builds the report: the tables described in the module docs, each protected with threshold `k`.
pub fn report(
    period: Period,
    dimensions: Dimensions,
    rows: &[CountRow],
    k: Threshold,
) -> Result<Report, StatsError> {
    for row in rows {
        if !period.contains(row.month) {
            return Err(StatsError::MonthOutside { month: row.month });
        }
    }
    let first_cats = categories(dimensions.first, rows.iter().map(|r| r.first.as_str()))?;
    let tables = match dimensions.second {
        None => {
            let months = period.months();
            let month_ids: Vec<String> = months.iter().map(ToString::to_string).collect();
            let mut counts = vec![vec![0u64; first_cats.len()]; months.len()];
            for row in rows {
                let r = (row.month.index() - period.from.index()) as usize;
                let c = position(&first_cats, &row.first);
                counts[r][c] += row.count;
            }
            vec![protected_table(
                None,
                "month".to_string(),
                dimensions.first.id().to_string(),
                month_ids,
                first_cats,
                &counts,
                k,
            )]
        }
        Some(second) => {
            let second_cats = categories(
                second,
                rows.iter()
                    .map(|r| r.second.as_deref().unwrap_or(UNKNOWN_CATEGORY)),
            )?;
            let mut by_month: BTreeMap<YearMonth, Vec<Vec<u64>>> = period
                .months()
                .into_iter()
                .map(|m| (m, vec![vec![0u64; second_cats.len()]; first_cats.len()]))
                .collect();
            for row in rows {
                let r = position(&first_cats, &row.first);
                let c = position(
                    &second_cats,
                    row.second.as_deref().unwrap_or(UNKNOWN_CATEGORY),
                );
                if let Some(t) = by_month.get_mut(&row.month) {
                    t[r][c] += row.count;
                }
            }
            by_month
                .into_iter()
                .map(|(month, counts)| {
                    protected_table(
                        Some(month),
                        dimensions.first.id().to_string(),
                        second.id().to_string(),
                        first_cats.clone(),
                        second_cats.clone(),
                        &counts,
                        k,
                    )
                })
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

fn position(cats: &[String], value: &str) -> usize {
    cats.iter()
        .position(|c| c == value)
        .expect("categories were collected from the rows")
}

/// Report order: the fixed categories (then `not_applicable`, then `unknown`), or the categories that occur, sorted,
/// with `unknown` and `none` last.
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

fn protected_table(
    month: Option<YearMonth>,
    row_dimension: String,
    column_dimension: String,
    rows: Vec<String>,
    columns: Vec<String>,
    counts: &[Vec<u64>],
    k: Threshold,
) -> Table {
    let grid = with_totals(counts, columns.len());
    let mask = suppress(&grid, k);
    let cell = |r: usize, c: usize| {
        if mask[r][c] {
            Cell::Suppressed
        } else {
            Cell::Count(grid[r][c])
        }
    };
    let (nr, nc) = (rows.len(), columns.len());
    Table {
        month,
        row_dimension,
        column_dimension,
        cells: (0..nr)
            .map(|r| (0..nc).map(|c| cell(r, c)).collect())
            .collect(),
        row_totals: (0..nr).map(|r| cell(r, nc)).collect(),
        column_totals: (0..nc).map(|c| cell(nr, c)).collect(),
        total: cell(nr, nc),
        rows,
        columns,
    }
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

/// Which entries of an additive grid (last row and last column are totals) to suppress: the
/// primary and complementary suppression described in the module docs.
pub fn suppress(grid: &[Vec<u64>], k: Threshold) -> Vec<Vec<bool>> {
    let nr = grid.len();
    let nc = grid.first().map_or(0, Vec::len);
    let mut mask: Vec<Vec<bool>> = grid
        .iter()
        .map(|row| row.iter().map(|&v| v > 0 && v < k.get()).collect())
        .collect();
    // Preference among candidates: non-zero first, interior before totals, then smallest.
    let key = |r: usize, c: usize| (grid[r][c] == 0, r + 1 == nr || c + 1 == nc, grid[r][c]);
    loop {
        let mut changed = false;
        // 1. No line with exactly one suppressed entry.
        for r in 0..nr {
            let line: Vec<(usize, usize)> = (0..nc).map(|c| (r, c)).collect();
            changed |= complete_line(&line, &mut mask, &key);
        }
        for c in 0..nc {
            let line: Vec<(usize, usize)> = (0..nr).map(|r| (r, c)).collect();
            changed |= complete_line(&line, &mut mask, &key);
        }
        if changed {
            continue;
        }
        // 2. No suppressed entry that lies on no cycle.
        if let Some(edge) = find_bridge(&mask) {
            let (a_rows, a_cols) = reachable_without(&mask, edge, Node::Row(edge.0));
            let (b_rows, b_cols) = reachable_without(&mask, edge, Node::Column(edge.1));
            let mut best: Option<(usize, usize)> = None;
            for (r, row) in mask.iter().enumerate() {
                for (c, &m) in row.iter().enumerate() {
                    // A row on one side with a column on the other closes a cycle through `edge`.
                    let joins = (a_rows[r] && b_cols[c]) || (b_rows[r] && a_cols[c]);
                    if !m && joins && best.is_none_or(|(br, bc)| key(r, c) < key(br, bc)) {
                        best = Some((r, c));
                    }
                }
            }
            let (r, c) = best.expect("a bridge's two sides can always be joined again");
            mask[r][c] = true;
            continue;
        }
        return mask;
    }
}

fn complete_line<K: Ord>(
    line: &[(usize, usize)],
    mask: &mut [Vec<bool>],
    key: &impl Fn(usize, usize) -> K,
) -> bool {
    if line.iter().filter(|&&(r, c)| mask[r][c]).count() != 1 {
        return false;
    }
    let pick = line
        .iter()
        .copied()
        .filter(|&(r, c)| !mask[r][c])
        .min_by_key(|&(r, c)| key(r, c));
    match pick {
        Some((r, c)) => {
            mask[r][c] = true;
            true
        }
        None => false,
    }
}

/// A suppressed entry (row, column) that is a bridge of the graph whose nodes are the row and
/// column lines and whose edges are the suppressed entries.
fn find_bridge(mask: &[Vec<bool>]) -> Option<(usize, usize)> {
    for (r, row) in mask.iter().enumerate() {
        for (c, &m) in row.iter().enumerate() {
            if m {
                let (_, cols) = reachable_without(mask, (r, c), Node::Row(r));
                // Column c still reachable from row r without the edge: it lies on a cycle.
                if !cols[c] {
                    return Some((r, c));
                }
            }
        }
    }
    None
}

#[derive(Clone, Copy)]
enum Node {
    Row(usize),
    Column(usize),
}

/// The row and column lines reachable from `start` through suppressed entries other than
/// `without`.
fn reachable_without(
    mask: &[Vec<bool>],
    without: (usize, usize),
    start: Node,
) -> (Vec<bool>, Vec<bool>) {
    let nr = mask.len();
    let nc = mask.first().map_or(0, Vec::len);
    let mut rows = vec![false; nr];
    let mut cols = vec![false; nc];
    match start {
        Node::Row(r) => rows[r] = true,
        Node::Column(c) => cols[c] = true,
    }
    let mut stack = vec![start];
    while let Some(node) = stack.pop() {
        match node {
            Node::Row(r) => {
                for c in 0..nc {
                    if mask[r][c] && (r, c) != without && !cols[c] {
                        cols[c] = true;
                        stack.push(Node::Column(c));
                    }
                }
            }
            Node::Column(c) => {
                for r in 0..nr {
                    if mask[r][c] && (r, c) != without && !rows[r] {
                        rows[r] = true;
                        stack.push(Node::Row(r));
                    }
                }
            }
        }
    }
    (rows, cols)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k5() -> Threshold {
        Threshold::DEFAULT
    }

    #[test]
    fn months_parse_and_iterate() {
        let p = Period::new(
            YearMonth::parse("2025-11").unwrap(),
            YearMonth::parse("2026-02").unwrap(),
        )
        .unwrap();
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
    fn threshold_below_three_is_refused() {
        assert!(Threshold::new(2).is_err());
        assert_eq!(Threshold::new(3).unwrap().get(), 3);
        assert_eq!(Threshold::default().get(), 5);
    }

    #[test]
    fn a_lone_small_cell_gets_a_partner_in_its_row_and_column() {
        let grid = with_totals(&[vec![2, 10, 12], vec![9, 11, 13]], 3);
        let mask = suppress(&grid, k5());
        assert!(mask[0][0]);
        assert_eq!(mask[0].iter().filter(|&&m| m).count(), 2);
        assert_eq!(mask.iter().filter(|r| r[0]).count(), 2);
    }

    #[test]
    fn nothing_small_nothing_suppressed() {
        let grid = with_totals(&[vec![5, 0], vec![7, 9]], 2);
        assert!(suppress(&grid, k5()).iter().flatten().all(|m| !m));
    }
}
