//! A site override file cannot break safety: the contract's emergency services are out of its
//! reach, every entry it adds is a valid, unique, usable service, and every error names the
//! override's own file and line. Validation is linear in the file's size.

use std::time::{Duration, Instant};

use madoguchi_core::{App, ContentFiles, Diagnostic, SourceFile};

const SITE: &str = "site-override.toml";

/// A complete local service; `fields` replace or add lines (`key = value`).
fn local(id: &str, fields: &[(&str, &str)]) -> String {
    let mut lines = vec![
        ("id", format!("{id:?}")),
        ("label", "\"Prefectural One-Stop Center\"".to_string()),
        ("refer_with", "\"onestop_8891\"".to_string()),
        (
            "contacts",
            "[{ kind = \"phone\", value = \"000-1111-2222\", languages = [\"ja\"] }]".to_string(),
        ),
        ("hours", "\"always\"".to_string()),
        ("free_call", "\"yes\"".to_string()),
        ("anonymous", "\"yes\"".to_string()),
        ("languages", "[\"ja\"]".to_string()),
        ("languages_confirmed", "true".to_string()),
        ("assured_date", "\"2026-04-01\"".to_string()),
        (
            "assured_by",
            "\"https://example.org/prefecture\"".to_string(),
        ),
        ("confidence", "\"high\"".to_string()),
        (
            "sources",
            "[\"https://example.org/prefecture\"]".to_string(),
        ),
    ];
    for (key, value) in fields {
        match lines.iter_mut().find(|(k, _)| k == key) {
            Some(line) => line.1 = value.to_string(),
            None => lines.push((key, value.to_string())),
        }
    }
    let body: Vec<String> = lines.iter().map(|(k, v)| format!("{k} = {v}")).collect();
    format!("[[service]]\n{}\n\n", body.join("\n"))
}

fn load(text: &str) -> Result<App, Vec<Diagnostic>> {
    let mut files = ContentFiles::embedded();
    files.site_override = Some(SourceFile::new(SITE, text));
    App::load(&files).map_err(|e| e.diagnostics().to_vec())
}

/// The file's errors; each must be the override's, with a line.
fn errors(text: &str) -> Vec<Diagnostic> {
    let diags = load(text).expect_err("the override must be refused");
    for d in &diags {
        assert!(
            d.file == SITE && d.line.is_some(),
            "not located in the override: {d}"
        );
    }
    diags
}

