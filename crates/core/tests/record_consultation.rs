//! Records built from consultations: categories from the routing facts, checks against the
//! loaded content, and the record's categories in step with the flow.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use madoguchi_core::{
    AgeGroup, App, Concern, Consultation, Facts, Gender, Mode, Nationality, Outcome, Priority,
    Record, RecordError, Referral, Residence, RECORDED_FACTS,
};
use proptest::prelude::*;

fn app() -> &'static App {
    static APP: std::sync::OnceLock<App> = std::sync::OnceLock::new();
    APP.get_or_init(|| App::embedded().unwrap_or_else(|e| panic!("{e}")))
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 5, 12).unwrap()
}

fn consultation() -> Consultation<'static> {
    Consultation {
        day: day(),
        mode: Mode::Live,
        desk: Some("desk-1"),
        staff_language: "ja",
        client_language: "en",
        interpreter: false,
        outcome: Outcome::Referred,
        handover_consent: false,
    }
}

fn facts(app: &App, pairs: &[(&str, &str)]) -> Facts {
    let mut f = Facts::new();
    for (k, v) in pairs {
        app.add_fact(&mut f, k, v).expect("valid fact");
    }
    f
}

#[test]
fn the_record_keeps_the_categories_and_the_referrals() {
    let app = app();
    let f = facts(
        app,
        &[
            ("danger", "immediate"),
            ("concern", "trafficking_labour"),
            ("concern", "labour_problem"),
            ("age_group", "adult"),
            ("gender", "male"),
            ("nationality", "foreign"),
            ("residence", "technical_intern"),
            ("police", "no"),
        ],
    );
    let referrals = app.route(&f);
    let record = Record::from_consultation(app, &consultation(), &f, &referrals).unwrap();
    let p = record.parts();
    // The month the consultation was saved in, never its day.
    assert_eq!(p.month, madoguchi_core::YearMonth::of(day()));
    assert_eq!(p.month.to_string(), "2026-05");
    assert_eq!(p.mode, Mode::Live);
    assert_eq!(p.age_group, Some(AgeGroup::Adult));
    assert_eq!(p.gender, Some(Gender::Male));
    assert_eq!(p.nationality, Some(Nationality::Foreign));
    assert_eq!(p.residence, Some(Residence::TechnicalIntern));
    assert_eq!(p.region, None, "not answered: unknown");
    assert_eq!(
        p.concerns,
        BTreeSet::from([Concern::TraffickingLabour, Concern::LabourProblem])
    );
    assert!(p.danger);
    let services: Vec<&str> = p.referrals.iter().map(|r| r.service.as_str()).collect();
    let routed: Vec<&str> = referrals.iter().map(|r| r.service.as_str()).collect();
    assert_eq!(services, routed);
    assert_eq!(p.referrals[0].priority, Priority::Emergency);
    assert_eq!(record.id().to_hex().len(), 32);
}

#[test]
fn unknown_facts_stay_unknown() {
    let app = app();
    let f = facts(app, &[("concern", "other")]);
    let r = Record::from_consultation(app, &consultation(), &f, &app.route(&f)).unwrap();
    let p = r.parts();
    assert_eq!(
        (p.age_group, p.gender, p.nationality, p.region, p.residence),
        (None, None, None, None, None)
    );
    assert!(!p.danger);
}

#[test]
fn two_records_of_one_consultation_have_different_ids() {
    let app = app();
    let f = facts(app, &[("concern", "other")]);
    let refs = app.route(&f);
    let a = Record::from_consultation(app, &consultation(), &f, &refs).unwrap();
    let b = Record::from_consultation(app, &consultation(), &f, &refs).unwrap();
    assert_ne!(a.id(), b.id());
}

#[test]
fn languages_and_services_are_checked_against_the_content() {
    let app = app();
    let f = facts(app, &[("concern", "other")]);
    let refs = app.route(&f);
    let mut c = consultation();
    c.client_language = "xx";
    assert_eq!(
        Record::from_consultation(app, &c, &f, &refs),
        Err(RecordError::LanguageNotShipped("xx".into()))
    );
    c.client_language = "Hanako";
    assert!(matches!(
        Record::from_consultation(app, &c, &f, &refs),
        Err(RecordError::LanguageShape(_))
    ));
    let bad = vec![Referral {
        service: "no_such_service".into(),
        priority: Priority::Standard,
        rules: vec![],
        language: None,
    }];
    assert_eq!(
        Record::from_consultation(app, &consultation(), &f, &bad),
        Err(RecordError::ServiceUnknown("no_such_service".into()))
    );
}

