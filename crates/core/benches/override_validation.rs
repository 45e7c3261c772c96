//! Figures for BENCHMARKS.md: how long the shipped content takes to load and validate with a
//! site override file of 100 KB, 1 MB and 2 MB (the app's start waits for it). Run with
//! `cargo bench -p madoguchi-core --bench override_validation` (a plain harness that prints).
//!
//! The files are made here, deterministically: every shipped service but the contract's
//! emergency ones overridden once (contacts, hours), then local services, each going with a
//! shipped one, until the size is reached. They
//! are valid, so every check runs on every entry.

use std::time::{Duration, Instant};

use madoguchi_core::{App, ContentFiles, SourceFile};

/// A valid site override file of at least `bytes` bytes.
fn override_file(shipped: &[String], bytes: usize) -> String {
    let mut text = String::from("# generated for the benchmark\n");
    for id in shipped {
        text.push_str(&format!(
            "[[service]]\nid = \"{id}\"\ncontacts = [{{ kind = \"phone\", value = \"000-2222-3333\" }}]\nhours = \"weekdays\"\n\n"
        ));
    }
    let mut n = 0usize;
    while text.len() < bytes {
        let refer_with = &shipped[n % shipped.len()];
        text.push_str(&format!(
            "[[service]]\n\
             id = \"local_{n:06}\"\n\
             label = \"Local desk {n} (prefecture)\"\n\
             refer_with = \"{refer_with}\"\n\
             contacts = [{{ kind = \"phone\", value = \"000-1111-{:04}\" }}, {{ kind = \"web\", value = \"https://example.org/desk/{n}\" }}]\n\
             hours = \"weekdays\"\n\
             free_call = \"no\"\n\
             anonymous = \"yes\"\n\
             languages = [\"ja\", \"en\"]\n\
             languages_confirmed = true\n\
             assured_date = \"2026-04-01\"\n\
             confidence = \"medium\"\n\
             sources = [\"https://example.org/prefecture/{n}\"]\n\n",
            n % 10_000
        ));
        n += 1;
    }
    text
}

fn main() {
    let app = App::embedded().unwrap_or_else(|e| panic!("{e}"));
    let content = app.content();
    // The contract's emergency services cannot be overridden, nor anything listed with them.
    let shipped: Vec<String> = content
        .directory
        .services
        .iter()
        .map(|s| s.id.clone())
        .filter(|id| !content.contract.exclusive.iter().any(|e| &e.service == id))
        .collect();
    let runs: usize = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    let baseline = {
        let t = Instant::now();
        App::load(&ContentFiles::embedded()).unwrap_or_else(|e| panic!("{e}"));
        t.elapsed()
    };
    println!("load + validate without an override: {baseline:?}");
    for (label, bytes) in [
        ("100 KB", 100_000),
        ("1 MB", 1_000_000),
        ("2 MB", 2_000_000),
    ] {
        let text = override_file(&shipped, bytes);
        let mut files = ContentFiles::embedded();
        files.site_override = Some(SourceFile::new("site-override.toml", text.clone()));
        let mut samples: Vec<Duration> = (0..runs)
            .map(|_| {
                let t = Instant::now();
                let app = App::load(&files).unwrap_or_else(|e| panic!("{e}"));
                let elapsed = t.elapsed();
                assert!(app.content().directory.services.len() > shipped.len());
                elapsed
            })
            .collect();
        samples.sort();
        let services = text.matches("[[service]]").count();
        println!(
            "override {label} ({} bytes, {services} entries): median {:?}, max {:?} over {runs} runs",
            text.len(),
            samples[samples.len() / 2],
            samples[samples.len() - 1],
        );
    }
}
