//! Madoguchi's pure core.
//!
//! Everything that decides where a client is referred lives here, and nothing here knows about
//! Tauri, SQLite or IPC. The content (questions, rules, directory, texts) is data, embedded at
//! build time from `data/` and `locales/` and validated strictly on load.
//!
//! The entry point is [`App`]: load it once ([`App::embedded`] or [`App::load`]), then ask it for
//! the next question ([`App::next_question`]), the referrals for a set of facts ([`App::route`]) and
//! view models with texts in the staff and the client language.

pub mod about;
mod app;
mod condition;
mod content;
mod diagnostic;
mod directory;
mod directory_view;
mod engine;
mod flow;
pub mod i18n;
mod language;
mod record;
mod report_view;
mod source;
mod stats;
mod training;
mod validate;
mod view;

pub use app::{App, FactError};
pub use condition::{Answer, Answers, Condition, Facts, UNKNOWN};
pub use content::{Content, ContentFiles, LocaleFile};
pub use diagnostic::{Diagnostic, Error, OVERRIDE_ERROR_MESSAGES};
pub use directory::{
    contact_value_problem, is_service_id, Availability, Confidence, Contact, ContactKind,
    Directory, Hours, Interpretation, InterpretationMethod, Origin, Service,
};
pub use directory_view::{
    DirectoryEntryView, DirectoryFilter, OpenNow, ServesView, DIRECTORY_MESSAGES,
};
pub use engine::{Priority, Referral};
pub use flow::{Contract, Fact, Flow, Question, Rule, ServiceRef};
pub use language::{language_fit, non_canonical_reason, spoken_language, Fit, LanguageFit};
pub use record::{
    AgeGroup, Concern, Consultation, DeskLabel, Gender, LanguageTag, Mode, Nationality, Outcome,
    Record, RecordError, RecordId, RecordParts, RecordedReferral, Region, Residence, ServiceId,
    FIRST_DAY, RECORDED_FACTS,
};
pub use report_view::{
    BarChartView, BarView, CategoryView, CellView, LineChartView, PointView, ReportView,
    SeriesView, TableView, REPORT_MESSAGES,
};
pub use source::SourceFile;
pub use stats::{
    fiscal_months, fiscal_year_of, grid_mask, has_room, one_mask, report, with_totals, Cell,
    CountRow, Counts, Dimension, Dimensions, FixedPeriod, Period, Report, StatsError, Table,
    Threshold, YearMonth, HIDDEN, MAX_MONTHS, NOT_APPLICABLE, NO_SERVICE, TOTAL, UNKNOWN_CATEGORY,
};
pub use training::{
    case_files_in, check_cases, embedded_case_files, Case, CaseSummary, Cases, Debrief,
    DebriefView, Difficulty, EmergencyCheck, EmergencyStatus, EmergencyView, ExpectedView,
    LocalizedText, MatteredQuestion, MatteredView, Score, ServiceLine, TrainingResult,
    TrainingRoute, WhyView, NOTES_LANGUAGES, TRAINING_MESSAGES, VIGNETTE_LANGUAGES,
};
pub use view::{
    AnsweredView, ConsultationView, ContactView, LanguageFitView, LocaleView, OptionView, Progress,
    QuestionText, QuestionView, ReasonView, ReferralText, ReferralView, ServiceCard,
};
