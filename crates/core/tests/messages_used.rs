//! Every message of the reference locale is used: named in the code or the data, or built from
//! a family the data fills (`question-<id>`, `value-<fact>-<value>`, `service-<id>-name`, …).
//! A message nothing uses is dead weight for every translator and reviewer.

use std::path::{Path, PathBuf};

use madoguchi_core::i18n::REFERENCE;
use madoguchi_core::App;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The text of every source and data file a message id can be named in (not the tests).
fn corpus() -> String {
    fn walk(dir: &Path, out: &mut String) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            let name = p
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            if p.is_dir() {
                if !matches!(
                    name.as_str(),
                    "tests" | "node_modules" | "dist" | "target" | "bindings"
                ) {
                    walk(&p, out);
                }
                continue;
            }
            let code = ["rs", "ts", "tsx", "toml"]
                .iter()
                .any(|x| name.ends_with(&format!(".{x}")));
            if code && !name.contains(".test.") {
                out.push_str(&std::fs::read_to_string(&p).unwrap_or_default());
                out.push('\n');
            }
        }
    }
    let mut out = String::new();
    for d in ["crates", "src-tauri/src", "ui/src", "data"] {
        walk(&root().join(d), &mut out);
    }
    out
}

/// Message families whose ids the code builds from a value (`ui-free-call-${card.free_call}`),
/// with every value they take: intentionally dynamic, listed here so that none hides a dead id.
const DYNAMIC: &[(&str, &[&str])] = &[
    // Availability of a card (ReferralCard.tsx).
    ("ui-free-call-", &["yes", "no", "partly", "unconfirmed"]),
    ("ui-anonymous-", &["yes", "no", "partly", "unconfirmed"]),
    // Confidence of a directory entry (Directory.tsx).
    (
        "directory-confidence-",
        &["high", "medium", "low", "unconfirmed"],
    ),
    // A refused settings field (Settings.tsx, src-tauri settings.rs).
    (
        "settings-error-",
        &[
            "idle",
            "retention",
            "language",
            "write",
            "retention_not_confirmed",
        ],
    ),
];

#[test]
fn every_message_of_the_reference_is_used() {
    let app = App::embedded().unwrap_or_else(|e| panic!("{e}"));
    let c = app.content();
    let corpus = corpus();
    let mut built: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    for q in &c.flow.questions {
        built.insert(format!("question-{}", q.id));
    }
    for f in &c.flow.facts {
        for v in &f.values {
            built.insert(format!("value-{}-{v}", f.key));
        }
    }
    for s in &c.directory.services {
        for part in ["name", "hours", "expect"] {
            built.insert(format!("service-{}-{part}", s.id));
        }
    }
    for tag in app.localizer().languages() {
        built.insert(format!("language-name-{tag}"));
    }
    // The record's categories, labelled by the shell (`ui-outcome-<outcome>`, `ui-region-<region>`).
    for o in madoguchi_core::Outcome::ALL {
        built.insert(format!("ui-outcome-{}", o.as_str()));
    }
    for r in madoguchi_core::Region::ALL {
        built.insert(format!("ui-region-{}", r.as_str()));
    }
    // Training routes (`train-route-<route>`, Training.tsx) that the cases name.
    for line in corpus
        .lines()
        .filter(|l| l.trim_start().starts_with("routes = ["))
    {
        for route in line.split('"').skip(1).step_by(2) {
            built.insert(format!("train-route-{route}"));
        }
    }
    for (prefix, values) in DYNAMIC {
        for v in *values {
            built.insert(format!("{prefix}{v}"));
        }
    }
    // Training cases: `case-<id>-<part>` for every case in data/scenarios.
    let cases: Vec<String> = corpus
        .lines()
        .filter_map(|l| l.trim().strip_prefix("id = \""))
        .filter_map(|l| l.strip_suffix('"'))
        .map(str::to_string)
        .collect();
    let unused: Vec<String> = app
        .localizer()
        .message_ids(REFERENCE)
        .into_iter()
        .filter(|id| !built.contains(id))
        .filter(|id| !corpus.contains(id.as_str()))
        .filter(|id| {
            !(id.starts_with("case-")
                && cases.iter().any(|c| {
                    ["vignette", "notes", "title"]
                        .iter()
                        .any(|p| *id == format!("case-{c}-{p}"))
                }))
        })
        .collect();
    assert!(
        unused.is_empty(),
        "{} message(s) of locales/{REFERENCE} nothing uses (remove them from every locale):\n{}",
        unused.len(),
        unused.join("\n")
    );
}
