//! The log's model: the anonymized record of a saved consultation, and the statistics published
//! over records so that no hidden count can be worked out. Storage is the store crate's; this
//! room says what a record may hold and what a report may show.

mod record;
mod stats;

pub use record::{
    AgeGroup, Concern, Consultation, DeskLabel, Gender, LanguageTag, Mode, Nationality, Outcome,
    Record, RecordError, RecordId, RecordParts, RecordedReferral, Region, Residence, ServiceId,
    FIRST_DAY, RECORDED_FACTS,
};
pub use stats::{
    fiscal_months, fiscal_year_of, grid_mask, has_room, one_mask, report, with_totals, Cell,
    CountRow, Counts, Dimension, Dimensions, FixedPeriod, Period, Report, StatsError, Table,
    Threshold, YearMonth, HIDDEN, MAX_MONTHS, NOT_APPLICABLE, NO_SERVICE, TOTAL, UNKNOWN_CATEGORY,
};
