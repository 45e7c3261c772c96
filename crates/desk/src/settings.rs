//! The desk's settings (`settings.toml`: parsed strictly, every error at its line) and the
//! Settings screen: the settings (checked field by field, saved atomically with the
//! last good file kept as `settings.toml.bak`), the referral log's state and the purge of old
//! records by the saved retention, the site override file's state, and a fresh check of the
//! data. View models and typed refusals only: every word is a `settings-*` message of `ui.ftl`,
//! chosen by the UI from a field or a kind.
//!
//! A purge, and a shorter retention (which lets a purge delete more), happen only after a person
//! pressed Yes in a native dialog ([`crate::confirm`]): the functions here take the asking as a
//! function, the commands pass the dialog.

use std::fs;
use std::path::Path;

use chrono::NaiveDate;
use madoguchi_core::{App, CategoryView, Mode, Origin};
use madoguchi_store::{
    rename_into_place, temp_beside, write_atomically, write_synced, PurgeOutcome, PurgeShown,
    StoreError,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use madoguchi_store::Retention;

use crate::desk::{
    error_kinds, error_lines, shipped_locales, Desk, Log, Problem, LOG_FILE, OVERRIDE_FILE,
    SETTINGS_FILE,
};

/// The last good settings file (one that parsed and passed every check), kept beside the new
/// one each time the settings are saved.
pub const SETTINGS_BACKUP: &str = "settings.toml.bak";

/// The desk's settings (`settings.toml` in the data folder; every key optional). The Settings
/// screen changes them while the app runs ([`Desk::settings`]).
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
    pub fn parse(
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
            SettingsError::Write { .. } => return None,
        };
        value.as_ref().map(toml::Spanned::span)
    }
}

/// The settings in force as the form shows them, defaults filled in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SettingsForm {
    /// Empty when no label is set.
    pub desk: String,
    pub staff_lang: String,
    pub client_lang: String,
    pub idle_seconds: u32,
    pub retention_years: u32,
}

/// The form as staff filled it in. Numbers come as typed, so that anything that is not a whole
/// number in range is refused here, by its field.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, TS)]
pub struct SettingsRequest {
    /// Empty (or blank) for no label.
    pub desk: String,
    pub staff_lang: String,
    pub client_lang: String,
    pub idle_seconds: String,
    pub retention_years: String,
}

/// The referral log's state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LogView {
    pub path: String,
    /// Whether consultations can be saved and old records deleted.
    pub writable: bool,
    /// Records in the log, live and training; `None` when the log is closed or unreadable.
    pub records: Option<u32>,
    /// What SQLite said when the log could not be read (it is open, but counting failed).
    pub error: Option<String>,
}

/// What a purge deletes (preview) or deleted; sent back as what the desk confirmed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PurgeCounts {
    /// Records of days before this one (`YYYY-MM-DD`) are deleted.
    pub cutoff: String,
    /// Live and training records.
    pub records: u32,
    pub training_results: u32,
}

impl PurgeCounts {
    /// The preview the desk confirmed, as the store checks it; a malformed one is refused.
    fn shown(&self) -> Result<PurgeShown, PurgeError> {
        let cutoff = NaiveDate::parse_from_str(&self.cutoff, "%Y-%m-%d").map_err(|e| {
            PurgeError::Failed {
                detail: format!("confirmed purge: field `cutoff` = {:?}: {e}", self.cutoff),
            }
        })?;
        Ok(PurgeShown {
            cutoff,
            records: u64::from(self.records),
            training_results: u64::from(self.training_results),
        })
    }
}

impl From<PurgeShown> for PurgeCounts {
    fn from(s: PurgeShown) -> Self {
        PurgeCounts {
            cutoff: s.cutoff.format("%Y-%m-%d").to_string(),
            records: count(s.records),
            training_results: count(s.training_results),
        }
    }
}

impl From<PurgeOutcome> for PurgeCounts {
    fn from(o: PurgeOutcome) -> Self {
        PurgeCounts {
            cutoff: o.cutoff.format("%Y-%m-%d").to_string(),
            records: count(o.records),
            training_results: count(o.training_results),
        }
    }
}

/// Why a purge was refused: the UI words each kind.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PurgeError {
    #[error("the log is not open for writing, so nothing can be deleted")]
    LogClosed,
    /// The preview changed after the desk read it (the date turned over, or another program
    /// wrote to the log): nothing was deleted; `now` is what a purge would delete now.
    #[error("nothing deleted: the purge would now delete {} records before {}", now.records, now.cutoff)]
    Changed { now: PurgeCounts },
    /// The store refused; the detail names the file and the operation.
    #[error("{detail}")]
    Failed { detail: String },
    /// Nobody pressed Yes in the native dialog: nothing was deleted.
    #[error("nothing deleted: the purge was not confirmed")]
    Cancelled,
}

/// The site override file as the running app read it at startup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum OverrideStatus {
    /// There was no file: the shipped directory is used.
    Absent,
    /// Read, valid and in use: the services it added and the shipped ones it changed.
    Loaded {
        local: Vec<CategoryView>,
        changed: Vec<CategoryView>,
    },
    /// Invalid, so not in use: `file:line: message` lines, and the `ui-override-error-*`
    /// messages of the kinds of error among them.
    Invalid {
        errors: Vec<String>,
        kinds: Vec<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct OverrideView {
    pub path: String,
    pub status: OverrideStatus,
}

/// How much content a check found valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct DataCounts {
    pub questions: u32,
    pub rules: u32,
    /// Shipped and local services.
    pub services: u32,
    /// Locales staff can choose.
    pub languages: u32,
}

/// The result of validating the shipped data with the site override file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DataCheck {
    /// `None` when the content could not be loaded at all.
    pub counts: Option<DataCounts>,
    /// Every problem, each with its file and line where known; empty when all checks passed.
    /// Translation gaps (which do not stop the app) are among them, as `madoguchi validate`
    /// reports them.
    pub errors: Vec<String>,
    /// The `ui-override-error-*` messages of the kinds of error among them.
    pub kinds: Vec<String>,
}

