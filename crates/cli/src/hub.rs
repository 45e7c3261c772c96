//! `madoguchi bundle` (at a desk) and `madoguchi hub …` (at the centre): adapts `madoguchi-hub`.
//!
//! Exit status: 0 ok; 1 a log, key, bundle or database that cannot be used (a refused bundle
//! included: nothing of it is written); 2 bad usage.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Subcommand;
use madoguchi_core::{App, DeskLabel, Dimensions, FixedPeriod, Period, YearMonth};
use madoguchi_hub::{bundle, Bundle, CategoryLists, Hub, ImportOutcome};

use crate::error::CliError;
use crate::log::{print_report, By};

#[derive(Subcommand)]
pub(crate) enum HubCommand {
    /// Create the hub's schema in PostgreSQL (or bring it up to date) and, when KEYFILE does
    /// not exist, the hub's age identity in it (mode 0600). The last line printed is the public
    /// key (age1…) desks encrypt their bundles to.
    Init {
        /// The database, as a libpq URL (postgresql://role@host:port/db). The role needs no
        /// superuser: owning the database is enough.
        #[arg(long, value_name = "URL")]
        pg: String,
        #[arg(long, value_name = "KEYFILE")]
        key: PathBuf,
    },
    /// Import bundles. Every file is decrypted and checked (hash, format, category version)
    /// before any is imported; a refused file is named and nothing is written. Importing the
    /// same bundle again changes nothing; a newer bundle of the same desk and period replaces
    /// the older one in one transaction.
    Import {
        #[arg(long, value_name = "URL")]
        pg: String,
        #[arg(long, value_name = "KEYFILE")]
        key: PathBuf,
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
    },
    /// Pooled statistics for one publication period: the desks' counts summed, then small
    /// counts hidden with the desk's method. Persons (実人員) are given beside the tables.
    Report {
        #[arg(long, value_name = "URL")]
        pg: String,
        #[command(flatten)]
        selection: HubSelection,
        /// Print JSON (the shape of `madoguchi report --json`, plus desks, counting, persons).
        #[arg(long)]
        json: bool,
    },
    /// Write the pooled statistics as CSV (UTF-8 with BOM); recorded in the hub's audit table.
    Export {
        #[arg(long, value_name = "URL")]
        pg: String,
        #[command(flatten)]
        selection: HubSelection,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

/// The period (a fixed one, as at the desk: given with --period, or --from/--to spanning
/// exactly a month, a fiscal quarter or a fiscal year), the dimensions and the desks.
#[derive(clap::Args)]
pub(crate) struct HubSelection {
    #[arg(long, value_name = "PERIOD", value_parser = FixedPeriod::parse, conflicts_with_all = ["from", "to"])]
    period: Option<FixedPeriod>,
    /// First month, YYYY-MM.
    #[arg(long, value_name = "YYYY-MM", value_parser = YearMonth::parse, requires = "to")]
    from: Option<YearMonth>,
    /// Last month, YYYY-MM.
    #[arg(long, value_name = "YYYY-MM", value_parser = YearMonth::parse, requires = "from")]
    to: Option<YearMonth>,
    /// A dimension to count by; give it once or twice.
    #[arg(long = "by", value_name = "DIM", required = true)]
    by: Vec<By>,
    /// Only these desks (codes); repeat. Default: every desk.
    #[arg(long = "desk", value_name = "CODE")]
    desks: Vec<String>,
}

impl HubSelection {
    fn period(&self) -> Result<FixedPeriod, CliError> {
        match (self.period, self.from, self.to) {
            (Some(p), _, _) => Ok(p),
            (None, Some(from), Some(to)) => {
                madoguchi_hub::fixed_period(from, to).ok_or_else(|| {
                    CliError::Usage(format!(
                    "{from} to {to} is not a publication period: statistics are published for a \
                     month (--from 2025-05 --to 2025-05), a quarter of the fiscal year (--from \
                     2025-04 --to 2025-06) or a fiscal year (--from 2025-04 --to 2026-03) only"
                ))
                })
            }
            _ => Err(CliError::Usage(
                "give the period as --from YYYY-MM --to YYYY-MM or --period".into(),
            )),
        }
    }

    fn dimensions(&self) -> Result<Dimensions, CliError> {
        let by: Vec<_> = self.by.iter().map(|b| b.dimension()).collect();
        Ok(Dimensions::new(&by)?)
    }

    fn desks(&self) -> Result<Vec<String>, CliError> {
        for d in &self.desks {
            DeskLabel::parse(d).map_err(|e| CliError::Usage(e.to_string()))?;
        }
        Ok(self.desks.clone())
    }
}

/// The category lists bundles are written against: the shipped data's.
fn lists() -> Result<CategoryLists, CliError> {
    Ok(CategoryLists::of(&App::embedded()?))
}

/// The desk's settings (`settings.toml` in the log's folder, the desk's data folder), read as
/// the app reads them; `None` when there is no such file.
fn desk_settings(db: &Path) -> Result<Option<madoguchi_desk::settings::Settings>, CliError> {
    let dir = db.parent().filter(|p| !p.as_os_str().is_empty());
    let path = dir
        .unwrap_or(Path::new("."))
        .join(madoguchi_desk::desk::SETTINGS_FILE);
    let name = path.display().to_string();
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            let d = madoguchi_core::Diagnostic::new(&name, None, e.to_string());
            return Err(CliError::Problems(vec![d]));
        }
    };
    let file = madoguchi_core::SourceFile::from_bytes(name.clone(), bytes)
        .map_err(|d| CliError::Problems(vec![d]))?;
    madoguchi_desk::settings::Settings::parse(&name, &file.text, None)
        .map(Some)
        .map_err(CliError::Problems)
}

