//! Invariants of routing, checked exhaustively over a grid of consultations.
//!
//! The grid is every combination of
//!   age_group (child, adult, unknown) × concern (each single value, or none) ×
//!   nationality (japanese, foreign, unknown) × danger (immediate, none, unknown) ×
//!   gender (female, male, other, unknown),
//! and, to reach the emergency and return rules too, × injured (yes, no, unknown) ×
//! return_home (yes, no, undecided, unknown) × fears_return (yes, no, unknown).
//! "unknown" means the fact is left out, as when staff answer "unknown / prefers not to say".
//!
//! Invariants (all violations are collected and reported together):
//!
//! 1. **A possibly harmed child reaches `child_guidance_189`.** A child is *possibly harmed* when
//!    - the age group is `child` or unknown and the concern involves harm to the person:
//!      `child_abuse`, `child_sexual_exploitation`, `sexual_violence`, `trafficking_sexual`,
//!      `trafficking_labour`, `domestic_violence`, `online_sexual_images`
//!      (ROUTING.md: "an unknown age with a possible harm to a child still reaches the child route";
//!      003 L2486-2512: 189 for a child "harmed mentally and physically" and for "anyone that has
//!      spotted a child that seems to be abused"); or
//!    - the concern is `child_abuse` or `child_sexual_exploitation` whatever the age answer: these
//!      concerns are about a child by definition, so an `adult` answer (e.g. the age of the caller
//!      given by mistake) must not take the child off the child route; or
//!    - the age group is `child` and `danger=immediate` (003 L2492: "temporary custody when his/her
//!      safety needs to be secured").
//!
//!    Not counted: `labour_problem`, `residence_problem`, `discrimination`, `other`, or no concern,
//!    without danger — these do not by themselves say the child is being harmed.
//! 2. **IOM return support exactly for a foreign trafficking victim who wishes to return or is
//!    undecided** (`iom_japan` iff nationality=foreign, a trafficking concern and return_home in
//!    yes/undecided): never for a Japanese national, an unknown nationality or one who does not wish
//!    to return, and *not dropped* when she fears return — fear of a trafficker or broker is a risk
//!    IOM checks with its office in the country of origin (000 L66; japan.iom.int). When she fears
//!    return, legal help in her language (`houterasu_multilingual`, urgent) is given beside it
//!    (004 L1504-1546).
//! 3. **No service is offered to someone it does not serve**: a service whose `serves` (read from the
//!    directory, not hard-coded) excludes a known fact of the person — in particular no women-only
//!    service for a man or a person of another gender.
//! 4. **Emergencies always first**: `police_emergency` is referred iff `danger=immediate`,
//!    `ambulance_fire` iff `injured=yes`; they have priority `emergency` and come before every other
//!    referral; no other referral has priority `emergency`.
//! 5. **Never an empty result.**
//! 6. **A foreign client always has at least one place that speaks a language other than Japanese**
//!    (a referred service whose directory `languages` include a tag other than `ja`).

use std::collections::BTreeMap;

use madoguchi_core::{App, Facts, Priority, Referral};

const UNKNOWN: &str = "unknown";

const HARM_CONCERNS: [&str; 7] = [
    "child_abuse",
    "child_sexual_exploitation",
    "sexual_violence",
    "trafficking_sexual",
    "trafficking_labour",
    "domestic_violence",
    "online_sexual_images",
];
const CHILD_BY_DEFINITION: [&str; 2] = ["child_abuse", "child_sexual_exploitation"];

