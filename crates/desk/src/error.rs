//! The one error every command answers with: a kind the UI can act on, a `ui.ftl` message id
//! that the UI shows as the headline in the staff language, and the technical detail (file,
//! line, SQLite's words) for whoever looks after the desk. No English text is a headline.

use serde::Serialize;
use ts_rs::TS;

use crate::settings::{PurgeError, SettingsError};

/// Why a command did not do what was asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, TS)]
#[error("{message}: {detail}")]
pub struct CommandError {
    #[serde(flatten)]
    #[ts(flatten)]
    pub kind: ErrorKind,
    /// A message id of `ui.ftl`, shown in the staff language.
    pub message: String,
    /// The technical detail, shown apart (may be empty).
    pub detail: String,
}

/// What kind of failure it is; the Settings screen acts on its own kinds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ErrorKind {
    /// The request names something the app does not have (a question, an option, a case, a
    /// period, a concern): the UI never sends one, a script in the page might.
    Request,
    /// There is no content: the built-in data failed its checks.
    NoContent,
    /// The referral log could not be read or written.
    Log,
    /// Save refused the consultation (consent, no referral, the log closed).
    Save,
    /// The settings form was refused, field by field; nothing was written.
    Settings { fields: Vec<SettingsError> },
    /// The purge was refused; nothing was deleted.
    Purge { purge: PurgeError },
    /// The desktop could not do it (a dialog, printing, a program to open a contact).
    Desktop,
}

impl CommandError {
    pub fn new(kind: ErrorKind, message: &str, detail: impl Into<String>) -> Self {
        CommandError {
            kind,
            message: message.to_string(),
            detail: detail.into(),
        }
    }

    /// A request the app cannot answer: `detail` names what it does not have.
    pub fn request(detail: impl Into<String>) -> Self {
        Self::new(ErrorKind::Request, "ui-error-request", detail)
    }

    /// The log failed (SQLite's words, the file).
    pub fn log(e: impl std::fmt::Display) -> Self {
        Self::new(ErrorKind::Log, "ui-error-log", e.to_string())
    }

    pub fn desktop(detail: impl Into<String>) -> Self {
        Self::new(ErrorKind::Desktop, "ui-error-desktop", detail)
    }

    pub fn save(message: &str, detail: impl Into<String>) -> Self {
        Self::new(ErrorKind::Save, message, detail)
    }

    pub fn settings(fields: Vec<SettingsError>) -> Self {
        let detail = fields
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n");
        Self::new(ErrorKind::Settings { fields }, "ui-error-settings", detail)
    }

    pub fn purge(purge: PurgeError) -> Self {
        let detail = purge.to_string();
        Self::new(ErrorKind::Purge { purge }, "settings-purge-failed", detail)
    }
}

/// The `ui.ftl` messages errors are named by (each must be in every locale; a test checks).
pub const ERROR_MESSAGES: &[&str] = &[
    "ui-error-request",
    "ui-error-no-content",
    "ui-error-log",
    "ui-error-settings",
    "ui-error-desktop",
    "settings-purge-failed",
    "ui-save-error-consent",
    "ui-save-error-no-referral",
    "ui-save-error-data",
    "ui-save-error-log",
    "ui-save-unavailable",
];
