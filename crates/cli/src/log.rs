//! `report`, `export`, `purge`, `train-results`: the coordinator's and trainer's commands over
//! the referral log.
//!
//! Exit status: 0 ok; 1 the log cannot be read or written (missing, damaged, locked); 2 bad
//! usage (a period, dimension or format that does not exist).

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use madoguchi_core::{
    Dimension, Dimensions, FixedPeriod, Period, Report, Threshold, YearMonth, TOTAL,
};
use madoguchi_store::{CaseResults, ExportFormat, OpenState, Retention, Store, TrainingSelection};

/// The period and dimensions of `report` and `export`. There is no threshold option: k is the
/// desk's policy (5), the same for every release, so that no two releases hide differently.
#[derive(clap::Args)]
pub struct SelectionArgs {
    /// The publication period: a month (YYYY-MM), a quarter of the fiscal year (FYyyyy-Q1 to
    /// FYyyyy-Q4; Q1 is April to June) or a fiscal year (FYyyyy, April to March).
    #[arg(long, value_name = "PERIOD", conflicts_with = "month")]
    period: Option<String>,
    /// One month, YYYY-MM (the same as --period YYYY-MM).
    #[arg(long, value_name = "YYYY-MM")]
    month: Option<String>,
    /// A dimension to count by (age_group, gender, nationality, region, residence, concern,
    /// danger, service, outcome, handover_consent, interpreter, staff_lang, client_lang, desk);
    /// give it once or twice.
    #[arg(long = "by", value_name = "DIM")]
    by: Vec<String>,
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
    #[arg(long, value_name = "YYYY-MM", conflicts_with_all = ["from", "to"])]
    month: Option<String>,
    /// First month, YYYY-MM.
    #[arg(long, value_name = "YYYY-MM")]
    from: Option<String>,
    /// Last month, YYYY-MM (default: the first).
    #[arg(long, value_name = "YYYY-MM", requires = "from")]
    to: Option<String>,
}

fn usage(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("madoguchi: {msg}");
    ExitCode::from(2)
}

