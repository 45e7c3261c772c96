//! What a desk holds between commands: the loaded content, the referral log and the desk's
//! settings, all found in its data folder, the problems met while opening them, today's date,
//! and the host (the desktop shell) that opens dialogs.
//!
//! Nothing here decides routing or writes a message: the problems are kinds plus the raw detail
//! (file, line, SQLite's words); the UI words them from `ui.ftl`.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use chrono::NaiveDate;
use madoguchi_core::{App, ContentFiles};
use madoguchi_store::{OpenState, RecoveryReason, Store};
use serde::Serialize;
use ts_rs::TS;

use crate::confirm::Question;
use crate::error::{CommandError, ErrorKind};
use crate::lang::Lang;
use crate::settings::Settings;

/// The log's file name inside the data folder.
pub const LOG_FILE: &str = "madoguchi.sqlite3";
/// The site override file, beside the log.
pub const OVERRIDE_FILE: &str = "site-override.toml";
/// The desk's settings, beside the log.
pub const SETTINGS_FILE: &str = "settings.toml";
/// Overrides the data folder (end-to-end tests point it at a temporary folder).
pub const DATA_DIR_ENV: &str = "MADOGUCHI_DATA_DIR";
/// The same as a command-line argument: `--data-dir DIR`.
pub const DATA_DIR_ARG: &str = "--data-dir";

/// Why the log is read-only: the UI explains each kind in words of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RecoveryKind {
    Damaged,
    NotALog,
    NewerSchema,
    /// The file holds no byte: the log's content is gone; it is not made anew.
    Empty,
    /// The file or its folder cannot be written here (permissions, a read-only disk).
    CannotWrite,
}

/// A problem met while opening the data folder. The app never closes for one: it shows a
/// screen that says what is wrong and what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Problem {
    /// The site override file failed validation; the shipped directory is used without it.
    /// `kinds`: the `ui-override-error-*` messages that say what kinds of error there are, in
    /// the order first met; `errors` the `file:line: detail` lines.
    OverrideInvalid {
        path: String,
        errors: Vec<String>,
        kinds: Vec<String>,
    },
    /// The settings file could not be read; defaults are used.
    SettingsInvalid { path: String, errors: Vec<String> },
    /// The log failed its checks and is open read-only: consultations work, Save does not.
    LogReadOnly {
        path: String,
        reason: RecoveryKind,
        detail: String,
    },
    /// The log could not be opened at all: consultations work, Save does not.
    LogUnavailable { path: String, detail: String },
    /// There is no log and none can be made in the data folder (permissions, a read-only disk).
    LogCannotWrite { path: String, detail: String },
    /// A WAL or journal beside the log was not the log's own and was moved aside, unread: one
    /// line per file, where it was and where it is now.
    LogSetAside { path: String, files: Vec<String> },
    /// The built-in data failed validation (a broken build): nothing can run.
    DataInvalid { errors: Vec<String> },
}

/// The log, if it could be opened for writing.
pub enum Log {
    Writable(Store),
    /// Open read-only, or not open: saving is refused.
    Closed,
}

/// A file the host's save dialog proposes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveDialog {
    /// The dialog's title, in the staff language.
    pub title: String,
    /// The name of the file type, in the staff language, and its extensions.
    pub filter: String,
    pub extensions: &'static [&'static str],
    pub file_name: String,
    /// Where to open when the host has no better folder (documents, home).
    pub fallback_folder: PathBuf,
}

/// What only the desktop can do: native dialogs, printing, handing a URL to the system. The
/// shell implements it with Tauri; tests answer it themselves.
pub trait Host: Send + Sync {
    /// Asks `question` in a native dialog; true only when a person pressed Yes.
    fn confirm(&self, question: &Question) -> bool;
    /// Asks where to save a file; `None` when the dialog was closed without a choice.
    fn choose_save_path(&self, dialog: &SaveDialog) -> Result<Option<PathBuf>, String>;
    /// Hands an allowed `tel:` or `https:` URL to the desktop's handler.
    fn open_url(&self, url: &str) -> Result<(), String>;
    /// Opens the platform's print dialog for the page.
    fn print(&self) -> Result<(), String>;
}

/// A host with no display: it confirms nothing and can do nothing.
pub struct Headless;

impl Host for Headless {
    fn confirm(&self, _question: &Question) -> bool {
        false
    }
    fn choose_save_path(&self, _dialog: &SaveDialog) -> Result<Option<PathBuf>, String> {
        Ok(None)
    }
    fn open_url(&self, url: &str) -> Result<(), String> {
        Err(format!("no desktop to open {url}"))
    }
    fn print(&self) -> Result<(), String> {
        Err("no desktop to print on".to_string())
    }
}