fn assert_refused_at(text: &str, line: usize, needle: &str) {
    let diags = errors(text);
    assert!(
        diags
            .iter()
            .any(|d| d.line == Some(line) && d.message.contains(needle)),
        "expected `{needle}` at line {line}:\n{}",
        diags
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_emergency_services_and_their_numbers_cannot_be_overridden() {
    for id in ["police_emergency", "ambulance_fire"] {
        let text = format!(
            "# our numbers\n[[service]]\nid = \"{id}\"\ncontacts = [{{ kind = \"dial\", value = \"117\" }}]\n"
        );
        assert_refused_at(&text, 2, "emergency service of the routing contract");
        let text = format!("[[service]]\nid = \"{id}\"\nhours = \"weekdays\"\n");
        assert_refused_at(&text, 1, "cannot be overridden");
    }
    // Nothing may be listed with the 110 card either.
    let text = local("after_110", &[("refer_with", "\"police_emergency\"")]);
    assert_refused_at(&text, 1, "refer_with `police_emergency`");
}

#[test]
fn a_local_service_id_must_be_a_service_id() {
    for bad in [
        "Prefecture-OneStop Center",
        "",
        "1st_place",
        "a".repeat(65).as_str(),
        "caf\u{e9}",
    ] {
        let text = format!("# ours\n\n{}", local(bad, &[]));
        assert_refused_at(&text, 3, "is not a service id");
    }
    let longest = "a".repeat(64);
    load(&local(&longest, &[])).expect("64 characters is a service id");
}

#[test]
fn the_same_id_twice_names_both_lines() {
    let text = format!(
        "[[service]]\nid = \"houterasu\"\nhours = \"weekdays\"\n\n[[service]]\nid = \"houterasu\"\nhours = \"always\"\n\n{}{}",
        local("prefecture_onestop", &[]),
        local("prefecture_onestop", &[])
    );
    assert_refused_at(&text, 5, "already in this file at line 1");
    let second_local = 9 + local("prefecture_onestop", &[]).lines().count();
    assert_refused_at(&text, second_local, "already in this file at line 9");
}

#[test]
fn contact_values_are_numbers_dial_codes_or_https_addresses() {
    let contact = |kind: &str, value: &str| {
        format!(
            "[{{ kind = \"{kind}\", value = {}, languages = [\"ja\"] }}]",
            toml_string(value)
        )
    };
    for (kind, bad) in [
        ("web", "javascript:alert(1)"),
        ("web", "http://example.org/"),
        ("web", "https://"),
        ("web", "https://example.org/<script>"),
        ("web", ""),
        ("phone", "<b>03-1234-5678</b>"),
        ("phone", ""),
        ("phone", "03-1234\n-5678"),
        ("phone", "\u{202e}8765-4321-30"),
        ("phone", "javascript:alert(1)"),
        ("dial", "1"),
        ("dial", "#81a3"),
        ("email", "not an address"),
        ("in_person", "somewhere"),
    ] {
        let text = local("prefecture_onestop", &[("contacts", &contact(kind, bad))]);
        assert_refused_at(&text, 1, "contacts[0]: contact value");
        // The same in an override of a shipped service.
        let text = format!(
            "\n[[service]]\nid = \"houterasu\"\ncontacts = {}\n",
            contact(kind, bad)
        );
        assert_refused_at(&text, 2, "contacts[0]: contact value");
    }
    for (kind, good) in [
        ("web", "https://www.example.org/desk?lang=ja"),
        ("phone", "03-1234-5678"),
        ("phone", "+81 3-1234-5678"),
        ("phone", "0120 (000) 111"),
        ("dial", "110"),
        ("dial", "#8103"),
        ("email", "desk@example.org"),
        ("in_person", "local"),
    ] {
        let text = local("prefecture_onestop", &[("contacts", &contact(kind, good))]);
        load(&text).unwrap_or_else(|d| panic!("{kind} {good:?}: {d:?}"));
    }
}

fn toml_string(value: &str) -> String {
    toml::Value::String(value.to_string()).to_string()
}

#[test]
fn labels_are_short_plain_text_and_languages_are_named() {
    for (bad, needle) in [
        (String::new(), "`label` is empty"),
        ("   ".to_string(), "`label` is empty"),
        ("x".repeat(201), "longer than 200"),
        ("One-Stop\u{0007}".to_string(), "control character"),
        ("One-Stop \u{202e}retneC".to_string(), "control character"),
        ("Center\u{2066}x\u{2069}".to_string(), "control character"),
    ] {
        let text = local("prefecture_onestop", &[("label", &toml_string(&bad))]);
        assert_refused_at(&text, 1, needle);
    }
    load(&local(
        "prefecture_onestop",
        &[("label", &toml_string(&"あ".repeat(200)))],
    ))
    .expect("200 characters is a label");
    let text = local("prefecture_onestop", &[("languages", "[]")]);
    assert_refused_at(&text, 1, "`languages` is empty");
    let text = "[[service]]\nid = \"houterasu\"\nlanguages = []\n";
    assert_refused_at(text, 1, "`languages` is empty");
}

#[test]
fn a_note_naming_a_missing_message_is_the_override_s_error() {
    let text = format!(
        "# ours\n{}",
        local(
            "prefecture_onestop",
            &[(
                "contacts",
                "[{ kind = \"phone\", value = \"000-1111-2222\", note = \"no-such-message\", languages = [\"ja\"] }]"
            )]
        )
    );
    assert_refused_at(&text, 2, "`no-such-message` is not a message of locales/ja");
}

#[test]
fn invalid_utf8_and_deep_nesting_have_a_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(SITE);
    std::fs::write(
        &path,
        b"[[service]]\nid = \"houterasu\"\nhours = \"\xc3\x28\"\n",
    )
    .unwrap();
    let e = ContentFiles::embedded().with_override(&path).unwrap_err();
    let [d] = e.diagnostics() else { panic!("{e}") };
    assert_eq!(d.line, Some(3), "{d}");
    assert!(d.message.contains("byte offset 38"), "{d}");
    assert!(d.file.ends_with(SITE));

    let deep = format!(
        "[[service]]\nid = \"houterasu\"\nserves = {{ gender = {}\"female\"{} }}\n",
        "[".repeat(100),
        "]".repeat(100)
    );
    assert_refused_at(&deep, 3, "recursion");
}

#[test]
fn a_byte_order_mark_is_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(SITE);
    std::fs::write(
        &path,
        "\u{feff}[[service]]\nid = \"houterasu\"\nhours = \"weekdays\"\n",
    )
    .unwrap();
    let files = ContentFiles::embedded().with_override(&path).unwrap();
    App::load(&files).expect("a file saved by Notepad is valid");
}

/// The whole content with a 2 MB override file: validation used to count lines from the start
/// for every entry (quadratic: over five seconds in a release build, minutes in a debug one).
#[test]
fn validation_is_linear_in_the_file() {
    let mut text = String::new();
    let mut n = 0;
    while text.len() < 2_000_000 {
        text.push_str(&local(&format!("local_{n:06}"), &[]));
        n += 1;
    }
    let t = Instant::now();
    let app = load(&text).expect("valid");
    let took = t.elapsed();
    assert!(app.content().directory.services.len() > n);
    // Generous for a debug build on a busy machine; the release figure is in BENCHMARKS.md.
    assert!(took < Duration::from_secs(15), "{n} entries took {took:?}");
}

