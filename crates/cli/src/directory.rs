//! `madoguchi directory`: the referral directory in and out of the app, as Open Referral HSDS 3.0.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Subcommand, ValueEnum};
use madoguchi_core::atomic::write_atomically;
use madoguchi_core::{App, ContentFiles};

#[derive(Subcommand)]
pub(crate) enum DirectoryCommand {
    /// Write every service (shipped, changed by the site override, the site's own) to
    /// DIR/services.json: one array of HSDS 3.0 service objects. Ids are derived from ours, so
    /// the same directory always gives the same file.
    Export {
        /// The exchange format.
        #[arg(long, value_enum)]
        format: ExchangeFormat,
        /// The directory to write services.json in (created if missing).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// A site override file whose changed and added services are exported too.
        #[arg(long = "override", value_name = "FILE")]
        site_override: Option<PathBuf>,
    },
    /// Turn an HSDS service list (a JSON array of services, or an API list with `contents`) into
    /// a site override file: a service with our shipped id overrides it, any other is added
    /// as the site's own. Every field that cannot be mapped is listed; the result is validated
    /// before it is written, and an existing file is never replaced.
    Import {
        /// The HSDS JSON file.
        #[arg(value_name = "FILE.json")]
        file: PathBuf,
        /// The override file to write (must not exist).
        #[arg(long, value_name = "OUT.toml")]
        as_override: PathBuf,
        /// The shipped service that added services are listed after, for services that do not
        /// name one in a `madoguchi:refer_with` attribute.
        #[arg(long, value_name = "ID")]
        refer_with: Option<String>,
        /// Where the directory is published (an https:// address): the source of services that
        /// carry no `madoguchi:source` attribute.
        #[arg(long, value_name = "URL")]
        source: Option<String>,
    },
    /// The yearly check. With --out: a sheet (CSV, UTF-8 with BOM, opens in Excel) of every
    /// contact of every service with its value, hours, source, assured date and confidence, and
    /// blank checked_on / result / confirmed_by columns. With --apply: the rows marked checked
    /// (checked_on a date, result `ok`, confirmed_by a role) become new assured dates in the
    /// override file, which keeps its comments and layout; rows that cannot be matched are
    /// refused by row number and nothing is written.
    Review {
        /// Write the sheet here.
        #[arg(
            long,
            value_name = "FILE.csv",
            required_unless_present = "apply",
            conflicts_with = "apply"
        )]
        out: Option<PathBuf>,
        /// Read the coordinator's sheet and write the confirmations into --override.
        #[arg(long, value_name = "FILE.csv", requires = "site_override")]
        apply: Option<PathBuf>,
        /// The site override file (created by --apply if missing).
        #[arg(long = "override", value_name = "FILE.toml")]
        site_override: Option<PathBuf>,
        /// The review interval: entries assured longer ago are `due`.
        #[arg(long, value_name = "N", default_value_t = madoguchi_core::DEFAULT_REVIEW_MONTHS)]
        months: u32,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum ExchangeFormat {
    /// Open Referral's Human Services Data Specification 3.0 (JSON).
    Hsds,
}

