//! `report`, `export`, `purge`, `train-results`: the coordinator's and trainer's commands over
//! the referral log.
//!
//! Exit status: 0 ok; 1 the log cannot be read or written (missing, damaged, locked); 2 bad
//! usage (a period, dimension or format that does not exist).

use std::io::Write;
use std::path::Path;

use clap::builder::PossibleValue;
use madoguchi_core::{
    Dimension, Dimensions, FixedPeriod, Period, Report, Threshold, YearMonth, TOTAL,
};
use madoguchi_store::{CaseResults, ExportFormat, OpenState, Retention, Store, TrainingSelection};

use crate::error::CliError;
use crate::table;

/// The period and dimensions of `report` and `export`. There is no threshold option: k is the
/// desk's policy (5), the same for every release, so that no two releases hide differently.
#[derive(clap::Args)]
pub struct SelectionArgs {
    /// The publication period: a month (YYYY-MM), a quarter of the fiscal year (FYyyyy-Q1 to
    /// FYyyyy-Q4; Q1 is April to June) or a fiscal year (FYyyyy, April to March).
    #[arg(long, value_name = "PERIOD", conflicts_with = "month", value_parser = FixedPeriod::parse)]
    period: Option<FixedPeriod>,
    /// One month, YYYY-MM (the same as --period YYYY-MM).
    #[arg(long, value_name = "YYYY-MM", value_parser = FixedPeriod::parse)]
    month: Option<FixedPeriod>,
    /// A dimension to count by; give it once or twice.
    #[arg(long = "by", value_name = "DIM")]
    by: Vec<By>,
}

/// A dimension as `--by` takes it. The values are the statistics' own [`Dimension`]s, so the
/// list clap offers cannot drift from what `report` can count.
#[derive(Clone, Copy)]
pub struct By(Dimension);

impl By {
    pub fn dimension(self) -> Dimension {
        self.0
    }
}

static BY_VALUES: [By; Dimension::ALL.len()] = by_values();

const fn by_values() -> [By; Dimension::ALL.len()] {
    let mut values = [By(Dimension::AgeGroup); Dimension::ALL.len()];
    let mut i = 0;
    while i < values.len() {
        values[i] = By(Dimension::ALL[i]);
        i += 1;
    }
    values
}

impl clap::ValueEnum for By {
    fn value_variants<'a>() -> &'a [Self] {
        &BY_VALUES
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.0.id()))
    }
}

/// The file format of `export`.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// CSV with a BOM, for spreadsheets.
    Csv,
    /// JSON, for programs.
    Json,
}

impl From<Format> for ExportFormat {
    fn from(format: Format) -> ExportFormat {
        match format {
            Format::Csv => ExportFormat::Csv,
            Format::Json => ExportFormat::Json,
        }
    }
}

/// Which training results `train-results` shows.
#[derive(clap::Args)]
pub struct TrainingArgs {
    /// Only this case.
    #[arg(long, value_name = "ID")]
    case: Option<String>,
    /// One line per case and month.
    #[arg(long)]
    by_month: bool,
    /// One month, YYYY-MM (default: all the log holds).
    #[arg(long, value_name = "YYYY-MM", conflicts_with_all = ["from", "to"], value_parser = YearMonth::parse)]
    month: Option<YearMonth>,
    /// First month, YYYY-MM.
    #[arg(long, value_name = "YYYY-MM", value_parser = YearMonth::parse)]
    from: Option<YearMonth>,
    /// Last month, YYYY-MM (default: the first).
    #[arg(long, value_name = "YYYY-MM", requires = "from", value_parser = YearMonth::parse)]
    to: Option<YearMonth>,
}

fn usage(msg: impl std::fmt::Display) -> CliError {
    CliError::Usage(msg.to_string())
}

struct Parsed {
    period: FixedPeriod,
    dimensions: Dimensions,
    k: Threshold,
}

/// What to say when no period (or a range) is given.
const PERIOD_USAGE: &str = "give the period as --period YYYY-MM (a month), --period FYyyyy-Qn (a \
     quarter of the fiscal year, Q1 = April to June) or --period FYyyyy (a fiscal year, April \
     to March); statistics are published for these fixed periods only";