#[test]
fn free_text_or_a_name_cannot_be_a_desk_label() {
    let app = app();
    let f = facts(app, &[("concern", "other")]);
    let refs = app.route(&f);
    for desk in [
        "Tanaka, 090-1234-5678",
        "田中",
        "born 1990-04-01",
        "",
        "tanaka",
        "hanako-tanaka",
        "Tanaka Hanako",
    ] {
        let mut c = consultation();
        c.desk = Some(desk);
        assert!(
            matches!(
                Record::from_consultation(app, &c, &f, &refs),
                Err(RecordError::DeskLabel(_))
            ),
            "{desk}"
        );
    }
}

#[test]
fn the_rules_between_fields_hold() {
    let app = app();
    let mut f = facts(app, &[("concern", "other"), ("nationality", "japanese")]);
    // Facts set by hand, past the flow: a Japanese client with a status of residence.
    f.insert("residence", "no_status");
    let refs = app.route(&f);
    assert_eq!(
        Record::from_consultation(app, &consultation(), &f, &refs),
        Err(RecordError::ForeignOnly)
    );
    let f = facts(app, &[("concern", "other")]);
    let mut c = consultation();
    c.outcome = Outcome::ReferredWithHandover;
    assert_eq!(
        Record::from_consultation(app, &c, &f, &refs),
        Err(RecordError::HandoverWithoutConsent)
    );
    c.handover_consent = true;
    assert!(Record::from_consultation(app, &c, &f, &refs).is_ok());
    c.outcome = Outcome::Referred;
    assert_eq!(
        Record::from_consultation(app, &c, &f, &[]),
        Err(RecordError::OutcomeWithoutReferral(Outcome::Referred))
    );
    c.outcome = Outcome::Interrupted;
    assert!(Record::from_consultation(app, &c, &f, &[]).is_ok());
    c.day = NaiveDate::from_ymd_opt(1990, 4, 1).unwrap();
    assert!(matches!(
        Record::from_consultation(app, &c, &f, &[]),
        Err(RecordError::MonthTooEarly(_))
    ));
}

#[test]
fn a_value_the_record_does_not_know_is_an_error_not_a_silent_drop() {
    let app = app();
    let mut f = Facts::new();
    f.insert("gender", "unlisted");
    assert_eq!(
        Record::from_consultation(app, &consultation(), &f, &[]).map(|_| ()),
        Err(RecordError::FactValue {
            key: "gender".into(),
            value: "unlisted".into()
        })
    );
}

/// The record's categories are the flow's values: a value added to the flow must be added to
/// the record (and the schema) too. `region` is checked once the flow has it.
#[test]
fn recorded_facts_match_the_flow() {
    let app = app();
    let flow = &app.content().flow;
    for (key, ids) in RECORDED_FACTS {
        let Some(fact) = flow.fact(key) else {
            assert_eq!(*key, "region", "fact `{key}` is missing from the flow");
            continue;
        };
        let in_flow: BTreeSet<&str> = fact.values.iter().map(String::as_str).collect();
        let in_record: BTreeSet<&str> = ids.iter().copied().collect();
        assert_eq!(in_flow, in_record, "values of fact `{key}`");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any answers the flow allows give a record.
    #[test]
    fn every_consultation_the_flow_allows_can_be_recorded(
        picks in prop::collection::vec(0usize..16, 16),
        interpreter in any::<bool>(),
    ) {
        let app = app();
        let flow = &app.content().flow;
        let mut answers = madoguchi_core::Answers::new();
        let mut i = 0;
        while let Some(q) = app.next_question(&answers) {
            let pick = picks[i % picks.len()];
            i += 1;
            let answer = if pick >= q.options.len() {
                madoguchi_core::Answer::Unknown
            } else {
                madoguchi_core::Answer::one(&q.options[pick])
            };
            answers.insert(q.id.clone(), answer);
            prop_assert!(i < 64, "the flow ends");
        }
        let f = app.facts(&answers);
        let refs = app.route(&f);
        let mut c = consultation();
        c.interpreter = interpreter;
        c.outcome = if refs.is_empty() { Outcome::InformationOnly } else { Outcome::Referred };
        let record = Record::from_consultation(app, &c, &f, &refs);
        prop_assert!(record.is_ok(), "{:?} {:?}", record, flow.facts.len());
    }
}
