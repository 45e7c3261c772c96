//! Synthetic records for tests, benchmarks and demonstrations: deterministic for a seed, with
//! skewed category frequencies so that reports have both large and small cells.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use madoguchi_core::{
    AgeGroup, Concern, DeskLabel, Gender, LanguageTag, Mode, Nationality, Outcome, Priority,
    Record, RecordId, RecordParts, RecordedReferral, Region, Residence, ServiceId, YearMonth,
};

/// A small deterministic generator (SplitMix64).
#[derive(Debug, Clone)]
pub struct Synthetic {
    state: u64,
}

const SERVICES: &[(&str, Priority)] = &[
    ("police_emergency", Priority::Emergency),
    ("onestop_8891", Priority::Urgent),
    ("child_guidance_189", Priority::Urgent),
    ("women_support_center", Priority::Standard),
    ("fresc", Priority::Standard),
    ("houterasu", Priority::Standard),
    ("labour_standards_office", Priority::Standard),
    ("yorisoi_hotline", Priority::Standard),
];

const LANGS: &[&str] = &["ja", "en", "vi", "zh-Hans", "fil", "pt-BR", "ne"];

impl Synthetic {
    pub fn new(seed: u64) -> Synthetic {
        Synthetic {
            state: seed ^ 0x9E37_79B9_7F4A_7C15,
        }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// 0..n
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// Index into `weights`, chosen in proportion to them.
    fn weighted(&mut self, weights: &[u64]) -> usize {
        let total: u64 = weights.iter().sum();
        let mut x = self.below(total);
        for (i, w) in weights.iter().enumerate() {
            if x < *w {
                return i;
            }
            x -= w;
        }
        weights.len() - 1
    }

    fn pick<T: Copy>(&mut self, all: &[T], weights: &[u64]) -> Option<T> {
        // The last weight is "unknown".
        let i = self.weighted(weights);
        all.get(i).copied()
    }

    /// A live or training record saved on a day in `from..=to` (it keeps that day's month).
    pub fn record(&mut self, mode: Mode, from: NaiveDate, to: NaiveDate) -> Record {
        let span = (to - from).num_days().max(0) as u64 + 1;
        let day = from + chrono::Days::new(self.below(span));
        let mut id = [0u8; 16];
        id[..8].copy_from_slice(&self.next_u64().to_le_bytes());
        id[8..].copy_from_slice(&self.next_u64().to_le_bytes());
        let nationality = self.pick(Nationality::ALL, &[60, 35, 5]);
        let foreign = nationality != Some(Nationality::Japanese);
        let region = if foreign {
            self.pick(Region::ALL, &[30, 35, 12, 2, 2, 3, 2, 8, 1, 1, 20])
        } else {
            None
        };
        let residence = if foreign {
            self.pick(Residence::ALL, &[25, 15, 30, 5, 3, 22])
        } else {
            None
        };
        let mut concerns = BTreeSet::new();
        let n_concerns = 1 + self.weighted(&[70, 25, 5]);
        for _ in 0..n_concerns {
            let c = self
                .pick(Concern::ALL, &[4, 4, 15, 10, 2, 3, 25, 15, 10, 4, 8])
                .unwrap_or(Concern::Other);
            concerns.insert(c);
        }
        let danger = self.below(100) < 7;
        let mut referrals = Vec::new();
        let mut used = BTreeSet::new();
        if danger {
            referrals.push(ref_of(SERVICES[0]));
            used.insert(0);
        }
        for _ in 0..1 + self.below(3) {
            let i = 1 + self.below(SERVICES.len() as u64 - 1) as usize;
            if used.insert(i) {
                referrals.push(ref_of(SERVICES[i]));
            }
        }
        let outcome = Outcome::ALL[self.weighted(&[60, 10, 15, 10, 5])];
        let handover_consent = outcome == Outcome::ReferredWithHandover || self.below(10) == 0;
        let client = LANGS[self.weighted(&[50, 12, 12, 10, 6, 6, 4])];
        let parts = RecordParts {
            id: RecordId::from_bytes(id),
            month: YearMonth::of(day),
            mode,
            desk: Some(
                DeskLabel::parse(["desk-1", "desk-2", "ngo-1"][self.weighted(&[6, 3, 1])])
                    .expect("valid label"),
            ),
            staff_language: LanguageTag::parse("ja").expect("valid tag"),
            client_language: LanguageTag::parse(client).expect("valid tag"),
            interpreter: client != "ja" && self.below(3) == 0,
            age_group: self.pick(AgeGroup::ALL, &[20, 75, 5]),
            gender: self.pick(Gender::ALL, &[65, 30, 2, 3]),
            nationality,
            region,
            residence,
            concerns,
            danger,
            referrals,
            outcome,
            handover_consent,
        };
        Record::new(parts).expect("synthetic records are valid")
    }
}

fn ref_of((service, priority): (&str, Priority)) -> RecordedReferral {
    RecordedReferral {
        service: ServiceId::parse(service).expect("valid service id"),
        priority,
    }
}
