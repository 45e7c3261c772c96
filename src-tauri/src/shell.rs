//! What the desktop app holds between commands: the loaded content, the referral log and the
//! desk's settings, all found in the app-data folder, and the problems met while opening them.
//!
//! Nothing here decides routing or writes a message: the problems are kinds plus the raw detail
//! (file, line, SQLite's words); the UI words them from `ui.ftl`.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};

use madoguchi_core::{App, ContentFiles};
use madoguchi_store::{OpenState, RecoveryReason, Retention, Store};
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

/// The desk's settings (`settings.toml` in the data folder; every key optional). The Settings
/// screen changes them while the app runs ([`Shell::settings`]); see `settings.rs`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    /// Seconds without a key press or click after which an open consultation is dropped.
    pub idle_seconds: u32,
    /// The desk code recorded with each saved consultation (`shinjuku-2f`), given by the
    /// coordinator: lowercase letters, digits and hyphens with a digit, never a person's name
    /// (`madoguchi_core::DeskLabel`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub desk: Option<String>,
    /// The staff language the app starts in (a shipped locale); the reference language if none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub staff_lang: Option<String>,
    /// The client language the app starts with (a shipped locale); [`DEFAULT_CLIENT_LANG`] if
    /// none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_lang: Option<String>,
    /// Records and training results older than this many years may be purged.
    pub retention_years: u32,
    /// The desk's review interval: directory entries assured longer ago are marked for their
    /// check (issue 17).
    pub review_months: u32,
}

/// The client language offered first when the settings name none.
pub const DEFAULT_CLIENT_LANG: &str = "en";

impl Default for Settings {
    fn default() -> Self {
        Settings {
            idle_seconds: 300,
            desk: None,
            staff_lang: None,
            client_lang: None,
            retention_years: 3,
            review_months: madoguchi_core::DEFAULT_REVIEW_MONTHS,
        }
    }
}

/// Which language setting a [`SettingsError::Language`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum LanguageKey {
    StaffLang,
    ClientLang,
}

impl LanguageKey {
    pub fn as_str(self) -> &'static str {
        match self {
            LanguageKey::StaffLang => "staff_lang",
            LanguageKey::ClientLang => "client_lang",
        }
    }
}

impl std::fmt::Display for LanguageKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A setting refused, by field: the UI shows `settings-error-<field>` beside the field, and the
/// file keeps what it held.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, TS)]
#[serde(tag = "field", rename_all = "snake_case")]
pub enum SettingsError {
    #[error("desk = {value:?}: {detail}")]
    Desk { value: String, detail: String },
    #[error(
        "idle_seconds = {value} is not a whole number of seconds from {min} to {max}",
        min = Settings::MIN_IDLE_SECONDS,
        max = Settings::MAX_IDLE_SECONDS
    )]
    Idle { value: String },
    #[error(
        "retention_years = {value} is not a whole number of years from {min} to {max}",
        min = Settings::MIN_RETENTION_YEARS,
        max = Settings::MAX_RETENTION_YEARS
    )]
    Retention { value: String },
    #[error("review_months = {value} is not a whole number of months from 1 to 60")]
    Review { value: String },
    /// A shorter retention (which lets a purge delete more) was not confirmed in the native
    /// dialog: nothing was saved.
    #[error("retention_years = {value} was not confirmed, so nothing was saved")]
    RetentionNotConfirmed { value: String },
    #[error("{key} = {value:?} is not one of the shipped locales")]
    Language { key: LanguageKey, value: String },
    /// `settings.toml` (or its temporary or backup copy) could not be written.
    #[error("{path}: cannot write the settings: {detail}")]
    Write { path: String, detail: String },
}

impl Settings {
    /// The shortest idle time accepted: shorter would clear a consultation while staff read.
    pub const MIN_IDLE_SECONDS: u32 = 2;
    /// The longest idle time accepted: an hour.
    pub const MAX_IDLE_SECONDS: u32 = 3600;
    pub const MIN_RETENTION_YEARS: u32 = 1;
    pub const MAX_RETENTION_YEARS: u32 = 10;