/// One point of the grid: fact key → value, or `UNKNOWN` (left out).
type Point = Vec<(&'static str, String)>;

/// The first dimensions of a [`Point`] are the main ones (age_group, concern, nationality, danger,
/// gender); the others only reach more rules.
const MAIN_DIMENSIONS: usize = 5;

/// Every concern of the flow, and no concern at all.
fn concerns(app: &App) -> Vec<String> {
    let mut concerns: Vec<String> = app
        .content()
        .flow
        .fact("concern")
        .expect("the flow has a concern fact")
        .values
        .clone();
    concerns.push(UNKNOWN.to_string());
    concerns
}

fn grid(app: &App) -> Vec<Point> {
    let concerns = concerns(app);

    let dims: Vec<(&'static str, Vec<String>)> = vec![
        ("age_group", vals(&["child", "adult", UNKNOWN])),
        ("concern", concerns),
        ("nationality", vals(&["japanese", "foreign", UNKNOWN])),
        ("danger", vals(&["immediate", "none", UNKNOWN])),
        ("gender", vals(&["female", "male", "other", UNKNOWN])),
        ("injured", vals(&["yes", "no", UNKNOWN])),
        ("return_home", vals(&["yes", "no", "undecided", UNKNOWN])),
        ("fears_return", vals(&["yes", "no", UNKNOWN])),
    ];
    product(&dims)
}

/// Every combination of the values of `dims`, in their order.
fn product(dims: &[(&'static str, Vec<String>)]) -> Vec<Point> {
    let mut points: Vec<Point> = vec![Vec::new()];
    for (key, values) in dims {
        let mut next = Vec::with_capacity(points.len() * values.len());
        for p in &points {
            for v in values {
                let mut q = p.clone();
                q.push((key, v.clone()));
                next.push(q);
            }
        }
        points = next;
    }
    points
}

fn vals(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

fn get<'a>(p: &'a Point, key: &str) -> &'a str {
    p.iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v.as_str())
        .unwrap_or(UNKNOWN)
}

fn describe(p: &[(&'static str, String)]) -> String {
    p.iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn routed(referrals: &[Referral]) -> String {
    if referrals.is_empty() {
        return "(nothing)".to_string();
    }
    referrals
        .iter()
        .map(|r| format!("{}({})", r.service, r.priority.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn possibly_harmed_child(p: &Point) -> bool {
    let age = get(p, "age_group");
    let concern = get(p, "concern");
    let child_or_unknown = age == "child" || age == UNKNOWN;
    (child_or_unknown && HARM_CONCERNS.contains(&concern))
        || CHILD_BY_DEFINITION.contains(&concern)
        || (age == "child" && get(p, "danger") == "immediate")
}

#[test]
fn routing_invariants_hold_over_the_whole_grid() {
    let app = App::embedded().unwrap_or_else(|e| panic!("embedded content does not load: {e}"));
    let directory = &app.content().directory;
    let points = grid(&app);
    assert!(
        points.len() >= 3 * 12 * 3 * 3 * 4 * 3 * 4 * 3,
        "grid too small: {}",
        points.len()
    );

    // invariant name → (the consultation on the five main dimensions, what is wrong) → the
    // variants of the other dimensions where it happens, and the routing of the first one.
    type Found = BTreeMap<(String, String), (Vec<String>, String)>;
    let mut violations: BTreeMap<&'static str, Found> = BTreeMap::new();
    let mut add = |name: &'static str, p: &Point, what: String, refs: &[Referral]| {
        let (main, rest) = p.split_at(MAIN_DIMENSIONS);
        let entry = violations
            .entry(name)
            .or_default()
            .entry((describe(main), what))
            .or_insert_with(|| (Vec::new(), routed(refs)));
        entry.0.push(describe(rest));
    };

    for p in &points {
        let mut facts = Facts::new();
        for (key, value) in p {
            if value != UNKNOWN {
                app.add_fact(&mut facts, key, value)
                    .unwrap_or_else(|e| panic!("grid uses a fact the flow refuses: {e}"));
            }
        }
        let refs = app.route(&facts);
        let has = |id: &str| refs.iter().any(|r| r.service == id);

        // 5. never empty
        if refs.is_empty() {
            add(
                "5 never an empty result",
                p,
                "no referral at all".into(),
                &refs,
            );
        }

        // 1. possibly harmed child → 189
        if possibly_harmed_child(p) && !has("child_guidance_189") {
            add(
                "1 a possibly harmed child reaches child_guidance_189",
                p,
                "child_guidance_189 missing".into(),
                &refs,
            );
        }

        // 2. IOM iff a foreign trafficking victim wishes to return or is undecided
        let trafficking = get(p, "concern").starts_with("trafficking_");
        let wants_iom = get(p, "nationality") == "foreign"
            && trafficking
            && matches!(get(p, "return_home"), "yes" | "undecided");
        if has("iom_japan") != wants_iom {
            add(
                "2 iom_japan iff a foreign trafficking victim wishes to return or is undecided",
                p,
                format!("iom_japan referred: {}", has("iom_japan")),
                &refs,
            );
        }
        if wants_iom && get(p, "fears_return") == "yes" {
            let legal = refs
                .iter()
                .find(|r| r.service == "houterasu_multilingual")
                .map(|r| r.priority);
            if legal != Some(Priority::Urgent) {
                add(
                    "2 one who fears return gets urgent legal help beside IOM",
                    p,
                    format!("houterasu_multilingual: {legal:?}"),
                    &refs,
                );
            }
        }

        // 3. serves (women-only services and every other restriction of the directory)
        for r in &refs {
            let Some(service) = directory.service(&r.service) else {
                add(
                    "3 referrals are directory services",
                    p,
                    format!("{} is not in the directory", r.service),
                    &refs,
                );
                continue;
            };
            for (key, allowed) in &service.serves.0 {
                let Some(known) = facts.get(key) else {
                    continue;
                };
                if !known.iter().any(|v| allowed.contains(v)) {
                    let name = if key == "gender" {
                        "3 no service restricted to another gender (e.g. women-only for a man)"
                    } else {
                        "3 no service whose `serves` excludes a known fact"
                    };
                    let allowed: Vec<&str> = allowed.iter().map(String::as_str).collect();
                    add(
                        name,
                        p,
                        format!(
                            "{} serves only {key} in [{}]",
                            r.service,
                            allowed.join(", ")
                        ),
                        &refs,
                    );
                }
            }
        }

        // 4. emergencies
        let danger = get(p, "danger") == "immediate";
        let injured = get(p, "injured") == "yes";
        if has("police_emergency") != danger {
            add(
                "4 police_emergency iff danger=immediate",
                p,
                format!("police_emergency referred: {}", has("police_emergency")),
                &refs,
            );
        }
        if has("ambulance_fire") != injured {
            add(
                "4 ambulance_fire iff injured=yes",
                p,
                format!("ambulance_fire referred: {}", has("ambulance_fire")),
                &refs,
            );
        }
        let emergencies = usize::from(danger) + usize::from(injured);
        for (i, r) in refs.iter().enumerate() {
            let is_emergency_service =
                r.service == "police_emergency" || r.service == "ambulance_fire";
            if is_emergency_service && (i >= emergencies || r.priority != Priority::Emergency) {
                add(
                    "4 emergencies come first with priority emergency",
                    p,
                    format!(
                        "{} at position {} with priority {}",
                        r.service,
                        i + 1,
                        r.priority.as_str()
                    ),
                    &refs,
                );
            }
            if !is_emergency_service && r.priority == Priority::Emergency {
                add(
                    "4 only 110/119 have priority emergency",
                    p,
                    format!("{} has priority emergency", r.service),
                    &refs,
                );
            }
        }
        if danger && refs.first().map(|r| r.service.as_str()) != Some("police_emergency") {
            add(
                "4 police_emergency is first when danger=immediate",
                p,
                "police_emergency is not first".into(),
                &refs,
            );
        }

        // 6. a multilingual place for a foreign client
        if get(p, "nationality") == "foreign" {
            let multilingual = refs.iter().any(|r| {
                directory
                    .service(&r.service)
                    .is_some_and(|s| s.languages.iter().any(|l| l != "ja"))
            });
            if !multilingual {
                add(
                    "6 a foreign client has a place in another language",
                    p,
                    "no referred service lists a language other than ja".into(),
                    &refs,
                );
            }
        }
    }

    if violations.is_empty() {
        return;
    }
    const SHOWN: usize = 100;
    let mut report = String::new();
    let total: usize = violations
        .values()
        .flat_map(|found| found.values())
        .map(|(variants, _)| variants.len())
        .sum();
    report.push_str(&format!(
        "{total} invariant violations over {} consultations:\n",
        points.len()
    ));
    for (name, found) in &violations {
        report.push_str(&format!(
            "\n== {name}: {} consultations (on age_group, concern, nationality, danger, gender)\n",
            found.len()
        ));
        for ((main, what), (variants, routed)) in found.iter().take(SHOWN) {
            report.push_str(&format!("  - {main}: {what}\n"));
            report.push_str(&format!(
                "      in {} of the injured/return_home/fears_return variants, e.g. {}\n",
                variants.len(),
                variants[0]
            ));
            report.push_str(&format!("      routed: {routed}\n"));
        }
        if found.len() > SHOWN {
            report.push_str(&format!(
                "  ... and {} more consultations failing this invariant\n",
                found.len() - SHOWN
            ));
        }
    }
    panic!("{report}");
}

/// The victim's own wishes and who they are, over a second grid: every combination of
///   age_group (child, adult, unknown) × concern (each single value, or none) ×
///   caller (self, third_party, unknown) × anonymous (yes, no, unknown) ×
///   police (wants_report, undecided, no, unknown) × gender (female, male, other, unknown) ×
///   shelter (yes, no, unknown).
///
/// 7. **No victim speaking for themself is sent to the anonymous tip line**: the Anonymous Reporting
///    Dial takes reports from the public (003 L2403-2421), it is not counselling; with `caller=self`
///    `anonymous_reporting_dial` is never referred.
/// 8. **A child victim who wants anonymity gets lines that accept anonymous consultation**: with
///    age `child`, `anonymous=yes`, caller self or unknown and a concern of abuse, exploitation or
///    trafficking — `child_guidance_189` (003 L2508-2512) and `police_juvenile_consultation`
///    (003 L2255-2281), and `children_sos_24h`.
/// 9. **A child who may be exploited or trafficked still reaches the police when she said "no
///    police", and is told why** (003 L2447-2449): `police_station` with rule
///    `child-police-despite-no`.
/// 10. **Every victim of domestic violence, of any gender, gets `dv_navi_8008`**, urgent when a safe
///     place is needed now (gov-online #8008; gender.go.jp: temporary protection).
/// 11. **Sexual violence always gets `cure_time`** (chat and e-mail, any age and gender).
/// 12. **Discrimination and online sexual images reach `human_rights_110`**, for anyone.
#[test]
fn wishes_and_identity_invariants_hold_over_the_second_grid() {
    let app = App::embedded().unwrap_or_else(|e| panic!("embedded content does not load: {e}"));
    let dims: Vec<(&'static str, Vec<String>)> = vec![
        ("age_group", vals(&["child", "adult", UNKNOWN])),
        ("concern", concerns(&app)),
        ("caller", vals(&["self", "third_party", UNKNOWN])),
        ("anonymous", vals(&["yes", "no", UNKNOWN])),
        (
            "police",
            vals(&["wants_report", "undecided", "no", UNKNOWN]),
        ),
        ("gender", vals(&["female", "male", "other", UNKNOWN])),
        ("shelter", vals(&["yes", "no", UNKNOWN])),
    ];
    let points = product(&dims);
    assert!(points.len() >= 3 * 12 * 3 * 3 * 4 * 4 * 3, "grid too small");

    let mut violations: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    for p in &points {
        let mut facts = Facts::new();
        for (key, value) in p {
            if value != UNKNOWN {
                app.add_fact(&mut facts, key, value)
                    .unwrap_or_else(|e| panic!("grid uses a fact the flow refuses: {e}"));
            }
        }
        let refs = app.route(&facts);
        let find = |id: &str| refs.iter().find(|r| r.service == id);
        let mut add = |name: &'static str, what: String| {
            violations.entry(name).or_default().push(format!(
                "{}: {what}; routed: {}",
                describe(p),
                routed(&refs)
            ));
        };
        let concern = get(p, "concern");
        let child = get(p, "age_group") == "child";

        // 7
        if get(p, "caller") == "self" {
            if let Some(r) = find("anonymous_reporting_dial") {
                add(
                    "7 no victim speaking for themself is sent to the anonymous tip line",
                    format!("anonymous_reporting_dial by {}", r.rules.join(", ")),
                );
            }
        }
        // 8
        let tip_concern =
            concern.starts_with("trafficking_") || CHILD_BY_DEFINITION.contains(&concern);
        if child && get(p, "anonymous") == "yes" && get(p, "caller") != "third_party" && tip_concern
        {
            for id in [
                "child_guidance_189",
                "police_juvenile_consultation",
                "children_sos_24h",
            ] {
                if find(id).is_none() {
                    add(
                        "8 a child victim who wants anonymity gets lines that accept it",
                        format!("{id} missing"),
                    );
                }
            }
        }
        // 9
        let exploited =
            concern.starts_with("trafficking_") || concern == "child_sexual_exploitation";
        if child && exploited && get(p, "police") == "no" {
            let told = find("police_station")
                .is_some_and(|r| r.rules.iter().any(|rule| rule == "child-police-despite-no"));
            if !told {
                add(
                    "9 a child who said no police still reaches the police, with the reason",
                    "police_station without rule child-police-despite-no".into(),
                );
            }
        }
        // 10
        if concern == "domestic_violence" {
            let want = if get(p, "shelter") == "yes" {
                Priority::Urgent
            } else {
                Priority::Standard
            };
            let got = find("dv_navi_8008").map(|r| r.priority);
            if got != Some(want) {
                add(
                    "10 every DV victim of any gender gets dv_navi_8008 (urgent when a safe place is needed)",
                    format!("dv_navi_8008: {got:?}, wanted {want:?}"),
                );
            }
        }
        // 11
        if concern == "sexual_violence" && find("cure_time").is_none() {
            add(
                "11 sexual violence always gets cure_time",
                "cure_time missing".into(),
            );
        }
        // 12
        if matches!(concern, "discrimination" | "online_sexual_images")
            && find("human_rights_110").is_none()
        {
            add(
                "12 discrimination and online images reach human_rights_110",
                "human_rights_110 missing".into(),
            );
        }
    }

    if violations.is_empty() {
        return;
    }
    const SHOWN: usize = 20;
    let mut report = format!(
        "invariant violations over {} consultations:\n",
        points.len()
    );
    for (name, found) in &violations {
        report.push_str(&format!("\n== {name}: {} consultations\n", found.len()));
        for line in found.iter().take(SHOWN) {
            report.push_str(&format!("  - {line}\n"));
        }
        if found.len() > SHOWN {
            report.push_str(&format!("  ... and {} more\n", found.len() - SHOWN));
        }
    }
    panic!("{report}");
}
