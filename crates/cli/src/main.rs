//! `madoguchi`: validate the data, route a set of facts, or walk a consultation in the terminal.

use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use madoguchi_core::{App, ContentFiles, Facts};

use error::CliError;

mod directory;
mod error;
mod hub;
mod i18n;
mod log;
mod table;
mod train;
mod walk;

#[derive(Parser)]
#[command(
    name = "madoguchi",
    version = madoguchi_core::about::VERSION_LINE,
    about = "Consultation routing for counter staff in Japan"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check the data (embedded, or a copy in DIR) and the locales; exit 1 on any problem.
    Validate {
        /// A directory holding flow.toml, directory.toml and contract.toml.
        #[arg(long, value_name = "DIR")]
        data: Option<PathBuf>,
        /// A directory of locales (<lang>/*.ftl) to check instead of the embedded ones.
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
        /// A site override file to check with the data.
        #[arg(long = "override", value_name = "FILE")]
        site_override: Option<PathBuf>,
        /// Word the override file's errors in this language (a shipped locale tag) instead of
        /// the English detail.
        #[arg(long, value_name = "TAG")]
        staff_lang: Option<String>,
    },
    /// Print the referrals for a set of facts (see ROUTING.md).
    Route {
        /// A fact as KEY=VALUE; repeat for several (a multi-valued key adds values).
        #[arg(long = "fact", value_name = "KEY=VALUE")]
        facts: Vec<String>,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
        /// Language of the text output.
        #[arg(long, default_value = "ja")]
        staff_lang: String,
        /// The client's language (a shipped locale tag): every referral gets its language fit,
        /// and standard referrals the client can use in their language come first.
        #[arg(long, value_name = "TAG")]
        client_lang: Option<String>,
        #[arg(long = "override", value_name = "FILE")]
        site_override: Option<PathBuf>,
    },
    /// Run a consultation in the terminal: questions by number, then the referrals.
    Walk {
        #[arg(long, default_value = "ja")]
        staff_lang: String,
        /// The client's language (defaults to the staff language).
        #[arg(long)]
        client_lang: Option<String>,
        #[arg(long = "override", value_name = "FILE")]
        site_override: Option<PathBuf>,
    },
    /// A mock consultation for training: the case's vignette in the client language, the same
    /// interview as `walk`, then a debrief in the staff language. Nothing is saved unless --db
    /// is given.
    Train {
        /// The case to run (see `--list`).
        #[arg(long, value_name = "ID", required_unless_present = "list")]
        case: Option<String>,
        /// List the cases with their difficulty, routes and languages.
        #[arg(long, conflicts_with = "case")]
        list: bool,
        #[arg(long, default_value = "ja")]
        staff_lang: String,
        /// The client's language: the vignette is shown in it (defaults to the staff language).
        #[arg(long)]
        client_lang: Option<String>,
        /// Save the result after the debrief to this log (created if missing): the case, the
        /// day, the two languages and the score, never a name; kept apart from live records
        /// and never counted in statistics. See `train-results`.
        #[arg(long, value_name = "PATH", conflicts_with = "list")]
        db: Option<PathBuf>,
    },
    /// Training results saved with `train --db`, per case: runs, passed, average referrals
    /// given, missed, given wrongly and extra. No trainee names are stored.
    TrainResults {
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        #[command(flatten)]
        selection: log::TrainingArgs,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Statistics over live records of the log for one publication period (a month, a quarter
    /// or a fiscal year), by one or two dimensions, with small counts hidden.
    Report {
        /// The log (an SQLite file).
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        #[command(flatten)]
        selection: log::SelectionArgs,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Write the statistics to a file (CSV with a BOM, or JSON); recorded in the audit table.
    /// With --training, write the per-case training results instead (as `train-results`
    /// shows them; anonymous, no --by or --period; --month/--from/--to are optional).
    Export {
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        /// The file format.
        #[arg(long, value_name = "FORMAT")]
        format: log::Format,
        /// The file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[command(flatten)]
        selection: log::SelectionArgs,
        /// Export the training results per case instead of statistics over live records.
        #[arg(long, conflicts_with_all = ["by", "period"])]
        training: bool,
        /// With --training: only this case.
        #[arg(long, value_name = "ID")]
        case: Option<String>,
        /// With --training: one line per case and month.
        #[arg(long)]
        by_month: bool,
    },
    /// Delete records older than the retention period (default 3 years), with secure delete.
    Purge {
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        /// Keep this many days instead of 3 years.
        #[arg(long, value_name = "N")]
        older_than_days: Option<u32>,
        /// Only print how many records would be deleted.
        #[arg(long)]
        dry_run: bool,
    },
    /// Write the live records of a period, as the log holds them, into a bundle encrypted for
    /// the hub (age, X25519): for pooled statistics of many desks. Recorded in the audit table.
    /// Training results are never included.
    Bundle {
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        /// First month, YYYY-MM.
        #[arg(long, value_name = "YYYY-MM", value_parser = madoguchi_core::YearMonth::parse)]
        from: madoguchi_core::YearMonth,
        /// Last month, YYYY-MM.
        #[arg(long, value_name = "YYYY-MM", value_parser = madoguchi_core::YearMonth::parse)]
        to: madoguchi_core::YearMonth,
        /// This desk's code, as the coordinator gave it (`shinjuku-2f`, `ngo-desk-1`). Default:
        /// `desk` in the desk's settings.toml, beside the log.
        #[arg(long, value_name = "CODE")]
        desk: Option<String>,
        /// The hub's public key (age1…), printed by `madoguchi hub init`. Default:
        /// `hub_recipient` in the desk's settings.toml, beside the log.
        #[arg(long, value_name = "AGE_PUBLIC_KEY")]
        recipient: Option<String>,
        /// The bundle file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// The hub that pools many desks' bundles in PostgreSQL.
    Hub {
        #[command(subcommand)]
        command: hub::HubCommand,
    },
    /// The referral directory in and out of the app (HSDS 3.0).
    Directory {
        #[command(subcommand)]
        command: directory::DirectoryCommand,
    },
    /// Translations and their review: status, export for translators (XLIFF/CSV), import.
    I18n {
        #[command(subcommand)]
        command: i18n::I18nCommand,
    },
    /// Print this command's manual page (roff), which the package installs as madoguchi(1).
    #[command(hide = true)]
    Man,
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(e) => e.report(),
    }
}

/// Runs one command. Every failure comes back as a [`CliError`], which knows its exit status.
fn run(cli: Cli) -> Result<ExitCode, CliError> {
    match cli.command {
        Command::Validate {
            data,
            locales,
            site_override,
            staff_lang,
        } => validate(data, locales, site_override, staff_lang.as_deref())?,
        Command::Route {
            facts,
            json,
            staff_lang,
            client_lang,
            site_override,
        } => {
            let app = load_worded(site_override, &staff_lang)?;
            let mut langs = vec![staff_lang.as_str()];
            langs.extend(client_lang.as_deref());
            check_languages(&app, &langs)?;
            route(&app, &facts, json, &staff_lang, client_lang.as_deref())?
        }
        Command::Walk {
            staff_lang,
            client_lang,
            site_override,
        } => {
            let app = load_worded(site_override, &staff_lang)?;
            let client = client_lang.unwrap_or_else(|| staff_lang.clone());
            check_languages(&app, &[&staff_lang, &client])?;
            let (mut input, mut out) = (std::io::stdin().lock(), std::io::stdout().lock());
            walk::run(&app, &staff_lang, &client, &mut input, &mut out)?
        }
        Command::Train {
            case,
            list,
            staff_lang,
            client_lang,
            db,
        } => {
            let app = load(None, None)?;
            let client = client_lang.unwrap_or_else(|| staff_lang.clone());
            check_languages(&app, &[&staff_lang, &client])?;
            let mut out = std::io::stdout().lock();
            match (list, case) {
                (true, _) | (false, None) => train::list(&app, &staff_lang, &mut out)?,
                (false, Some(id)) => {
                    let mut input = std::io::stdin().lock();
                    let db = db.as_deref();
                    train::run(&app, &id, &staff_lang, &client, db, &mut input, &mut out)?
                }
            }
        }
        Command::Report {
            db,
            selection,
            json,
        } => log::report(&db, selection, json)?,
        Command::TrainResults {
            db,
            selection,
            json,
        } => log::train_results(&db, selection, json)?,
        Command::Export {
            db,
            format,
            out,
            selection,
            training: true,
            case,
            by_month,
        } => log::export_training(&db, selection, case, by_month, format, &out)?,
        Command::Export { case, by_month, .. } if case.is_some() || by_month => {
            return Err(CliError::Usage(
                "--case and --by-month go with --training".to_string(),
            ))
        }
        Command::Export {
            db,
            format,
            out,
            selection,
            ..
        } => log::export(&db, selection, format, &out)?,
        Command::Purge {
            db,
            older_than_days,
            dry_run,
        } => log::purge(&db, older_than_days, dry_run)?,
        Command::Directory { command } => return Ok(directory::run(command)),
        Command::Bundle {
            db,
            from,
            to,
            desk,
            recipient,
            out,
        } => hub::bundle(&db, from, to, desk, recipient, &out)?,
        Command::Hub { command } => hub::run(command)?,
        Command::I18n { command } => return Ok(i18n::run(command)),
        Command::Man => {
            let mut out = std::io::stdout().lock();
            clap_mangen::Man::new(<Cli as clap::CommandFactory>::command()).render(&mut out)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Refuses a language that is not shipped (exit 2), naming the ones that are.
fn check_languages(app: &App, langs: &[&str]) -> Result<(), CliError> {
    match langs
        .iter()
        .find(|lang| !app.localizer().has_language(lang))
    {
        Some(lang) => Err(CliError::Usage(format!(
            "unknown language `{lang}`; available: {}",
            app.localizer().languages().join(", ")
        ))),
        None => Ok(()),
    }
}

fn files(
    data: Option<PathBuf>,
    locales: Option<PathBuf>,
) -> Result<ContentFiles, madoguchi_core::Error> {
    let mut files = ContentFiles::embedded();
    if let Some(dir) = data {
        files = files.with_data_dir(&dir)?;
    }
    if let Some(dir) = locales {
        files = files.with_locales_dir(&dir)?;
    }
    Ok(files)
}

fn load_files(
    files: Result<ContentFiles, madoguchi_core::Error>,
    site_override: Option<PathBuf>,
) -> Result<App, madoguchi_core::Error> {
    let mut files = files?;
    if let Some(path) = site_override {
        files = files.with_override(&path)?;
    }
    App::load(&files)
}

fn load(data: Option<PathBuf>, site_override: Option<PathBuf>) -> Result<App, CliError> {
    Ok(load_files(files(data, None), site_override)?)
}

/// The shipped content with the site override file; its errors worded in `staff` (the site's
/// entries' problems as staff read them, the others as they are).
fn load_worded(site_override: Option<PathBuf>, staff: &str) -> Result<App, CliError> {
    match load(None, site_override) {
        Err(CliError::Content(madoguchi_core::Error::Invalid(diags))) => {
            Err(CliError::Worded(worded(&diags, staff)?))
        }
        other => other,
    }
}

/// Each problem as one line in `staff`, for those that have a message; the English detail for
/// the others.
fn worded(diags: &[madoguchi_core::Diagnostic], staff: &str) -> Result<Vec<String>, CliError> {
    let texts = App::embedded()?;
    check_languages(&texts, &[staff])?;
    Ok(diags
        .iter()
        .map(|d| texts.diagnostic_text(staff, d))
        .collect())
}

fn validate(
    data: Option<PathBuf>,
    locales: Option<PathBuf>,
    site_override: Option<PathBuf>,
    staff_lang: Option<&str>,
) -> Result<(), CliError> {
    // Training cases: those of the data copy when it has them, else the embedded ones.
    let scenarios = data.as_ref().map(|d| d.join("scenarios"));
    let app = match load_files(files(data, locales), site_override) {
        Ok(app) => app,
        Err(madoguchi_core::Error::Invalid(diags)) => {
            return Err(match staff_lang {
                Some(staff) => CliError::Worded(worded(&diags, staff)?),
                None => CliError::Problems(diags),
            })
        }
        Err(e) => return Err(e.into()),
    };
    let problems: Vec<_> = app
        .translation_gaps()
        .iter()
        .cloned()
        .chain(app.localizer().formatting_problems())
        .chain(train::problems(&app, scenarios.as_deref()))
        .collect();
    if !problems.is_empty() {
        return Err(CliError::Problems(problems));
    }
    let c = app.content();
    writeln!(
        std::io::stdout(),
        "ok: {} facts, {} questions, {} rules, {} services, locales {}",
        c.flow.facts.len(),
        c.flow.questions.len(),
        c.flow.rules.len(),
        c.directory.services.len(),
        app.localizer().languages().join(" ")
    )?;
    Ok(())
}

fn route(
    app: &App,
    pairs: &[String],
    json: bool,
    staff_lang: &str,
    client_lang: Option<&str>,
) -> Result<(), CliError> {
    let mut facts = Facts::new();
    for pair in pairs {
        let Some((key, value)) = pair.split_once('=') else {
            return Err(CliError::Usage(format!("`{pair}` is not KEY=VALUE")));
        };
        app.add_fact(&mut facts, key.trim(), value.trim())?;
    }
    let referrals = match client_lang {
        Some(lang) => app.route_for_client(&facts, lang),
        None => app.route(&facts),
    };
    let mut out = std::io::stdout().lock();
    if json {
        let body = serde_json::json!({ "referrals": referrals });
        writeln!(out, "{body}")?;
    } else {
        walk::print_route(app, &referrals, staff_lang, client_lang, &mut out)?;
    }
    Ok(())
}

/// Reads one line; `None` at end of input.
pub(crate) fn read_line(input: &mut dyn BufRead) -> Option<String> {
    let mut line = String::new();
    match input.read_line(&mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) => Some(line.trim().to_string()),
    }
}
