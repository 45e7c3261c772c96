//! Training mode: the shipped cases load, cover every route, agree with the current rules, and
//! the scoring of a run says what was hit, missed, forbidden, and whether emergencies came first.

use std::collections::{BTreeMap, BTreeSet};

use madoguchi_core::{
    embedded_case_files, Answer, Answers, App, Case, Cases, EmergencyStatus, SourceFile,
    TrainingResult, TrainingRoute, NOTES_LANGUAGES, TRAINING_MESSAGES, VIGNETTE_LANGUAGES,
};

const MIN_CASES: usize = 24;

fn app() -> App {
    App::embedded().unwrap_or_else(|e| panic!("embedded content does not load: {e}"))
}

fn cases(app: &App) -> Cases {
    Cases::embedded(app).unwrap_or_else(|e| panic!("the training cases do not load:\n{e}"))
}

/// The answers of the case with one question answered differently (or `None`: removed).
fn with(mut answers: Answers, question: &str, answer: Option<Answer>) -> Answers {
    match answer {
        Some(a) => answers.insert(question.to_string(), a),
        None => answers.remove(question),
    };
    answers
}

/// The question ids in flow order, as a trainee following the interview answers them.
fn order(app: &App, answers: &Answers) -> Vec<String> {
    app.content()
        .flow
        .questions
        .iter()
        .filter(|q| answers.contains_key(&q.id))
        .map(|q| q.id.clone())
        .collect()
}

fn case<'a>(cases: &'a Cases, id: &str) -> &'a Case {
    cases
        .get(id)
        .unwrap_or_else(|| panic!("case `{id}` is shipped"))
}

