//! Routing on the shipped content: order, merging, eligibility, the next question and Back.

use madoguchi_core::{Answer, Answers, App, Facts, Priority, Referral};

fn app() -> App {
    App::embedded().unwrap_or_else(|e| panic!("{e}"))
}

fn facts(pairs: &[(&str, &str)]) -> Facts {
    let app = app();
    let mut f = Facts::new();
    for (k, v) in pairs {
        app.add_fact(&mut f, k, v).expect("valid fact");
    }
    f
}

fn services(referrals: &[Referral]) -> Vec<&str> {
    referrals.iter().map(|r| r.service.as_str()).collect()
}

#[test]
fn danger_puts_police_first_as_emergency() {
    let r = app().route(&facts(&[
        ("danger", "immediate"),
        ("concern", "domestic_violence"),
    ]));
    assert_eq!(r[0].service, "police_emergency");
    assert_eq!(r[0].priority, Priority::Emergency);
    assert_eq!(r[0].rules, vec!["danger-police"]);
}

#[test]
fn both_emergencies_come_before_everything_else() {
    let r = app().route(&facts(&[
        ("injured", "yes"),
        ("danger", "immediate"),
        ("concern", "sexual_violence"),
    ]));
    assert_eq!(services(&r)[..2], ["police_emergency", "ambulance_fire"]);
    assert!(r[2..].iter().all(|x| x.priority != Priority::Emergency));
}

#[test]
fn no_emergency_without_danger_or_injury() {
    let r = app().route(&facts(&[("concern", "trafficking_sexual")]));
    assert!(!services(&r).contains(&"police_emergency"));
    assert!(!services(&r).contains(&"ambulance_fire"));
}

#[test]
fn recent_sexual_violence_matches_the_contract_example() {
    let r = app().route(&facts(&[
        ("concern", "sexual_violence"),
        ("recent", "within_72h"),
        ("police", "wants_report"),
        ("age_group", "adult"),
    ]));
    let onestop = r
        .iter()
        .find(|x| x.service == "onestop_8891")
        .expect("8891");
    assert_eq!(onestop.priority, Priority::Urgent);
    assert_eq!(onestop.rules, vec!["sv-recent-medical"]);
    let police = r
        .iter()
        .find(|x| x.service == "police_sexual_crime_8103")
        .expect("8103");
    assert_eq!(police.priority, Priority::Standard);
    assert_eq!(police.rules, vec!["sv-police"]);
    let pos = |s: &str| services(&r).iter().position(|x| *x == s).unwrap();
    assert!(pos("onestop_8891") < pos("police_sexual_crime_8103"));
}

#[test]
fn a_service_appears_once_with_every_rule_and_its_highest_priority() {
    // women_support_center: standard by trafficking-women, urgent by trafficking-women-shelter.
    let r = app().route(&facts(&[
        ("concern", "trafficking_sexual"),
        ("shelter", "yes"),
        ("gender", "female"),
    ]));
    let women: Vec<&Referral> = r
        .iter()
        .filter(|x| x.service == "women_support_center")
        .collect();
    assert_eq!(women.len(), 1);
    assert_eq!(women[0].priority, Priority::Urgent);
    assert_eq!(
        women[0].rules,
        vec!["trafficking-women-shelter", "trafficking-women"]
    );
}

#[test]
fn unknown_age_with_possible_harm_to_a_child_reaches_189() {
    let r = app().route(&facts(&[("concern", "sexual_violence")]));
    assert!(services(&r).contains(&"child_guidance_189"));
    let r = app().route(&facts(&[
        ("concern", "sexual_violence"),
        ("age_group", "adult"),
    ]));
    assert!(!services(&r).contains(&"child_guidance_189"));
}

#[test]
fn women_only_service_is_never_offered_to_a_man() {
    let r = app().route(&facts(&[
        ("concern", "domestic_violence"),
        ("gender", "male"),
        ("shelter", "yes"),
    ]));
    assert!(!services(&r).contains(&"women_support_center"));
    let r = app().route(&facts(&[
        ("concern", "domestic_violence"),
        ("shelter", "yes"),
    ]));
    assert!(
        services(&r).contains(&"women_support_center"),
        "unknown gender keeps it"
    );
}

#[test]
fn iom_is_never_offered_to_a_japanese_national_and_is_kept_with_legal_help_for_one_who_fears_return(
) {
    let base = [("concern", "trafficking_labour"), ("return_home", "yes")];
    let mut f = facts(&base);
    f.insert("nationality", "foreign");
    assert!(services(&app().route(&f)).contains(&"iom_japan"));
    // Issue 13: fear of return is a risk IOM checks with its office at home, not a reason to drop
    // return support; urgent legal help in her language comes beside it.
    f.insert("fears_return", "yes");
    let r = app().route(&f);
    assert!(services(&r).contains(&"iom_japan"));
    assert!(r
        .iter()
        .any(|x| x.service == "houterasu_multilingual" && x.priority == Priority::Urgent));
    let mut f = facts(&[("concern", "trafficking_labour"), ("return_home", "no")]);
    f.insert("nationality", "foreign");
    assert!(!services(&app().route(&f)).contains(&"iom_japan"));
    let mut f = facts(&base);
    f.insert("nationality", "japanese");
    assert!(!services(&app().route(&f)).contains(&"iom_japan"));
}

#[test]
fn empty_facts_still_give_a_place_to_turn() {
    let r = app().route(&Facts::new());
    assert!(!r.is_empty());
}