/// Why a directory command failed, with the file it concerns.
#[derive(Debug, thiserror::Error)]
enum DirectoryError {
    #[error(transparent)]
    Load(#[from] madoguchi_core::Error),
    #[error("cannot create directory {}: {source}", path.display())]
    CreateDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: not JSON: {source}", path.display())]
    NotJson {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("{}: {} problem(s):\n{}", path.display(), problems.len(), list(problems))]
    Import {
        path: PathBuf,
        problems: Vec<madoguchi_hsds::ImportError>,
    },
    #[error("cannot write the override: {0}")]
    Toml(#[from] toml::ser::Error),
    #[error("{} exists: the import never replaces an override file; choose a new name", path.display())]
    Exists { path: PathBuf },
    #[error("the imported override does not validate ({} problem(s)):\n{}", problems.len(), list(problems))]
    Invalid {
        problems: Vec<madoguchi_core::Diagnostic>,
    },
    #[error("{}: {} row(s) cannot be applied; nothing was written:\n{}", path.display(), problems.len(), list(problems))]
    Review {
        path: PathBuf,
        problems: Vec<madoguchi_hsds::review::RowError>,
    },
    #[error("{}: not UTF-8: save the sheet as \"CSV UTF-8\"", path.display())]
    NotUtf8 { path: PathBuf },
    #[error("the override file with the confirmations does not validate ({} problem(s)); nothing was written:\n{}", problems.len(), list(problems))]
    ReviewInvalid {
        problems: Vec<madoguchi_core::Diagnostic>,
    },
}

fn list<T: std::fmt::Display>(items: &[T]) -> String {
    items
        .iter()
        .map(|i| format!("  {i}"))
        .collect::<Vec<_>>()
        .join("\n")
}

pub(crate) fn run(command: DirectoryCommand) -> ExitCode {
    let result = match command {
        DirectoryCommand::Export {
            format: ExchangeFormat::Hsds,
            out,
            site_override,
        } => export_hsds(&out, site_override.as_deref()),
        DirectoryCommand::Import {
            file,
            as_override,
            refer_with,
            source,
        } => import_hsds(
            &file,
            &as_override,
            madoguchi_hsds::Defaults {
                refer_with: refer_with.as_deref(),
                source: source.as_deref(),
            },
        ),
        DirectoryCommand::Review {
            out: Some(out),
            site_override,
            months,
            ..
        } => review_out(&out, site_override.as_deref(), months),
        DirectoryCommand::Review {
            apply: Some(sheet),
            site_override: Some(file),
            ..
        } => review_apply(&sheet, &file),
        DirectoryCommand::Review { .. } => {
            unreachable!("clap requires --out, or --apply with --override")
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(DirectoryError::Load(madoguchi_core::Error::Invalid(diags))) => {
            for d in &diags {
                eprintln!("{d}");
            }
            eprintln!("{} problem(s) found", diags.len());
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("madoguchi: {e}");
            ExitCode::from(1)
        }
    }
}

fn load(site_override: Option<&Path>) -> Result<App, DirectoryError> {
    let mut files = ContentFiles::embedded();
    if let Some(path) = site_override {
        files = files.with_override(path)?;
    }
    Ok(App::load(&files)?)
}

/// The name of the file `export` writes in its directory.
const SERVICES_FILE: &str = "services.json";

fn export_hsds(out: &Path, site_override: Option<&Path>) -> Result<(), DirectoryError> {
    let app = load(site_override)?;
    let services = madoguchi_hsds::export(&app);
    std::fs::create_dir_all(out).map_err(|source| DirectoryError::CreateDir {
        path: out.to_path_buf(),
        source,
    })?;
    let path = out.join(SERVICES_FILE);
    let mut text = serde_json::to_string_pretty(&services).expect("JSON values serialize");
    text.push('\n');
    write_atomically(&path, text.as_bytes())
        .map_err(|source| DirectoryError::Write { path, source })?;
    println!(
        "{} services -> {}",
        services.len(),
        out.join(SERVICES_FILE).display()
    );
    Ok(())
}

fn import_hsds(
    file: &Path,
    out: &Path,
    defaults: madoguchi_hsds::Defaults,
) -> Result<(), DirectoryError> {
    if out.exists() {
        return Err(DirectoryError::Exists {
            path: out.to_path_buf(),
        });
    }
    let bytes = std::fs::read(file).map_err(|source| DirectoryError::Read {
        path: file.to_path_buf(),
        source,
    })?;
    let list: serde_json::Value =
        serde_json::from_slice(&bytes).map_err(|source| DirectoryError::NotJson {
            path: file.to_path_buf(),
            source,
        })?;
    let app = load(None)?;
    let imported = madoguchi_hsds::import(&app, &list, defaults).map_err(|problems| {
        DirectoryError::Import {
            path: file.to_path_buf(),
            problems,
        }
    })?;
    let text = madoguchi_hsds::to_toml(&imported)?;
    // The file must load as the app will load it: checked before anything is written.
    let mut files = ContentFiles::embedded();
    files.site_override = Some(madoguchi_core::SourceFile::new(
        out.display().to_string(),
        text.clone(),
    ));
    if let Err(e) = App::load(&files) {
        return Err(match e {
            madoguchi_core::Error::Invalid(problems) => DirectoryError::Invalid { problems },
            other => DirectoryError::Load(other),
        });
    }
    write_atomically(out, text.as_bytes()).map_err(|source| DirectoryError::Write {
        path: out.to_path_buf(),
        source,
    })?;
    report_import(&imported, out);
    Ok(())
}

/// What was imported, skipped and left out, service by service.
fn report_import(imported: &madoguchi_hsds::Imported, out: &Path) {
    for (entry, unmapped) in imported.entries.iter().zip(&imported.unmapped) {
        let kind = if entry.refer_with.is_some() {
            "added"
        } else {
            "override"
        };
        if unmapped.fields.is_empty() {
            println!("{}: {kind}", entry.id);
        } else {
            println!(
                "{}: {kind}; not imported: {}",
                entry.id,
                unmapped.fields.join(", ")
            );
        }
    }
    for s in &imported.skipped {
        let why = match &s.reason {
            madoguchi_hsds::SkipReason::Emergency(id) => {
                format!("`{id}` is an emergency service and cannot be overridden")
            }
            madoguchi_hsds::SkipReason::NotActive(status) => format!("status `{status}`"),
        };
        println!("skipped service {} ({}): {why}", s.index, s.name);
    }
    println!(
        "{} entries -> {} ({} skipped)",
        imported.entries.len(),
        out.display(),
        imported.skipped.len()
    );
}

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

fn review_out(out: &Path, site_override: Option<&Path>, months: u32) -> Result<(), DirectoryError> {
    let app = load(site_override)?;
    let sheet = madoguchi_hsds::review::review_csv(&app, today(), months);
    write_atomically(out, sheet.as_bytes()).map_err(|source| DirectoryError::Write {
        path: out.to_path_buf(),
        source,
    })?;
    let rows = sheet.lines().count().saturating_sub(1);
    let due = app.services_due_for_review(today(), months).len();
    println!("{rows} contacts -> {} ({due} services due)", out.display());
    Ok(())
}

fn review_apply(sheet: &Path, file: &Path) -> Result<(), DirectoryError> {
    let read = |path: &Path| {
        std::fs::read(path).map_err(|source| DirectoryError::Read {
            path: path.to_path_buf(),
            source,
        })
    };
    let bytes = read(sheet)?;
    let text = String::from_utf8(bytes).map_err(|_| DirectoryError::NotUtf8 {
        path: sheet.to_path_buf(),
    })?;
    let (app, before) = if file.exists() {
        let before = String::from_utf8(read(file)?).map_err(|_| DirectoryError::NotUtf8 {
            path: file.to_path_buf(),
        })?;
        (load(Some(file))?, before)
    } else {
        (load(None)?, String::new())
    };
    let (after, applied) = madoguchi_hsds::review::apply_review(&app, &text, &before, today())
        .map_err(|problems| DirectoryError::Review {
            path: sheet.to_path_buf(),
            problems,
        })?;
    // The file must load as the app will load it: checked before anything is written.
    let mut files = ContentFiles::embedded();
    files.site_override = Some(madoguchi_core::SourceFile::new(
        file.display().to_string(),
        after.clone(),
    ));
    if let Err(e) = App::load(&files) {
        return Err(match e {
            madoguchi_core::Error::Invalid(problems) => DirectoryError::ReviewInvalid { problems },
            other => DirectoryError::Load(other),
        });
    }
    // Never a half-written override file: the desk would not start with it.
    write_atomically(file, after.as_bytes()).map_err(|source| DirectoryError::Write {
        path: file.to_path_buf(),
        source,
    })?;
    for (id, (day, role)) in &applied.confirmed {
        println!("{id}: assured {day}, confirmed by {role}");
    }
    println!(
        "{} services confirmed -> {} ({} rows not checked)",
        applied.confirmed.len(),
        file.display(),
        applied.unchecked
    );
    Ok(())
}
