//! Content: the data files and how they are read — the flow and its rules, the directory of
//! services (and a site's override of it), the languages services work in, and the checks that
//! make every loaded file trustworthy. Everything here is parsed from `data/` and `locales/` and
//! validated strictly; nothing here routes or renders.

mod directory;
mod files;
mod flow;
mod language;
mod load;
mod source;
mod validate;

pub use directory::{
    contact_value_problem, is_service_id, Availability, Confidence, Contact, ContactKind,
    Directory, Hours, Interpretation, InterpretationMethod, Origin, Service,
};
pub use files::{ContentFiles, LocaleFile, LOCALE_INFO_FILE, REVIEW_FILE};
pub use flow::{Contract, Fact, Flow, Question, Rule, ServiceRef};
pub use language::{language_fit, non_canonical_reason, spoken_language, Fit, LanguageFit};
pub use source::SourceFile;
pub(crate) use validate::source_is_well_formed;

/// The parsed and validated routing content.
#[derive(Debug, Clone)]
pub struct Content {
    pub contract: Contract,
    pub flow: Flow,
    pub directory: Directory,
}