#[test]
fn add_fact_refuses_unknown_keys_values_and_second_values() {
    let app = app();
    let mut f = Facts::new();
    let e = app
        .add_fact(&mut f, "colour", "blue")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("colour") && e.contains("danger") && e.contains("concern"),
        "{e}"
    );
    let e = app
        .add_fact(&mut f, "danger", "maybe")
        .unwrap_err()
        .to_string();
    assert!(e.contains("immediate") && e.contains("none"), "{e}");
    app.add_fact(&mut f, "danger", "none").unwrap();
    assert!(app.add_fact(&mut f, "danger", "immediate").is_err());
    app.add_fact(&mut f, "concern", "other").unwrap();
    app.add_fact(&mut f, "concern", "discrimination").unwrap();
    assert_eq!(f.get("concern").unwrap().len(), 2);
}

#[test]
fn danger_is_asked_first_and_follow_ups_only_when_relevant() {
    let app = app();
    let mut answers = Answers::new();
    assert_eq!(app.next_question(&answers).unwrap().id, "danger");
    answers.insert("danger".into(), Answer::one("none"));
    answers.insert("injured".into(), Answer::one("no"));
    answers.insert("concern".into(), Answer::one("labour_problem"));
    answers.insert("age_group".into(), Answer::one("adult"));
    answers.insert("gender".into(), Answer::Unknown);
    answers.insert("nationality".into(), Answer::one("japanese"));
    // Japanese labour problem: no residence, recent, police, return questions.
    assert_eq!(app.next_question(&answers), None);
    answers.insert("nationality".into(), Answer::one("foreign"));
    assert_eq!(app.next_question(&answers).unwrap().id, "residence");
}

#[test]
fn changing_an_earlier_answer_drops_answers_that_no_longer_apply() {
    let app = app();
    let mut answers = Answers::new();
    answers.insert("concern".into(), Answer::one("sexual_violence"));
    answers.insert("recent".into(), Answer::one("within_72h"));
    assert!(app.facts(&answers).has("recent", "within_72h"));
    answers.insert("concern".into(), Answer::one("labour_problem"));
    assert_eq!(app.facts(&answers).get("recent"), None);
}

#[test]
fn question_view_has_both_languages_and_number_keys() {
    let app = app();
    let view = app
        .question_view(&Answers::new(), "ja", "en")
        .expect("a first question");
    assert_eq!(view.id, "danger");
    assert_ne!(view.staff.question, view.client.question);
    let keys: Vec<u8> = view.options.iter().map(|o| o.key).collect();
    assert_eq!(keys, (1..=keys.len() as u8).collect::<Vec<_>>());
    assert_eq!(view.options.last().unwrap().value, madoguchi_core::UNKNOWN);
    assert!(view
        .options
        .iter()
        .all(|o| !o.staff.is_empty() && !o.client.is_empty()));
    assert_eq!(view.progress.answered, 0);
}

#[test]
fn referral_cards_carry_reasons_sources_and_check_marks() {
    let app = app();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let cards = app.referral_views(&facts(&[("danger", "immediate")]), "ja", "en", today);
    let first = &cards[0];
    assert_eq!(first.card.service, "police_emergency");
    assert!(first.card.contacts.iter().any(|c| c.value == "110"));
    assert_eq!(first.reasons[0].rule, "danger-police");
    assert!(!first.reasons[0].sources.is_empty());
    assert!(!first.reasons[0].text.staff.is_empty() && !first.reasons[0].text.client.is_empty());
    // A card is marked when its entry is low-confidence or more than two years old.
    for card in &cards {
        let service = app.content().directory.service(&card.card.service).unwrap();
        assert_eq!(
            card.card.check_before_use.is_some(),
            service.check_before_use(today),
            "{}",
            card.card.service
        );
    }
}

#[test]
fn a_card_marks_the_contact_to_use_first_in_the_clients_language_on_both_sides() {
    let app = app();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let facts = facts(&[
        ("concern", "labour_problem"),
        ("nationality", "foreign"),
        ("residence", "technical_intern"),
    ]);
    let cards = app.referral_views(&facts, "ja", "vi", today);
    assert!(!cards.is_empty());
    // Each side names the language in its own words.
    let (staff_name, client_name) = (app.language_name("ja", "vi"), app.language_name("vi", "vi"));
    assert_eq!(
        (staff_name.as_str(), client_name.as_str()),
        ("ベトナム語", "Tiếng Việt")
    );
    let mut marked = 0;
    for card in &cards {
        let fit = card
            .card
            .language_fit
            .as_ref()
            .expect("a Vietnamese client gets a fit on every card");
        // The mark exists exactly when a contact is named, and names the language on both sides.
        assert_eq!(
            fit.contact.is_some(),
            fit.contact_label.is_some(),
            "{}",
            card.card.service
        );
        if let (Some(i), Some(mark)) = (fit.contact, &fit.contact_label) {
            assert!(i < card.card.contacts.len(), "{}", card.card.service);
            assert!(
                mark.staff.contains(&staff_name) && mark.client.contains(&client_name),
                "{mark:?}"
            );
            assert_ne!(mark.staff, mark.client);
            marked += 1;
        }
        assert!(
            fit.label.staff.contains(&staff_name) && fit.label.client.contains(&client_name),
            "{:?}",
            fit.label
        );
    }
    assert!(marked > 0, "some card has a Vietnamese contact");
    // A Japanese-speaking client on a Japanese-staffed line: nothing to mark.
    let ja = app.referral_views(&facts, "ja", "ja", today);
    assert!(ja.iter().any(|c| c.card.language_fit.is_none()));
}
