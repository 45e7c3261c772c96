//! A language tag that names a shipped locale, checked once, when a request is read.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use serde::{Deserialize, Deserializer, Serialize};
use ts_rs::TS;

/// A shipped locale's tag (`ja`, `vi`, `ja-x-plain`, the pseudo-locale `en-XA`). A request
/// naming any other is refused when it is deserialised, before a command runs.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, TS)]
pub struct Lang(String);

/// The tags of the locales built into this binary (the pseudo-locale included).
pub fn shipped_tags() -> &'static BTreeSet<String> {
    static TAGS: OnceLock<BTreeSet<String>> = OnceLock::new();
    TAGS.get_or_init(|| {
        let mut tags: BTreeSet<String> = madoguchi_core::ContentFiles::embedded()
            .locales
            .into_iter()
            .map(|l| l.lang)
            .collect();
        tags.insert(madoguchi_core::i18n::PSEUDO.to_string());
        tags
    })
}

/// A tag that is not a shipped locale.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language `{0}`")]
pub struct UnknownLanguage(pub String);

impl Lang {
    pub fn parse(tag: &str) -> Result<Lang, UnknownLanguage> {
        if shipped_tags().contains(tag) {
            Ok(Lang(tag.to_string()))
        } else {
            Err(UnknownLanguage(tag.to_string()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The reference language (Japanese).
    pub fn reference() -> Lang {
        Lang(madoguchi_core::i18n::REFERENCE.to_string())
    }
}

impl std::ops::Deref for Lang {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        let tag = String::deserialize(d)?;
        Lang::parse(&tag).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_shipped_tags_are_read() {
        let app = madoguchi_core::App::embedded().unwrap();
        let tags: BTreeSet<String> = app.localizer().languages().into_iter().collect();
        assert_eq!(&tags, shipped_tags(), "the same as the localizer's");
        let ok: Lang = serde_json::from_str("\"ja-x-plain\"").unwrap();
        assert_eq!(ok.as_str(), "ja-x-plain");
        let e = serde_json::from_str::<Lang>("\"xx\"").unwrap_err();
        assert!(e.to_string().contains("unknown language `xx`"), "{e}");
        assert!(Lang::parse("vi").is_ok() && Lang::parse("").is_err());
    }
}