/// The fuzzer that found the corpus of `crates/cli/tests/fuzz-corpus`, kept as a property: any
/// mutation of a valid override file (bytes flipped, cut, lines repeated or dropped, strings
/// swapped for hostile ones) is either valid or refused with every error at the override's own
/// line. `PROPTEST_CASES` runs more.
mod mutations {
    use super::*;
    use proptest::prelude::*;

    fn seed() -> String {
        format!(
            "# This desk's entries\n[[service]]\nid = \"onestop_8891\"\ncontacts = [{{ kind = \"phone\", value = \"000-2222-3333\", languages = [\"ja\"] }}]\nassured_date = \"2026-04-01\"\nassured_by = \"https://example.org/prefecture\"\nsources = [\"https://example.org/prefecture\"]\n\n{}",
            local(
                "prefecture_onestop",
                &[("serves", "{ gender = [\"female\"], age_group = [\"adult\", \"child\"] }")]
            )
        )
    }

    const HOSTILE: &[&str] = &[
        "javascript:alert(1)",
        "<script>x</script>",
        "",
        "\u{202e}",
        "police_emergency",
        "ambulance_fire",
        "onestop_8891",
        "[[[[[[[[",
        "\u{0}",
        "x\r\ny",
        "😀🇯🇵",
        "no-such-message",
    ];

    #[derive(Debug, Clone)]
    enum Mutation {
        Flip { at: usize, byte: u8 },
        Cut { at: usize },
        RepeatLine { line: usize },
        DropLine { line: usize },
        Swap { string: usize, hostile: usize },
    }

    fn mutation() -> impl Strategy<Value = Mutation> {
        prop_oneof![
            (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Flip { at, byte }),
            any::<usize>().prop_map(|at| Mutation::Cut { at }),
            any::<usize>().prop_map(|line| Mutation::RepeatLine { line }),
            any::<usize>().prop_map(|line| Mutation::DropLine { line }),
            (any::<usize>(), 0..HOSTILE.len())
                .prop_map(|(string, hostile)| Mutation::Swap { string, hostile }),
        ]
    }

    fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
        let lines = |b: &Vec<u8>| -> Vec<Vec<u8>> {
            b.split_inclusive(|c| *c == b'\n')
                .map(<[u8]>::to_vec)
                .collect()
        };
        match *m {
            Mutation::Flip { at, byte } if !bytes.is_empty() => {
                let i = at % bytes.len();
                bytes[i] = byte;
            }
            Mutation::Cut { at } => bytes.truncate(at % (bytes.len() + 1)),
            Mutation::RepeatLine { line } | Mutation::DropLine { line } => {
                let mut l = lines(bytes);
                if l.is_empty() {
                    return;
                }
                let i = line % l.len();
                if matches!(m, Mutation::RepeatLine { .. }) {
                    let copy = l[i].clone();
                    l.insert(i, copy);
                } else {
                    l.remove(i);
                }
                *bytes = l.concat();
            }
            Mutation::Swap { string, hostile } => {
                // The content of the n-th "…" string, replaced (as a TOML basic string).
                let quotes: Vec<usize> = bytes
                    .iter()
                    .enumerate()
                    .filter(|(_, b)| **b == b'"')
                    .map(|(i, _)| i)
                    .collect();
                if quotes.len() < 2 {
                    return;
                }
                let pair = string % (quotes.len() / 2);
                let (open, close) = (quotes[2 * pair], quotes[2 * pair + 1]);
                let value = toml::Value::String(HOSTILE[hostile].to_string()).to_string();
                bytes.splice(open..=close, value.into_bytes());
            }
            _ => {}
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(32),
            ..ProptestConfig::default()
        })]

        #[test]
        fn a_mutated_override_is_valid_or_refused_at_its_lines(
            mutations in proptest::collection::vec(mutation(), 1..4)
        ) {
            let mut bytes = seed().into_bytes();
            for m in &mutations {
                apply(&mut bytes, m);
            }
            let file = match SourceFile::from_bytes(SITE, bytes) {
                Ok(file) => file,
                Err(d) => {
                    prop_assert!(d.file == SITE && d.line.is_some(), "{d}");
                    return Ok(());
                }
            };
            let mut files = ContentFiles::embedded();
            files.site_override = Some(file);
            if let Err(e) = App::load(&files) {
                let diags = e.diagnostics();
                prop_assert!(!diags.is_empty(), "{e}");
                for d in diags {
                    prop_assert!(d.file == SITE && d.line.is_some(), "not at the override's line: {d}");
                    prop_assert!(!d.to_string().contains('\n'), "more than one line: {d:?}");
                }
            }
        }
    }
}