#[test]
fn every_case_agrees_with_the_current_rules() {
    let app = app();
    let cases = cases(&app);
    let problems = cases.disagreements(&app);
    assert!(
        problems.is_empty(),
        "{} of {} cases disagree with the rules (review the cases with the rule change):\n{}",
        problems.len(),
        cases.all().len(),
        problems
            .iter()
            .map(|d| format!("- {d}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn every_route_is_covered_and_every_case_is_in_the_required_languages() {
    let app = app();
    let cases = cases(&app);
    assert!(
        cases.all().len() >= MIN_CASES,
        "only {} cases; at least {MIN_CASES}",
        cases.all().len()
    );
    let mut per_route: BTreeMap<&str, usize> = BTreeMap::new();
    for c in cases.all() {
        for r in &c.routes {
            *per_route.entry(r.as_str()).or_default() += 1;
        }
    }
    let uncovered: Vec<&str> = TrainingRoute::ALL
        .iter()
        .map(|r| r.as_str())
        .filter(|r| !per_route.contains_key(r))
        .collect();
    assert!(uncovered.is_empty(), "routes with no case: {uncovered:?}");
    let mut problems = Vec::new();
    for c in cases.all() {
        for lang in VIGNETTE_LANGUAGES {
            if !c.languages.iter().any(|l| l == lang) {
                problems.push(format!("{} ({}): no vignette in {lang}", c.id, c.file));
            }
        }
    }
    let difficulties: BTreeSet<_> = cases.all().iter().map(|c| c.difficulty).collect();
    assert_eq!(difficulties.len(), 3, "every difficulty is used");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn training_texts_exist_in_every_locale_and_case_texts_in_their_languages() {
    let app = app();
    let cases = cases(&app);
    let l = app.localizer();
    let mut missing = Vec::new();
    for locale in l.locales() {
        for id in TRAINING_MESSAGES {
            if !l.has_message(&locale.tag, id) {
                missing.push(format!("locales/{}: {id}", locale.tag));
            }
        }
    }
    for c in cases.all() {
        for lang in &c.languages {
            if !l.has_message(lang, &c.vignette_message()) {
                missing.push(format!("locales/{lang}: {}", c.vignette_message()));
            }
        }
        for lang in NOTES_LANGUAGES {
            if !l.has_message(lang, &c.notes_message()) {
                missing.push(format!("locales/{lang}: {}", c.notes_message()));
            }
        }
    }
    assert!(missing.is_empty(), "missing:\n{}", missing.join("\n"));
    // A case message missing in a language the case does not declare is not a gap.
    let case_gaps: Vec<String> = app
        .translation_gaps()
        .iter()
        .filter(|d| d.message.contains("`case-") || d.message.contains("`train-"))
        .map(ToString::to_string)
        .collect();
    assert!(case_gaps.is_empty(), "{}", case_gaps.join("\n"));
}

#[test]
fn every_seed_citation_of_the_cases_names_lines_that_exist() {
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    if !seeds.is_dir() {
        eprintln!("{} is not here; skipped", seeds.display());
        return;
    }
    let app = app();
    let mut problems = Vec::new();
    for c in cases(&app).all() {
        for s in c.sources.iter().filter(|s| s.contains(".txt L")) {
            let (file, range) = s.split_once(" L").unwrap();
            let end: usize = range.rsplit('-').next().unwrap().parse().unwrap();
            let lines = std::fs::read_to_string(seeds.join(file))
                .map(|t| t.lines().count())
                .unwrap_or(0);
            if end > lines {
                problems.push(format!("{}: `{s}` but {file} has {lines} lines", c.id));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_perfect_run_hits_everything() {
    let app = app();
    let cases = cases(&app);
    for c in cases.all() {
        let answers = cases.reference_answers(&app, c);
        let d = cases.score(&app, c, &answers, &order(&app, &answers));
        assert!(d.score.passed, "{}: {d:#?}", c.id);
        assert_eq!(d.score.hit, c.must.len(), "{}", c.id);
        assert!(d.missed.is_empty() && d.must_not.is_empty(), "{}", c.id);
        assert_eq!(d.given, d.reference, "{}", c.id);
        assert!(d.mattered.iter().all(|m| m.trainee_matched), "{}", c.id);
    }
}

#[test]
fn a_run_that_misses_a_referral_says_which() {
    let app = app();
    let cases = cases(&app);
    let c = case(&cases, "sv-recent-police");
    // The trainee heard "no police" instead of "wants to report".
    let answers = with(
        cases.reference_answers(&app, c),
        "police",
        Some(Answer::one("no")),
    );
    let d = cases.score(&app, c, &answers, &order(&app, &answers));
    assert_eq!(d.missed, vec!["police_sexual_crime_8103".to_string()]);
    assert_eq!(d.hit, vec!["onestop_8891".to_string()]);
    // victim_support_center is in the case's must_not (she wants the police).
    assert_eq!(d.must_not, vec!["victim_support_center".to_string()]);
    assert!(!d.score.passed);
    assert_eq!(d.score.missed, 1);
    let police = d
        .mattered
        .iter()
        .find(|m| m.question == "police")
        .expect("the police question mattered");
    assert!(!police.trainee_matched);
    assert!(police
        .lost
        .contains(&"police_sexual_crime_8103".to_string()));
}

#[test]
fn a_run_that_adds_a_must_not_is_told_apart_from_a_harmless_extra() {
    let app = app();
    let cases = cases(&app);
    let c = case(&cases, "tr-undecided-no-police");
    // The wish about the police not asked: the police station appears (must not: she said no).
    let answers = with(
        cases.reference_answers(&app, c),
        "police",
        Some(Answer::Unknown),
    );
    let d = cases.score(&app, c, &answers, &order(&app, &answers));
    assert!(d.must_not.contains(&"police_station".to_string()), "{d:#?}");
    assert!(!d.extra.contains(&"police_station".to_string()));
    assert!(!d.score.passed);
    // A harmless extra: a referral the case neither expects nor forbids (here the 24-hour line
    // every consultation gets) is counted apart, and does not fail the run.
    let c = case(&cases, "lb-japanese-wages");
    let answers = with(
        cases.reference_answers(&app, c),
        "gender",
        Some(Answer::Unknown),
    );
    let d = cases.score(&app, c, &answers, &order(&app, &answers));
    assert!(
        d.score.passed,
        "an unknown gender does not harm here: {d:#?}"
    );
    assert!(d.extra.contains(&"yorisoi_hotline".to_string()));
    assert_eq!(d.score.extra, d.extra.len());
}

#[test]
fn a_run_that_forgets_danger_misses_the_emergency() {
    let app = app();
    let cases = cases(&app);
    let c = case(&cases, "em-dv-bleeding");
    let reference = cases.reference_answers(&app, c);
    let d = cases.score(&app, c, &reference, &order(&app, &reference));
    assert_eq!(d.emergency.status, EmergencyStatus::HandledFirst);
    assert_eq!(
        d.emergency.needed,
        vec!["police_emergency".to_string(), "ambulance_fire".to_string()]
    );
    // Danger answered "unknown": no 110.
    let answers = with(reference.clone(), "danger", Some(Answer::Unknown));
    let d = cases.score(&app, c, &answers, &order(&app, &answers));
    assert_eq!(d.emergency.status, EmergencyStatus::Missed);
    assert!(d.missed.contains(&"police_emergency".to_string()));
    assert!(!d.score.emergency_ok && !d.score.passed);
    let danger = d.mattered.iter().find(|m| m.question == "danger").unwrap();
    assert!(danger.lost.contains(&"police_emergency".to_string()));
    // Danger asked only after the concern: the referral is there, but not handled first.
    let mut late = order(&app, &reference);
    late.retain(|q| q != "danger");
    late.insert(2, "danger".to_string());
    let d = cases.score(&app, c, &reference, &late);
    assert_eq!(d.emergency.status, EmergencyStatus::NotFirst);
    assert!(!d.score.passed);
    // 110 given when the case needs none.
    let c = case(&cases, "em-injured-no-danger");
    let answers = with(
        cases.reference_answers(&app, c),
        "danger",
        Some(Answer::one("immediate")),
    );
    let d = cases.score(&app, c, &answers, &order(&app, &answers));
    assert_eq!(d.emergency.status, EmergencyStatus::Unneeded);
    assert_eq!(d.must_not, vec!["police_emergency".to_string()]);
}

#[test]
fn the_questions_that_mattered_are_those_that_change_the_referrals() {
    let app = app();
    let cases = cases(&app);
    let c = case(&cases, "tr-woman-wants-return");
    let answers = cases.reference_answers(&app, c);
    let d = cases.score(&app, c, &answers, &order(&app, &answers));
    let mattered: Vec<&str> = d.mattered.iter().map(|m| m.question.as_str()).collect();
    for q in ["concern", "nationality", "return_home"] {
        assert!(mattered.contains(&q), "{q} mattered: {mattered:?}");
    }
    // Injured=no changes nothing here.
    assert!(!mattered.contains(&"injured"), "{mattered:?}");
    // Fear of return unknown still allows IOM here ("no" and "unknown" alike): it did not matter.
    assert!(!mattered.contains(&"fears_return"), "{mattered:?}");
    // For a man who fears return, the same answer makes legal help urgent beside IOM; it no longer
    // keeps IOM away (issue 13: IOM checks safety with its office in the country of origin).
    let c = case(&cases, "tr-man-fears-return");
    let answers = cases.reference_answers(&app, c);
    let d = cases.score(&app, c, &answers, &order(&app, &answers));
    let fear = d
        .mattered
        .iter()
        .find(|m| m.question == "fears_return")
        .expect("fears_return mattered");
    assert_eq!(fear.values, vec!["yes".to_string()]);
    assert!(!fear.gained.contains(&"iom_japan".to_string()), "{fear:?}");
    assert!(!fear.lost.contains(&"iom_japan".to_string()), "{fear:?}");
    assert!(
        fear.priority_changed
            .contains(&"houterasu_multilingual".to_string())
            || fear.lost.contains(&"houterasu_multilingual".to_string()),
        "{fear:?}"
    );
}

#[test]
fn the_debrief_view_is_in_the_staff_language_with_the_vignette_in_the_client_language() {
    let app = app();
    let cases = cases(&app);
    let c = case(&cases, "tr-woman-wants-return");
    let answers = with(
        cases.reference_answers(&app, c),
        "return_home",
        Some(Answer::one("no")),
    );
    let d = cases.score(&app, c, &answers, &order(&app, &answers));
    let v = cases.debrief_view(&app, c, &d, "ja", "vi");
    assert_eq!(v.vignette.lang, "vi");
    assert!(!v.vignette.fallback);
    assert_eq!(v.notes.lang, "ja");
    assert!(v.notes.text.contains("000_9cd71d2e62acc824.txt L66"));
    assert!(v.missed.iter().any(|s| s.service == "iom_japan"
        && s.name == app.localizer().text("ja", "service-iom_japan-name")));
    let iom = v
        .expected
        .iter()
        .find(|e| e.service == "iom_japan")
        .unwrap();
    assert!(!iom.given);
    assert!(iom
        .why
        .iter()
        .any(|w| w.rule == "trafficking-return-iom" && !w.sources.is_empty()));
    assert_eq!(
        iom.why[0].text,
        app.localizer().text("ja", "reason-trafficking-return-iom")
    );
    assert!(v.score_text.contains(&d.score.hit.to_string()));
    // Notes fall back to English for a staff language without them.
    let v = cases.debrief_view(&app, c, &d, "vi", "en");
    assert_eq!(v.notes.lang, "en");
    let text = serde_json::to_string(&v).unwrap();
    assert!(
        !text.contains("[train-") && !text.contains("[case-"),
        "{text}"
    );
}

#[test]
fn a_training_result_keeps_the_case_and_the_score_only() {
    let app = app();
    let cases = cases(&app);
    let c = case(&cases, "lb-intern-wages");
    let answers = cases.reference_answers(&app, c);
    let d = cases.score(&app, c, &answers, &[]);
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let r = TrainingResult::new(&d, day, "ja", "vi");
    let json = serde_json::to_value(&r).unwrap();
    let keys: BTreeSet<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        BTreeSet::from(["case", "day", "staff_lang", "client_lang", "score"])
    );
    assert!(r.score.passed);
}

fn load_one(app: &App, toml: &str) -> Result<Cases, madoguchi_core::Error> {
    Cases::load(app, &[SourceFile::new("data/scenarios/test.toml", toml)])
}

#[test]
fn a_bad_case_file_is_refused_with_file_and_line() {
    let app = app();
    // An unknown key.
    let err = load_one(&app, "\n[[case]]\nid = \"x\"\ncolour = \"blue\"\n").unwrap_err();
    let d = &err.diagnostics()[0];
    assert_eq!(d.file, "data/scenarios/test.toml");
    assert!(d.line.is_some(), "{d}");
    assert!(d.message.contains("colour"), "{d}");
    // A shipped case copied under another id: its messages are missing; a bad fact, an unknown
    // service, an undeclared route, and a fact that is never asked are all reported.
    let text = r#"
# comment

[[case]]
id = "no-such-messages"
difficulty = "intro"
routes = ["iom_return"]
languages = ["ja", "en", "xx"]
facts = { concern = ["labour_problem"], nationality = ["japanese"], colour = ["blue"] }
must = ["labour_standards_office", "no_such_service"]
must_not = ["labour_standards_office"]
sources = ["somewhere"]
"#;
    let err = load_one(&app, text).unwrap_err();
    let all: Vec<String> = err.diagnostics().iter().map(ToString::to_string).collect();
    let joined = all.join("\n");
    for needle in [
        "colour",
        "no_such_service",
        "both in must and must_not",
        "`xx` is not shipped",
        "case-no-such-messages-vignette",
        "case-no-such-messages-notes",
        "case-no-such-messages-title",
        "somewhere",
    ] {
        assert!(joined.contains(needle), "`{needle}` in:\n{joined}");
    }
    assert!(all
        .iter()
        .all(|d| d.starts_with("data/scenarios/test.toml:4:")));
}

#[test]
fn a_case_that_declares_a_route_it_does_not_exercise_is_refused() {
    let app = app();
    // Reuse a shipped case's messages, but claim IOM and a fact its interview never asks.
    let original = embedded_case_files()
        .into_iter()
        .find(|f| f.text.contains("id = \"lb-japanese-wages\""))
        .unwrap();
    let start = original.text.find("id = \"lb-japanese-wages\"").unwrap();
    let body = &original.text[start..];
    let body = &body[..body.find("\n\n").unwrap_or(body.len())];
    let body = body
        .replace(
            "routes = [\"labour\"]",
            "routes = [\"labour\", \"iom_return\"]",
        )
        .replace(
            "nationality = [\"japanese\"]",
            "nationality = [\"japanese\"], return_home = [\"yes\"]",
        );
    let err = load_one(&app, &format!("[[case]]\n{body}\n")).unwrap_err();
    let joined: Vec<String> = err.diagnostics().iter().map(ToString::to_string).collect();
    let joined = joined.join("\n");
    assert!(joined.contains("route `iom_return`"), "{joined}");
    assert!(
        joined.contains("fact `return_home` is never asked"),
        "{joined}"
    );
}

#[test]
fn a_rule_change_that_breaks_a_case_is_reported_with_every_mismatch() {
    // The same cases against a flow without the IOM rule: every case expecting IOM fails at once.
    let mut files = madoguchi_core::ContentFiles::embedded();
    let flow = &files.flow.text;
    let start = flow.find("id = \"trafficking-return-iom\"").unwrap();
    let rule_start = flow[..start].rfind("[[rule]]").unwrap();
    let rule_end = start + flow[start..].find("[[rule]]").unwrap();
    // Keep the rule (the validator wants every service referred) but make it fire only for a
    // Japanese client, whom the return question is never asked.
    let replaced = flow[rule_start..rule_end].replace(
        "nationality = [\"foreign\"], return_home",
        "nationality = [\"japanese\"], return_home",
    );
    assert_ne!(replaced, flow[rule_start..rule_end]);
    files.flow.text = format!("{}{}{}", &flow[..rule_start], replaced, &flow[rule_end..]);
    let app = App::load(&files).unwrap_or_else(|e| panic!("{e}"));
    let cases = Cases::embedded(&app).unwrap();
    let problems = cases.disagreements(&app);
    let expecting_iom: Vec<&str> = cases
        .all()
        .iter()
        .filter(|c| c.must.iter().any(|s| s == "iom_japan"))
        .map(|c| c.id.as_str())
        .collect();
    assert!(expecting_iom.len() >= 3);
    assert_eq!(problems.len(), expecting_iom.len(), "{problems:#?}");
    for id in expecting_iom {
        assert!(
            problems
                .iter()
                .any(|d| d.message.contains(&format!("`{id}`"))
                    && d.message.contains("iom_japan")
                    && d.line.is_some()),
            "{id}: {problems:#?}"
        );
    }
}

#[test]
fn each_case_has_a_title_in_the_staff_language_or_english() {
    let app = app();
    let cases = cases(&app);
    let titles = |staff: &str| -> Vec<String> {
        cases
            .summaries(&app, staff)
            .into_iter()
            .map(|s| s.title)
            .collect()
    };
    let (ja, en, ko) = (titles("ja"), titles("en"), titles("ko"));
    let l = app.localizer();
    for (i, case) in cases.all().iter().enumerate() {
        let message = case.title_message();
        assert_eq!(ja[i], l.text("ja", &message), "{}", case.id);
        assert_eq!(en[i], l.text("en", &message), "{}", case.id);
        assert_ne!(ja[i], en[i], "{}: a title in each language", case.id);
        assert!(
            !en[i].contains(&case.id),
            "{}: a title, not the id",
            case.id
        );
        // Korean staff: no Korean titles are written, so English, not Japanese.
        assert_eq!(ko[i], en[i], "{}", case.id);
    }
}

#[test]
fn a_title_that_names_an_expected_service_is_refused() {
    let shipped = app();
    let name = shipped
        .localizer()
        .text("en", "service-labour_standards_office-name");
    let mut files = madoguchi_core::ContentFiles::embedded();
    let en = files
        .locales
        .iter_mut()
        .find(|l| l.lang == "en" && l.file.text.contains("case-lb-intern-wages-title ="))
        .expect("en has the title");
    en.file.text = en.file.text.replacen(
        "case-lb-intern-wages-title =",
        &format!("case-lb-intern-wages-title = Call {name}:"),
        1,
    );
    let app = App::load(&files).expect("the content itself is valid");
    let err = Cases::embedded(&app).expect_err("the title gives the answer away");
    let joined: Vec<String> = err.diagnostics().iter().map(ToString::to_string).collect();
    assert!(
        joined
            .iter()
            .any(|d| d.contains("the title in locales/en names an answer") && d.contains(&name)),
        "{joined:?}"
    );
}
