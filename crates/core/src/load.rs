//! Loading the app: content and texts, checked together. This sits above every room because the
//! check needs each room's list of the messages it shows: a message missing from the reference
//! locale stops loading here, not on a screen.

use crate::app::App;
use crate::content::{Content, ContentFiles, Origin};
use crate::i18n::{Localizer, REFERENCE};
use crate::model::{Diagnostic, Error, OVERRIDE_ERROR_MESSAGES};
use crate::training::TRAINING_MESSAGES;
use crate::views::{DIRECTORY_MESSAGES, REPORT_MESSAGES, VIEW_MESSAGES};

impl App {
    /// The content embedded in this binary.
    pub fn embedded() -> Result<App, Error> {
        App::load(&ContentFiles::embedded())
    }

    /// Parses and validates everything; every problem is reported with file and line.
    pub fn load(files: &ContentFiles) -> Result<App, Error> {
        let mut diags: Vec<Diagnostic> = Vec::new();
        let mut gaps: Vec<Diagnostic> = Vec::new();
        let localizer = Localizer::build(&files.locales, &mut diags, &mut gaps);
        let content = match Content::load(files) {
            Ok(c) => c,
            Err(mut d) => {
                d.extend(diags);
                return Err(Error::Invalid(d));
            }
        };
        let shipped: Vec<String> = localizer.locales().into_iter().map(|l| l.tag).collect();
        localizer.check_reference(&required_messages(&content, &shipped), &mut diags);
        check_site_notes(&content, &localizer, &mut diags);
        gaps.extend(localizer.translation_gaps());
        if diags.is_empty() {
            Ok(App::from_parts(content, localizer, gaps))
        } else {
            Err(Error::Invalid(diags))
        }
    }
}

/// A contact note in the site override file names a message the reference locale must have:
/// one that is missing is the override's error, reported at its entry's line.
fn check_site_notes(content: &Content, localizer: &Localizer, diags: &mut Vec<Diagnostic>) {
    for s in &content.directory.services {
        if matches!(s.origin, Origin::Shipped) {
            continue;
        }
        for (i, c) in s.contacts.iter().enumerate() {
            let Some(note) = &c.note else { continue };
            if !localizer.has_message(REFERENCE, note) {
                diags.push(Diagnostic::new(
                    &s.file,
                    Some(s.line),
                    format!(
                        "service `{}`: contacts[{i}].note `{note}` is not a message of locales/{} (a note names a message id)",
                        s.id,
                        REFERENCE
                    ),
                ).with_kind("ui-override-error-entry"));
            }
        }
    }
}

/// Every message id the content names, with what names it (for the error message).
fn required_messages(content: &Content, localizer_tags: &[String]) -> Vec<(String, String)> {
    let mut ids = Vec::new();
    for q in &content.flow.questions {
        ids.push((format!("question-{}", q.id), format!("question `{}`", q.id)));
        for o in &q.options {
            ids.push((
                format!("value-{}-{}", q.fact, o),
                format!("question `{}`", q.id),
            ));
        }
    }
    for r in &content.flow.rules {
        ids.push((r.reason.clone(), format!("rule `{}`", r.id)));
    }
    for s in &content.directory.services {
        if !matches!(s.origin, Origin::Local { .. }) {
            for part in ["name", "hours", "expect"] {
                ids.push((
                    format!("service-{}-{part}", s.id),
                    format!("service `{}`", s.id),
                ));
            }
        }
        // Notes of the site's entries are checked by `check_site_notes`, against their lines.
        if matches!(s.origin, Origin::Shipped) {
            for c in &s.contacts {
                if let Some(note) = &c.note {
                    ids.push((note.clone(), format!("service `{}`", s.id)));
                }
            }
        }
        if let Some(note) = s.interpretation.as_ref().and_then(|i| i.note.as_ref()) {
            ids.push((note.clone(), format!("service `{}`", s.id)));
        }
    }
    // A language fit names the client's language in each language on screen.
    for tag in localizer_tags {
        ids.push((
            format!("language-name-{tag}"),
            "the language fit of the cards".to_string(),
        ));
    }
    for id in VIEW_MESSAGES {
        ids.push((id.to_string(), "the views".to_string()));
    }
    for id in OVERRIDE_ERROR_MESSAGES {
        ids.push((id.to_string(), "override errors".to_string()));
    }
    // The screens' own labels: a gap in the reference locale stops loading, as for the views.
    for (ids_of, by) in [
        (DIRECTORY_MESSAGES, "the directory screen"),
        (REPORT_MESSAGES, "the reports screen"),
        (TRAINING_MESSAGES, "training mode"),
    ] {
        for id in ids_of {
            ids.push((id.to_string(), by.to_string()));
        }
    }
    // One entry per id, naming everything that needs it.
    let mut grouped: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for (id, by) in ids {
        let needers = grouped.entry(id).or_default();
        if !needers.contains(&by) {
            needers.push(by);
        }
    }
    grouped
        .into_iter()
        .map(|(id, by)| (id, by.join(", ")))
        .collect()
}
