//! What the desktop app holds between commands: the loaded content, the referral log and the
//! desk's settings, all found in the app-data folder, and the problems met while opening them.
//!
//! Nothing here decides routing or writes a message: the problems are kinds plus the raw detail
//! (file, line, SQLite's words); the UI words them from `ui.ftl`.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};

use madoguchi_core::{App, ContentFiles};
use madoguchi_store::{OpenState, RecoveryReason, Store};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

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

/// The desk's settings (`settings.toml` in the data folder; every key optional).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    /// Seconds without a key press or click after which an open consultation is dropped.
    pub idle_seconds: u32,
    /// The desk label recorded with each saved consultation (`Shinjuku 2F`).
    pub desk: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            idle_seconds: 300,
            desk: None,
        }
    }
}

impl Settings {
    /// The shortest idle time accepted: shorter would clear a consultation while staff read.
    pub const MIN_IDLE_SECONDS: u32 = 2;

    /// Parses `settings.toml`; errors name the file and, where known, the line (core's
    /// `SourceFile::parse`, the same as for the data files).
    fn parse(name: &str, text: &str) -> Result<Settings, madoguchi_core::Diagnostic> {
        let settings: Settings = madoguchi_core::SourceFile::new(name, text).parse()?;
        let refuse = |message: String| madoguchi_core::Diagnostic::new(name, None, message);
        if settings.idle_seconds < Self::MIN_IDLE_SECONDS {
            return Err(refuse(format!(
                "idle_seconds = {} is below the minimum of {}",
                settings.idle_seconds,
                Self::MIN_IDLE_SECONDS
            )));
        }
        if let Some(desk) = &settings.desk {
            madoguchi_core::DeskLabel::parse(desk).map_err(|e| refuse(e.to_string()))?;
        }
        Ok(settings)
    }
}

/// Why the log is read-only: the UI explains each kind in words of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RecoveryKind {
    Damaged,
    NotALog,
    NewerSchema,
}

/// A problem met while opening the data folder. The app never closes for one: it shows a
/// screen that says what is wrong and what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Problem {
    /// The site override file failed validation; the shipped directory is used without it.
    OverrideInvalid { path: String, errors: Vec<String> },
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
    /// The built-in data failed validation (a broken build): nothing can run.
    DataInvalid { errors: Vec<String> },
}

/// The log, if it could be opened for writing.
pub enum Log {
    Writable(Store),
    /// Open read-only, or not open: saving is refused.
    Closed,
}

/// The managed state of the app.
pub struct Shell {
    pub app: Option<App>,
    pub problems: Vec<Problem>,
    pub settings: Settings,
    pub data_dir: PathBuf,
    pub log: Mutex<Log>,
}

impl Shell {
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

