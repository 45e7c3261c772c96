//! Madoguchi's pure core.
//!
//! Everything that decides where a client is referred lives here, and nothing here knows about
//! Tauri, SQLite or IPC. The content (questions, rules, directory, texts) is data, embedded at
//! build time from `data/` and `locales/` and validated strictly on load.
//!
//! The entry point is [`App`]: load it once ([`App::embedded`] or [`App::load`]), then ask it for
//! the next question ([`App::next_question`]), the referrals for a set of facts ([`App::route`]) and
//! view models with texts in the staff and the client language.

// The rooms, bottom to top: each uses only rooms listed above it (`tests/rooms.rs` checks).
pub mod about; // this build's version and its data's date (`--version`, About)
mod app; // the loaded content and texts front ends hold
pub mod atomic; // writing a file whole or not at all
mod content; // data files: flow, directory, languages, sources, validation
mod engine; // routing: answers → facts → next question; facts → referrals
pub mod i18n; // texts: Fluent bundles per locale
mod load;
mod log; // the log's model: records and published statistics
mod model; // facts, answers, conditions, priority, diagnostics
mod training; // mock consultations and their debrief
mod views; // view models of the screens // loading the app: content and texts checked together

pub use app::{App, FactError};
pub use content::SourceFile;
pub use content::{
    contact_value_problem, is_service_id, Availability, Confidence, Contact, ContactKind,
    Directory, Hours, Interpretation, InterpretationMethod, LocalText, Note, Origin, Service,
    SiteTexts, DEFAULT_REVIEW_MONTHS,
};
pub use content::{create_site_override, site_override_example, Content, ContentFiles, LocaleFile};
pub use content::{language_fit, non_canonical_reason, spoken_language, Fit, LanguageFit};
pub use content::{Contract, Fact, Flow, Question, Rule, ServiceRef};
pub use engine::Referral;
pub use i18n::review;
pub use log::{
    fiscal_months, fiscal_year_of, grid_mask, has_room, one_mask, report, with_totals, Cell,
    CountRow, Counts, Dimension, Dimensions, FixedPeriod, Period, Report, StatsError, Table,
    Threshold, YearMonth, HIDDEN, MAX_MONTHS, NOT_APPLICABLE, NO_SERVICE, TOTAL, UNKNOWN_CATEGORY,
};
pub use log::{
    AgeGroup, Concern, Consultation, DeskLabel, Gender, LanguageTag, Mode, Nationality, Outcome,
    Record, RecordError, RecordId, RecordParts, RecordedReferral, Region, Residence, ServiceId,
    FIRST_DAY, RECORDED_FACTS,
};
pub use model::{Answer, Answers, Condition, Facts, UNKNOWN};
pub use model::{
    Diagnostic, DiagnosticText, Error, Priority, OVERRIDE_ERROR_MESSAGES, OVERRIDE_MESSAGES,
};
pub use training::{
    case_files_in, check_cases, embedded_case_files, Case, CaseSummary, Cases, Debrief,
    DebriefView, Difficulty, EmergencyCheck, EmergencyStatus, EmergencyView, ExpectedView,
    LocalizedText, MatteredQuestion, MatteredView, Score, ServiceLine, TrainingResult,
    TrainingRoute, WhyView, NOTES_LANGUAGES, TRAINING_MESSAGES, VIGNETTE_LANGUAGES,
};
pub use views::{
    AnsweredView, ConsultationView, ContactView, JapaneseOnlyView, LanguageFitView, LocaleView,
    OptionView, Progress, QuestionText, QuestionView, ReasonView, ReferralText, ReferralView,
    ServiceCard,
};
pub use views::{
    BarChartView, BarView, CategoryView, CellView, LineChartView, PointView, ReportView,
    SeriesView, TableView, REPORT_MESSAGES,
};
pub use views::{DirectoryEntryView, DirectoryFilter, OpenNow, ServesView, DIRECTORY_MESSAGES};
