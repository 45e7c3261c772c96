//! Invariants of routing, checked exhaustively over a grid of consultations.
//!
//! The grid is every combination of
//!   age_group (child, adult, unknown) × concern (each single value, or none) ×
//!   nationality (japanese, foreign, unknown) × danger (immediate, none, unknown) ×
//!   gender (female, male, other, unknown),
//! and, to reach the emergency and return rules too, × injured (yes, no, unknown) ×
//! return_home (yes, undecided, unknown) × fears_return (yes, no, unknown).
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
//! 2. **IOM is never offered to a Japanese national**, nor to anyone who fears return
//!    (`fears_return=yes`: refugee/legal help instead of return assistance, 004 L1504-1512).
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

fn grid(app: &App) -> Vec<Point> {
    let concern_values: Vec<String> = app
        .content()
        .flow
        .fact("concern")
        .expect("the flow has a concern fact")
        .values
        .clone();
    // Every concern of the flow, and no concern at all.
    let mut concerns: Vec<String> = concern_values;
    concerns.push(UNKNOWN.to_string());

    let dims: Vec<(&'static str, Vec<String>)> = vec![
        ("age_group", vals(&["child", "adult", UNKNOWN])),
        ("concern", concerns),
        ("nationality", vals(&["japanese", "foreign", UNKNOWN])),
        ("danger", vals(&["immediate", "none", UNKNOWN])),
        ("gender", vals(&["female", "male", "other", UNKNOWN])),
        ("injured", vals(&["yes", "no", UNKNOWN])),
        ("return_home", vals(&["yes", "undecided", UNKNOWN])),
        ("fears_return", vals(&["yes", "no", UNKNOWN])),
    ];
    let mut points: Vec<Point> = vec![Vec::new()];
    for (key, values) in &dims {
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
        points.len() >= 3 * 12 * 3 * 3 * 4,
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

        // 2. IOM
        if has("iom_japan") && get(p, "nationality") == "japanese" {
            add(
                "2 iom_japan never for a Japanese national",
                p,
                "iom_japan referred".into(),
                &refs,
            );
        }
        if has("iom_japan") && get(p, "fears_return") == "yes" {
            add(
                "2 iom_japan never for a client who fears return",
                p,
                "iom_japan referred".into(),
                &refs,
            );
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
