//! Figures for BENCHMARKS.md: routing, the next question, and formatting every message of every
//! locale. Run with `cargo bench -p madoguchi-core --bench core` (a plain harness that prints).

use std::time::{Duration, Instant};

use madoguchi_core::{Answer, Answers, App, Facts};

fn percentiles(mut samples: Vec<Duration>) -> (Duration, Duration, Duration) {
    samples.sort();
    let at = |p: f64| samples[((samples.len() as f64 - 1.0) * p) as usize];
    (at(0.5), at(0.95), at(1.0))
}

/// A deterministic spread of fact sets (no RNG dependency): every fact cycles through its values
/// and "unknown" at a different pace.
fn fact_sets(app: &App, n: usize) -> Vec<Facts> {
    let facts = &app.content().flow.facts;
    (0..n)
        .map(|i| {
            let mut f = Facts::new();
            for (k, fact) in facts.iter().enumerate() {
                let choices = fact.values.len() + 1;
                let pick = (i / (k + 1) + i * (k + 3)) % choices;
                if pick < fact.values.len() {
                    f.insert(&fact.key, &fact.values[pick]);
                    if fact.multiple {
                        let second = (pick + i) % fact.values.len();
                        f.insert(&fact.key, &fact.values[second]);
                    }
                }
            }
            f
        })
        .collect()
}

fn main() {
    let start = Instant::now();
    let app = App::embedded().unwrap_or_else(|e| panic!("{e}"));
    println!("load + validate embedded content: {:?}", start.elapsed());

    let sets = fact_sets(&app, 20_000);
    let mut samples = Vec::with_capacity(sets.len());
    let mut total = 0usize;
    for facts in &sets {
        let t = Instant::now();
        let r = app.route(facts);
        samples.push(t.elapsed());
        total += r.len();
    }
    let (p50, p95, max) = percentiles(samples);
    println!(
        "route over {} fact sets: p50 {:?}, p95 {:?}, max {:?} (avg {:.1} referrals)",
        sets.len(),
        p50,
        p95,
        max,
        total as f64 / sets.len() as f64
    );

    let mut answers = Answers::new();
    for (q, v) in [
        ("danger", "none"),
        ("injured", "no"),
        ("concern", "trafficking_sexual"),
        ("age_group", "adult"),
        ("gender", "female"),
        ("nationality", "foreign"),
    ] {
        answers.insert(q.to_string(), Answer::one(v));
    }
    let mut samples = Vec::new();
    for _ in 0..5_000 {
        let t = Instant::now();
        let q = app.next_question(&answers);
        samples.push(t.elapsed());
        assert!(q.is_some());
    }
    let (p50, p95, max) = percentiles(samples);
    println!("next question after 6 answers: p50 {p50:?}, p95 {p95:?}, max {max:?}");

    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let mut samples = Vec::new();
    for _ in 0..2_000 {
        let t = Instant::now();
        let v = app.consultation_view(&answers, "ja", "vi", today);
        samples.push(t.elapsed());
        assert!(v.question.is_some());
    }
    let (p50, p95, max) = percentiles(samples);
    println!("consultation view (ja/vi, 6 answers): p50 {p50:?}, p95 {p95:?}, max {max:?}");

    let l = app.localizer();
    let mut runs = Vec::new();
    let mut count = 0;
    for _ in 0..5 {
        let t = Instant::now();
        count = 0;
        for lang in l.languages() {
            for id in l.message_ids(&lang) {
                let mut args = madoguchi_core::i18n::FluentArgs::new();
                for (name, value) in [
                    ("date", "2026-11-26"),
                    ("staff", "ja"),
                    ("client", "vi"),
                    ("rules", "a, b"),
                ] {
                    args.set(name, value);
                }
                args.set("count", 3);
                args.set("number", 2);
                std::hint::black_box(l.format(&lang, &id, Some(&args)));
                count += 1;
            }
        }
        runs.push(t.elapsed());
    }
    let (p50, _, max) = percentiles(runs);
    println!(
        "format every message of every locale once ({count} messages, {} locales): median {p50:?}, max {max:?}",
        l.languages().len()
    );
}
