//! Language fit: whether a client can use a service in their own language, and through which
//! contact. The directory says which languages each contact is staffed in and which the service
//! interprets itself; this module reads those facts and claims nothing beyond them.

use serde::{Deserialize, Serialize};

use super::directory::Service;

/// How well a service fits the client's language. Ordered: the fit a client can use best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Fit {
    /// A contact is staffed in the client's language.
    Native,
    /// The service itself interprets (e.g. a three-way call).
    Interpreter,
    /// No source says whether the service works in that language.
    Unknown,
    /// The sources say the service works in other languages only.
    None,
}

impl Fit {
    pub fn as_str(self) -> &'static str {
        match self {
            Fit::Native => "native",
            Fit::Interpreter => "interpreter",
            Fit::Unknown => "unknown",
            Fit::None => "none",
        }
    }
}

/// A service's fit for one client language, and the contact to use first in that language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LanguageFit {
    pub fit: Fit,
    /// The value (number, dial code or address) of the contact to use first, when one is known.
    pub contact: Option<String>,
    /// Its position in the service's contacts (for views that mark it); not part of the contract.
    #[serde(skip)]
    pub contact_index: Option<usize>,
}

/// Deprecated ISO 639 codes and the one tag the directory uses instead (IANA language subtag
/// registry, "Preferred-Value"; Tagalog as spoken in Japan's services is written `fil`, the tag the
/// app's Filipino locale uses, so that one filter finds every Filipino-capable service).
const ALIASES: &[(&str, &str)] = &[
    ("tl", "fil"),
    ("in", "id"),
    ("iw", "he"),
    ("ji", "yi"),
    ("jw", "jv"),
    ("mo", "ro"),
];

/// The spoken language of a locale tag: its primary subtag, lower-cased and canonical
/// (`pt-BR` → `pt`, `zh-TW` → `zh`, `ja-x-plain` → `ja`, `tl` → `fil`).
pub fn spoken_language(tag: &str) -> String {
    let primary = tag
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    match ALIASES.iter().find(|(alias, _)| *alias == primary) {
        Some((_, canonical)) => canonical.to_string(),
        None => primary,
    }
}

/// Why a directory language tag is not the one canonical tag, or `None` when it is.
pub fn non_canonical_reason(tag: &str) -> Option<String> {
    let well_formed = (2..=3).contains(&tag.len()) && tag.bytes().all(|b| b.is_ascii_lowercase());
    if !well_formed {
        return Some(format!(
            "`{tag}` is not a language tag the directory uses (an ISO 639 code in lower case, e.g. `vi`, `fil`)"
        ));
    }
    ALIASES
        .iter()
        .find(|(alias, _)| *alias == tag)
        .map(|(_, canonical)| format!("`{tag}` is written `{canonical}` in the directory"))
}