    /// Every field out of its bounds, in the order of the form. `shipped` are the locales a
    /// language setting may name; `None` when they are not known (the content failed to load,
    /// a problem of its own), and the languages are not checked.
    pub fn check(&self, shipped: Option<&[String]>) -> Vec<SettingsError> {
        let mut errors = Vec::new();
        if let Some(desk) = &self.desk {
            if let Err(e) = madoguchi_core::DeskLabel::parse(desk) {
                errors.push(SettingsError::Desk {
                    value: desk.clone(),
                    detail: e.to_string(),
                });
            }
        }
        for (key, value) in [
            (LanguageKey::StaffLang, &self.staff_lang),
            (LanguageKey::ClientLang, &self.client_lang),
        ] {
            let known = |tag: &String| shipped.is_none_or(|shipped| shipped.contains(tag));
            if let Some(tag) = value.as_ref().filter(|t| !known(t)) {
                errors.push(SettingsError::Language {
                    key,
                    value: tag.clone(),
                });
            }
        }
        if !(Self::MIN_IDLE_SECONDS..=Self::MAX_IDLE_SECONDS).contains(&self.idle_seconds) {
            errors.push(SettingsError::Idle {
                value: self.idle_seconds.to_string(),
            });
        }
        if !(Self::MIN_RETENTION_YEARS..=Self::MAX_RETENTION_YEARS).contains(&self.retention_years)
        {
            errors.push(SettingsError::Retention {
                value: self.retention_years.to_string(),
            });
        }
        if !(1..=60).contains(&self.review_months) {
            errors.push(SettingsError::Review {
                value: self.review_months.to_string(),
            });
        }
        errors
    }

    /// The staff language to start in.
    pub fn staff_lang(&self) -> &str {
        self.staff_lang
            .as_deref()
            .unwrap_or(madoguchi_core::i18n::REFERENCE)
    }

    /// The client language to start with.
    pub fn client_lang(&self) -> &str {
        self.client_lang.as_deref().unwrap_or(DEFAULT_CLIENT_LANG)
    }

    /// The retention period, as the store takes it.
    pub fn retention(&self) -> Retention {
        Retention::Years(self.retention_years)
    }

    /// Parses `settings.toml`; errors name the file and, where known, the line (core's
    /// `SourceFile::parse`, the same as for the data files). `shipped` as for [`Settings::check`].
    pub(crate) fn parse(
        name: &str,
        text: &str,
        shipped: Option<&[String]>,
    ) -> Result<Settings, Vec<madoguchi_core::Diagnostic>> {
        let file = madoguchi_core::SourceFile::new(name, text);
        let settings: Settings = file.parse().map_err(|d| vec![d])?;
        let errors = settings.check(shipped);
        if errors.is_empty() {
            return Ok(settings);
        }
        // Each refused value is named at its line (the file parsed, so this parses too).
        let spans: SettingsSpans = file.parse().unwrap_or_default();
        let lines = file.lines();
        Err(errors
            .iter()
            .map(|e| {
                let line = spans.of(e).map(|span| lines.line_of(span.start));
                madoguchi_core::Diagnostic::new(name, line, e.to_string())
            })
            .collect())
    }
}

/// Where each setting's value is in `settings.toml`, for errors found after parsing.
#[derive(Default, Deserialize)]
#[serde(default)]
struct SettingsSpans {
    idle_seconds: Option<toml::Spanned<toml::Value>>,
    desk: Option<toml::Spanned<toml::Value>>,
    staff_lang: Option<toml::Spanned<toml::Value>>,
    client_lang: Option<toml::Spanned<toml::Value>>,
    retention_years: Option<toml::Spanned<toml::Value>>,
    review_months: Option<toml::Spanned<toml::Value>>,
}

