//! `madoguchi i18n`: where each translation stands, and its round trip through translators'
//! tools (XLIFF 1.2, or CSV). The logic is in `madoguchi-l10n`; this adapts it to the terminal.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;
use madoguchi_core::{App, ContentFiles};
use madoguchi_l10n::L10nError;

#[derive(Subcommand)]
pub(crate) enum I18nCommand {
    /// Per translation: messages reviewed, stale (the Japanese changed since the review), draft
    /// and missing, and what is still to review (words; characters for scripts without spaces;
    /// characters of the Japanese source).
    Status {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
        /// A directory of locales to read instead of the embedded ones.
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
    },
    /// Write one translation for a translator or reviewer: XLIFF 1.2 (FILE.xlf), or CSV with a
    /// BOM (FILE.csv). Japanese source, current text, where it appears, its variables; Fluent
    /// placeables as locked <ph> codes; reviewed units approved.
    Export {
        /// The translation (a locale tag, e.g. `vi`).
        #[arg(long, value_name = "TAG")]
        lang: String,
        /// The file to write (.xlf / .xliff, or .csv).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// A directory of locales to read instead of the embedded ones.
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
    },
    /// Read a translation back (.xlf / .xliff, or .csv): every unit checked against the
    /// Japanese (id, Fluent syntax, variables, numbers, dial codes, web addresses) before
    /// anything is written; then the .ftl files are updated in place and the approved units
    /// recorded as reviewed in <lang>/review.toml.
    Import {
        /// The XLIFF or CSV file.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Who reviewed it: a role or an organisation, never a personal name.
        #[arg(long, value_name = "ROLE")]
        reviewer: String,
        /// The locales directory to update.
        #[arg(long, value_name = "DIR", default_value = "locales")]
        locales: PathBuf,
    },
}

#[derive(Debug, thiserror::Error)]
enum I18nError {
    #[error(transparent)]
    Load(#[from] madoguchi_core::Error),
    #[error(transparent)]
    L10n(#[from] L10nError),
    #[error("cannot read or write {}: {source}", path.display())]
    File {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write output: {0}")]
    Output(#[from] std::io::Error),
}

pub(crate) fn run(command: I18nCommand) -> ExitCode {
    let result = match command {
        I18nCommand::Status { json, locales } => status(json, locales.as_deref()),
        I18nCommand::Export { lang, out, locales } => export(&lang, &out, locales.as_deref()),
        I18nCommand::Import {
            file,
            reviewer,
            locales,
        } => import(&file, &reviewer, &locales),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(I18nError::Load(madoguchi_core::Error::Invalid(diags))) => {
            for d in &diags {
                eprintln!("{d}");
            }
            eprintln!("{} problem(s) found", diags.len());
            ExitCode::from(1)
        }
        Err(I18nError::L10n(e @ (L10nError::UnknownLanguage(_) | L10nError::Reference(_)))) => {
            eprintln!("madoguchi: {e}");
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("madoguchi: {e}");
            ExitCode::from(1)
        }
    }
}

fn load(locales: Option<&Path>) -> Result<App, I18nError> {
    let mut files = ContentFiles::embedded();
    if let Some(dir) = locales {
        files = files.with_locales_dir(dir)?;
    }
    Ok(App::load(&files)?)
}

fn is_csv(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
}

fn status(json: bool, locales: Option<&Path>) -> Result<(), I18nError> {
    let app = load(locales)?;
    let rows = madoguchi_l10n::status(&app);
    let mut out = std::io::stdout().lock();
    if json {
        writeln!(
            out,
            "{}",
            serde_json::json!({ "reference": madoguchi_core::i18n::REFERENCE, "locales": rows })
        )?;
        return Ok(());
    }
    let table: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.tag.clone(),
                r.reviewed.to_string(),
                r.stale.to_string(),
                r.draft.to_string(),
                r.missing.to_string(),
                r.words.to_string(),
                r.characters.to_string(),
                r.source_characters.to_string(),
            ]
        })
        .collect();
    let head = [
        "locale",
        "reviewed",
        "stale",
        "draft",
        "missing",
        "words to review",
        "characters to review",
        "ja characters",
    ];
    let widths: Vec<usize> = (0..head.len())
        .map(|i| {
            table
                .iter()
                .map(|r| r[i].chars().count())
                .chain([head[i].len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: Vec<&str>| {
        cells
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (c, w))| {
                if i == 0 {
                    format!("{c:<w$}")
                } else {
                    format!("{c:>w$}")
                }
            })
            .collect::<Vec<_>>()
            .join("  ")
    };
    writeln!(out, "{}", line(head.to_vec()))?;
    for r in &table {
        writeln!(out, "{}", line(r.iter().map(String::as_str).collect()))?;
    }
    Ok(())
}

fn export(lang: &str, out: &Path, locales: Option<&Path>) -> Result<(), I18nError> {
    let app = load(locales)?;
    let text = if is_csv(out) {
        madoguchi_l10n::export_csv(&app, lang)?
    } else {
        madoguchi_l10n::export_xliff(&app, lang)?
    };
    madoguchi_core::atomic::write_atomically(out, text.as_bytes()).map_err(|source| {
        I18nError::File {
            path: out.to_path_buf(),
            source,
        }
    })?;
    let units = madoguchi_l10n::units(&app, lang)?;
    let counts = madoguchi_l10n::count_states(&units);
    let n = |s| counts.get(&s).copied().unwrap_or(0);
    use madoguchi_core::review::MessageState as S;
    writeln!(
        std::io::stdout(),
        "{lang}: {} units -> {} (reviewed {}, stale {}, draft {}, missing {})",
        units.len(),
        out.display(),
        n(S::Reviewed),
        n(S::Stale),
        n(S::Draft),
        n(S::Missing)
    )?;
    Ok(())
}

fn import(file: &Path, reviewer: &str, locales: &Path) -> Result<(), I18nError> {
    let text = std::fs::read_to_string(file).map_err(|source| I18nError::File {
        path: file.to_path_buf(),
        source,
    })?;
    let translation = if is_csv(file) {
        madoguchi_l10n::parse_csv(&text)?
    } else {
        madoguchi_l10n::parse_xliff(&text)?
    };
    let app = load(Some(locales))?;
    let today = chrono::Local::now().date_naive();
    let report = madoguchi_l10n::import(&app, locales, &translation, reviewer, today)?;
    let mut out = std::io::stdout().lock();
    for f in &report.files {
        writeln!(out, "wrote {f}")?;
    }
    writeln!(
        out,
        "{}: {} changed, {} marked reviewed by {reviewer}, {} back to draft (changed without approval)",
        translation.lang,
        report.changed.len(),
        report.reviewed.len(),
        report.unreviewed.len()
    )?;
    Ok(())
}
