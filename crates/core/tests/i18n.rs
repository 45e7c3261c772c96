//! Locales: fallback chains, negotiation, the pseudo-locale, variables, and both languages at once.

use madoguchi_core::i18n::{FluentArgs, TranslationStatus, PSEUDO, REFERENCE};
use madoguchi_core::{App, ContentFiles, Error};

fn app() -> App {
    App::embedded().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_shipped_locale_says_its_name_and_status() {
    let app = app();
    let locales = app.localizer().locales();
    assert!(locales
        .iter()
        .any(|l| l.tag == REFERENCE && l.info.status == TranslationStatus::Reference));
    for l in &locales {
        assert!(!l.info.name.trim().is_empty(), "{}", l.tag);
        assert!(!l.info.produced_by.trim().is_empty(), "{}", l.tag);
    }
    assert!(
        !locales.iter().any(|l| l.tag == PSEUDO),
        "the pseudo-locale is not offered to staff"
    );
}

#[test]
fn a_missing_message_falls_back_along_the_chain_and_says_so() {
    let mut files = ContentFiles::embedded();
    let en = files
        .locales
        .iter_mut()
        .find(|l| l.lang == "en" && l.file.text.contains("\nwalk-results ="))
        .expect("en ui.ftl");
    en.file.text = en
        .file
        .text
        .replace("\nwalk-results =", "\nwalk-results-removed =");
    let app = App::load(&files).expect("a translation gap does not stop the app");
    assert!(app
        .translation_gaps()
        .iter()
        .any(|d| d.file == "locales/en" && d.message.contains("`walk-results` is missing")));
    let text = app.localizer().format("en", "walk-results", None);
    assert!(text.fallback);
    assert_eq!(text.lang, REFERENCE);
    assert_eq!(text.text, app.localizer().text(REFERENCE, "walk-results"));
    let direct = app.localizer().format("en", "walk-why", None);
    assert!(!direct.fallback);
    assert_eq!(direct.lang, "en");
}

#[test]
fn a_gap_in_the_reference_locale_stops_loading() {
    let mut files = ContentFiles::embedded();
    let ja = files
        .locales
        .iter_mut()
        .find(|l| l.lang == REFERENCE && l.file.text.contains("\nquestion-danger ="))
        .expect("ja flow.ftl");
    ja.file.text = ja
        .file
        .text
        .replace("\nquestion-danger =", "\nquestion-dangr =");
    match App::load(&files) {
        Err(Error::Invalid(d)) => assert!(d
            .iter()
            .any(|d| d.file == "locales/ja" && d.message.contains("question-danger"))),
        other => panic!("expected a load error, got {other:?}"),
    }
}

#[test]
fn a_translation_with_other_variables_is_reported_with_its_line() {
    let mut files = ContentFiles::embedded();
    let en = files
        .locales
        .iter_mut()
        .find(|l| l.lang == "en" && l.file.text.contains("{ $date }"))
        .expect("en uses $date");
    en.file.text = en.file.text.replacen("{ $date }", "{ $day }", 1);
    let name = en.file.name.clone();
    let app = App::load(&files).expect("loads");
    assert!(
        app.translation_gaps().iter().any(|d| d.file == name
            && d.line.is_some()
            && d.message.contains("$day")
            && d.message.contains("$date")),
        "{:?}",
        app.translation_gaps()
    );
}

#[test]
fn a_message_defined_twice_is_named_at_its_second_line_with_the_first() {
    let mut files = ContentFiles::embedded();
    let en = files
        .locales
        .iter_mut()
        .find(|l| l.lang == "en" && l.file.text.contains("\nwalk-why ="))
        .expect("en ui.ftl");
    let first = 1 + en
        .file
        .text
        .lines()
        .position(|l| l.starts_with("walk-why ="))
        .expect("walk-why");
    en.file.text.push_str("\nwalk-why = once more\n");
    let second = en.file.text.lines().count();
    let name = en.file.name.clone();
    let app = App::load(&files).expect("a duplicate outside ja is a gap");
    let gap = app
        .translation_gaps()
        .iter()
        .find(|d| d.message.contains("`walk-why` is defined twice"))
        .cloned()
        .unwrap_or_else(|| panic!("{:?}", app.translation_gaps()));
    assert_eq!((gap.file.as_str(), gap.line), (name.as_str(), Some(second)));
    assert!(
        gap.message.contains(&format!(":{first})")),
        "{}",
        gap.message
    );
}

#[test]
fn plain_japanese_and_traditional_chinese_have_documented_chains() {
    let app = app();
    let l = app.localizer();
    assert_eq!(l.chain("ja"), vec!["ja"]);
    assert_eq!(l.chain("en"), vec!["en", "ja"]);
    if l.has_language("ja-x-plain") {
        assert_eq!(l.chain("ja-x-plain"), vec!["ja-x-plain", "ja"]);
    }
    if l.has_language("zh-TW") {
        assert_eq!(l.chain("zh-TW"), vec!["zh-TW", "zh-CN", "en", "ja"]);
    }
}

#[test]
fn requested_languages_are_negotiated_to_shipped_locales() {
    let app = app();
    let l = app.localizer();
    assert_eq!(l.negotiate("ja").as_deref(), Some("ja"));
    assert_eq!(l.negotiate("en-US").as_deref(), Some("en"));
    if l.has_language("pt-BR") {
        assert_eq!(l.negotiate("pt").as_deref(), Some("pt-BR"));
    }
    assert_eq!(l.negotiate("xx"), None);
}

#[test]
fn the_pseudo_locale_transforms_every_english_message() {
    let app = app();
    let l = app.localizer();
    let pseudo = l.format(PSEUDO, "walk-why", None);
    assert!(!pseudo.fallback);
    assert_ne!(pseudo.text, l.text("en", "walk-why"));
    assert!(!pseudo.text.is_ascii(), "{}", pseudo.text);
}

#[test]
fn every_message_of_every_locale_formats_without_errors() {
    let app = app();
    let l = app.localizer();
    for lang in l.languages() {
        for id in l.message_ids(&lang) {
            let text = l.format(&lang, &id, None);
            assert!(!text.text.starts_with('['), "{lang} {id}: {}", text.text);
        }
    }
}

// ## l10n: review state, derived status, formatting errors

/// A review file listing every message of `lang` as reviewed against the current Japanese.
fn review_everything(files: &ContentFiles, app: &App, lang: &str) -> madoguchi_core::LocaleFile {
    use madoguchi_core::review::{source_hash, write_reviews, Review, REVIEW_FILE};
    let l = app.localizer();
    let reviews = l
        .message_sources(lang)
        .keys()
        .map(|id| {
            let ja = l.message_source(REFERENCE, id).unwrap_or_default();
            let r = Review {
                by: "Test reviewers' association".into(),
                on: "2026-12-06".into(),
                ja: source_hash(ja),
            };
            (id.clone(), r)
        })
        .collect();
    let _ = files;
    madoguchi_core::LocaleFile {
        lang: lang.to_string(),
        file: madoguchi_core::SourceFile::new(
            format!("locales/{lang}/{REVIEW_FILE}"),
            write_reviews(&reviews),
        ),
    }
}

#[test]
fn a_locales_status_is_computed_from_its_messages_and_turns_draft_when_japanese_changes() {
    use madoguchi_core::review::MessageState;
    let base = app();
    let status = |app: &App, tag: &str| {
        app.localizer()
            .locales()
            .into_iter()
            .find(|l| l.tag == tag)
            .map(|l| l.info.status)
    };
    // Nothing is reviewed today: every translation is a draft, whatever its locale.toml says.
    assert_eq!(status(&base, "en"), Some(TranslationStatus::Draft));
    assert_eq!(status(&base, REFERENCE), Some(TranslationStatus::Reference));
    assert!(base.localizer().is_draft("en", "question-danger"));

    let mut files = ContentFiles::embedded();
    let review = review_everything(&files, &base, "en");
    files.locales.push(review);
    let reviewed = App::load(&files).expect("loads");
    assert_eq!(status(&reviewed, "en"), Some(TranslationStatus::Reviewed));
    assert_eq!(
        reviewed.localizer().message_state("en", "question-recent"),
        MessageState::Reviewed
    );
    assert!(
        !reviewed
            .localizer()
            .format("en", "question-recent", None)
            .draft
    );

    // The Japanese of one question changes after the review: that message alone is stale, and
    // the locale is a draft again.
    let ja = files
        .locales
        .iter_mut()
        .find(|l| l.lang == REFERENCE && l.file.text.contains("\nquestion-recent ="))
        .expect("ja flow.ftl");
    ja.file.text = ja
        .file
        .text
        .replace("\nquestion-recent = ", "\nquestion-recent = 確認です。");
    let changed = App::load(&files).expect("loads");
    let l = changed.localizer();
    assert_eq!(
        l.message_state("en", "question-recent"),
        MessageState::Stale
    );
    assert_eq!(
        l.message_state("en", "question-danger"),
        MessageState::Reviewed
    );
    assert!(l.format("en", "question-recent", None).draft);
    assert_eq!(status(&changed, "en"), Some(TranslationStatus::Draft));
}

#[test]
fn a_status_written_by_hand_in_locale_toml_is_refused() {
    let mut files = ContentFiles::embedded();
    let info = files
        .locales
        .iter_mut()
        .find(|l| l.lang == "en" && l.file.name.ends_with("locale.toml"))
        .expect("en locale.toml");
    info.file.text.push_str("status = \"reviewed\"\n");
    let app = App::load(&files).expect("a bad locale.toml outside ja is a gap");
    assert!(
        app.translation_gaps()
            .iter()
            .any(|d| d.file.ends_with("en/locale.toml") && d.message.contains("status")),
        "{:?}",
        app.translation_gaps()
    );
}

#[test]
fn a_message_fluent_cannot_format_is_reported_not_dropped() {
    let mut files = ContentFiles::embedded();
    let en = files
        .locales
        .iter_mut()
        .find(|l| l.lang == "en" && l.file.text.contains("\nwalk-why ="))
        .expect("en ui.ftl");
    en.file.text = en
        .file
        .text
        .replace("\nwalk-why = ", "\nwalk-why = { no-such-message } ");
    let app = App::load(&files).expect("loads");
    let problems = app.localizer().formatting_problems();
    assert!(
        problems.iter().any(|d| d.file.ends_with("en/ui.ftl")
            && d.message.contains("`walk-why` cannot be formatted")),
        "{problems:?}"
    );
    assert_eq!(problems.len(), 1, "the shipped locales format cleanly");
    let (text, errors) = app
        .localizer()
        .format_checked("en", "walk-why", None)
        .expect("the message is there");
    assert!(!errors.is_empty() && text.contains("no-such-message"));
}

/// Primary subtags written right to left; the same list as `dirOf` in ui/src/i18n.tsx.
const RIGHT_TO_LEFT: &[&str] = &[
    "ar", "fa", "ps", "ur", "he", "yi", "dv", "ckb", "sd", "ug", "syr",
];

/// Placeables that need no bidi isolation in a right-to-left message: numbers, ISO dates, and
/// names the locale writes in its own script (language names, service names, case titles).
const SAFE_IN_RIGHT_TO_LEFT: &[&str] = &[
    "number",
    "total",
    "count",
    "k",
    "year",
    "quarter",
    "records",
    "training",
    "to",
    "from",
    "hit",
    "expected",
    "date",
    "cutoff",
    "language",
    "staff",
    "client",
    "lang",
    "services",
    "case",
    "difficulty",
    "months",
    "line",
    "first",
    "max",
    "offset",
];

/// Fluent's automatic isolation stays off (its marks would land in terminal output and CSV
/// files); the screen isolates each text block with `dir`. Inside a right-to-left message, a
/// placeable that holds left-to-right text of another kind (a file path, rule ids) would carry
/// the punctuation around it to the wrong side, so the translation wraps it in FSI…PDI itself:
/// `{ "\u2068" }{ $path }{ "\u2069" }`.
#[test]
fn right_to_left_messages_isolate_every_placeable_that_is_not_a_number_date_or_own_name() {
    let files = ContentFiles::embedded();
    let mut rtl_locales = std::collections::BTreeSet::new();
    let mut bare = Vec::new();
    for lf in &files.locales {
        let primary = lf.lang.split('-').next().unwrap_or_default();
        if !RIGHT_TO_LEFT.contains(&primary) || !lf.file.name.ends_with(".ftl") {
            continue;
        }
        rtl_locales.insert(lf.lang.clone());
        for (n, line) in lf.file.text.lines().enumerate() {
            let mut rest = line;
            while let Some(at) = rest.find("{ $") {
                let before = &rest[..at];
                let name: String = rest[at + 3..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                let after = &rest[at + 3 + name.len()..];
                let isolated =
                    before.ends_with(r#"{ "\u2068" }"#) && after.starts_with(r#" }{ "\u2069" }"#);
                // A selector (`{ $kind -> …}`) chooses a variant and is not shown itself.
                let selector = after.trim_start().starts_with("->");
                if !isolated && !selector && !SAFE_IN_RIGHT_TO_LEFT.contains(&name.as_str()) {
                    bare.push(format!("{}:{}: ${name}", lf.file.name, n + 1));
                }
                rest = after;
            }
        }
    }
    assert!(
        rtl_locales.contains("ar") && rtl_locales.contains("fa-AF"),
        "{rtl_locales:?}"
    );
    assert!(
        bare.is_empty(),
        "placeables to isolate with FSI…PDI:\n{}",
        bare.join("\n")
    );

    let app = app();
    let l = app.localizer();
    let mut args = FluentArgs::new();
    args.set("path", "/srv/madoguchi/training.sqlite");
    args.set("date", "2026-04-01");
    for lang in &rtl_locales {
        let saved = l.format(lang, "train-saved", Some(&args));
        assert!(!saved.fallback, "{lang}");
        assert!(
            saved
                .text
                .contains("\u{2068}/srv/madoguchi/training.sqlite\u{2069}"),
            "{lang}: {}",
            saved.text
        );
        let checked = l.format(lang, "assured-on", Some(&args));
        assert!(
            checked.text.contains("2026-04-01"),
            "{lang}: {}",
            checked.text
        );
        assert!(
            !checked.text.contains(['\u{2068}', '\u{2069}']),
            "isolation is off: {lang}: {:?}",
            checked.text
        );
    }
}