impl DataCheck {
    fn of(app: &App) -> DataCheck {
        let content = app.content();
        DataCheck {
            counts: Some(DataCounts {
                questions: count(content.flow.questions.len()),
                rules: count(content.flow.rules.len()),
                services: count(content.directory.services.len()),
                languages: count(app.localizer().locales().len()),
            }),
            errors: app
                .translation_gaps()
                .iter()
                .map(ToString::to_string)
                .collect(),
            kinds: Vec::new(),
        }
    }

    fn failed(e: &madoguchi_core::Error) -> DataCheck {
        DataCheck {
            counts: None,
            errors: error_lines(e),
            kinds: error_kinds(e),
        }
    }
}

/// The Settings screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SettingsScreen {
    pub settings: SettingsForm,
    pub settings_path: String,
    pub data_dir: String,
    pub log: LogView,
    /// What a purge with the saved retention would delete today; `None` when the log is closed
    /// or unreadable.
    pub purge: Option<PurgeCounts>,
    pub override_file: OverrideView,
    /// The check made at startup, of the content in use.
    pub check: DataCheck,
}

fn count<N: TryInto<u32>>(n: N) -> u32 {
    n.try_into().unwrap_or(u32::MAX)
}

fn form(settings: &Settings) -> SettingsForm {
    SettingsForm {
        desk: settings.desk.clone().unwrap_or_default(),
        staff_lang: settings.staff_lang().to_string(),
        client_lang: settings.client_lang().to_string(),
        idle_seconds: settings.idle_seconds,
        retention_years: settings.retention_years,
    }
}

/// The override file's state at startup; service names in `staff`.
fn override_view(desk: &Desk, staff: &str) -> OverrideView {
    let path = desk.data_dir.join(OVERRIDE_FILE).display().to_string();
    let invalid = desk.problems.iter().find_map(|p| match p {
        Problem::OverrideInvalid { errors, kinds, .. } => Some((errors.clone(), kinds.clone())),
        _ => None,
    });
    let status = match (invalid, desk.app.as_ref()) {
        (Some((errors, kinds)), _) => OverrideStatus::Invalid { errors, kinds },
        (None, Some(app)) if desk.override_in_use => {
            let services = &app.content().directory.services;
            let names = |local: bool| {
                services
                    .iter()
                    .filter(|s| match s.origin {
                        Origin::Local { .. } => local,
                        Origin::Overridden { .. } => !local,
                        Origin::Shipped => false,
                    })
                    .map(|s| app.category_label(staff, "service", &s.id))
                    .collect()
            };
            OverrideStatus::Loaded {
                local: names(true),
                changed: names(false),
            }
        }
        _ => OverrideStatus::Absent,
    };
    OverrideView { path, status }
}

/// The check made at startup: the content in use, or why there is none.
fn startup_check(desk: &Desk) -> DataCheck {
    match desk.app.as_ref() {
        Some(app) => DataCheck::of(app),
        None => DataCheck {
            counts: None,
            errors: desk
                .problems
                .iter()
                .filter_map(|p| match p {
                    Problem::DataInvalid { errors } => Some(errors.clone()),
                    _ => None,
                })
                .flatten()
                .collect(),
            kinds: Vec::new(),
        },
    }
}

/// The Settings screen as things stand; service names in `staff`.
pub fn settings_screen(desk: &Desk, staff: &str, today: NaiveDate) -> SettingsScreen {
    let settings = desk.current_settings();
    let log_path = desk.data_dir.join(LOG_FILE).display().to_string();
    let (log, purge) = match &*desk.log.lock().unwrap_or_else(|e| e.into_inner()) {
        Log::Writable(store) => {
            let counted = store.count(Mode::Live).and_then(|live| {
                let training = store.count(Mode::Training)?;
                let preview = store.purge_preview(today, settings.retention())?;
                Ok((live + training, preview))
            });
            match counted {
                Ok((records, preview)) => (
                    LogView {
                        path: log_path,
                        writable: true,
                        records: Some(count(records)),
                        error: None,
                    },
                    Some(PurgeCounts::from(preview)),
                ),
                Err(e) => (
                    LogView {
                        path: log_path,
                        writable: true,
                        records: None,
                        error: Some(e.to_string()),
                    },
                    None,
                ),
            }
        }
        Log::Closed => (
            LogView {
                path: log_path,
                writable: false,
                records: None,
                error: None,
            },
            None,
        ),
    };
    SettingsScreen {
        settings: form(&settings),
        settings_path: desk.data_dir.join(SETTINGS_FILE).display().to_string(),
        data_dir: desk.data_dir.display().to_string(),
        log,
        purge,
        override_file: override_view(desk, staff),
        check: startup_check(desk),
    }
}

/// Where a field's error sits in the form, so the errors come back in the form's order.
fn rank(e: &SettingsError) -> u8 {
    match e {
        SettingsError::Desk { .. } => 0,
        SettingsError::Language { key, .. } => 1 + *key as u8,
        SettingsError::Idle { .. } => 3,
        SettingsError::Retention { .. } | SettingsError::RetentionNotConfirmed { .. } => 4,
        SettingsError::Write { .. } => 5,
    }
}

