//! What Madoguchi's desk does, whatever shows it: startup, consultation, slip, save, directory,
//! records, reports, settings, purge, training. Each command is a plain function
//! `fn(&Desk, args::Name) -> Result<Answer, CommandError>` ([`commands`]) over a [`Desk`] —
//! the content, the log, the settings, today's date and a [`Host`] for native dialogs. It knows
//! nothing of Tauri: the desktop shell (`src-tauri`) only adapts it, and its tests run without
//! a display.
//!
//! The commands are declared once ([`with_commands!`]); the shell's `#[tauri::command]`s and
//! the UI's TypeScript client are generated from that list.

pub mod bindings;
pub mod commands;
pub mod confirm;
pub mod consult;
pub mod contact;
pub mod desk;
pub mod directory;
pub mod error;
pub mod lang;
pub mod reports;
pub mod settings;
#[cfg(test)]
mod test_support;
pub mod training;

pub use desk::{Desk, Headless, Host, Log, Problem, SaveDialog, View};
pub use error::{CommandError, ErrorKind};
pub use lang::Lang;

/// The names the list of commands uses for its types.
pub mod prelude {
    pub use std::collections::BTreeMap;

    pub use madoguchi_core::about::About;
    pub use madoguchi_core::{LocaleView, ReferralView};

    pub use crate::consult::{ConsultationScreen, FirstScreen, SaveForm, SaveRequest, Step};
    pub use crate::directory::{DirectoryQuery, DirectoryScreen, RecordsPage};
    pub use crate::error::CommandError;
    pub use crate::lang::Lang;
    pub use crate::reports::{ExportOutcome, ReportRequest, ReportScreen};
    pub use crate::settings::{DataCheck, PurgeCounts, SettingsRequest, SettingsScreen};
    pub use crate::training::{TrainingCases, TrainingDebrief, TrainingStart};
}
