//! Confirmations of what cannot be undone, asked in a native dialog that Rust opens.
//!
//! The webview cannot answer these: a script in the page (the threat if a rendering bug ever let
//! markup through) may call `purge_old_records` or `save_settings` itself, but the records go
//! only when a person presses the dialog's button. The dialog is the system's (GTK, Win32,
//! AppKit) through tauri-plugin-dialog, modal to the window, worded in the staff language; none
//! of the plugin's commands is in the webview's capability.
//!
//! The questions are built here from Fluent messages; the host (`Desk::host`) asks them, and
//! the tests answer them without a display.

use madoguchi_core::i18n::FluentArgs;
use madoguchi_core::App;

use crate::settings::PurgeCounts;

/// A yes/no question, every word in one language. "No" is the safe answer, and the one a
/// closed dialog (Escape, the window's close button) gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub title: String,
    pub message: String,
    pub yes: String,
    pub no: String,
}

fn counts_args(counts: &PurgeCounts) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("records", counts.records);
    args.set("training", counts.training_results);
    args.set("cutoff", counts.cutoff.clone());
    args
}

impl Question {
    /// Before a purge: what it deletes, exactly as the Settings screen showed it.
    pub fn purge(app: &App, lang: &str, counts: &PurgeCounts) -> Question {
        let l = app.localizer();
        Question {
            title: l.text(lang, "settings-purge-dialog-title"),
            message: l
                .format(lang, "settings-purge-dialog", Some(&counts_args(counts)))
                .text,
            yes: l.text(lang, "settings-purge-yes"),
            no: l.text(lang, "settings-purge-no"),
        }
    }

    /// Before a shorter retention is saved: what a purge would then delete (`None` when the log
    /// cannot be counted; the question still says the retention gets shorter).
    pub fn shorter_retention(
        app: &App,
        lang: &str,
        from: u32,
        to: u32,
        preview: Option<&PurgeCounts>,
    ) -> Question {
        let l = app.localizer();
        let mut args = preview.map(counts_args).unwrap_or_default();
        args.set("from", from);
        args.set("to", to);
        let message = match preview {
            Some(_) => "settings-retention-dialog",
            None => "settings-retention-dialog-uncounted",
        };
        Question {
            title: l.text(lang, "settings-retention-dialog-title"),
            message: l.format(lang, message, Some(&args)).text,
            yes: l.text(lang, "settings-retention-dialog-yes"),
            no: l.text(lang, "settings-purge-no"),
        }
    }

    /// Every message id the questions use (each must be in every locale; a test checks).
    pub const MESSAGES: &'static [&'static str] = &[
        "settings-purge-dialog-title",
        "settings-purge-dialog",
        "settings-purge-yes",
        "settings-purge-no",
        "settings-retention-dialog-title",
        "settings-retention-dialog",
        "settings-retention-dialog-uncounted",
        "settings-retention-dialog-yes",
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts() -> PurgeCounts {
        PurgeCounts {
            cutoff: "2025-06-15".into(),
            records: 1234,
            training_results: 7,
        }
    }

    #[test]
    fn the_questions_carry_the_figures_in_every_shipped_language() {
        let app = App::embedded().unwrap();
        for locale in crate::desk::shipped_locales(&app) {
            for id in Question::MESSAGES {
                assert!(
                    app.localizer().has_message(&locale, id),
                    "{locale} lacks {id}"
                );
            }
            let q = Question::purge(&app, &locale, &counts());
            assert!(q.message.contains("2025-06-15"), "{locale}: {}", q.message);
            assert!(
                q.message.contains("1234") || q.message.contains("1,234"),
                "{locale}: {}",
                q.message
            );
            assert!(!q.title.is_empty() && !q.yes.is_empty() && !q.no.is_empty());
            let q = Question::shorter_retention(&app, &locale, 3, 1, Some(&counts()));
            assert!(q.message.contains("2025-06-15"), "{locale}: {}", q.message);
            assert!(q.message.contains('3') && q.message.contains('1'));
            let q = Question::shorter_retention(&app, &locale, 3, 1, None);
            assert!(!q.message.contains('['), "{locale}: {}", q.message);
        }
        let ja = Question::purge(&app, "ja", &counts());
        assert_eq!(
            ja.title,
            app.localizer().text("ja", "settings-purge-dialog-title")
        );
    }
}
