//! The validator on the shipped data and on broken copies of it: every error names file and line.

use madoguchi_core::{App, ContentFiles, Diagnostic, Error};

/// Every problem `madoguchi validate` would report: load errors and translation gaps.
fn diagnostics(files: &ContentFiles) -> Vec<Diagnostic> {
    match App::load(files) {
        Ok(app) => app.translation_gaps().to_vec(),
        Err(Error::Invalid(d)) => d,
        Err(e) => panic!("unexpected error: {e}"),
    }
}

/// The embedded files with one replacement made in one of them; panics if `from` is absent so a
/// test cannot silently stop testing anything.
fn edited(which: &str, from: &str, to: &str) -> ContentFiles {
    let mut files = ContentFiles::embedded();
    let file = match which {
        "flow" => &mut files.flow,
        "directory" => &mut files.directory,
        "contract" => &mut files.contract,
        other => panic!("no file {other}"),
    };
    assert!(
        file.text.contains(from),
        "{} does not contain {from:?}",
        file.name
    );
    file.text = file.text.replacen(from, to, 1);
    files
}

fn line_of(text: &str, needle: &str) -> usize {
    text[..text.find(needle).expect("needle present")]
        .matches('\n')
        .count()
        + 1
}

fn assert_reported(diags: &[Diagnostic], file: &str, line: Option<usize>, fragment: &str) {
    assert!(
        diags.iter().any(|d| d.file == file
            && d.message.contains(fragment)
            && (line.is_none() || d.line == line)),
        "expected {file}:{line:?} `{fragment}` in:\n{}",
        diags
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn shipped_data_is_valid() {
    let diags = diagnostics(&ContentFiles::embedded());
    assert!(
        diags.is_empty(),
        "{}",
        diags
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn unknown_key_is_an_error_with_its_line() {
    let files = edited(
        "flow",
        "reason = \"reason-sv-police\"",
        "reason = \"reason-sv-police\"\nreasn = \"typo\"",
    );
    let line = line_of(&files.flow.text, "reasn");
    let diags = diagnostics(&files);
    assert_reported(&diags, "data/flow.toml", Some(line), "reasn");
}

#[test]
fn unknown_key_in_directory_is_an_error_with_its_line() {
    let files = edited(
        "directory",
        "free_call =",
        "free_cal = \"yes\"\nfree_call =",
    );
    let line = line_of(&files.directory.text, "free_cal =");
    let diags = diagnostics(&files);
    assert_reported(&diags, "data/directory.toml", Some(line), "free_cal");
}

#[test]
fn rule_referring_a_missing_service_names_the_rule_line() {
    let files = edited(
        "flow",
        "service = \"police_sexual_crime_8103\"",
        "service = \"police_sexual_crime_9999\"",
    );
    let line = line_of(&files.flow.text, "police_sexual_crime_9999");
    let diags = diagnostics(&files);
    assert_reported(
        &diags,
        "data/flow.toml",
        Some(line),
        "unknown service `police_sexual_crime_9999`",
    );
}

#[test]
fn unknown_fact_and_value_in_a_condition_are_errors() {
    let files = edited(
        "flow",
        "when = { concern = [\"labour_problem\"] }",
        "when = { colour = [\"blue\"] }",
    );
    let diags = diagnostics(&files);
    assert!(diags
        .iter()
        .any(|d| d.message.contains("unknown fact `colour`") && d.line.is_some()));

    let files = edited(
        "flow",
        "when = { concern = [\"labour_problem\"] }",
        "when = { concern = [\"labor_problem\"] }",
    );
    let diags = diagnostics(&files);
    assert!(diags
        .iter()
        .any(|d| d.message.contains("unknown value `labor_problem`")));
}

#[test]
fn duplicate_ids_are_errors() {
    let files = edited("flow", "id = \"sv-onestop\"", "id = \"sv-police\"");
    assert!(diagnostics(&files)
        .iter()
        .any(|d| d.message.contains("duplicate rule id `sv-police`")));
    let files = edited("directory", "id = \"fresc\"", "id = \"houterasu\"");
    assert!(diagnostics(&files)
        .iter()
        .any(|d| d.message.contains("duplicate service id `houterasu`")));
}

#[test]
fn a_rule_that_can_never_fire_is_an_error() {
    // `recent` is only ever asked with options within_72h/older; no answer can be both unknown
    // and... rather: make the rule need a value no question offers.
    let files = edited(
        "flow",
        "options = [\"within_72h\", \"older\"]",
        "options = [\"within_72h\"]",
    );
    let diags = diagnostics(&files);
    assert!(
        diags
            .iter()
            .any(|d| d.message.contains("rule `sv-onestop` can never fire")),
        "{diags:?}"
    );
}

#[test]
fn a_question_that_can_never_be_asked_is_an_error() {
    let files = edited(
        "flow",
        "ask_when = { concern = [\"sexual_violence\"] }",
        "ask_when = { nationality = [\"foreign\"], residence = [\"no_status\"], concern = [\"sexual_violence\"] }\n",
    );
    // residence is set by an earlier question, so this is reachable; now make it impossible:
    assert!(diagnostics(&files)
        .iter()
        .all(|d| !d.message.contains("can never be asked")));
    let files = edited(
        "flow",
        "options = [\"immediate\", \"none\"]\nallow_unknown = true",
        "options = [\"none\"]\nallow_unknown = true",
    );
    let files = {
        let mut f = files;
        f.flow.text = f.flow.text.replacen(
            "ask_when = { concern = [\"sexual_violence\"] }",
            "ask_when = { danger = [\"immediate\"] }",
            1,
        );
        f
    };
    let diags = diagnostics(&files);
    assert!(
        diags
            .iter()
            .any(|d| d.message.contains("question `recent` can never be asked")),
        "{diags:?}"
    );
}

#[test]
fn a_service_no_rule_refers_is_an_error() {
    let files = edited(
        "flow",
        "refer = [{ service = \"labour_conditions_hotline\", priority = \"standard\" }]",
        "refer = [{ service = \"labour_standards_office\", priority = \"standard\" }]",
    );
    let diags = diagnostics(&files);
    assert!(diags.iter().any(|d| d.file == "data/directory.toml"
        && d.line.is_some()
        && d.message
            .contains("`labour_conditions_hotline` is never referred")));
}

const AMBULANCE_SOURCES: &str =
    "sources = [\"https://www.fdma.go.jp/publication/hakusho/r1/topics3/47555.html\"]";

#[test]
fn missing_or_malformed_sources_are_errors() {
    let files = edited("flow", AMBULANCE_SOURCES, "sources = []");
    assert!(diagnostics(&files)
        .iter()
        .any(|d| d.message.contains("rule `injured-ambulance` has no source")));
    let files = edited("flow", AMBULANCE_SOURCES, "sources = [\"the internet\"]");
    assert!(diagnostics(&files)
        .iter()
        .any(|d| d.message.contains("source `the internet`")));
}

#[test]
fn the_routing_contract_is_enforced() {
    let files = edited(
        "directory",
        "id = \"womens_rights_hotline\"",
        "id = \"womens_rights_line\"",
    );
    let diags = diagnostics(&files);
    assert!(diags.iter().any(|d| d
        .message
        .contains("service `womens_rights_hotline` of the routing contract")));

    let files = edited(
        "flow",
        "values = [\"yes\", \"no\", \"undecided\"]",
        "values = [\"yes\", \"no\", \"maybe\"]",
    );
    let diags = diagnostics(&files);
    assert!(
        diags
            .iter()
            .any(|d| d.message.contains("lacks value `undecided`")),
        "{diags:?}"
    );

    // police_emergency on anything but danger=immediate breaks the contract.
    let files = edited(
        "flow",
        "when = { danger = [\"immediate\"] }",
        "when = { danger = [\"immediate\", \"unknown\"] }",
    );
    let diags = diagnostics(&files);
    assert!(
        diags
            .iter()
            .any(|d| d.message.contains("allows only when `danger=immediate`")),
        "{diags:?}"
    );
}

#[test]
fn a_missing_message_names_locale_and_id() {
    let mut files = ContentFiles::embedded();
    let en = files
        .locales
        .iter_mut()
        .find(|l| l.lang == "en" && l.file.text.contains("reason-sv-police ="))
        .expect("en has reason-sv-police");
    en.file.text = en
        .file
        .text
        .replace("reason-sv-police =", "reason-sv-polic =");
    let diags = diagnostics(&files);
    assert!(diags
        .iter()
        .any(|d| d.file == "locales/en" && d.message.contains("`reason-sv-police` is missing")));
}

#[test]
fn fluent_syntax_errors_name_file_and_line() {
    let mut files = ContentFiles::embedded();
    let ja = files
        .locales
        .iter_mut()
        .find(|l| l.lang == "ja")
        .expect("ja");
    ja.file.text.push_str("\nbroken-message = { $unclosed\n");
    let line = ja.file.text.lines().count();
    let name = ja.file.name.clone();
    let diags = diagnostics(&files);
    assert!(
        diags.iter().any(|d| d.file == name
            && d.line.is_some_and(|l| l >= line - 1)
            && d.message.contains("Fluent")),
        "{diags:?}"
    );
}

#[test]
fn site_override_replaces_fields_and_adds_local_services() {
    let mut files = ContentFiles::embedded();
    files.site_override = Some(madoguchi_core::SourceFile::new(
        "site.toml",
        r#"
[[service]]
id = "local_onestop_counter"
contacts = [{ kind = "phone", value = "000-0000-0000", languages = ["ja"] }]
assured_date = "2026-04-01"
assured_by = "https://example.org/prefecture"
sources = ["https://example.org/prefecture"]

[[service]]
id = "prefecture_onestop"
label = "Prefectural One-Stop Center"
refer_with = "onestop_8891"
contacts = [{ kind = "phone", value = "000-1111-2222", languages = ["ja"] }]
hours = "always"
free_call = "yes"
anonymous = "yes"
languages = ["ja"]
languages_confirmed = true
assured_date = "2026-04-01"
assured_by = "https://example.org/prefecture"
confidence = "high"
sources = ["https://example.org/prefecture"]
"#,
    ));
    let app = App::load(&files).expect("override is valid");
    let counter = app
        .content()
        .directory
        .service("local_onestop_counter")
        .expect("shipped");
    assert_eq!(counter.contacts[0].value, "000-0000-0000");
    assert!(matches!(
        counter.origin,
        madoguchi_core::Origin::Overridden { .. }
    ));
    let mut facts = madoguchi_core::Facts::new();
    facts.insert("concern", "sexual_violence");
    let services: Vec<String> = app.route(&facts).into_iter().map(|r| r.service).collect();
    let parent = services
        .iter()
        .position(|s| s == "onestop_8891")
        .expect("8891");
    assert_eq!(services[parent + 1], "prefecture_onestop");
}

#[test]
fn a_broken_override_names_its_own_file_and_line() {
    let mut files = ContentFiles::embedded();
    files.site_override = Some(madoguchi_core::SourceFile::new(
        "site.toml",
        "[[service]]\nid = \"new_place\"\ncontacts = []\n\n[[service]]\nid = \"houterasu\"\nhours = \"sometimes\"\n",
    ));
    let diags = diagnostics(&files);
    assert!(
        diags
            .iter()
            .any(|d| d.file == "site.toml" && d.line.is_some()),
        "{diags:?}"
    );
}

/// The embedded files with one more service appended to the directory.
fn with_service(block: &str) -> ContentFiles {
    let mut files = ContentFiles::embedded();
    files.directory.text.push_str(block);
    files
}

const EXTRA: &str = r#"
[[service]]
id = "extra_line"
contacts = [{ kind = "phone", value = "0120-000-000", languages = ["ja", "LANG_A"] }]
hours = "always"
free_call = "yes"
anonymous = "yes"
languages = ["ja", "LANG_B"]
languages_confirmed = false
assured_date = "2026-04-01"
assured_by = "https://example.org/extra"
confidence = "high"
sources = ["https://example.org/extra"]
"#;

#[test]
fn a_language_tag_that_is_not_the_canonical_one_is_refused() {
    let files = with_service(&EXTRA.replace("LANG_A", "tl").replace("LANG_B", "tl"));
    let line = line_of(&files.directory.text, "id = \"extra_line\"") - 1;
    let diags = diagnostics(&files);
    assert_reported(
        &diags,
        "data/directory.toml",
        Some(line),
        "`tl` is written `fil`",
    );
    let files = with_service(&EXTRA.replace("LANG_A", "pt-BR").replace("LANG_B", "pt-BR"));
    assert_reported(
        &diagnostics(&files),
        "data/directory.toml",
        Some(line),
        "`pt-BR` is not a language tag",
    );
}

#[test]
fn a_listed_language_without_a_contact_or_interpretation_is_refused() {
    let files = with_service(&EXTRA.replace("LANG_A", "vi").replace("LANG_B", "ne"));
    let line = line_of(&files.directory.text, "id = \"extra_line\"") - 1;
    let diags = diagnostics(&files);
    assert_reported(
        &diags,
        "data/directory.toml",
        Some(line),
        "lists language `ne` but no contact",
    );
    // The contact's `vi` is not among the languages the service lists either.
    assert_reported(
        &diags,
        "data/directory.toml",
        Some(line),
        "`vi` is missing from the service's `languages`",
    );
    // Interpretation that covers the language backs it.
    let interpreted = EXTRA.replace("LANG_A", "vi").replace("LANG_B", "vi\", \"ne").replace(
        "languages_confirmed = false",
        "languages_confirmed = false\ninterpretation = { method = \"three_way_call\", languages = [\"ne\"] }",
    );
    let diags = diagnostics(&with_service(&interpreted));
    assert!(
        !diags
            .iter()
            .any(|d| d.message.contains("extra_line") && d.message.contains("language")),
        "{diags:?}"
    );
}

#[test]
fn an_assured_date_needs_its_source() {
    let files = with_service(
        &EXTRA
            .replace("LANG_A", "vi")
            .replace("LANG_B", "vi")
            .replace("assured_by = \"https://example.org/extra\"\n", ""),
    );
    let line = line_of(&files.directory.text, "id = \"extra_line\"") - 1;
    assert_reported(
        &diagnostics(&files),
        "data/directory.toml",
        Some(line),
        "has no `assured_by`",
    );
    let files = with_service(
        &EXTRA
            .replace("LANG_A", "vi")
            .replace("LANG_B", "vi")
            .replace(
                "assured_by = \"https://example.org/extra\"",
                "assured_by = \"https://example.org/blog\"",
            ),
    );
    assert_reported(
        &diagnostics(&files),
        "data/directory.toml",
        Some(line),
        "assured_by `https://example.org/blog` is not one of its `sources`",
    );
}

#[test]
fn an_override_that_moves_an_assured_date_names_its_source() {
    let mut files = ContentFiles::embedded();
    files.site_override = Some(madoguchi_core::SourceFile::new(
        "site.toml",
        "\n[[service]]\nid = \"houterasu\"\nassured_date = \"2026-04-01\"\n",
    ));
    assert_reported(
        &diagnostics(&files),
        "site.toml",
        Some(2),
        "needs `assured_by`",
    );
}

#[test]
fn unbalanced_ruby_markup_names_file_and_line() {
    let mut files = ContentFiles::embedded();
    let plain = files
        .locales
        .iter_mut()
        .find(|l| l.lang == "ja-x-plain" && l.file.name.ends_with("ui.ftl"))
        .expect("ja-x-plain ui.ftl");
    plain
        .file
        .text
        .push_str("\nruby-broken = 被害《ひがい を うけた\n");
    let line = line_of(&plain.file.text, "ruby-broken =");
    let name = plain.file.name.clone();
    let diags = diagnostics(&files);
    assert_reported(
        &diags,
        &name,
        Some(line),
        "`ruby-broken`: ruby markup is unbalanced",
    );
}