/// `--desk` and `--recipient`, or else the desk's settings beside the log.
fn desk_and_recipient(
    db: &Path,
    desk: Option<String>,
    recipient: Option<String>,
) -> Result<(String, String), CliError> {
    let settings = match (&desk, &recipient) {
        (Some(_), Some(_)) => None,
        _ => desk_settings(db)?,
    };
    let missing = |option: &str, key: &str| {
        CliError::Usage(format!(
            "give {option}, or set {key} in the desk's settings.toml beside the log"
        ))
    };
    let desk = desk
        .or_else(|| settings.as_ref().and_then(|s| s.desk.clone()))
        .ok_or_else(|| missing("--desk CODE", "desk"))?;
    let recipient = recipient
        .or_else(|| settings.and_then(|s| s.hub_recipient))
        .ok_or_else(|| missing("--recipient age1…", "hub_recipient"))?;
    Ok((desk, recipient))
}

/// `madoguchi bundle`: `desk` and `recipient` default to the desk's settings.
pub(crate) fn bundle(
    db: &Path,
    from: YearMonth,
    to: YearMonth,
    desk: Option<String>,
    recipient: Option<String>,
    out: &Path,
) -> Result<(), CliError> {
    let (desk, recipient) = desk_and_recipient(db, desk, recipient)?;
    let desk = DeskLabel::parse(&desk).map_err(|e| CliError::Usage(e.to_string()))?;
    let recipient =
        bundle::parse_recipient(&recipient).map_err(|e| CliError::Usage(e.to_string()))?;
    let period = Period::new(from, to)?;
    let mut store = crate::log::open(db)?;
    let manifest = bundle::write(&mut store, &desk, period, &lists()?, &recipient, out)?;
    writeln!(
        std::io::stdout(),
        "wrote {} (desk {}, {} to {}, {} live records, categories {}); recorded in the audit \
         table",
        out.display(),
        manifest.desk,
        manifest.from,
        manifest.to,
        manifest.records,
        &manifest.categories.version[..12]
    )?;
    Ok(())
}

pub(crate) fn run(command: HubCommand) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    match command {
        HubCommand::Init { pg, key } => {
            let lists = lists()?;
            let mut hub = Hub::connect(&pg)?;
            let applied = hub.init(&lists)?;
            let identity = if key.exists() {
                bundle::read_identity(&key)?
            } else {
                let id = bundle::create_identity(&key)?;
                writeln!(
                    out,
                    "created the hub key {} (keep it secret; back it up)",
                    key.display()
                )?;
                id
            };
            writeln!(
                out,
                "hub schema ready ({applied} migration(s) applied now); categories {} registered",
                &lists.version()[..12]
            )?;
            writeln!(out, "{}", identity.to_public())?;
        }
        HubCommand::Import { pg, key, files } => {
            let identity = bundle::read_identity(&key)?;
            let mut hub = Hub::connect(&pg)?;
            // Every file checked before anything is written.
            for file in &files {
                let b = Bundle::open(file, &identity)?;
                hub.check(&b)?;
                b.records()?;
            }
            for file in &files {
                let b = Bundle::open(file, &identity)?;
                let m = b.manifest.clone();
                let what = match hub.import(&b)? {
                    ImportOutcome::Imported { records } => format!("imported {records} records"),
                    ImportOutcome::AlreadyImported => "already imported; nothing changed".into(),
                    ImportOutcome::Replaced { records, replaced } => format!(
                        "imported {records} records, replacing {}",
                        replaced
                            .iter()
                            .map(|(f, t, n)| format!("the bundle of {f} to {t} ({n} records)"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                };
                writeln!(
                    out,
                    "{}: desk {}, {} to {}: {what}",
                    file.display(),
                    m.desk,
                    m.from,
                    m.to
                )?;
            }
        }
        HubCommand::Report {
            pg,
            selection,
            json,
        } => {
            let mut hub = Hub::connect(&pg)?;
            let rep = hub.report(
                selection.period()?,
                selection.dimensions()?,
                &selection.desks()?,
            )?;
            if json {
                writeln!(out, "{:#}", madoguchi_hub::report_json(&rep))?;
            } else {
                writeln!(out, "desks pooled: {}", rep.desks.join(", "))?;
                print_report(&rep.report, &mut out)?;
                let cells: Vec<String> = rep
                    .persons
                    .months
                    .iter()
                    .zip(&rep.persons.counts)
                    .map(|(m, c)| format!("{m} {}", c.render()))
                    .collect();
                writeln!(
                    out,
                    "\npersons (実人員): {}; total {}",
                    cells.join(", "),
                    rep.persons.total.render()
                )?;
            }
        }
        HubCommand::Export {
            pg,
            selection,
            out: file,
        } => {
            let mut hub = Hub::connect(&pg)?;
            let rep = hub.report(
                selection.period()?,
                selection.dimensions()?,
                &selection.desks()?,
            )?;
            let mut body = Vec::new();
            madoguchi_store::write_csv(&rep.report, &mut body)
                .map_err(|e| CliError::Output(std::io::Error::other(e.to_string())))?;
            madoguchi_store::write_atomically(&file, &body).map_err(|e| {
                CliError::Log(format!("{}: cannot write the export: {e}", file.display()))
            })?;
            hub.audit_export(&rep, &file.display().to_string())?;
            writeln!(
                out,
                "wrote {} ({} table(s), desks {}); recorded in the hub's audit table",
                file.display(),
                rep.report.tables.len(),
                rep.desks.join(" ")
            )?;
        }
    }
    Ok(())
}
