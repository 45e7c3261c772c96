//! The anonymized record of one saved consultation.
//!
//! A [`Record`] holds coarse categories only: no name, contact, address, birth date or free text
//! can be put into one, because every field is an enum, a bool, a month (not the day: at a small
//! desk, a day beside rare categories is one person), or a short code checked against a strict
//! pattern. The store's schema repeats every restriction as a
//! `CHECK` constraint, so a row written by other code is held to the same shapes.
//!
//! Build records with [`Record::from_consultation`]: it reads the categories from the routing
//! [`Facts`], checks the languages and services against the loaded [`App`], and is what the desktop
//! app and the CLI both call, so they record consultations the same way.

use std::collections::BTreeSet;
use std::fmt;

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use super::stats::YearMonth;
use crate::app::App;
use crate::engine::Referral;
use crate::model::{Facts, Priority};

/// Why a record could not be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecordError {
    #[error(
        "desk label `{0}` is not a desk code: use 1 to {max} lowercase letters a-z, digits and \
         hyphens, starting with a letter or digit, with at least one and at most {digits} digits \
         (`shinjuku-2f`, `window-3`); never a person's name",
        max = DeskLabel::MAX_LEN,
        digits = DeskLabel::MAX_DIGITS
    )]
    DeskLabel(String),
    #[error(
        "`{0}` is not a language tag of the form `ll`, `lll`, `ll-RR`, `ll-Scri` or `ll-Scri-RR`"
    )]
    LanguageShape(String),
    #[error("language `{0}` is not one of the shipped locales")]
    LanguageNotShipped(String),
    #[error(
        "`{0}` is not a service id (lowercase ASCII letters, digits and `_`, starting with a letter, \
         at most {max} characters)",
        max = ServiceId::MAX_LEN
    )]
    ServiceShape(String),
    #[error("service `{0}` is not in the directory")]
    ServiceUnknown(String),
    #[error("service `{0}` is referred twice")]
    ServiceTwice(String),
    #[error("fact `{key}` has value `{value}`, which the record does not know")]
    FactValue { key: String, value: String },
    #[error("fact `{key}` holds several values but takes one")]
    FactSeveral { key: String },
    #[error("a Japanese client has no nationality region or status of residence")]
    ForeignOnly,
    #[error("outcome `{0}` needs at least one referral")]
    OutcomeWithoutReferral(Outcome),
    #[error("outcome `referred_with_handover` needs the client's consent to the handover")]
    HandoverWithoutConsent,
    #[error("`{0}` is not a record id (32 lowercase hexadecimal digits)")]
    Id(String),
    #[error("no random id could be made: {0}")]
    Random(String),
    #[error("month {0} is before {first}, the first month a record can have", first = YearMonth::of(FIRST_DAY))]
    MonthTooEarly(YearMonth),
}

/// No record is older than this day (the software did not exist before it). It keeps the day
/// column from holding the birth date of anyone born earlier.
pub const FIRST_DAY: NaiveDate = match NaiveDate::from_ymd_opt(2024, 1, 1) {
    Some(d) => d,
    None => panic!("valid date"),
};

/// A random 128-bit id. Random, not sequential, so ids reveal nothing about the order in which
/// consultations were saved.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RecordId([u8; 16]);

impl RecordId {
    /// A fresh id from the operating system's random source.
    pub fn random() -> Result<RecordId, RecordError> {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).map_err(|e| RecordError::Random(e.to_string()))?;
        Ok(RecordId(bytes))
    }

    pub fn from_bytes(bytes: [u8; 16]) -> RecordId {
        RecordId(bytes)
    }

    /// Parses the 32-digit lowercase hex form that [`RecordId::to_hex`] writes.
    pub fn parse(hex: &str) -> Result<RecordId, RecordError> {
        let err = || RecordError::Id(hex.chars().take(40).collect());
        if hex.len() != 32 || !hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
            return Err(err());
        }
        let mut bytes = [0u8; 16];
        for (i, byte) in bytes.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).map_err(|_| err())?;
        }
        Ok(RecordId(bytes))
    }

    pub fn to_hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }
}

