//! The commands, declared once. [`with_commands!`](crate::with_commands) holds the list: each
//! command's name, its arguments (the fields of its `args::*` struct, which the UI sends by
//! name) and what it answers. From it come the argument structs here, the `#[tauri::command]`s
//! of the desktop shell, the TypeScript client `ui/src/bindings/client.ts` (see `bindings.rs`)
//! and [`call`], which runs a command from JSON as the UI sends it (the tests use it).
//!
//! Each command below is a plain function `fn(&Desk, args::Name) -> Result<_, CommandError>`: a
//! few lines that hand the request to the module that knows the screen.

use std::collections::BTreeMap;

use madoguchi_core::about::About;
use madoguchi_core::{LocaleView, ReferralView};

use crate::consult::{self, ConsultationScreen, FirstScreen, SaveForm};
use crate::desk::Desk;
use crate::directory::{self, DirectoryScreen, RecordsPage};
use crate::error::CommandError;
use crate::reports::{self, ExportOutcome, ReportScreen};
use crate::settings::{self, DataCheck, PurgeCounts, SettingsScreen};
use crate::training::{self, TrainingCases, TrainingDebrief, TrainingStart};

/// The list of commands, handed to `$then!`. Types are named as `madoguchi_desk::prelude`
/// exports them; the argument structs are `madoguchi_desk::commands::args::*`.
#[macro_export]
macro_rules! with_commands {
    ($then:path) => {
        $then! {
            /// The first screen's data in one round trip: the data folder's state (with the
            /// languages to start in), their texts, the language list.
            startup(Startup {}) -> FirstScreen;
            /// The languages offered, with their status in the staff language.
            locales(Locales { staff_lang: Lang }) -> Vec<LocaleView>;
            /// The messages of `ui.ftl` (and the screens' prefixes) in `lang`.
            texts(Texts { lang: Lang }) -> BTreeMap<String, String>;
            /// The consultation screen after the answers so far.
            consultation(Consultation { steps: Vec<Step>, staff_lang: Lang, client_lang: Lang }) -> ConsultationScreen;
            /// The slip's cards in the client language.
            slip(Slip { steps: Vec<Step>, client_lang: Lang }) -> Vec<ReferralView>;
            /// The Save form for the answers given.
            save_form(SaveFormArgs { steps: Vec<Step>, staff_lang: Lang }) -> SaveForm;
            /// Writes one anonymized live record.
            save_consultation(SaveConsultation { request: SaveRequest }) -> ();
            /// The Directory screen: the entries that pass the filters, and the filters' choices.
            directory(Directory { filter: DirectoryQuery, staff_lang: Lang, client_lang: Lang }) -> DirectoryScreen;
            /// One page of the live records, newest first.
            records(Records { page: u32, staff_lang: Lang }) -> RecordsPage;
            /// Opens a directory contact (`tel:` or an official https page), nothing else.
            open_contact(OpenContact { service: String, index: u32 }) -> ();
            /// The trainer's list of cases.
            training_cases(TrainingCasesArgs { staff_lang: Lang }) -> TrainingCases;
            /// A case's vignette in the client and the staff language.
            training_start(TrainingStartArgs { case_id: String, staff_lang: Lang, client_lang: Lang }) -> TrainingStart;
            /// Scores the run and saves its result (a training result, never a record).
            training_debrief(TrainingDebriefArgs { case_id: String, steps: Vec<Step>, staff_lang: Lang, client_lang: Lang }) -> TrainingDebrief;
            /// The Reports screen; `null` asks for the defaults (this fiscal year, by concern).
            report(Report { request: Option<ReportRequest>, staff_lang: Lang }) -> ReportScreen;
            /// Opens the system's save dialog (in Rust) and writes the report there as CSV.
            export_report(ExportReport { request: ReportRequest, staff_lang: Lang }) -> ExportOutcome;
            /// The Settings screen as things stand.
            settings_view(SettingsView { staff_lang: Lang }) -> SettingsScreen;
            /// Saves the form (refused field by field: kind `settings`). A shorter retention is
            /// first confirmed in a native dialog; not confirmed, it is refused as
            /// `retention_not_confirmed`.
            save_settings(SaveSettings { request: SettingsRequest, staff_lang: Lang }) -> SettingsScreen;
            /// Deletes exactly what the preview (`shown`) counted, once a person has pressed Yes
            /// in the native dialog Rust opens; nothing if it changed since (kind `purge`).
            purge_old_records(PurgeOldRecords { shown: PurgeCounts, staff_lang: Lang }) -> PurgeCounts;
            /// Validates the shipped data with the override file on disk now; changes nothing in use.
            check_data(CheckData {}) -> DataCheck;
            /// Creates the site override file from the commented example when there is none
            /// (never over an existing file); the file's path.
            create_override(CreateOverride {}) -> String;
            /// Opens the platform's print dialog for the page (the slip).
            print_page(PrintPage {}) -> ();
            /// This build's version and its data's date (the About section of Settings).
            about(AboutArgs {}) -> About;
        }
    };
}

