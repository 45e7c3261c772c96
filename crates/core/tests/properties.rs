//! Properties of routing over any set of facts the vocabulary allows.

use std::sync::OnceLock;

use madoguchi_core::{App, Facts, Priority};
use proptest::prelude::*;

fn app() -> &'static App {
    static APP: OnceLock<App> = OnceLock::new();
    APP.get_or_init(|| App::embedded().unwrap_or_else(|e| panic!("{e}")))
}

/// Any fact set: each fact unknown, or one of its values (any subset for a multi-valued fact).
fn any_facts() -> impl Strategy<Value = Facts> {
    let facts = &app().content().flow.facts;
    let per_fact: Vec<BoxedStrategy<(String, Vec<String>)>> = facts
        .iter()
        .map(|f| {
            let key = f.key.clone();
            let values = f.values.clone();
            if f.multiple {
                proptest::sample::subsequence(values.clone(), 0..=values.len())
                    .prop_map(move |vs| (key.clone(), vs))
                    .boxed()
            } else {
                proptest::option::of(proptest::sample::select(values))
                    .prop_map(move |v| (key.clone(), v.into_iter().collect()))
                    .boxed()
            }
        })
        .collect();
    per_fact.prop_map(|pairs| {
        let mut facts = Facts::new();
        for (key, values) in pairs {
            for v in values {
                facts.insert(&key, &v);
            }
        }
        facts
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn routing_is_deterministic_unique_and_ordered(facts in any_facts()) {
        let first = app().route(&facts);
        prop_assert_eq!(&first, &app().route(&facts));
        let mut seen = std::collections::HashSet::new();
        for r in &first {
            prop_assert!(seen.insert(r.service.clone()), "{} twice", r.service);
            prop_assert!(!r.rules.is_empty());
        }
        prop_assert!(first.windows(2).all(|w| w[0].priority <= w[1].priority));
        prop_assert!(!first.is_empty());
    }

    #[test]
    fn police_emergency_exactly_when_danger_is_immediate(facts in any_facts()) {
        let r = app().route(&facts);
        let police = r.iter().position(|x| x.service == "police_emergency");
        prop_assert_eq!(police.is_some(), facts.has("danger", "immediate"));
        if let Some(p) = police {
            prop_assert_eq!(p, 0);
            prop_assert_eq!(r[p].priority, Priority::Emergency);
        }
        let ambulance = r.iter().position(|x| x.service == "ambulance_fire");
        prop_assert_eq!(ambulance.is_some(), facts.has("injured", "yes"));
        if let Some(a) = ambulance {
            prop_assert_eq!(a, usize::from(police.is_some()));
            prop_assert_eq!(r[a].priority, Priority::Emergency);
        }
    }

    #[test]
    fn a_possibly_harmed_child_reaches_189(facts in any_facts()) {
        let harm = ["child_abuse", "child_sexual_exploitation", "sexual_violence", "trafficking_sexual",
            "trafficking_labour", "online_sexual_images", "domestic_violence"];
        let child_or_unknown = facts.get("age_group").is_none() || facts.has("age_group", "child");
        let harmed = harm.iter().any(|c| facts.has("concern", c));
        if child_or_unknown && harmed {
            prop_assert!(app().route(&facts).iter().any(|r| r.service == "child_guidance_189"));
        }
    }

    #[test]
    fn no_service_for_someone_it_does_not_serve(facts in any_facts()) {
        for r in app().route(&facts) {
            let service = app().content().directory.service(&r.service).unwrap();
            prop_assert!(service.serves.matches_or_unknown(&facts), "{} for {:?}", r.service, facts);
        }
    }
}

/// A shipped locale tag, as the start screen offers them.
fn any_client_lang() -> impl Strategy<Value = String> {
    let tags: Vec<String> = app().localizer().languages();
    proptest::sample::select(tags)
}

/// The referrals as the contract compares them: service, priority and rules.
fn plain(referrals: &[madoguchi_core::Referral]) -> Vec<(String, Priority, Vec<String>)> {
    referrals
        .iter()
        .map(|r| (r.service.clone(), r.priority, r.rules.clone()))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn native_only_with_a_contact_in_that_language(facts in any_facts(), lang in any_client_lang()) {
        let spoken = madoguchi_core::spoken_language(&lang);
        for r in app().route_for_client(&facts, &lang) {
            let fit = r.language.as_ref().expect("every referral has a fit with --client-lang");
            let service = app().content().directory.service(&r.service).unwrap();
            match fit.fit {
                madoguchi_core::Fit::Native => {
                    let contact = fit.contact.as_ref().expect("native names its contact");
                    prop_assert!(
                        service.contacts.iter().any(|c| &c.value == contact && c.languages.contains(&spoken)),
                        "{} claimed native in {lang} through {contact}, no contact staffed in {spoken}", r.service
                    );
                }
                madoguchi_core::Fit::Interpreter => {
                    prop_assert!(service.interpretation.as_ref().is_some_and(|i| i.languages.contains(&spoken)));
                    prop_assert!(fit.contact.is_some());
                }
                madoguchi_core::Fit::None => {
                    prop_assert!(service.languages_confirmed && !service.languages.contains(&spoken));
                    prop_assert!(fit.contact.is_none());
                }
                madoguchi_core::Fit::Unknown => prop_assert!(fit.contact.is_none()),
            }
        }
    }

    #[test]
    fn language_never_reorders_emergency_or_urgent_nor_changes_what_is_referred(
        facts in any_facts(),
        lang in any_client_lang(),
    ) {
        let without = app().route(&facts);
        let with = app().route_for_client(&facts, &lang);
        let pressing = |rs: &[madoguchi_core::Referral]| {
            plain(rs).into_iter().filter(|(_, p, _)| *p != Priority::Standard).collect::<Vec<_>>()
        };
        prop_assert_eq!(pressing(&without), pressing(&with));
        let mut a = plain(&without);
        let mut b = plain(&with);
        a.sort();
        b.sort();
        prop_assert_eq!(a, b, "the same referrals, whatever the language");
        prop_assert!(with.windows(2).all(|w| w[0].priority <= w[1].priority));
        prop_assert!(without.iter().all(|r| r.language.is_none()));
    }

    #[test]
    fn standard_referrals_usable_in_the_clients_language_come_first(
        facts in any_facts(),
        lang in any_client_lang(),
    ) {
        let ranks: Vec<madoguchi_core::Fit> = app()
            .route_for_client(&facts, &lang)
            .into_iter()
            .filter(|r| r.priority == Priority::Standard)
            .map(|r| r.language.expect("fit").fit)
            .collect();
        prop_assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{ranks:?}");
        // Among services of the same fit, the order without a language (rule order) is kept.
        let with = app().route_for_client(&facts, &lang);
        let without = app().route(&facts);
        for fit in [madoguchi_core::Fit::Native, madoguchi_core::Fit::Interpreter, madoguchi_core::Fit::Unknown, madoguchi_core::Fit::None] {
            let of_fit: Vec<&str> = with
                .iter()
                .filter(|r| r.priority == Priority::Standard && r.language.as_ref().unwrap().fit == fit)
                .map(|r| r.service.as_str())
                .collect();
            let in_rule_order: Vec<&str> = without
                .iter()
                .filter(|r| of_fit.contains(&r.service.as_str()))
                .map(|r| r.service.as_str())
                .collect();
            prop_assert_eq!(of_fit, in_rule_order);
        }
    }
}
