//! `madoguchi directory`: the referral directory in and out of the app, as Open Referral HSDS 3.0.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Subcommand, ValueEnum};
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
}

pub(crate) fn run(command: DirectoryCommand) -> ExitCode {
    let result = match command {
        DirectoryCommand::Export {
            format: ExchangeFormat::Hsds,
            out,
            site_override,
        } => export_hsds(&out, site_override.as_deref()),
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
    std::fs::write(&path, text).map_err(|source| DirectoryError::Write { path, source })?;
    println!(
        "{} services -> {}",
        services.len(),
        out.join(SERVICES_FILE).display()
    );
    Ok(())
}