impl fmt::Display for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl fmt::Debug for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RecordId({})", self.to_hex())
    }
}

macro_rules! categories {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            /// Every value, in the order reports list them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The ids of [`Self::ALL`], as stored and as the flow names them.
            pub const IDS: &'static [&'static str] = &[$($id),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $id),+
                }
            }

            pub fn parse(id: &str) -> Option<$name> {
                match id {
                    $($id => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}

categories! {
    /// A real consultation, or a mock one run by a trainer. Training records never count in
    /// statistics.
    Mode { Live = "live", Training = "training" }
}

categories! {
    /// Fact `age_group`: child = under 18.
    AgeGroup { Child = "child", Adult = "adult" }
}

categories! {
    /// Fact `gender`, as the person affected describes themself.
    Gender { Female = "female", Male = "male", Other = "other" }
}

categories! {
    /// Fact `nationality`.
    Nationality { Japanese = "japanese", Foreign = "foreign" }
}

categories! {
    /// Fact `region`: the region group of a foreign client's nationality, never the country.
    Region {
        EastAsia = "east_asia",
        SoutheastAsia = "southeast_asia",
        SouthAsia = "south_asia",
        CentralAsia = "central_asia",
        MiddleEast = "middle_east",
        Europe = "europe",
        NorthAmerica = "north_america",
        LatinAmerica = "latin_america",
        Africa = "africa",
        Oceania = "oceania",
    }
}

categories! {
    /// Fact `residence`: status of residence category (foreign clients only).
    Residence {
        TechnicalIntern = "technical_intern",
        SkilledWorker = "skilled_worker",
        OtherStatus = "other_status",
        NoStatus = "no_status",
        RefugeeApplicant = "refugee_applicant",
    }
}

categories! {
    /// Fact `concern` (several allowed).
    Concern {
        TraffickingSexual = "trafficking_sexual",
        TraffickingLabour = "trafficking_labour",
        SexualViolence = "sexual_violence",
        ChildAbuse = "child_abuse",
        ChildSexualExploitation = "child_sexual_exploitation",
        OnlineSexualImages = "online_sexual_images",
        DomesticViolence = "domestic_violence",
        LabourProblem = "labour_problem",
        ResidenceProblem = "residence_problem",
        Discrimination = "discrimination",
        Other = "other",
    }
}

categories! {
    /// How the consultation ended.
    Outcome {
        Referred = "referred",
        ReferredWithHandover = "referred_with_handover",
        InformationOnly = "information_only",
        ClientDeclined = "client_declined",
        Interrupted = "interrupted",
    }
}

/// The desk that saved the record: a code the coordinator gives each desk (`shinjuku-2f`,
/// `window-3`, `ngo-desk-1`). Lowercase ASCII letters, digits and hyphens, at most
/// [`DeskLabel::MAX_LEN`] characters, with at least one digit and at most
/// [`DeskLabel::MAX_DIGITS`]: a person's name (`tanaka`, `Hanako Tanaka`, `tanaka-hanako`) does
/// not fit, and neither does a phone number or a date.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DeskLabel(String);

impl DeskLabel {
    pub const MAX_LEN: usize = 32;
    pub const MAX_DIGITS: usize = 4;

    pub fn parse(label: &str) -> Result<DeskLabel, RecordError> {
        let err = || RecordError::DeskLabel(label.chars().take(60).collect());
        let bytes = label.as_bytes();
        let charset = bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-');
        let first_ok = bytes
            .first()
            .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
        let digits = bytes.iter().filter(|b| b.is_ascii_digit()).count();
        // A code numbers a desk; a name has no digit. The digit is what keeps `tanaka` out.
        if !charset
            || !first_ok
            || bytes.len() > Self::MAX_LEN
            || digits == 0
            || digits > Self::MAX_DIGITS
        {
            return Err(err());
        }
        Ok(DeskLabel(label.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A locale tag of a fixed shape: `ll`, `lll`, `ll-RR`, `ll-Scri`, `ll-Scri-RR` (also with a
/// three-letter language), optionally followed by one private-use subtag `-x-` and 1 to 8
/// lowercase letters (`ja-x-plain`, plain Japanese). Whether it is a shipped locale is checked
/// against the [`App`] in [`Record::from_consultation`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LanguageTag(String);

impl LanguageTag {
    /// The longest private-use subtag (after `-x-`) taken.
    pub const MAX_PRIVATE_USE_LEN: usize = 8;

    pub fn parse(tag: &str) -> Result<LanguageTag, RecordError> {
        // One private-use subtag at the end: `-x-` and 1 to 8 lowercase letters, nothing after.
        let (base, private_ok) = match tag.split_once("-x-") {
            Some((base, private)) => (
                base,
                (1..=Self::MAX_PRIVATE_USE_LEN).contains(&private.len())
                    && private.bytes().all(|b| b.is_ascii_lowercase()),
            ),
            None => (tag, true),
        };
        let mut parts = base.split('-');
        let lang = parts.next().unwrap_or("");
        let lang_ok = (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase());
        let mut ok = lang_ok && private_ok;
        let mut seen_script = false;
        let mut seen_region = false;
        for part in parts {
            let b = part.as_bytes();
            let script = b.len() == 4
                && b[0].is_ascii_uppercase()
                && b[1..].iter().all(u8::is_ascii_lowercase);
            let region = b.len() == 2 && b.iter().all(u8::is_ascii_uppercase);
            if script && !seen_script && !seen_region {
                seen_script = true;
            } else if region && !seen_region {
                seen_region = true;
            } else {
                ok = false;
            }
        }
        if ok {
            Ok(LanguageTag(tag.to_string()))
        } else {
            Err(RecordError::LanguageShape(tag.chars().take(40).collect()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A directory service id: lowercase ASCII letters, digits and `_`, starting with a letter.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ServiceId(String);

impl ServiceId {
    pub const MAX_LEN: usize = 48;

    pub fn parse(id: &str) -> Result<ServiceId, RecordError> {
        let b = id.as_bytes();
        let ok = !b.is_empty()
            && b.len() <= Self::MAX_LEN
            && b[0].is_ascii_lowercase()
            && b.iter()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'_');
        if ok {
            Ok(ServiceId(id.to_string()))
        } else {
            Err(RecordError::ServiceShape(id.chars().take(60).collect()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One referral as recorded: the service and its priority (not the rules: they are derivable
/// from the data version and say nothing the statistics need).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedReferral {
    pub service: ServiceId,
    pub priority: Priority,
}

/// Everything a record holds. Build a [`Record`] from it with [`Record::new`], which checks the
/// rules between fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordParts {
    pub id: RecordId,
    /// The month the consultation was saved in (never the day).
    pub month: YearMonth,
    pub mode: Mode,
    pub desk: Option<DeskLabel>,
    pub staff_language: LanguageTag,
    pub client_language: LanguageTag,
    pub interpreter: bool,
    pub age_group: Option<AgeGroup>,
    pub gender: Option<Gender>,
    pub nationality: Option<Nationality>,
    /// Only for a foreign client (or one whose nationality is unknown).
    pub region: Option<Region>,
    /// Only for a foreign client (or one whose nationality is unknown).
    pub residence: Option<Residence>,
    pub concerns: BTreeSet<Concern>,
    /// `danger=immediate` was answered.
    pub danger: bool,
    /// In routing order; each service once.
    pub referrals: Vec<RecordedReferral>,
    pub outcome: Outcome,
    pub handover_consent: bool,
}

/// One anonymized consultation record. Its fields can only be read; [`Record::new`] and
/// [`Record::from_consultation`] check every rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record(RecordParts);

/// What the counter knows about a consultation besides the facts and the referrals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consultation<'a> {
    /// Today, in the desk's time zone (the caller reads the clock; core does not).
    pub day: NaiveDate,
    pub mode: Mode,
    pub desk: Option<&'a str>,
    pub staff_language: &'a str,
    pub client_language: &'a str,
    pub interpreter: bool,
    pub outcome: Outcome,
    pub handover_consent: bool,
}

impl Record {
    /// Checks the rules between fields: a Japanese client has no region or residence status,
    /// the month is not before that of [`FIRST_DAY`], a "referred" outcome has referrals, a handover has consent, no service twice.
    pub fn new(parts: RecordParts) -> Result<Record, RecordError> {
        if parts.month < YearMonth::of(FIRST_DAY) {
            return Err(RecordError::MonthTooEarly(parts.month));
        }
        if parts.nationality == Some(Nationality::Japanese)
            && (parts.region.is_some() || parts.residence.is_some())
        {
            return Err(RecordError::ForeignOnly);
        }
        if matches!(
            parts.outcome,
            Outcome::Referred | Outcome::ReferredWithHandover
        ) && parts.referrals.is_empty()
        {
            return Err(RecordError::OutcomeWithoutReferral(parts.outcome));
        }
        if parts.outcome == Outcome::ReferredWithHandover && !parts.handover_consent {
            return Err(RecordError::HandoverWithoutConsent);
        }
        let mut seen = BTreeSet::new();
        for r in &parts.referrals {
            if !seen.insert(r.service.as_str()) {
                return Err(RecordError::ServiceTwice(r.service.as_str().to_string()));
            }
        }
        Ok(Record(parts))
    }

    /// The record of a consultation: categories from the facts (a fact not known is `None`;
    /// facts the record does not keep are dropped), the referrals as routed, languages and
    /// services checked against `app`. The id is fresh and random.
    pub fn from_consultation(
        app: &App,
        consultation: &Consultation<'_>,
        facts: &Facts,
        referrals: &[Referral],
    ) -> Result<Record, RecordError> {
        let language = |tag: &str| {
            let parsed = LanguageTag::parse(tag)?;
            if app.localizer().has_language(tag) {
                Ok(parsed)
            } else {
                Err(RecordError::LanguageNotShipped(tag.to_string()))
            }
        };
        let mut recorded = Vec::with_capacity(referrals.len());
        for r in referrals {
            let service = ServiceId::parse(&r.service)?;
            if app.content().directory.service(&r.service).is_none() {
                return Err(RecordError::ServiceUnknown(r.service.clone()));
            }
            recorded.push(RecordedReferral {
                service,
                priority: r.priority,
            });
        }
        let concerns = match facts.get("concern") {
            None => BTreeSet::new(),
            Some(values) => values
                .iter()
                .map(|v| {
                    Concern::parse(v).ok_or_else(|| RecordError::FactValue {
                        key: "concern".into(),
                        value: v.clone(),
                    })
                })
                .collect::<Result<_, _>>()?,
        };
        Record::new(RecordParts {
            id: RecordId::random()?,
            month: YearMonth::of(consultation.day),
            mode: consultation.mode,
            desk: consultation.desk.map(DeskLabel::parse).transpose()?,
            staff_language: language(consultation.staff_language)?,
            client_language: language(consultation.client_language)?,
            interpreter: consultation.interpreter,
            age_group: single(facts, "age_group", AgeGroup::parse)?,
            gender: single(facts, "gender", Gender::parse)?,
            nationality: single(facts, "nationality", Nationality::parse)?,
            region: single(facts, "region", Region::parse)?,
            residence: single(facts, "residence", Residence::parse)?,
            concerns,
            danger: facts.has("danger", "immediate"),
            referrals: recorded,
            outcome: consultation.outcome,
            handover_consent: consultation.handover_consent,
        })
    }

    pub fn parts(&self) -> &RecordParts {
        &self.0
    }

    pub fn into_parts(self) -> RecordParts {
        self.0
    }

    pub fn id(&self) -> RecordId {
        self.0.id
    }

    pub fn month(&self) -> YearMonth {
        self.0.month
    }

    pub fn mode(&self) -> Mode {
        self.0.mode
    }
}

/// The one value of a single-valued fact, parsed; `None` when unknown.
fn single<T>(
    facts: &Facts,
    key: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> Result<Option<T>, RecordError> {
    let Some(values) = facts.get(key) else {
        return Ok(None);
    };
    let mut it = values.iter();
    let (Some(value), None) = (it.next(), it.next()) else {
        return Err(RecordError::FactSeveral { key: key.into() });
    };
    parse(value)
        .map(Some)
        .ok_or_else(|| RecordError::FactValue {
            key: key.into(),
            value: value.clone(),
        })
}

/// The facts a record keeps, with the ids of their values: tests check these against the flow.
pub const RECORDED_FACTS: &[(&str, &[&str])] = &[
    ("age_group", AgeGroup::IDS),
    ("gender", Gender::IDS),
    ("nationality", Nationality::IDS),
    ("region", Region::IDS),
    ("residence", Residence::IDS),
    ("concern", Concern::IDS),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_not_sequential() {
        let a = RecordId::random().unwrap();
        let b = RecordId::random().unwrap();
        assert_ne!(a, b);
        assert_eq!(RecordId::parse(&a.to_hex()).unwrap(), a);
        assert!(RecordId::parse("0123").is_err());
        assert!(RecordId::parse(&"G".repeat(32)).is_err());
        assert!(RecordId::parse(&"A".repeat(32)).is_err());
    }

    #[test]
    fn desk_labels_are_codes_that_cannot_hold_a_name() {
        for ok in ["shinjuku-2f", "ngo-desk-3", "window-1", "desk-2024", "3"] {
            assert!(DeskLabel::parse(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            " leading space",
            "-dash",
            "090-1234-5678",
            "Desk 1990-04-01",
            "call 09012345678",
            "a@example.com",
            "山田花子",
            "Tanaka, Hanako",
            "line\nbreak",
            &"x".repeat(33),
            // Names, however written, have no digit.
            "tanaka",
            "hanako-tanaka",
            "Tanaka Hanako",
            "nguyen-thi-lan",
            // The old free labels: capitals and spaces are no longer taken.
            "Shinjuku 2F",
            "Desk A",
        ] {
            assert!(DeskLabel::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn language_tags_have_a_fixed_shape() {
        for ok in [
            "ja",
            "vi",
            "fil",
            "pt-BR",
            "zh-Hans",
            "zh-Hant-TW",
            "en-XA",
            "ja-x-plain",
            "ja-x-p",
            "ja-x-abcdefgh",
            "fil-x-plain",
            "pt-BR-x-plain",
            "zh-Hans-x-plain",
            "zh-Hant-TW-x-plain",
        ] {
            assert!(LanguageTag::parse(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "j",
            "JA",
            "jpan",
            "ja-",
            "ja-jp",
            "pt-BR-BR",
            "en-XA-Latn",
            "ja jp",
            // private use: `-x-` and one subtag of 1 to 8 lowercase letters, last
            "ja-x-",
            "ja-x",
            "x-plain",
            "-x-plain",
            "j-x-plain",
            "ja--x-plain",
            "ja-X-plain",
            "ja-x-Plain",
            "ja-x-PLAIN",
            "ja-x-plain1",
            "ja-x-pl ain",
            "ja-x-plain-",
            "ja-x-abcdefghi",
            "ja-x-plain-JP",
            "ja-x-plain-easy",
            "ja-x-plain-x-easy",
            "ja-x-x-plain",
            "ja-y-plain",
            "ja-x-すい",
            "ja-x-plain\n",
        ] {
            assert!(LanguageTag::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn service_ids_have_a_fixed_shape() {
        assert!(ServiceId::parse("onestop_8891").is_ok());
        for bad in ["", "8891", "Onestop", "one stop", "a-b", &"a".repeat(49)] {
            assert!(ServiceId::parse(bad).is_err(), "{bad}");
        }
    }
}
