//! The category lists a bundle is written against: the flow's facts with their values and the
//! directory's service ids, as shipped. Their version is the SHA-256 of their canonical JSON
//! (keys sorted, lists in data order), so every desk running the same data agrees, and a hub
//! can refuse bundles whose categories it does not know.

use std::collections::BTreeMap;

use madoguchi_core::App;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryLists {
    /// Each fact of the flow with its values, in the flow's order.
    pub facts: BTreeMap<String, Vec<String>>,
    /// Every service id of the shipped directory, sorted.
    pub services: Vec<String>,
}

impl CategoryLists {
    /// The lists of the data the app was loaded with.
    pub fn of(app: &App) -> CategoryLists {
        let content = app.content();
        let facts = content
            .flow
            .facts
            .iter()
            .map(|f| (f.key.clone(), f.values.clone()))
            .collect();
        let mut services: Vec<String> = content
            .directory
            .services
            .iter()
            .map(|s| s.id.clone())
            .collect();
        services.sort();
        CategoryLists { facts, services }
    }

    /// The canonical JSON the version is the hash of.
    pub fn canonical_json(&self) -> String {
        serde_json::to_string(self).expect("lists serialize")
    }

    /// SHA-256 of [`Self::canonical_json`], lowercase hex.
    pub fn version(&self) -> String {
        hex(&Sha256::digest(self.canonical_json().as_bytes()))
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
