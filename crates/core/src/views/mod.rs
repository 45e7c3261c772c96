//! Views: what the screens show, as serialisable view models with every text already rendered
//! in the staff and the client language — the consultation (questions, referral cards, the
//! slip), the directory screen and the reports screen. Each is a method on [`crate::app::App`].

mod consultation;
mod directory;
mod report;

pub(crate) use consultation::VIEW_MESSAGES;
pub use consultation::{
    AnsweredView, ConsultationView, ContactView, LanguageFitView, LocaleView, OptionView, Progress,
    QuestionText, QuestionView, ReasonView, ReferralText, ReferralView, ServiceCard,
};
pub use directory::{DirectoryEntryView, DirectoryFilter, OpenNow, ServesView, DIRECTORY_MESSAGES};
pub use report::{
    BarChartView, BarView, CategoryView, CellView, LineChartView, PointView, ReportView,
    SeriesView, TableView, REPORT_MESSAGES,
};