impl SettingsSpans {
    fn of(&self, error: &SettingsError) -> Option<std::ops::Range<usize>> {
        let value = match error {
            SettingsError::Desk { .. } => &self.desk,
            SettingsError::Idle { .. } => &self.idle_seconds,
            SettingsError::Retention { .. } | SettingsError::RetentionNotConfirmed { .. } => {
                &self.retention_years
            }
            SettingsError::Language {
                key: LanguageKey::StaffLang,
                ..
            } => &self.staff_lang,
            SettingsError::Language {
                key: LanguageKey::ClientLang,
                ..
            } => &self.client_lang,
            SettingsError::Review { .. } => &self.review_months,
            SettingsError::Write { .. } => return None,
        };
        value.as_ref().map(toml::Spanned::span)
    }
}

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

/// The managed state of the app.
pub struct Shell {
    pub app: Option<App>,
    pub problems: Vec<Problem>,
    /// The settings in force: read at startup, replaced when the Settings screen saves.
    pub settings: Mutex<Settings>,
    pub data_dir: PathBuf,
    pub log: Mutex<Log>,
    /// Whether the site override file was read at startup and its entries are in use.
    pub override_in_use: bool,
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

        let override_path = data_dir.join(OVERRIDE_FILE);
        let mut app = None;
        let mut override_in_use = false;
        let mut override_error = None;
        if override_path.exists() {
            match load_with_override(&override_path) {
                Ok(loaded) => {
                    app = Some(loaded);
                    override_in_use = true;
                }
                Err(e) => {
                    // Worded below, once the settings say the staff language.
                    override_error = Some((problems.len(), e));
                }
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

        if let Some((at, e)) = override_error {
            let errors = match &app {
                Some(app) => worded_lines(app, settings.staff_lang(), &e),
                None => error_lines(&e),
            };
            problems.insert(
                at,
                Problem::OverrideInvalid {
                    path: override_path.display().to_string(),
                    errors,
                    kinds: error_kinds(&e),
                },
            );
        }

        let log_path = data_dir.join(LOG_FILE);
        let log = open_log(&log_path, &mut problems);

        Shell {
            app,
            problems,
            settings: Mutex::new(settings),
            data_dir: data_dir.to_path_buf(),
            log: Mutex::new(log),
            override_in_use,
        }
    }

    /// A copy of the settings in force.
    pub fn current_settings(&self) -> Settings {
        self.settings
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
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
pub(crate) fn error_kinds(e: &madoguchi_core::Error) -> Vec<String> {
    let mut kinds: Vec<String> = Vec::new();
    for kind in e.diagnostics().iter().filter_map(|d| d.kind) {
        if !kinds.iter().any(|k| k == kind) {
            kinds.push(kind.to_string());
        }
    }
    kinds
}

/// `e`'s lines in the staff language (the override's errors; others as they are).
pub(crate) fn worded_lines(app: &App, staff: &str, e: &madoguchi_core::Error) -> Vec<String> {
    match e.diagnostics() {
        [] => vec![e.to_string()],
        diags => diags
            .iter()
            .map(|d| app.diagnostic_text(staff, d))
            .collect(),
    }
}

pub(crate) fn error_lines(e: &madoguchi_core::Error) -> Vec<String> {
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
                review_months: madoguchi_core::DEFAULT_REVIEW_MONTHS,
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
        let shell = Shell::open(dir.path());
        let [Problem::SettingsInvalid { errors, .. }] = shell.problems.as_slice() else {
            panic!("{:?}", shell.problems);
        };
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].contains(&format!("{SETTINGS_FILE}:2: not UTF-8"))
                && errors[0].contains("byte offset 26"),
            "{errors:?}"
        );
        assert_eq!(shell.current_settings(), Settings::default());
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
        let [Problem::OverrideInvalid { path, errors, .. }] = shell.problems.as_slice() else {
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