/// What a view is made for: the content, the staff and the client language, and today. Passed
/// first to the functions that build a screen.
#[derive(Clone, Copy)]
pub struct View<'a> {
    pub app: &'a App,
    pub staff: &'a Lang,
    pub client: &'a Lang,
    pub today: NaiveDate,
}

/// The desk: the context every command works over.
pub struct Desk {
    pub app: Option<App>,
    pub problems: Vec<Problem>,
    /// The settings in force: read at startup, replaced when the Settings screen saves.
    pub settings: Mutex<Settings>,
    pub data_dir: PathBuf,
    pub log: Mutex<Log>,
    /// Whether the site override file was read at startup and its entries are in use.
    pub override_in_use: bool,
    /// Today, when fixed (tests); else the local date at each call.
    today: Mutex<Option<NaiveDate>>,
    host: Box<dyn Host>,
}

impl Desk {
    /// The data folder: `--data-dir DIR`, else `$MADOGUCHI_DATA_DIR`, else the platform's one.
    pub fn data_dir_from(
        args: &[String],
        env: Option<String>,
        platform: Option<PathBuf>,
    ) -> Option<PathBuf> {
        let from_args = args
            .iter()
            .position(|a| a == DATA_DIR_ARG)
            .and_then(|i| args.get(i + 1))
            .map(PathBuf::from);
        from_args
            .or_else(|| env.filter(|e| !e.is_empty()).map(PathBuf::from))
            .or(platform)
    }

    /// Opens everything in `data_dir` with no host (tests, tools): see [`Desk::open_with`].
    pub fn open(data_dir: &Path) -> Desk {
        Desk::open_with(data_dir, Box::new(Headless))
    }

    /// Opens everything in `data_dir`, recording each problem instead of failing.
    pub fn open_with(data_dir: &Path, host: Box<dyn Host>) -> Desk {
        let mut problems = Vec::new();
        if let Err(e) = std::fs::create_dir_all(data_dir) {
            problems.push(Problem::LogUnavailable {
                path: data_dir.display().to_string(),
                detail: e.to_string(),
            });
        }

        let override_path = data_dir.join(OVERRIDE_FILE);
        let mut app = None;
        let mut override_in_use = false;
        if override_path.exists() {
            match load_with_override(&override_path) {
                Ok(loaded) => {
                    app = Some(loaded);
                    override_in_use = true;
                }
                Err(e) => problems.push(Problem::OverrideInvalid {
                    path: override_path.display().to_string(),
                    errors: error_lines(&e),
                    kinds: error_kinds(&e),
                }),
            }
        }
        if app.is_none() {
            match App::embedded() {
                Ok(loaded) => app = Some(loaded),
                Err(e) => problems.push(Problem::DataInvalid {
                    errors: error_lines(&e),
                }),
            }
        }

        // Language settings must name a shipped locale (unknown without content).
        let shipped = app.as_ref().map(shipped_locales);
        let settings_path = data_dir.join(SETTINGS_FILE);
        let settings_name = settings_path.display().to_string();
        // Bytes that are not UTF-8 are an error at their line and byte offset.
        let read = std::fs::read(&settings_path).map(|bytes| {
            madoguchi_core::SourceFile::from_bytes(settings_name.clone(), bytes)
                .map_err(|d| vec![d])
        });
        let settings = match read {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Settings::default(),
            Err(e) => {
                problems.push(Problem::SettingsInvalid {
                    path: settings_name.clone(),
                    errors: vec![format!("{settings_name}: {e}")],
                });
                Settings::default()
            }
            Ok(file) => file
                .and_then(|file| Settings::parse(&settings_name, &file.text, shipped.as_deref()))
                .unwrap_or_else(|errors| {
                    problems.push(Problem::SettingsInvalid {
                        path: settings_path.display().to_string(),
                        errors: errors.iter().map(ToString::to_string).collect(),
                    });
                    Settings::default()
                }),
        };

        let log_path = data_dir.join(LOG_FILE);
        let log = open_log(&log_path, &mut problems);

        Desk {
            app,
            problems,
            settings: Mutex::new(settings),
            data_dir: data_dir.to_path_buf(),
            log: Mutex::new(log),
            override_in_use,
            today: Mutex::new(None),
            host,
        }
    }