    /// Opens everything in `data_dir`, recording each problem instead of failing.
    pub fn open(data_dir: &Path) -> Shell {
        let mut problems = Vec::new();
        if let Err(e) = std::fs::create_dir_all(data_dir) {
            problems.push(Problem::LogUnavailable {
                path: data_dir.display().to_string(),
                detail: e.to_string(),
            });
        }

        let settings_path = data_dir.join(SETTINGS_FILE);
        let settings = match std::fs::read_to_string(&settings_path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Settings::default(),
            Err(e) => {
                problems.push(Problem::SettingsInvalid {
                    path: settings_path.display().to_string(),
                    errors: vec![e.to_string()],
                });
                Settings::default()
            }
            Ok(text) => Settings::parse(&settings_path.display().to_string(), &text)
                .unwrap_or_else(|e| {
                    problems.push(Problem::SettingsInvalid {
                        path: settings_path.display().to_string(),
                        errors: vec![e.to_string()],
                    });
                    Settings::default()
                }),
        };

        let override_path = data_dir.join(OVERRIDE_FILE);
        let mut app = None;
        if override_path.exists() {
            match ContentFiles::embedded()
                .with_override(&override_path)
                .and_then(|files| App::load(&files))
            {
                Ok(loaded) => app = Some(loaded),
                Err(e) => problems.push(Problem::OverrideInvalid {
                    path: override_path.display().to_string(),
                    errors: error_lines(&e),
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

        let log_path = data_dir.join(LOG_FILE);
        let log = match Store::open(&log_path) {
            Ok(store) => match store.state().clone() {
                OpenState::Healthy => Log::Writable(store),
                OpenState::ReadOnlyRecovery { reason } => {
                    problems.push(Problem::LogReadOnly {
                        path: log_path.display().to_string(),
                        reason: match reason {
                            RecoveryReason::Damaged(_) => RecoveryKind::Damaged,
                            RecoveryReason::NotALog => RecoveryKind::NotALog,
                            RecoveryReason::NewerSchema { .. } => RecoveryKind::NewerSchema,
                        },
                        detail: reason.to_string(),
                    });
                    Log::Closed
                }
            },
            Err(e) => {
                problems.push(Problem::LogUnavailable {
                    path: log_path.display().to_string(),
                    detail: e.to_string(),
                });
                Log::Closed
            }
        };

        Shell {
            app,
            problems,
            settings,
            data_dir: data_dir.to_path_buf(),
            log: Mutex::new(log),
        }
    }

    /// The content, or the reason there is none (already among the problems).
    pub fn app(&self) -> Result<&App, String> {
        self.app.as_ref().ok_or_else(|| {
            self.problems
                .iter()
                .find_map(|p| match p {
                    Problem::DataInvalid { errors } => Some(errors.join("\n")),
                    _ => None,
                })
                .unwrap_or_default()
        })
    }

    pub fn can_save(&self) -> bool {
        matches!(
            *self.log.lock().unwrap_or_else(|e| e.into_inner()),
            Log::Writable(_)
        )
    }
}

/// The shell while it is being opened on a background thread: the window and the page load in
/// the meantime, and the first command waits for it.
#[derive(Default)]
pub struct Loading {
    shell: Mutex<Option<Arc<Shell>>>,
    ready: Condvar,
}

impl Loading {
    pub fn set(&self, shell: Shell) {
        *self.shell.lock().unwrap_or_else(|e| e.into_inner()) = Some(Arc::new(shell));
        self.ready.notify_all();
    }

    /// The shell, once opened.
    pub fn get(&self) -> Arc<Shell> {
        let mut guard = self.shell.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            if let Some(shell) = guard.as_ref() {
                return Arc::clone(shell);
            }
            guard = self.ready.wait(guard).unwrap_or_else(|e| e.into_inner());
        }
    }
}

fn error_lines(e: &madoguchi_core::Error) -> Vec<String> {
    match e.diagnostics() {
        [] => vec![e.to_string()],
        diags => diags.iter().map(ToString::to_string).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_dir_prefers_the_argument_then_the_environment() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let platform = Some(PathBuf::from("/platform"));
        assert_eq!(
            Shell::data_dir_from(
                &args(&["app", "--data-dir", "/a"]),
                Some("/e".into()),
                platform.clone()
            ),
            Some(PathBuf::from("/a"))
        );
        assert_eq!(
            Shell::data_dir_from(&args(&["app"]), Some("/e".into()), platform.clone()),
            Some(PathBuf::from("/e"))
        );
        assert_eq!(
            Shell::data_dir_from(&args(&["app"]), Some(String::new()), platform.clone()),
            platform
        );
    }

    #[test]
    fn settings_are_strict_and_have_defaults() {
        assert_eq!(
            Settings::parse("settings.toml", "").unwrap(),
            Settings::default()
        );
        assert_eq!(
            Settings::parse("settings.toml", "idle_seconds = 60")
                .unwrap()
                .idle_seconds,
            60
        );
        assert!(Settings::parse("settings.toml", "idle_seconds = 1").is_err());
        assert!(Settings::parse("settings.toml", "idle_minutes = 5")
            .unwrap_err()
            .to_string()
            .starts_with("settings.toml:1:"));
        assert!(Settings::parse("settings.toml", "desk = \"090-1234-5678\"").is_err());
    }

    #[test]
    fn a_fresh_folder_opens_without_problems() {
        let dir = tempfile::tempdir().unwrap();
        let shell = Shell::open(dir.path());
        assert_eq!(shell.problems, []);
        assert!(shell.can_save());
        assert!(shell.app().is_ok());
    }

    #[test]
    fn a_broken_override_is_reported_with_file_and_line_and_the_shipped_data_is_used() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(OVERRIDE_FILE),
            "[[service]]\nid = \"onestop_8891\"\nbogus_key = 1\n",
        )
        .unwrap();
        let shell = Shell::open(dir.path());
        assert!(shell.app().is_ok());
        let [Problem::OverrideInvalid { path, errors }] = shell.problems.as_slice() else {
            panic!("{:?}", shell.problems);
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
        let shell = Shell::open(dir.path());
        assert!(!shell.can_save());
        assert!(
            matches!(shell.problems.as_slice(), [Problem::LogReadOnly { .. }]),
            "{:?}",
            shell.problems
        );
        assert_eq!(
            std::fs::read(dir.path().join(LOG_FILE)).unwrap(),
            vec![0x5a_u8; 8192],
            "the damaged file is left as it was"
        );
    }
}