impl SettingsRequest {
    /// The settings the form asks for, or every field it gets wrong. `shipped` are the locales
    /// a language setting may name.
    pub fn settings(&self, shipped: &[String]) -> Result<Settings, Vec<SettingsError>> {
        let mut errors = Vec::new();
        let defaults = Settings::default();
        // A number that does not parse is refused; a valid stand-in keeps `check` from
        // reporting the field twice.
        let mut number = |text: &str, fallback: u32, refuse: fn(String) -> SettingsError| {
            text.trim().parse::<u32>().unwrap_or_else(|_| {
                errors.push(refuse(text.to_string()));
                fallback
            })
        };
        let idle_seconds = number(&self.idle_seconds, defaults.idle_seconds, |value| {
            SettingsError::Idle { value }
        });
        let retention_years = number(&self.retention_years, defaults.retention_years, |value| {
            SettingsError::Retention { value }
        });
        let desk = self.desk.trim();
        let settings = Settings {
            idle_seconds,
            desk: (!desk.is_empty()).then(|| desk.to_string()),
            staff_lang: Some(self.staff_lang.clone()),
            client_lang: Some(self.client_lang.clone()),
            retention_years,
        };
        errors.extend(settings.check(Some(shipped)));
        if errors.is_empty() {
            Ok(settings)
        } else {
            errors.sort_by_key(rank);
            Err(errors)
        }
    }
}