/// The period of `--month`, or `--from` [`--to`]; `None` when none is given.
fn optional_period(args: &TrainingArgs) -> Result<Option<Period>, CliError> {
    let period = match (args.month, args.from, args.to) {
        (None, None, None) => return Ok(None),
        (Some(m), None, None) => Period::month(m)?,
        (None, Some(f), t) => Period::new(f, t.unwrap_or(f))?,
        _ => {
            return Err(usage(
                "give the period as --month YYYY-MM, or --from YYYY-MM [--to YYYY-MM]",
            ))
        }
    };
    Ok(Some(period))
}

fn parse(sel: &SelectionArgs) -> Result<Parsed, CliError> {
    let Some(period) = sel.period.or(sel.month) else {
        return Err(usage(PERIOD_USAGE));
    };
    if sel.by.is_empty() {
        return Err(usage(format!(
            "give one or two dimensions with --by; valid dimensions: {}",
            Dimension::ids().join(", ")
        )));
    }
    let by: Vec<Dimension> = sel.by.iter().map(|b| b.0).collect();
    Ok(Parsed {
        period,
        dimensions: Dimensions::new(&by)?,
        k: Threshold::POLICY,
    })
}

/// Opens an existing log; a missing file is an error (these commands never create one), and a
/// damaged one is reported and not used.
pub fn open(db: &Path) -> Result<Store, CliError> {
    if !db.is_file() {
        return Err(CliError::Log(format!(
            "{}: no log at this path",
            db.display()
        )));
    }
    let store = Store::open(db)?;
    report_set_aside(&store);
    if let OpenState::ReadOnlyRecovery { reason } = store.state() {
        return Err(CliError::Log(format!(
            "{}: {reason}; it was opened read-only and left as it is. Copy the file aside \
             before anything else.",
            db.display()
        )));
    }
    Ok(store)
}

/// Says which files beside the log were moved aside at open, and where they are now.
pub fn report_set_aside(store: &Store) {
    for s in store.set_aside() {
        eprintln!(
            "madoguchi: {}: not this log's ({}); moved aside, unread, to {}",
            s.from.display(),
            s.why,
            s.to.display()
        );
    }
}

pub fn report(db: &Path, sel: SelectionArgs, json: bool) -> Result<(), CliError> {
    let p = parse(&sel)?;
    let store = open(db)?;
    let rep = store.report(p.period, p.dimensions, p.k)?;
    let mut out = std::io::stdout().lock();
    if json {
        writeln!(out, "{:#}", madoguchi_store::to_json(&rep))?;
    } else {
        print_report(&rep, &mut out)?;
    }
    Ok(())
}

/// The report as aligned text tables.
pub fn print_report(rep: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    let dims: Vec<&str> = rep.dimensions.list().iter().map(|d| d.id()).collect();
    writeln!(
        out,
        "live records, {} ({} to {}), by {}; X = hidden (below {} in some month of the fiscal \
         year, or hidden so that such a count cannot be worked out)",
        rep.period,
        rep.period.first_month(),
        rep.period.last_month(),
        dims.join(" × "),
        rep.k.get(),
    )?;
    if rep.tables.is_empty() {
        writeln!(out, "\nno live records in this period")?;
    }
    for table in &rep.tables {
        writeln!(out)?;
        if let Some(p) = table.period {
            writeln!(out, "{p}")?;
        }
        let corner = match table.period {
            Some(_) => format!("{} \\ {}", table.row_dimension, table.column_dimension),
            None => table.row_dimension.clone(),
        };
        let mut lines: Vec<Vec<String>> = Vec::new();
        let mut header = vec![corner];
        header.extend(table.columns.iter().cloned());
        header.push(TOTAL.to_string());
        lines.push(header);
        for ((label, cells), total) in table.rows.iter().zip(&table.cells).zip(&table.row_totals) {
            let mut line = vec![label.clone()];
            line.extend(cells.iter().map(|c| c.render()));
            line.push(total.render());
            lines.push(line);
        }
        let mut last = vec![TOTAL.to_string()];
        last.extend(table.column_totals.iter().map(|c| c.render()));
        last.push(table.total.render());
        lines.push(last);
        table::print(&lines, 1, out)?;
    }
    Ok(())
}

pub fn export(db: &Path, sel: SelectionArgs, format: Format, out: &Path) -> Result<(), CliError> {
    let p = parse(&sel)?;
    let mut store = open(db)?;
    let summary = store.export(p.period, p.dimensions, p.k, format.into(), out)?;
    writeln!(
        std::io::stdout(),
        "wrote {} ({} table(s), {} live records, {}); recorded in the audit table",
        summary.path.display(),
        summary.tables,
        summary.records,
        p.period
    )?;
    Ok(())
}

