//! How soon a client should contact a service: the one ordering every room shares.

use serde::{Deserialize, Serialize};

/// How soon the client should contact a service. Ordered: emergency first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    Emergency,
    Urgent,
    Standard,
}

impl Priority {
    pub const ALL: [Priority; 3] = [Priority::Emergency, Priority::Urgent, Priority::Standard];

    pub fn as_str(self) -> &'static str {
        match self {
            Priority::Emergency => "emergency",
            Priority::Urgent => "urgent",
            Priority::Standard => "standard",
        }
    }
}