    /// Today's date: the local one, unless fixed with [`Desk::set_today`].
    pub fn today(&self) -> NaiveDate {
        self.today
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    /// Fixes today's date (tests and benchmarks; the app never calls it).
    pub fn set_today(&self, day: NaiveDate) {
        *self.today.lock().unwrap_or_else(|e| e.into_inner()) = Some(day);
    }

    /// The context of a screen for `staff` and `client`, if there is content.
    pub fn view<'a>(&'a self, staff: &'a Lang, client: &'a Lang) -> Result<View<'a>, CommandError> {
        Ok(View {
            app: self.app()?,
            staff,
            client,
            today: self.today(),
        })
    }

    pub fn host(&self) -> &dyn Host {
        self.host.as_ref()
    }

    /// A copy of the settings in force.
    pub fn current_settings(&self) -> Settings {
        self.settings
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// The content, or the reason there is none (already among the problems).
    pub fn app(&self) -> Result<&App, CommandError> {
        self.app.as_ref().ok_or_else(|| {
            let detail = self
                .problems
                .iter()
                .find_map(|p| match p {
                    Problem::DataInvalid { errors } => Some(errors.join("\n")),
                    _ => None,
                })
                .unwrap_or_default();
            CommandError::new(ErrorKind::NoContent, "ui-error-no-content", detail)
        })
    }

    pub fn can_save(&self) -> bool {
        matches!(
            *self.log.lock().unwrap_or_else(|e| e.into_inner()),
            Log::Writable(_)
        )
    }
}

/// Opens the log, adding to `problems` what the desk must be told: files moved aside from
/// beside it, a read-only state and why, or why it could not be opened.
fn open_log(log_path: &Path, problems: &mut Vec<Problem>) -> Log {
    let path = log_path.display().to_string();
    let store = match Store::open(log_path) {
        Ok(store) => store,
        Err(madoguchi_store::StoreError::CannotWrite { detail, .. }) => {
            problems.push(Problem::LogCannotWrite { path, detail });
            return Log::Closed;
        }
        Err(e) => {
            problems.push(Problem::LogUnavailable {
                path,
                detail: e.to_string(),
            });
            return Log::Closed;
        }
    };
    if !store.set_aside().is_empty() {
        problems.push(Problem::LogSetAside {
            path: path.clone(),
            files: store
                .set_aside()
                .iter()
                .map(|s| format!("{} → {} ({})", s.from.display(), s.to.display(), s.why))
                .collect(),
        });
    }
    match store.state().clone() {
        OpenState::Healthy => Log::Writable(store),
        OpenState::ReadOnlyRecovery { reason } => {
            problems.push(Problem::LogReadOnly {
                path,
                reason: match reason {
                    RecoveryReason::Damaged(_) => RecoveryKind::Damaged,
                    RecoveryReason::NotALog => RecoveryKind::NotALog,
                    RecoveryReason::NewerSchema { .. } => RecoveryKind::NewerSchema,
                    RecoveryReason::Empty => RecoveryKind::Empty,
                    RecoveryReason::CannotWrite(_) => RecoveryKind::CannotWrite,
                },
                detail: reason.to_string(),
            });
            Log::Closed
        }
    }
}

/// The tags of the locales staff can choose (the pseudo-locale excluded).
pub fn shipped_locales(app: &App) -> Vec<String> {
    app.localizer()
        .locales()
        .into_iter()
        .map(|l| l.tag)
        .collect()
}

/// The shipped content with the site override file at `path`, validated together (the same
/// check at startup and on the Settings screen's "check again").
pub fn load_with_override(path: &Path) -> Result<App, madoguchi_core::Error> {
    ContentFiles::embedded()
        .with_override(path)
        .and_then(|files| App::load(&files))
}

/// The message ids of the kinds of error among `e`'s, each once, in the order first met.
pub fn error_kinds(e: &madoguchi_core::Error) -> Vec<String> {
    let mut kinds: Vec<String> = Vec::new();
    for kind in e.diagnostics().iter().filter_map(|d| d.kind) {
        if !kinds.iter().any(|k| k == kind) {
            kinds.push(kind.to_string());
        }
    }
    kinds
}

