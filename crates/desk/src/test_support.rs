//! What the unit tests of several modules share.

use chrono::NaiveDate;

use crate::consult::Step;

/// One answered question, as the webview sends it.
pub fn step(question: &str, values: &[&str]) -> Step {
    Step {
        question: question.into(),
        values: values.iter().map(|v| v.to_string()).collect(),
    }
}

/// The day the tests run on.
pub fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}
