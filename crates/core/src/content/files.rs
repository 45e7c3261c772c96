//! The content's files: the embedded data and locales, or a copy on disk, plus a site override.

use std::path::Path;

use include_dir::{include_dir, Dir};

use super::source::SourceFile;
use crate::model::Error;

static DATA: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/../../data");
static LOCALES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/../../locales");

/// The name of each locale's description file.
pub const LOCALE_INFO_FILE: &str = "locale.toml";
/// A locale's review state per message (`crate::i18n::review`).
pub const REVIEW_FILE: &str = "review.toml";

/// One file of one locale: a Fluent file, or its `locale.toml`.
#[derive(Debug, Clone)]
pub struct LocaleFile {
    pub lang: String,
    pub file: SourceFile,
}

/// The raw text of everything content is made of, before parsing.
#[derive(Debug, Clone)]
pub struct ContentFiles {
    pub contract: SourceFile,
    pub flow: SourceFile,
    pub directory: SourceFile,
    pub site_override: Option<SourceFile>,
    pub locales: Vec<LocaleFile>,
}

impl ContentFiles {
    /// The data and locales embedded in this binary at build time.
    pub fn embedded() -> Self {
        let data = |name: &str| {
            let text = DATA
                .get_file(name)
                .and_then(|f| f.contents_utf8())
                .unwrap_or_default();
            SourceFile::new(format!("data/{name}"), text)
        };
        let mut locales = Vec::new();
        for dir in LOCALES.dirs() {
            let lang = dir.path().to_string_lossy().to_string();
            for file in dir.files() {
                if is_locale_file(file.path()) {
                    locales.push(LocaleFile {
                        lang: lang.clone(),
                        file: SourceFile::new(
                            format!("locales/{}", file.path().display()),
                            file.contents_utf8().unwrap_or_default(),
                        ),
                    });
                }
            }
        }
        locales.sort_by(|a, b| a.file.name.cmp(&b.file.name));
        ContentFiles {
            contract: data("contract.toml"),
            flow: data("flow.toml"),
            directory: data("directory.toml"),
            site_override: None,
            locales,
        }
    }

    /// Replaces the embedded data with a copy of `data/` on disk.
    pub fn with_data_dir(mut self, dir: &Path) -> Result<Self, Error> {
        self.contract = read(&dir.join("contract.toml"))?;
        self.flow = read(&dir.join("flow.toml"))?;
        self.directory = read(&dir.join("directory.toml"))?;
        Ok(self)
    }

    /// Replaces the embedded locales with a copy of `locales/` on disk.
    pub fn with_locales_dir(mut self, dir: &Path) -> Result<Self, Error> {
        self.locales = read_locales(dir)?;
        Ok(self)
    }

    /// Adds a site override file.
    pub fn with_override(mut self, path: &Path) -> Result<Self, Error> {
        self.site_override = Some(read(path)?);
        Ok(self)
    }
}

/// The commented example of a site override file (`data/site-override.example.toml`): a
/// correction of a shipped entry and an entry of the desk's own, with texts per language.
pub fn site_override_example() -> &'static str {
    DATA.get_file("site-override.example.toml")
        .and_then(|f| f.contents_utf8())
        .unwrap_or_default()
}

/// Writes the example as a new site override file at `path`, for a desk that has none. Never
/// over an existing file (`create_new`): a coordinator's file is never replaced. The content's
/// only write (`crate::atomic` is the workspace's helper for replacing a file, not content's).
pub fn create_site_override(path: &Path) -> std::io::Result<()> {
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(site_override_example().as_bytes())?;
    file.sync_all()
}

/// Fluent files, `locale.toml` (the locale's name and fallbacks) and `review.toml` (which
/// messages were reviewed, against which Japanese).
fn is_locale_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "ftl")
        || path
            .file_name()
            .is_some_and(|n| n == LOCALE_INFO_FILE || n == REVIEW_FILE)
}

fn io_error(path: &Path, source: std::io::Error) -> Error {
    Error::Io {
        path: path.display().to_string(),
        source,
    }
}

/// A file from disk; bytes that are not UTF-8 are an error naming the line and byte offset.
fn read(path: &Path) -> Result<SourceFile, Error> {
    let bytes = std::fs::read(path).map_err(|e| io_error(path, e))?;
    SourceFile::from_bytes(path.display().to_string(), bytes).map_err(|d| Error::Invalid(vec![d]))
}

fn read_locales(dir: &Path) -> Result<Vec<LocaleFile>, Error> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| io_error(dir, e))? {
        let entry = entry.map_err(|e| io_error(dir, e))?;
        if !entry.path().is_dir() {
            continue;
        }
        let lang = entry.file_name().to_string_lossy().to_string();
        for file in std::fs::read_dir(entry.path()).map_err(|e| io_error(&entry.path(), e))? {
            let path = file.map_err(|e| io_error(&entry.path(), e))?.path();
            if is_locale_file(&path) {
                out.push(LocaleFile {
                    lang: lang.clone(),
                    file: read(&path)?,
                });
            }
        }
    }
    out.sort_by(|a, b| a.file.name.cmp(&b.file.name));
    Ok(out)
}