pub fn purge(db: &Path, older_than_days: Option<u32>, dry_run: bool) -> Result<(), CliError> {
    let retention = older_than_days.map_or_else(Retention::default, Retention::Days);
    let mut store = open(db)?;
    let today = chrono::Local::now().date_naive();
    let done = store.purge(today, retention, dry_run)?;
    let mut out = std::io::stdout();
    if done.dry_run {
        writeln!(
            out,
            "would delete {} record(s) saved before {} (live and training) and {} training \
             result(s); nothing deleted",
            done.records, done.cutoff, done.training_results
        )?;
    } else {
        writeln!(
            out,
            "deleted {} record(s) saved before {} (live and training) and {} training \
             result(s), with secure delete; file compacted; recorded in the audit table",
            done.records, done.cutoff, done.training_results
        )?;
    }
    Ok(())
}

fn training_selection(
    case: Option<String>,
    by_month: bool,
    period: Option<Period>,
) -> Result<TrainingSelection, CliError> {
    if let Some(id) = &case {
        let ok = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !ok {
            return Err(usage(format!(
                "`{id}` is not a case id (lowercase letters, digits and `-`; see `train --list`)"
            )));
        }
    }
    Ok(TrainingSelection {
        case,
        period,
        by_month,
    })
}

/// `train-results`: training results per case (and month), as text or JSON.
pub fn train_results(db: &Path, args: TrainingArgs, json: bool) -> Result<(), CliError> {
    let period = optional_period(&args)?;
    let selection = training_selection(args.case, args.by_month, period)?;
    let store = open(db)?;
    let rows = store.training_results(&selection)?;
    let mut out = std::io::stdout().lock();
    if json {
        writeln!(
            out,
            "{:#}",
            madoguchi_store::training_json(&rows, &selection)
        )?;
    } else {
        print_training(&rows, &selection, &mut out)?;
    }
    Ok(())
}

/// Training results as an aligned text table.
fn print_training(
    rows: &[CaseResults],
    selection: &TrainingSelection,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let runs: u64 = rows.iter().map(|r| r.runs).sum();
    let period = match selection.period {
        Some(p) => format!("{} to {}", p.from, p.to),
        None => "all months".to_string(),
    };
    writeln!(
        out,
        "training results, {period}: {runs} run(s) of {} case(s); kept apart from live records, \
         no names",
        rows.iter()
            .map(|r| r.case.as_str())
            .collect::<std::collections::BTreeSet<_>>()
            .len()
    )?;
    if rows.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    let mut header = vec!["case"];
    if selection.by_month {
        header.push("month");
    }
    header.extend([
        "runs",
        "passed",
        "avg hit",
        "avg missed",
        "avg must-not",
        "avg extra",
    ]);
    let mut lines: Vec<Vec<String>> = vec![header.iter().map(|h| h.to_string()).collect()];
    for r in rows {
        let mut line = vec![r.case.clone()];
        if selection.by_month {
            line.push(r.month.map(|m| m.to_string()).unwrap_or_default());
        }
        line.push(r.runs.to_string());
        line.push(r.passed.to_string());
        for avg in [
            r.average_hit(),
            r.average_missed(),
            r.average_must_not(),
            r.average_extra(),
        ] {
            line.push(format!("{avg:.2}"));
        }
        lines.push(line);
    }
    let label_columns = if selection.by_month { 2 } else { 1 };
    table::print(&lines, label_columns, out)
}

/// `export --training`: the per-case training results to a file, audited.
pub fn export_training(
    db: &Path,
    sel: SelectionArgs,
    case: Option<String>,
    by_month: bool,
    format: Format,
    out: &Path,
) -> Result<(), CliError> {
    let period = sel.period.or(sel.month).map(FixedPeriod::range);
    let selection = training_selection(case, by_month, period)?;
    let mut store = open(db)?;
    let summary = store.export_training(&selection, format.into(), out)?;
    writeln!(
        std::io::stdout(),
        "wrote {} ({} line(s), {} training run(s)); recorded in the audit table",
        summary.path.display(),
        summary.lines,
        summary.runs
    )?;
    Ok(())
}