pub fn error_lines(e: &madoguchi_core::Error) -> Vec<String> {
    match e.diagnostics() {
        [] => vec![e.to_string()],
        diags => diags.iter().map(ToString::to_string).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use madoguchi_store::Retention;

    #[test]
    fn data_dir_prefers_the_argument_then_the_environment() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let platform = Some(PathBuf::from("/platform"));
        assert_eq!(
            Desk::data_dir_from(
                &args(&["app", "--data-dir", "/a"]),
                Some("/e".into()),
                platform.clone()
            ),
            Some(PathBuf::from("/a"))
        );
        assert_eq!(
            Desk::data_dir_from(&args(&["app"]), Some("/e".into()), platform.clone()),
            Some(PathBuf::from("/e"))
        );
        assert_eq!(
            Desk::data_dir_from(&args(&["app"]), Some(String::new()), platform.clone()),
            platform
        );
    }

    #[test]
    fn settings_are_strict_and_have_defaults() {
        let shipped = shipped_locales(&App::embedded().unwrap());
        let parse = |text: &str| Settings::parse("settings.toml", text, Some(&shipped));
        assert_eq!(parse("").unwrap(), Settings::default());
        assert_eq!(Settings::default().retention(), Retention::default());
        let set = parse(
            "idle_seconds = 60\ndesk = \"ngo-desk-3\"\nstaff_lang = \"ja-x-plain\"\n\
             client_lang = \"vi\"\nretention_years = 5\n",
        )
        .unwrap();
        assert_eq!(
            set,
            Settings {
                idle_seconds: 60,
                desk: Some("ngo-desk-3".into()),
                staff_lang: Some("ja-x-plain".into()),
                client_lang: Some("vi".into()),
                retention_years: 5,
            }
        );
        for bad in [
            "idle_seconds = 1",
            "idle_seconds = 3601",
            "retention_years = 0",
            "retention_years = 11",
            "staff_lang = \"xx\"",
            "client_lang = \"en-XA\"",
            "desk = \"090-1234-5678\"",
        ] {
            let errors = parse(bad).unwrap_err();
            let key = bad.split(' ').next().unwrap();
            assert_eq!(errors.len(), 1, "{bad}: {errors:?}");
            assert!(
                errors[0]
                    .to_string()
                    .starts_with(&format!("settings.toml:1: {key} = ")),
                "{bad}: {}",
                errors[0]
            );
        }
        // Every error names its line, values out of range and types included.
        let text = "# the desk's settings\nidle_seconds = 60\n\nretention_years = 0\nclient_lang = \"xx\"\n";
        let lines: Vec<String> = parse(text)
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(
            lines[0].starts_with("settings.toml:5: client_lang = "),
            "{lines:?}"
        );
        assert!(
            lines[1].starts_with("settings.toml:4: retention_years = "),
            "{lines:?}"
        );
        for (bad, line) in [
            ("desk = \"x\"\nidle_seconds = -5\n", 2),
            ("\n\nidle_seconds = 99999999999\n", 3),
            ("idle_seconds = \"soon\"\n", 1),
            ("desk = \"x\"\nretention_years = [[[1]]]\n", 2),
        ] {
            let errors = parse(bad).unwrap_err();
            assert_eq!(errors[0].line, Some(line), "{bad}: {}", errors[0]);
        }
        assert!(parse("idle_minutes = 5").unwrap_err()[0]
            .to_string()
            .starts_with("settings.toml:1:"));
        assert_eq!(
            parse("idle_seconds = 1\nretention_years = 0\n")
                .unwrap_err()
                .len(),
            2,
            "every bad field is named"
        );
    }

    #[test]
    fn a_settings_file_that_is_not_utf8_is_reported_at_its_line_and_byte() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(SETTINGS_FILE),
            b"idle_seconds = 60\ndesk = \"\xff\"\n",
        )
        .unwrap();
        let desk = Desk::open(dir.path());
        let [Problem::SettingsInvalid { errors, .. }] = desk.problems.as_slice() else {
            panic!("{:?}", desk.problems);
        };
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].contains(&format!("{SETTINGS_FILE}:2: not UTF-8"))
                && errors[0].contains("byte offset 26"),
            "{errors:?}"
        );
        assert_eq!(desk.current_settings(), Settings::default());
    }

    #[test]
    fn a_fresh_folder_opens_without_problems() {
        let dir = tempfile::tempdir().unwrap();
        let desk = Desk::open(dir.path());
        assert_eq!(desk.problems, []);
        assert!(desk.can_save());
        assert!(desk.app().is_ok());
    }

    #[test]
    fn a_broken_override_is_reported_with_file_and_line_and_the_shipped_data_is_used() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(OVERRIDE_FILE),
            "[[service]]\nid = \"onestop_8891\"\nbogus_key = 1\n",
        )
        .unwrap();
        let desk = Desk::open(dir.path());
        assert!(desk.app().is_ok());
        let [Problem::OverrideInvalid { path, errors, .. }] = desk.problems.as_slice() else {
            panic!("{:?}", desk.problems);
        };
        assert!(path.ends_with(OVERRIDE_FILE));
        assert!(
            errors
                .iter()
                .any(|e| e.contains(&format!("{OVERRIDE_FILE}:"))),
            "{errors:?}"
        );
    }

    #[test]
    fn a_damaged_log_is_opened_read_only_and_saving_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(LOG_FILE), vec![0x5a_u8; 8192]).unwrap();
        let desk = Desk::open(dir.path());
        assert!(!desk.can_save());
        assert!(
            matches!(desk.problems.as_slice(), [Problem::LogReadOnly { .. }]),
            "{:?}",
            desk.problems
        );
        assert_eq!(
            std::fs::read(dir.path().join(LOG_FILE)).unwrap(),
            vec![0x5a_u8; 8192],
            "the damaged file is left as it was"
        );
    }
}
