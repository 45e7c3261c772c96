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