/// Declares the argument structs of the list.
macro_rules! declare_args {
    ($( $(#[doc = $doc:literal])* $name:ident($args:ident { $($field:ident : $ty:ty),* $(,)? }) -> $ret:ty; )*) => {
        /// The arguments of each command, as the UI sends them (camelCase keys).
        pub mod args {
            #[allow(unused_imports)]
            use $crate::prelude::*;
            $(
                $(#[doc = $doc])*
                #[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
                #[serde(rename_all = "camelCase", deny_unknown_fields)]
                pub struct $args { $(pub $field: $ty),* }
            )*
        }

        /// Runs `command` with its arguments as JSON, as the UI sends them; the answer as JSON.
        pub fn call(
            desk: &Desk,
            command: &str,
            arguments: serde_json::Value,
        ) -> Result<serde_json::Value, CommandError> {
            match command {
                $(stringify!($name) => {
                    let args: args::$args = serde_json::from_value(arguments)
                        .map_err(|e| CommandError::request(format!("{command}: {e}")))?;
                    let answer = $name(desk, args)?;
                    serde_json::to_value(answer).map_err(|e| CommandError::request(e.to_string()))
                })*
                _ => Err(CommandError::request(format!("unknown command `{command}`"))),
            }
        }

        /// Every command's name, in the order of the list.
        pub const NAMES: &[&str] = &[$(stringify!($name)),*];
    };
}

crate::with_commands!(declare_args);

pub fn startup(desk: &Desk, _: args::Startup) -> Result<FirstScreen, CommandError> {
    Ok(consult::first_screen(desk))
}

pub fn locales(desk: &Desk, a: args::Locales) -> Result<Vec<LocaleView>, CommandError> {
    Ok(desk.app()?.locale_views(&a.staff_lang))
}

pub fn texts(desk: &Desk, a: args::Texts) -> Result<BTreeMap<String, String>, CommandError> {
    Ok(consult::ui_texts(desk.app()?, &a.lang))
}

pub fn consultation(
    desk: &Desk,
    a: args::Consultation,
) -> Result<ConsultationScreen, CommandError> {
    let view = desk.view(&a.staff_lang, &a.client_lang)?;
    consult::consultation_screen(&view, &a.steps)
}

pub fn slip(desk: &Desk, a: args::Slip) -> Result<Vec<ReferralView>, CommandError> {
    let app = desk.app()?;
    let answers = consult::answers(app, &a.steps)?;
    Ok(app.slip_view(&answers, &a.client_lang, desk.today()))
}

pub fn save_form(desk: &Desk, a: args::SaveFormArgs) -> Result<SaveForm, CommandError> {
    consult::save_form(desk, desk.app()?, &a.steps, &a.staff_lang)
}

pub fn save_consultation(desk: &Desk, a: args::SaveConsultation) -> Result<(), CommandError> {
    consult::save(desk, &a.request, desk.today())
}

pub fn directory(desk: &Desk, a: args::Directory) -> Result<DirectoryScreen, CommandError> {
    let view = desk.view(&a.staff_lang, &a.client_lang)?;
    let months = desk.current_settings().review_months;
    directory::directory_screen(&view, &a.filter, months)
}

pub fn records(desk: &Desk, a: args::Records) -> Result<RecordsPage, CommandError> {
    directory::records_page(desk, a.page, &a.staff_lang)
}

pub fn open_contact(desk: &Desk, a: args::OpenContact) -> Result<(), CommandError> {
    let index = usize::try_from(a.index).unwrap_or(usize::MAX);
    let url = crate::contact::contact_url(desk.app()?, &a.service, index).ok_or_else(|| {
        CommandError::request(format!(
            "contact {index} of `{}` cannot be opened",
            a.service
        ))
    })?;
    desk.host().open_url(&url).map_err(CommandError::desktop)
}

pub fn training_cases(
    desk: &Desk,
    a: args::TrainingCasesArgs,
) -> Result<TrainingCases, CommandError> {
    training::training_list(desk.app()?, &a.staff_lang)
}

pub fn training_start(
    desk: &Desk,
    a: args::TrainingStartArgs,
) -> Result<TrainingStart, CommandError> {
    let view = desk.view(&a.staff_lang, &a.client_lang)?;
    training::training_vignette(&view, &a.case_id)
}

pub fn training_debrief(
    desk: &Desk,
    a: args::TrainingDebriefArgs,
) -> Result<TrainingDebrief, CommandError> {
    let view = desk.view(&a.staff_lang, &a.client_lang)?;
    training::training_debrief_view(desk, &view, &a.case_id, &a.steps)
}

pub fn report(desk: &Desk, a: args::Report) -> Result<ReportScreen, CommandError> {
    reports::report_screen(desk, a.request, &a.staff_lang, desk.today())
}

pub fn export_report(desk: &Desk, a: args::ExportReport) -> Result<ExportOutcome, CommandError> {
    reports::export_report(desk, &a.request, &a.staff_lang)
}

pub fn settings_view(desk: &Desk, a: args::SettingsView) -> Result<SettingsScreen, CommandError> {
    desk.app()?;
    Ok(settings::settings_screen(desk, &a.staff_lang, desk.today()))
}

pub fn save_settings(desk: &Desk, a: args::SaveSettings) -> Result<SettingsScreen, CommandError> {
    let staff = &a.staff_lang;
    settings::save_settings_request(
        desk,
        &a.request,
        staff,
        desk.today(),
        |from, to, preview| {
            // Without content there are no words to ask with, and nothing shorter is saved.
            desk.app.as_ref().is_some_and(|app| {
                let question =
                    crate::confirm::Question::shorter_retention(app, staff, from, to, preview);
                desk.host().confirm(&question)
            })
        },
    )
    .map_err(CommandError::settings)
}

pub fn purge_old_records(
    desk: &Desk,
    a: args::PurgeOldRecords,
) -> Result<PurgeCounts, CommandError> {
    let app = desk.app()?;
    settings::purge_with_retention(desk, desk.today(), &a.shown, |counts| {
        let question = crate::confirm::Question::purge(app, &a.staff_lang, counts);
        desk.host().confirm(&question)
    })
    .map_err(CommandError::purge)
}

pub fn check_data(desk: &Desk, _: args::CheckData) -> Result<DataCheck, CommandError> {
    let staff = desk.current_settings().staff_lang().to_string();
    Ok(settings::check_data_dir(&desk.data_dir, &staff))
}

pub fn create_override(desk: &Desk, _: args::CreateOverride) -> Result<String, CommandError> {
    settings::create_override(&desk.data_dir).map_err(|e| {
        CommandError::new(
            crate::error::ErrorKind::Desktop,
            "settings-override-create-failed",
            format!(
                "{}: {e}",
                desk.data_dir.join(crate::desk::OVERRIDE_FILE).display()
            ),
        )
    })
}

pub fn print_page(desk: &Desk, _: args::PrintPage) -> Result<(), CommandError> {
    desk.host().print().map_err(CommandError::desktop)
}

pub fn about(_: &Desk, _: args::AboutArgs) -> Result<About, CommandError> {
    Ok(madoguchi_core::about::about())
}