/// The service's fit for a client who speaks `client_tag` (a locale tag).
pub fn language_fit(service: &Service, client_tag: &str) -> LanguageFit {
    let spoken = spoken_language(client_tag);
    if let Some(index) = service
        .contacts
        .iter()
        .position(|c| c.languages.contains(&spoken))
    {
        return LanguageFit {
            fit: Fit::Native,
            contact: Some(service.contacts[index].value.clone()),
            contact_index: Some(index),
        };
    }
    let interprets = service
        .interpretation
        .as_ref()
        .is_some_and(|i| i.languages.contains(&spoken));
    if interprets && !service.contacts.is_empty() {
        return LanguageFit {
            fit: Fit::Interpreter,
            contact: Some(service.contacts[0].value.clone()),
            contact_index: Some(0),
        };
    }
    let fit = if service.languages_confirmed && !service.languages.contains(&spoken) {
        Fit::None
    } else {
        Fit::Unknown
    };
    LanguageFit {
        fit,
        contact: None,
        contact_index: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{
        Availability, Confidence, Contact, ContactKind, Hours, Interpretation,
        InterpretationMethod, Origin,
    };
    use crate::model::Condition;
    use proptest::prelude::*;

    const TAGS: &[&str] = &["ja", "en", "vi", "ne", "fil", "pt", "zh"];
    const CLIENTS: &[&str] = &[
        "ja",
        "ja-x-plain",
        "en",
        "vi",
        "ne",
        "fil",
        "pt-BR",
        "zh-TW",
        "ko",
    ];

    fn any_tags() -> impl Strategy<Value = Vec<String>> {
        proptest::sample::subsequence(TAGS.to_vec(), 0..=TAGS.len())
            .prop_map(|v| v.into_iter().map(str::to_string).collect())
    }

    fn any_service() -> impl Strategy<Value = Service> {
        (
            proptest::collection::vec(any_tags(), 1..4),
            proptest::option::of(any_tags()),
            any_tags(),
            any::<bool>(),
        )
            .prop_map(|(contacts, interpreted, listed, confirmed)| Service {
                id: "s".into(),
                contacts: contacts
                    .into_iter()
                    .enumerate()
                    .map(|(i, languages)| Contact {
                        kind: ContactKind::Phone,
                        value: format!("0120-000-00{i}"),
                        note: None,
                        languages,
                    })
                    .collect(),
                hours: Hours::Always,
                free_call: Availability::Yes,
                anonymous: Availability::Unconfirmed,
                languages: listed,
                languages_confirmed: confirmed,
                interpretation: interpreted.map(|languages| Interpretation {
                    method: InterpretationMethod::ThreeWayCall,
                    languages,
                    note: None,
                }),
                serves: Condition::default(),
                assured_date: chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(),
                assured_by: None,
                confidence: Confidence::High,
                sources: vec![],
                origin: Origin::Shipped,
                file: "t".into(),
                line: 1,
            })
    }

    proptest! {
        /// Whatever the directory says, `native` rests on a contact staffed in the language, and
        /// the contact named is the first such contact.
        #[test]
        fn fit_claims_only_what_the_entry_says(s in any_service(), client in proptest::sample::select(CLIENTS)) {
            let spoken = spoken_language(client);
            let staffed = s.contacts.iter().position(|c| c.languages.contains(&spoken));
            let fit = language_fit(&s, client);
            match fit.fit {
                Fit::Native => {
                    prop_assert_eq!(fit.contact_index, staffed);
                    prop_assert_eq!(fit.contact.as_ref(), Some(&s.contacts[staffed.unwrap()].value));
                }
                Fit::Interpreter => {
                    prop_assert!(staffed.is_none());
                    prop_assert!(s.interpretation.as_ref().unwrap().languages.contains(&spoken));
                    prop_assert_eq!(fit.contact_index, Some(0));
                }
                Fit::None => {
                    prop_assert!(staffed.is_none() && s.languages_confirmed && !s.languages.contains(&spoken));
                    prop_assert!(fit.contact.is_none());
                }
                Fit::Unknown => {
                    prop_assert!(staffed.is_none());
                    prop_assert!(fit.contact.is_none());
                }
            }
            prop_assert_eq!(fit.fit == Fit::Native, staffed.is_some());
        }
    }

    #[test]
    fn spoken_language_is_the_canonical_primary_subtag() {
        assert_eq!(spoken_language("pt-BR"), "pt");
        assert_eq!(spoken_language("zh-TW"), "zh");
        assert_eq!(spoken_language("ja-x-plain"), "ja");
        assert_eq!(spoken_language("tl"), "fil");
        assert_eq!(spoken_language("fil"), "fil");
        assert_eq!(spoken_language("VI"), "vi");
    }

    #[test]
    fn canonical_tags_are_lowercase_iso_codes_without_aliases() {
        assert_eq!(non_canonical_reason("vi"), None);
        assert_eq!(non_canonical_reason("fil"), None);
        assert!(non_canonical_reason("tl").unwrap().contains("`fil`"));
        assert!(non_canonical_reason("pt-BR").is_some());
        assert!(non_canonical_reason("EN").is_some());
        assert!(non_canonical_reason("").is_some());
        assert!(non_canonical_reason("english").is_some());
    }
}
