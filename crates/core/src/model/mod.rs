//! The data model at the bottom: facts, answers and conditions, the priority of a referral, and
//! the diagnostics every loader reports. It depends on no other room.

mod condition;
mod diagnostic;
mod priority;

pub use condition::{Answer, Answers, Condition, Facts, UNKNOWN};
pub use diagnostic::{is_bidi_control, Diagnostic, Error, OVERRIDE_ERROR_MESSAGES};
pub use priority::Priority;
