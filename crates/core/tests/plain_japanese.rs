//! Plain Japanese (`ja-x-plain`, やさしい日本語) follows the guideline where the client reads it:
//! a reading for every kanji, sentences of at most 50 characters.
//!
//! What the client reads (shown in the client's language on the question screen, the result
//! cards and the printed slip), and so what is checked here:
//! - `flow.ftl`: the questions (`question-*`) and their options (`value-*`). The reasons
//!   (`reason-*`) are read by the staff (shown only on the staff side of a card), so not here.
//! - `directory.ftl`: every message: service names, hours, what to expect, contact notes.
//! - `ui.ftl`: the messages of [`CLIENT_UI`]: the option "don't know", progress, the 110/119
//!   strip, titles the client sees, a card's row labels and values on the slip, the language
//!   fit, the draft mark and the slip's texts. Everything else in `ui.ftl` is the staff's screens.
//! - `training.ftl`: the case vignettes (`case-*-vignette`), read out by a role-player.
//!
//! `languages.ftl` (language names, generated from CLDR) is left out: a plain-Japanese client
//! is a Japanese speaker, for whom no language fit (the only place those names show) is shown.

use madoguchi_core::i18n::ruby::{self, RubyStyle};
use madoguchi_core::App;

const PLAIN: &str = "ja-x-plain";

/// The `ui.ftl` messages the client sees.
const CLIENT_UI: &[&str] = &[
    "option-unknown",
    "local-service-hours",
    "local-service-expect",
    "check-before-use",
    "contact-in-person-local",
    "language-fit-native",
    "language-fit-interpreter",
    "language-fit-unknown",
    "language-fit-none",
    "language-fit-contact",
    "language-fit-advice",
    "app-progress",
    "ui-strip-police",
    "ui-strip-ambulance",
    "ui-emergency-title",
    "ui-result-title",
    "ui-card-contact",
    "ui-card-language-fit",
    "ui-card-hours",
    "ui-card-free-call",
    "ui-card-anonymous",
    "ui-card-languages",
    "ui-card-expect",
    "ui-free-call-yes",
    "ui-free-call-no",
    "ui-free-call-partly",
    "ui-free-call-unconfirmed",
    "ui-anonymous-yes",
    "ui-anonymous-no",
    "ui-anonymous-partly",
    "ui-anonymous-unconfirmed",
    "ui-languages-unconfirmed",
    "ui-slip-title",
    "ui-slip-intro",
    "ui-slip-draft-footer",
    "ui-draft-marker",
];

fn is_client_facing(file: &str, id: &str) -> bool {
    let name = file.rsplit('/').next().unwrap_or(file);
    match name {
        "flow.ftl" => id.starts_with("question-") || id.starts_with("value-"),
        "directory.ftl" => true,
        "ui.ftl" => CLIENT_UI.contains(&id),
        "training.ftl" => id.starts_with("case-") && id.ends_with("-vignette"),
        _ => false,
    }
}

/// Every client-facing message of plain Japanese: (file:line id, source as written).
fn client_messages(app: &App) -> Vec<(String, String)> {
    let l = app.localizer();
    let out: Vec<(String, String)> = l
        .message_sources(PLAIN)
        .into_iter()
        .filter_map(|(id, source)| {
            let (file, line) = l.message_location(PLAIN, &id)?;
            is_client_facing(&file, &id).then(|| (format!("{file}:{line} {id}"), source))
        })
        .collect();
    out
}

fn app() -> App {
    App::embedded().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_kanji_the_client_reads_has_its_reading() {
    let app = app();
    let messages = client_messages(&app);
    // Every id of CLIENT_UI exists, and every kind of message above is there.
    for id in CLIENT_UI {
        assert!(app.localizer().has_message(PLAIN, id), "{id}");
    }
    for kind in ["question-", "value-", "service-", "case-"] {
        assert!(
            messages
                .iter()
                .any(|(at, _)| at.contains(&format!(" {kind}"))),
            "no {kind}* message"
        );
    }
    let without: Vec<String> = messages
        .iter()
        .filter_map(|(at, source)| {
            let kanji = ruby::kanji_without_reading(source);
            (!kanji.is_empty()).then(|| format!("{at}: {}", kanji.iter().collect::<String>()))
        })
        .collect();
    let count: usize = messages
        .iter()
        .map(|(_, s)| ruby::kanji_without_reading(s).len())
        .sum();
    assert_eq!(
        count,
        0,
        "kanji without a reading in client-facing plain Japanese:\n{}",
        without.join("\n")
    );
}

#[test]
fn client_sentences_are_at_most_50_characters() {
    let app = app();
    let mut long = Vec::new();
    for (at, source) in client_messages(&app) {
        // What the client reads: the text without its readings.
        let text: String = ruby::parse(&source).into_iter().map(|s| s.text).collect();
        for sentence in text.split_inclusive(['。', '？', '！', '\n']) {
            let n = sentence.trim().chars().count();
            if n > 50 {
                long.push(format!("{at} ({n}): {}", sentence.trim()));
            }
        }
    }
    assert!(
        long.is_empty(),
        "sentences over 50 characters:\n{}",
        long.join("\n")
    );
}

#[test]
fn the_terminal_shows_readings_in_parentheses_and_the_desk_gets_annotations() {
    let terminal = app();
    let text = terminal.localizer().text(PLAIN, "question-danger");
    assert!(text.contains("危(あぶ)ない"), "{text}");
    assert!(!text.contains('《') && !text.contains('\u{FFF9}'), "{text}");
    let desk = app().with_ruby_style(RubyStyle::Annotated);
    let text = desk.localizer().text(PLAIN, "question-danger");
    assert!(
        text.contains("\u{FFF9}危\u{FFFA}あぶ\u{FFFB}ない"),
        "{text}"
    );
    // Texts without markup come out exactly as before, in either style.
    for id in ["question-danger", "ui-slip-title"] {
        assert_eq!(
            desk.localizer().text("ja", id),
            terminal.localizer().text("ja", id)
        );
    }
}