fn failure(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("madoguchi: {msg}");
    ExitCode::from(1)
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
fn optional_period(
    month: &Option<String>,
    from: &Option<String>,
    to: &Option<String>,
) -> Result<Option<Period>, ExitCode> {
    let ym = |s: &str| YearMonth::parse(s).map_err(usage);
    let period = match (month, from, to) {
        (None, None, None) => return Ok(None),
        (Some(m), None, None) => Period::month(ym(m)?),
        (None, Some(f), Some(t)) => Period::new(ym(f)?, ym(t)?),
        (None, Some(f), None) => {
            let f = ym(f)?;
            Period::new(f, f)
        }
        _ => {
            return Err(usage(
                "give the period as --month YYYY-MM, or --from YYYY-MM [--to YYYY-MM]",
            ))
        }
    }
    .map_err(usage)?;
    Ok(Some(period))
}

fn parse(sel: &SelectionArgs) -> Result<Parsed, ExitCode> {
    let Some(text) = sel.period.as_ref().or(sel.month.as_ref()) else {
        return Err(usage(PERIOD_USAGE));
    };
    let period = FixedPeriod::parse(text).map_err(usage)?;
    if sel.by.is_empty() {
        return Err(usage(format!(
            "give one or two dimensions with --by; valid dimensions: {}",
            Dimension::ids().join(", ")
        )));
    }
    let dimensions = Dimensions::parse(&sel.by).map_err(usage)?;
    Ok(Parsed {
        period,
        dimensions,
        k: Threshold::POLICY,
    })
}

/// Opens an existing log; a missing file is an error (these commands never create one), and a
/// damaged one is reported and not used.
fn open(db: &Path) -> Result<Store, ExitCode> {
    if !db.is_file() {
        return Err(failure(format!("{}: no log at this path", db.display())));
    }
    let store = Store::open(db).map_err(failure)?;
    report_set_aside(&store);
    if let OpenState::ReadOnlyRecovery { reason } = store.state() {
        return Err(failure(format!(
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

pub fn report(db: &Path, sel: SelectionArgs, json: bool) -> ExitCode {
    let p = match parse(&sel) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let store = match open(db) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let rep = match store.report(p.period, p.dimensions, p.k) {
        Ok(r) => r,
        Err(e) => return failure(e),
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let written = if json {
        writeln!(out, "{:#}", madoguchi_store::to_json(&rep))
    } else {
        print_report(&rep, &mut out)
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => failure(format!("cannot write output: {e}")),
    }
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
        let widths: Vec<usize> = (0..lines[0].len())
            .map(|i| {
                lines
                    .iter()
                    .map(|l| l[i].chars().count())
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        for line in &lines {
            let cells: Vec<String> = line
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    if i == 0 {
                        format!("{s:<w$}", w = widths[i])
                    } else {
                        format!("{s:>w$}", w = widths[i])
                    }
                })
                .collect();
            writeln!(out, "{}", cells.join("  ").trim_end())?;
        }
    }
    Ok(())
}

pub fn export(db: &Path, sel: SelectionArgs, format: &str, out: &Path) -> ExitCode {
    let Some(format) = ExportFormat::parse(format) else {
        return usage(format!(
            "unknown format `{format}`; valid formats: csv, json"
        ));
    };
    let p = match parse(&sel) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let mut store = match open(db) {
        Ok(s) => s,
        Err(code) => return code,
    };
    match store.export(p.period, p.dimensions, p.k, format, out) {
        Ok(summary) => {
            println!(
                "wrote {} ({} table(s), {} live records, {}); recorded in the audit table",
                summary.path.display(),
                summary.tables,
                summary.records,
                p.period
            );
            ExitCode::SUCCESS
        }
        Err(e) => failure(e),
    }
}

pub fn purge(db: &Path, older_than_days: Option<u32>, dry_run: bool) -> ExitCode {
    let retention = older_than_days.map_or_else(Retention::default, Retention::Days);
    let mut store = match open(db) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let today = chrono::Local::now().date_naive();
    match store.purge(today, retention, dry_run) {
        Ok(done) if done.dry_run => {
            println!(
                "would delete {} record(s) saved before {} (live and training) and {} training \
                 result(s); nothing deleted",
                done.records, done.cutoff, done.training_results
            );
            ExitCode::SUCCESS
        }
        Ok(done) => {
            println!(
                "deleted {} record(s) saved before {} (live and training) and {} training \
                 result(s), with secure delete; file compacted; recorded in the audit table",
                done.records, done.cutoff, done.training_results
            );
            ExitCode::SUCCESS
        }
        Err(e) => failure(e),
    }
}

fn training_selection(
    case: Option<String>,
    by_month: bool,
    period: Option<Period>,
) -> Result<TrainingSelection, ExitCode> {
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
pub fn train_results(db: &Path, args: TrainingArgs, json: bool) -> ExitCode {
    let period = match optional_period(&args.month, &args.from, &args.to) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let selection = match training_selection(args.case, args.by_month, period) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let store = match open(db) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let rows = match store.training_results(&selection) {
        Ok(r) => r,
        Err(e) => return failure(e),
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let written = if json {
        writeln!(
            out,
            "{:#}",
            madoguchi_store::training_json(&rows, &selection)
        )
    } else {
        print_training(&rows, &selection, &mut out)
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => failure(format!("cannot write output: {e}")),
    }
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
    let text_columns = if selection.by_month { 2 } else { 1 };
    let widths: Vec<usize> = (0..lines[0].len())
        .map(|i| {
            lines
                .iter()
                .map(|l| l[i].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for line in &lines {
        let cells: Vec<String> = line
            .iter()
            .enumerate()
            .map(|(i, s)| {
                if i < text_columns {
                    format!("{s:<w$}", w = widths[i])
                } else {
                    format!("{s:>w$}", w = widths[i])
                }
            })
            .collect();
        writeln!(out, "{}", cells.join("  ").trim_end())?;
    }
    Ok(())
}

/// `export --training`: the per-case training results to a file, audited.
pub fn export_training(
    db: &Path,
    sel: SelectionArgs,
    case: Option<String>,
    by_month: bool,
    format: &str,
    out: &Path,
) -> ExitCode {
    let Some(format) = ExportFormat::parse(format) else {
        return usage(format!(
            "unknown format `{format}`; valid formats: csv, json"
        ));
    };
    let period = match sel.period.as_ref().or(sel.month.as_ref()) {
        None => None,
        Some(text) => match FixedPeriod::parse(text) {
            Ok(p) => Some(p.range()),
            Err(e) => return usage(e),
        },
    };
    let selection = match training_selection(case, by_month, period) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let mut store = match open(db) {
        Ok(s) => s,
        Err(code) => return code,
    };
    match store.export_training(&selection, format, out) {
        Ok(summary) => {
            println!(
                "wrote {} ({} line(s), {} training run(s)); recorded in the audit table",
                summary.path.display(),
                summary.lines,
                summary.runs
            );
            ExitCode::SUCCESS
        }
        Err(e) => failure(e),
    }
}