/// Writes `settings` to `dir/settings.toml` atomically: the new text goes to a temporary file
/// that is renamed over the old one. The file it replaces becomes `settings.toml.bak` only if it
/// was good — it parsed and passed every check against `shipped` (as at startup) —, so that the
/// backup is always a file the app can start with: a broken or tampered file never pushes the
/// last good one out. On an error the files are left as they were.
pub fn write_settings(
    dir: &Path,
    settings: &Settings,
    shipped: Option<&[String]>,
) -> Result<(), SettingsError> {
    let fail = |path: &Path, detail: String| SettingsError::Write {
        path: path.display().to_string(),
        detail,
    };
    let path = dir.join(SETTINGS_FILE);
    let temp = temp_beside(&path);
    let text = toml::to_string(settings).map_err(|e| fail(&path, e.to_string()))?;
    let result = (|| {
        write_synced(&temp, text.as_bytes()).map_err(|e| fail(&temp, e.to_string()))?;
        match fs::read(&path) {
            Ok(previous) if is_good(&previous, shipped) => {
                let backup = dir.join(SETTINGS_BACKUP);
                write_atomically(&backup, &previous).map_err(|e| fail(&backup, e.to_string()))?;
            }
            // Not good: the backup keeps the last good file.
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(fail(&path, e.to_string())),
        }
        rename_into_place(&temp, &path).map_err(|e| fail(&path, e.to_string()))
    })();
    if result.is_err() {
        // Only our own temporary file goes; `settings.toml` is untouched.
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Whether `bytes` are a settings file the app would start with, unchanged.
fn is_good(bytes: &[u8], shipped: Option<&[String]>) -> bool {
    madoguchi_core::SourceFile::from_bytes(SETTINGS_FILE, bytes.to_vec())
        .is_ok_and(|file| Settings::parse(SETTINGS_FILE, &file.text, shipped).is_ok())
}

/// Checks the form, writes `settings.toml` and puts the new settings in force (the idle time
/// at once; the languages at the next start). Nothing changes when a field is refused.
///
/// A retention shorter than the one in force lets a purge delete more: it is saved only if
/// `confirm(from, to, preview)` says yes, `preview` being what a purge would then delete today
/// (`None` when the log cannot be counted). Otherwise it is refused as
/// [`SettingsError::RetentionNotConfirmed`] and nothing is written.
pub fn save_settings_request(
    desk: &Desk,
    request: &SettingsRequest,
    staff: &str,
    today: NaiveDate,
    confirm: impl FnOnce(u32, u32, Option<&PurgeCounts>) -> bool,
) -> Result<SettingsScreen, Vec<SettingsError>> {
    // Without content no language is known to be shipped, and none is taken.
    let shipped = desk.app.as_ref().map(shipped_locales).unwrap_or_default();
    let settings = request.settings(&shipped)?;
    let from = desk.current_settings().retention_years;
    if settings.retention_years < from {
        // Asked without holding a lock: the dialog may stay open for a while.
        let preview = purge_preview(desk, today, &settings);
        if !confirm(from, settings.retention_years, preview.as_ref()) {
            return Err(vec![SettingsError::RetentionNotConfirmed {
                value: settings.retention_years.to_string(),
            }]);
        }
    }
    {
        // Held while writing: two saves never interleave.
        let mut current = desk.settings.lock().unwrap_or_else(|e| e.into_inner());
        write_settings(&desk.data_dir, &settings, Some(&shipped)).map_err(|e| vec![e])?;
        *current = settings;
    }
    Ok(settings_screen(desk, staff, today))
}

/// What a purge with `settings`' retention would delete today, if the log can be counted.
fn purge_preview(desk: &Desk, today: NaiveDate, settings: &Settings) -> Option<PurgeCounts> {
    match &*desk.log.lock().unwrap_or_else(|e| e.into_inner()) {
        Log::Writable(store) => store
            .purge_preview(today, settings.retention())
            .ok()
            .map(PurgeCounts::from),
        Log::Closed => None,
    }
}

/// Deletes the records and training results older than the saved retention, exactly as the
/// preview the desk confirmed (`shown`) counted them, or nothing.
///
/// `confirm(shown)` is asked first — the native dialog, in the app — and nothing is deleted
/// unless it says yes. It is not asked when the figures already differ from `shown` (the UI
/// shows the new ones first); the store checks them again after the answer, since the log may
/// have changed while the dialog was open.
pub fn purge_with_retention(
    desk: &Desk,
    today: NaiveDate,
    shown: &PurgeCounts,
    confirm: impl FnOnce(&PurgeCounts) -> bool,
) -> Result<PurgeCounts, PurgeError> {
    let checked = shown.shown()?;
    let settings = desk.current_settings();
    match purge_preview(desk, today, &settings) {
        None if !desk.can_save() => return Err(PurgeError::LogClosed),
        Some(now) if &now != shown => return Err(PurgeError::Changed { now }),
        _ => {}
    }
    if !confirm(shown) {
        return Err(PurgeError::Cancelled);
    }
    match &mut *desk.log.lock().unwrap_or_else(|e| e.into_inner()) {
        Log::Writable(store) => store
            .purge_as_shown(today, settings.retention(), checked)
            .map(PurgeCounts::from)
            .map_err(|e| match e {
                StoreError::PurgeChanged { now, .. } => PurgeError::Changed { now: now.into() },
                e => PurgeError::Failed {
                    detail: e.to_string(),
                },
            }),
        Log::Closed => Err(PurgeError::LogClosed),
    }
}

/// Validates the shipped data with the override file as it is on disk now, without touching
/// the content in use (a restart applies a changed file).
pub fn check_data_dir(data_dir: &Path) -> DataCheck {
    let path = data_dir.join(OVERRIDE_FILE);
    let loaded = if path.exists() {
        crate::desk::load_with_override(&path)
    } else {
        App::embedded()
    };
    match loaded {
        Ok(app) => DataCheck::of(&app),
        Err(e) => DataCheck::failed(&e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consult::{first_screen, startup_view, ui_texts, Step};
    use crate::lang::Lang;
    use crate::training::training_debrief_view;
    use madoguchi_core::{Consultation, Facts, Outcome, Record};

    /// A site's file: a shipped entry with another number, and an entry of its own.
    const SITE: &str = "\
[[service]]
id = \"onestop_8891\"
contacts = [{ kind = \"phone\", value = \"000-2222-3333\", languages = [\"ja\"] }]

[[service]]
id = \"prefecture_onestop\"
label = \"Prefectural One-Stop Center\"
refer_with = \"onestop_8891\"
contacts = [{ kind = \"phone\", value = \"000-1111-2222\", languages = [\"ja\"] }]
hours = \"always\"
free_call = \"yes\"
anonymous = \"yes\"
languages = [\"ja\"]
languages_confirmed = true
assured_date = \"2026-04-01\"
assured_by = \"https://example.org/prefecture\"
confidence = \"high\"
sources = [\"https://example.org/prefecture\"]
";

    const BROKEN_SITE: &str = "[[service]]\nid = \"onestop_8891\"\nbogus_key = 1\n";

    /// The person presses Yes when asked to shorten the retention.
    fn confirmed(_from: u32, _to: u32, _preview: Option<&PurgeCounts>) -> bool {
        true
    }

    /// The person presses Yes in the purge dialog.
    fn pressed_yes(_shown: &PurgeCounts) -> bool {
        true
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn request() -> SettingsRequest {
        SettingsRequest {
            desk: "shinjuku-2f".into(),
            staff_lang: "ja-x-plain".into(),
            client_lang: "vi".into(),
            idle_seconds: "45".into(),
            retention_years: "5".into(),
        }
    }

    fn settings_path(dir: &Path) -> std::path::PathBuf {
        dir.join(SETTINGS_FILE)
    }

    /// The files of the data folder other than the log's.
    fn files(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| !n.starts_with(LOG_FILE))
            .collect();
        names.sort();
        names
    }

    #[test]
    fn saved_settings_come_back_on_reopen_and_the_previous_file_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let hand_edited = "# set up by Sato\nidle_seconds = 120 # two minutes\n";
        fs::write(settings_path(dir.path()), hand_edited).unwrap();
        let desk = Desk::open(dir.path());
        assert_eq!(desk.problems, []);
        assert_eq!(desk.current_settings().idle_seconds, 120);

        let view =
            save_settings_request(&desk, &request(), "ja", day(2026, 11, 26), confirmed).unwrap();
        let want = SettingsForm {
            desk: "shinjuku-2f".into(),
            staff_lang: "ja-x-plain".into(),
            client_lang: "vi".into(),
            idle_seconds: 45,
            retention_years: 5,
        };
        assert_eq!(view.settings, want);
        assert_eq!(form(&desk.current_settings()), want, "in force at once");
        assert_eq!(startup_view(&desk).idle_seconds, 45);
        assert_eq!(
            fs::read_to_string(dir.path().join(SETTINGS_BACKUP)).unwrap(),
            hand_edited,
            "the hand-edited file is kept as it was"
        );
        assert_eq!(
            files(dir.path()),
            [SETTINGS_FILE, SETTINGS_BACKUP],
            "no temporary file is left"
        );
        let first = fs::read_to_string(settings_path(dir.path())).unwrap();
        drop(desk);

        // Reopened: the same settings, and the app starts in the saved languages.
        let desk = Desk::open(dir.path());
        assert_eq!(desk.problems, []);
        assert_eq!(form(&desk.current_settings()), want);
        let first_screen = first_screen(&desk);
        assert_eq!(first_screen.startup.staff_lang, "ja-x-plain");
        assert_eq!(first_screen.startup.client_lang, "vi");
        assert_eq!(first_screen.startup.idle_seconds, 45);
        let langs: Vec<&str> = first_screen.texts.keys().map(String::as_str).collect();
        assert_eq!(langs, ["ja", "ja-x-plain", "vi"]);
        let app = desk.app().unwrap();
        assert_eq!(
            first_screen.texts["ja-x-plain"]["settings-title"],
            ui_texts(app, "ja-x-plain")["settings-title"]
        );
        assert_eq!(first_screen.locales, app.locale_views("ja-x-plain"));

        // Saved again: the backup is now the previous save.
        let mut again = request();
        again.desk = String::new();
        let view =
            save_settings_request(&desk, &again, "ja", day(2026, 11, 26), confirmed).unwrap();
        assert_eq!(view.settings.desk, "", "a blank label is no label");
        assert_eq!(desk.current_settings().desk, None);
        assert_eq!(
            fs::read_to_string(dir.path().join(SETTINGS_BACKUP)).unwrap(),
            first
        );
    }

    #[test]
    fn a_fresh_folder_starts_in_the_default_languages() {
        let dir = tempfile::tempdir().unwrap();
        let desk = Desk::open(dir.path());
        let first = first_screen(&desk);
        assert_eq!(first.startup.staff_lang, madoguchi_core::i18n::REFERENCE);
        assert_eq!(first.startup.client_lang, DEFAULT_CLIENT_LANG);
        let view = settings_screen(&desk, "ja", day(2026, 11, 26));
        assert_eq!(view.settings.retention_years, 3);
        assert_eq!(view.settings.desk, "");
        assert!(
            !settings_path(dir.path()).exists(),
            "nothing is written by looking"
        );
    }

    #[test]
    fn each_invalid_field_is_refused_by_field_and_the_file_is_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let desk = Desk::open(dir.path());
        let today = day(2026, 11, 26);
        // Saved twice: there is a file and a backup that must both stay as they are.
        let mut first = request();
        first.idle_seconds = "60".into();
        save_settings_request(&desk, &first, "ja", today, confirmed).unwrap();
        save_settings_request(&desk, &request(), "ja", today, confirmed).unwrap();
        let saved = fs::read(settings_path(dir.path())).unwrap();
        let backup = fs::read(dir.path().join(SETTINGS_BACKUP)).unwrap();
        let in_force = desk.current_settings();
        type Change = fn(&mut SettingsRequest);
        let cases: &[(Change, &str)] = &[
            (|r| r.desk = "090-1234-5678".into(), "desk"),
            (|r| r.desk = "山田".into(), "desk"),
            (|r| r.desk = "x1".repeat(17), "desk"),
            // A person's name, however written: a desk code has a digit, a name none.
            (|r| r.desk = "tanaka".into(), "desk"),
            (|r| r.desk = "Tanaka Hanako".into(), "desk"),
            (|r| r.desk = "hanako-tanaka".into(), "desk"),
            // The free labels of before: capitals and spaces are not a code.
            (|r| r.desk = "Shinjuku 2F".into(), "desk"),
            (|r| r.staff_lang = "xx".into(), "language"),
            (|r| r.client_lang = "en-XA".into(), "language"),
            (|r| r.client_lang = String::new(), "language"),
            (|r| r.idle_seconds = "1".into(), "idle"),
            (|r| r.idle_seconds = "3601".into(), "idle"),
            (|r| r.idle_seconds = "abc".into(), "idle"),
            (|r| r.idle_seconds = String::new(), "idle"),
            (|r| r.idle_seconds = "2.5".into(), "idle"),
            (|r| r.idle_seconds = "-5".into(), "idle"),
            (|r| r.retention_years = "0".into(), "retention"),
            (|r| r.retention_years = "11".into(), "retention"),
            (|r| r.retention_years = "three".into(), "retention"),
        ];
        let app = desk.app().unwrap();
        for (change, field) in cases {
            let mut bad = request();
            change(&mut bad);
            let errors = save_settings_request(&desk, &bad, "ja", today, confirmed).unwrap_err();
            assert_eq!(errors.len(), 1, "{bad:?}: {errors:?}");
            let json = serde_json::to_value(&errors[0]).unwrap();
            assert_eq!(json["field"], *field, "{bad:?}: {errors:?}");
            // The UI words a refused desk label as a desk code (`errorMessage` in Settings.tsx).
            let message = match *field {
                "desk" => "settings-error-desk-code".to_string(),
                other => format!("settings-error-{other}"),
            };
            assert!(
                ui_texts(app, "ja").contains_key(&message),
                "the UI has words for `{field}`"
            );
            assert_eq!(
                fs::read(settings_path(dir.path())).unwrap(),
                saved,
                "{bad:?}"
            );
            assert_eq!(fs::read(dir.path().join(SETTINGS_BACKUP)).unwrap(), backup);
            assert_eq!(desk.current_settings(), in_force, "{bad:?}");
        }
        // The staff and the client language are told apart.
        let mut bad = request();
        bad.staff_lang = "xx".into();
        assert_eq!(
            save_settings_request(&desk, &bad, "ja", today, confirmed).unwrap_err(),
            [SettingsError::Language {
                key: LanguageKey::StaffLang,
                value: "xx".into()
            }]
        );
        // Every wrong field at once, in the form's order.
        let bad = SettingsRequest {
            desk: "Room 12345".into(),
            staff_lang: "ja".into(),
            client_lang: "zz".into(),
            idle_seconds: "0".into(),
            retention_years: "x".into(),
        };
        let fields: Vec<serde_json::Value> =
            save_settings_request(&desk, &bad, "ja", today, confirmed)
                .unwrap_err()
                .iter()
                .map(|e| serde_json::to_value(e).unwrap()["field"].clone())
                .collect();
        assert_eq!(fields, ["desk", "language", "idle", "retention"]);
        assert_eq!(files(dir.path()), [SETTINGS_FILE, SETTINGS_BACKUP]);
    }

    #[test]
    fn a_write_error_names_the_file_and_the_os_error_and_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let desk = Desk::open(dir.path());
        fs::write(settings_path(dir.path()), "idle_seconds = 60\n").unwrap();
        // The temporary file's place is taken by a folder: the write fails there.
        let temp = temp_beside(&settings_path(dir.path()));
        fs::create_dir(&temp).unwrap();
        let errors = save_settings_request(&desk, &request(), "ja", day(2026, 11, 26), confirmed)
            .unwrap_err();
        let [SettingsError::Write { path, detail }] = errors.as_slice() else {
            panic!("{errors:?}");
        };
        assert_eq!(Path::new(path), temp, "{path}");
        assert!(!detail.is_empty());
        assert!(errors[0].to_string().contains(path.as_str()));
        assert_eq!(
            fs::read_to_string(settings_path(dir.path())).unwrap(),
            "idle_seconds = 60\n"
        );
        assert!(!dir.path().join(SETTINGS_BACKUP).exists());
        assert_eq!(desk.current_settings(), Settings::default());
    }

    fn record(app: &App, day: NaiveDate, mode: Mode) -> Record {
        let mut facts = Facts::new();
        facts.insert("danger", "none");
        facts.insert("concern", "labour_problem");
        facts.insert("nationality", "japanese");
        let referrals = app.route(&facts);
        let consultation = Consultation {
            day,
            mode,
            desk: None,
            staff_language: "ja",
            client_language: "en",
            interpreter: false,
            outcome: Outcome::Referred,
            handover_consent: false,
        };
        Record::from_consultation(app, &consultation, &facts, &referrals).unwrap()
    }

    fn seed(desk: &Desk, records: &[(NaiveDate, Mode)]) {
        let app = desk.app().unwrap();
        let mut log = desk.log.lock().unwrap();
        let Log::Writable(store) = &mut *log else {
            panic!("the log is closed");
        };
        for (day, mode) in records {
            store.save(&record(app, *day, *mode)).unwrap();
        }
    }

    fn training_run(desk: &Desk, on: NaiveDate) {
        let step = |q: &str, v: &str| Step {
            question: q.into(),
            values: vec![v.into()],
        };
        let steps = [
            step("danger", "none"),
            step("injured", "no"),
            step("concern", "labour_problem"),
            step("age_group", "adult"),
            step("gender", "male"),
            step("nationality", "foreign"),
            step("residence", "technical_intern"),
        ];
        let (ja, vi) = (Lang::parse("ja").unwrap(), Lang::parse("vi").unwrap());
        let v = crate::desk::View {
            app: desk.app().unwrap(),
            staff: &ja,
            client: &vi,
            today: on,
        };
        let run = training_debrief_view(desk, &v, "lb-intern-wages", &steps).unwrap();
        assert!(run.saved);
    }

    #[test]
    fn the_purge_preview_counts_exactly_what_the_purge_deletes() {
        let dir = tempfile::tempdir().unwrap();
        let desk = Desk::open(dir.path());
        // Three years (the default) before this day's month is 2025-06: records keep their
        // month, so all of June 2025 is kept and May 2025 goes.
        let today = day(2028, 6, 15);
        seed(
            &desk,
            &[
                (day(2024, 3, 1), Mode::Live),
                (day(2025, 5, 31), Mode::Live),
                (day(2025, 1, 1), Mode::Training),
                (day(2025, 6, 15), Mode::Live),
                (day(2028, 6, 15), Mode::Live),
                (day(2026, 2, 2), Mode::Training),
            ],
        );
        training_run(&desk, day(2025, 2, 2));
        training_run(&desk, day(2025, 6, 15));

        let view = settings_screen(&desk, "ja", today);
        assert!(view.log.writable);
        assert_eq!(view.log.records, Some(6));
        let preview = view.purge.unwrap();
        assert_eq!(
            preview,
            PurgeCounts {
                cutoff: "2025-06-01".into(),
                records: 3,
                training_results: 1,
            }
        );
        let done = purge_with_retention(&desk, today, &preview, pressed_yes).unwrap();
        assert_eq!(done, preview, "the purge deletes what the preview said");

        let after = settings_screen(&desk, "ja", today);
        assert_eq!(after.log.records, Some(3));
        let after = after.purge.unwrap();
        assert_eq!((after.records, after.training_results), (0, 0));
        {
            let log = desk.log.lock().unwrap();
            let Log::Writable(store) = &*log else {
                panic!("the log is closed");
            };
            let live: Vec<String> = store
                .recent_records(0, 10, Mode::Live)
                .unwrap()
                .iter()
                .map(|r| r.month().to_string())
                .collect();
            assert_eq!(live, ["2028-06", "2025-06"], "the newer ones stay");
            assert_eq!(store.count(Mode::Training).unwrap(), 1);
            assert_eq!(store.training_count().unwrap(), 1);
        }

        // A shorter retention, once saved, moves the cutoff and the preview with it.
        let mut shorter = request();
        shorter.retention_years = "1".into();
        let view = save_settings_request(&desk, &shorter, "ja", today, confirmed).unwrap();
        let preview = view.purge.unwrap();
        assert_eq!(preview.cutoff, "2027-06-01");
        assert_eq!((preview.records, preview.training_results), (2, 1));
        assert_eq!(
            purge_with_retention(&desk, today, &preview, pressed_yes).unwrap(),
            preview
        );
    }

    #[test]
    fn a_purge_confirmed_before_midnight_deletes_nothing_after_it() {
        let dir = tempfile::tempdir().unwrap();
        let desk = Desk::open(dir.path());
        // Three years before June 2028 is June 2025: kept today, the last day of June, and
        // purged tomorrow, in July.
        let today = day(2028, 6, 30);
        seed(
            &desk,
            &[
                (day(2024, 3, 1), Mode::Live),
                (day(2025, 6, 15), Mode::Live),
            ],
        );
        let preview = settings_screen(&desk, "ja", today).purge.unwrap();
        assert_eq!(preview.records, 1);
        let tomorrow = day(2028, 7, 1);
        let refused = purge_with_retention(&desk, tomorrow, &preview, pressed_yes).unwrap_err();
        let now = settings_screen(&desk, "ja", tomorrow).purge.unwrap();
        assert_eq!(refused, PurgeError::Changed { now: now.clone() });
        assert_eq!((now.cutoff.as_str(), now.records), ("2025-07-01", 2));
        assert_eq!(shell_records(&desk), 2, "nothing was deleted");
        // Confirmed again with the new figures, exactly those go.
        assert_eq!(
            purge_with_retention(&desk, tomorrow, &now, pressed_yes).unwrap(),
            now
        );
        assert_eq!(shell_records(&desk), 0);

        let mut bad = now;
        bad.cutoff = "15/06/2025".into();
        let err = purge_with_retention(&desk, tomorrow, &bad, pressed_yes).unwrap_err();
        assert!(
            matches!(&err, PurgeError::Failed { detail } if detail.contains("`cutoff`")),
            "{err:?}"
        );
    }

    fn shell_records(desk: &Desk) -> u64 {
        let log = desk.log.lock().unwrap();
        let Log::Writable(store) = &*log else {
            panic!("the log is closed");
        };
        store.count(Mode::Live).unwrap() + store.count(Mode::Training).unwrap()
    }

    #[test]
    fn a_closed_log_shows_no_preview_and_refuses_the_purge() {
        let dir = tempfile::tempdir().unwrap();
        let damaged = vec![0x5a_u8; 8192];
        fs::write(dir.path().join(LOG_FILE), &damaged).unwrap();
        let desk = Desk::open(dir.path());
        let view = settings_screen(&desk, "ja", day(2028, 6, 15));
        assert!(!view.log.writable);
        assert_eq!((view.log.records, view.purge), (None, None));
        assert!(view.log.path.ends_with(LOG_FILE));
        let shown = PurgeCounts {
            cutoff: "2025-06-15".into(),
            records: 0,
            training_results: 0,
        };
        assert_eq!(
            purge_with_retention(&desk, day(2028, 6, 15), &shown, pressed_yes),
            Err(PurgeError::LogClosed)
        );
        assert_eq!(fs::read(dir.path().join(LOG_FILE)).unwrap(), damaged);
    }

    #[test]
    fn without_an_override_file_the_checks_count_the_shipped_content() {
        let dir = tempfile::tempdir().unwrap();
        let desk = Desk::open(dir.path());
        let view = settings_screen(&desk, "ja", day(2026, 11, 26));
        assert_eq!(view.override_file.status, OverrideStatus::Absent);
        assert!(view.override_file.path.ends_with(OVERRIDE_FILE));
        let shipped = App::embedded().unwrap();
        let content = shipped.content();
        assert_eq!(
            view.check.counts,
            Some(DataCounts {
                questions: count(content.flow.questions.len()),
                rules: count(content.flow.rules.len()),
                services: count(content.directory.services.len()),
                languages: count(shipped_locales(&shipped).len()),
            })
        );
        assert_eq!(view.check.errors, Vec::<String>::new());
        assert!(view.check.counts.unwrap().questions > 0);
        assert_eq!(check_data_dir(dir.path()), view.check);
    }

    #[test]
    fn a_loaded_override_file_names_what_it_adds_and_changes() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(OVERRIDE_FILE), SITE).unwrap();
        let desk = Desk::open(dir.path());
        assert_eq!(desk.problems, []);
        let view = settings_screen(&desk, "ja", day(2026, 11, 26));
        let OverrideStatus::Loaded { local, changed } = &view.override_file.status else {
            panic!("{:?}", view.override_file);
        };
        let app = desk.app().unwrap();
        assert_eq!(local.len(), 1);
        assert_eq!(local[0].id, "prefecture_onestop");
        assert_eq!(local[0].label, "Prefectural One-Stop Center");
        assert_eq!(changed.len(), 1);
        assert_eq!(changed[0].id, "onestop_8891");
        assert_eq!(
            changed[0].label,
            app.localizer().text("ja", "service-onestop_8891-name")
        );
        let shipped_services = App::embedded().unwrap().content().directory.services.len();
        assert_eq!(
            view.check.counts.unwrap().services,
            count(shipped_services + 1)
        );
        assert_eq!(check_data_dir(dir.path()), view.check);
    }

    #[test]
    fn override_errors_come_with_the_staff_s_words_for_their_kinds() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(
            dir.path().join(OVERRIDE_FILE),
            "[[service]]\nid = \"police_emergency\"\ncontacts = [{ kind = \"dial\", value = \"117\" }]\n\n\
             [[service]]\nid = \"houterasu\"\ncontacts = [{ kind = \"web\", value = \"javascript:alert(1)\" }]\n",
        )
        .unwrap();
        let desk = Desk::open(dir.path());
        let view = settings_screen(&desk, "ja", day(2026, 11, 26));
        let OverrideStatus::Invalid { errors, kinds } = &view.override_file.status else {
            panic!("{:?}", view.override_file);
        };
        assert_eq!(
            kinds,
            &["ui-override-error-emergency", "ui-override-error-entry"]
        );
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(
            errors[0].contains(&format!("{OVERRIDE_FILE}:1:")),
            "{errors:?}"
        );
        assert!(
            errors[1].contains(&format!("{OVERRIDE_FILE}:5:")),
            "{errors:?}"
        );
        let texts = ui_texts(desk.app().unwrap(), "ja");
        for kind in madoguchi_core::OVERRIDE_ERROR_MESSAGES {
            assert!(texts.contains_key(*kind), "the UI has words for {kind}");
        }
        let check = check_data_dir(dir.path());
        assert_eq!(&check.kinds, kinds);
    }

    #[test]
    fn a_broken_override_file_is_listed_with_its_lines_and_checked_again_from_disk() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(OVERRIDE_FILE), BROKEN_SITE).unwrap();
        let desk = Desk::open(dir.path());
        let view = settings_screen(&desk, "ja", day(2026, 11, 26));
        let OverrideStatus::Invalid { errors, .. } = &view.override_file.status else {
            panic!("{:?}", view.override_file);
        };
        assert!(
            errors
                .iter()
                .any(|e| e.contains(&format!("{OVERRIDE_FILE}:3:"))),
            "{errors:?}"
        );
        // The app runs on the shipped content, which passed its checks.
        assert!(view.check.errors.is_empty());
        assert!(view.check.counts.is_some());

        // Checked again: the file on disk fails, with its line.
        let check = check_data_dir(dir.path());
        assert_eq!(check.counts, None);
        assert!(
            check
                .errors
                .iter()
                .any(|e| e.contains(&format!("{OVERRIDE_FILE}:3:"))),
            "{:?}",
            check.errors
        );

        // Fixed on disk: the check passes, and the running content stays as it was.
        fs::write(dir.path().join(OVERRIDE_FILE), SITE).unwrap();
        let check = check_data_dir(dir.path());
        assert_eq!(check.errors, Vec::<String>::new());
        assert_eq!(
            check.counts.unwrap().services,
            view.check.counts.unwrap().services + 1
        );
        assert!(matches!(
            settings_screen(&desk, "ja", day(2026, 11, 26))
                .override_file
                .status,
            OverrideStatus::Invalid { .. }
        ));
    }

    #[test]
    fn a_purge_nobody_confirmed_deletes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let desk = Desk::open(dir.path());
        let today = day(2028, 6, 15);
        seed(
            &desk,
            &[
                (day(2024, 3, 1), Mode::Live),
                (day(2025, 1, 1), Mode::Training),
                (day(2028, 6, 1), Mode::Live),
            ],
        );
        let preview = settings_screen(&desk, "ja", today).purge.unwrap();
        assert_eq!(preview.records, 2);
        // A script calling the command with the preview: the dialog asks with exactly those
        // figures, nobody presses Yes, nothing goes.
        let mut asked = None;
        let refused = purge_with_retention(&desk, today, &preview, |shown| {
            asked = Some(shown.clone());
            false
        });
        assert_eq!(refused, Err(PurgeError::Cancelled));
        assert_eq!(asked.as_ref(), Some(&preview));
        assert_eq!(shell_records(&desk), 3, "nothing was deleted");

        // Figures that are no longer true are refused before anyone is asked.
        let mut stale = preview.clone();
        stale.records = 1;
        let refused = purge_with_retention(&desk, today, &stale, |_| {
            panic!("asked to confirm figures that are not true")
        });
        assert_eq!(
            refused,
            Err(PurgeError::Changed {
                now: preview.clone()
            })
        );
        assert_eq!(shell_records(&desk), 3);
    }

    #[test]
    fn a_shorter_retention_is_saved_only_once_confirmed() {
        let dir = tempfile::tempdir().unwrap();
        let desk = Desk::open(dir.path());
        let today = day(2028, 6, 15);
        seed(
            &desk,
            &[
                (day(2024, 3, 1), Mode::Live),
                (day(2026, 1, 1), Mode::Live),
                (day(2028, 6, 1), Mode::Live),
            ],
        );
        let mut shorter = request();
        shorter.retention_years = "1".into();
        let mut asked = None;
        let refused = save_settings_request(&desk, &shorter, "ja", today, |from, to, preview| {
            asked = Some((from, to, preview.cloned()));
            false
        })
        .unwrap_err();
        assert_eq!(
            refused,
            [SettingsError::RetentionNotConfirmed { value: "1".into() }]
        );
        let json = serde_json::to_value(&refused[0]).unwrap();
        assert!(
            ui_texts(desk.app().unwrap(), "ja").contains_key(&format!(
                "settings-error-{}",
                json["field"].as_str().unwrap()
            )),
            "the UI has words for {json}"
        );
        // Asked with what a purge would then delete: the two records before 2027-06 (retention
        // counts whole months).
        let (from, to, preview) = asked.unwrap();
        assert_eq!((from, to), (3, 1));
        let preview = preview.unwrap();
        assert_eq!(
            (preview.cutoff.as_str(), preview.records),
            ("2027-06-01", 2)
        );
        assert!(!settings_path(dir.path()).exists(), "nothing was written");
        assert_eq!(desk.current_settings(), Settings::default());

        // Confirmed: saved. A longer (or the same) retention deletes nothing more: not asked.
        save_settings_request(&desk, &shorter, "ja", today, confirmed).unwrap();
        assert_eq!(desk.current_settings().retention_years, 1);
        for years in ["1", "4"] {
            let mut longer = request();
            longer.retention_years = years.into();
            save_settings_request(&desk, &longer, "ja", today, |_, _, _| {
                panic!("asked to confirm {years} years")
            })
            .unwrap();
        }
        assert_eq!(shell_records(&desk), 3, "saving deletes nothing by itself");
    }

    #[test]
    fn the_backup_keeps_the_last_good_file() {
        let dir = tempfile::tempdir().unwrap();
        let good = "idle_seconds = 120\nretention_years = 4\n";
        fs::write(settings_path(dir.path()), good).unwrap();
        let desk = Desk::open(dir.path());
        let today = day(2026, 11, 26);
        save_settings_request(&desk, &request(), "ja", today, confirmed).unwrap();
        assert_eq!(
            fs::read_to_string(dir.path().join(SETTINGS_BACKUP)).unwrap(),
            good
        );
        let saved = fs::read_to_string(settings_path(dir.path())).unwrap();

        // The file is broken (by hand, or by anything else): saving again replaces it, and the
        // backup still holds the last file the app could start with.
        for broken in [
            "idle_seconds = \"soon\"\n",
            "retention_years = 0\n",
            "staff_lang = \"xx\"\n",
            "\u{0}\u{1}not toml",
        ] {
            fs::write(settings_path(dir.path()), broken).unwrap();
            save_settings_request(&desk, &request(), "ja", today, confirmed).unwrap();
            assert_eq!(
                fs::read_to_string(dir.path().join(SETTINGS_BACKUP)).unwrap(),
                good,
                "after {broken:?}"
            );
        }
        fs::write(settings_path(dir.path()), [0xff, 0xfe, 0x00]).unwrap();
        save_settings_request(&desk, &request(), "ja", today, confirmed).unwrap();
        assert_eq!(
            fs::read_to_string(dir.path().join(SETTINGS_BACKUP)).unwrap(),
            good
        );
        // A good file in place: it becomes the backup.
        save_settings_request(&desk, &request(), "ja", today, confirmed).unwrap();
        assert_eq!(
            fs::read_to_string(dir.path().join(SETTINGS_BACKUP)).unwrap(),
            saved
        );
        assert_eq!(files(dir.path()), [SETTINGS_FILE, SETTINGS_BACKUP]);
    }
}
