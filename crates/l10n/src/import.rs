//! Importing a reviewed translation: every unit checked against the Japanese, then the `.ftl`
//! files rewritten in place (only the changed messages; comments, order and everything else
//! kept) and the approved units recorded in `review.toml`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use madoguchi_core::i18n::REFERENCE;
use madoguchi_core::review::{
    message_sources, source_hash, write_reviews, write_value, Review, REVIEW_FILE,
};
use madoguchi_core::{App, ContentFiles, LocaleFile, SourceFile};

use crate::{parse_unit, protected_tokens, source_tokens, L10nError, Translation};

/// Why one unit was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unit `{id}`: {reason}")]
pub struct Refusal {
    pub id: String,
    pub reason: String,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Units whose text changed (written to the `.ftl` files).
    pub changed: Vec<String>,
    /// Units marked reviewed.
    pub reviewed: Vec<String>,
    /// Units that had been reviewed and changed without approval: drafts again.
    pub unreviewed: Vec<String>,
    /// The files written.
    pub files: Vec<String>,
}

fn show(set: &BTreeSet<String>) -> String {
    if set.is_empty() {
        "none".to_string()
    } else {
        set.iter().cloned().collect::<Vec<_>>().join(" ")
    }
}

/// A dial code (`#8103`), a phone number (`0120-007-110`) or a web address: carried over exactly.
fn is_code(t: &str) -> bool {
    t.starts_with('#') || t.contains('-') || t.starts_with("http")
}

fn codes(tokens: &BTreeSet<String>) -> BTreeSet<String> {
    tokens.iter().filter(|t| is_code(t)).cloned().collect()
}

/// Checks one unit's target against the Japanese: it parses as Fluent, uses the same variables,
/// carries the same dial codes, phone numbers and web addresses, and no number the Japanese
/// does not have (`9:00` for 9時 is fine; 48 for 72 is not).
fn check_unit(id: &str, source: &str, target: &str) -> Result<(), String> {
    let vars = parse_unit(id, target).map_err(|e| format!("the text is not valid Fluent: {e}"))?;
    let want = parse_unit(id, source).unwrap_or_default();
    if vars != want {
        let fmt = |s: &BTreeSet<String>| {
            show(&s.iter().map(|v| format!("${v}")).collect::<BTreeSet<_>>())
        };
        return Err(format!(
            "variables {} differ from the Japanese's {}",
            fmt(&vars),
            fmt(&want)
        ));
    }
    let (have, want) = (protected_tokens(target), source_tokens(source));
    let (have_codes, want_codes) = (codes(&have), codes(&want));
    if have_codes != want_codes {
        let missing: BTreeSet<String> = want_codes.difference(&have_codes).cloned().collect();
        let extra: BTreeSet<String> = have_codes.difference(&want_codes).cloned().collect();
        return Err(format!(
            "dial codes, phone numbers or web addresses differ from the Japanese (missing: {}; not in the Japanese: {})",
            show(&missing),
            show(&extra)
        ));
    }
    let extra: BTreeSet<String> = have
        .difference(&want)
        .filter(|t| !is_code(t) && t.chars().any(|c| c != '0'))
        .cloned()
        .collect();
    if !extra.is_empty() {
        return Err(format!(
            "numbers not in the Japanese: {} (a translation may write a number in words or leave it out, never change it)",
            show(&extra)
        ));
    }
    Ok(())
}

/// Imports `translation` into the locales directory `dir` (its `<lang>/*.ftl` and
/// `<lang>/review.toml`). `app` is the content as it stands (loaded from `dir`). Units marked
/// approved are recorded as reviewed by `reviewer` (a role or organisation) on `today`.
///
/// Refuses, naming each unit, an id the Japanese does not have and — for every unit whose text
/// changed or that is approved — a text that does not parse as Fluent or whose variables,
/// numbers, dial codes or web addresses differ from the Japanese. Nothing is written then; nor
/// when the result would not load.
pub fn import(
    app: &App,
    dir: &Path,
    translation: &Translation,
    reviewer: &str,
    today: chrono::NaiveDate,
) -> Result<ImportReport, L10nError> {
    let lang = translation.lang.as_str();
    crate::check_lang(app, lang)?;
    if reviewer.trim().is_empty() {
        return Err(L10nError::Refused(vec![Refusal {
            id: "-".into(),
            reason: "--reviewer names no role or organisation".into(),
        }]));
    }
    let l = app.localizer();
    let reference = l.message_sources(REFERENCE);
    let mut refusals = Vec::new();
    let mut changes: BTreeMap<String, String> = BTreeMap::new();
    let mut approved: BTreeSet<String> = BTreeSet::new();
    let mut seen = BTreeSet::new();
    for u in &translation.units {
        if !seen.insert(u.id.clone()) {
            refusals.push(Refusal {
                id: u.id.clone(),
                reason: "the unit appears twice".into(),
            });
            continue;
        }
        let Some(source) = reference.get(&u.id) else {
            refusals.push(Refusal {
                id: u.id.clone(),
                reason: "no message of the Japanese reference has this id".into(),
            });
            continue;
        };
        let Some(target) = u.target.as_deref().filter(|t| !t.trim().is_empty()) else {
            if u.approved {
                refusals.push(Refusal {
                    id: u.id.clone(),
                    reason: "approved, but there is no translation".into(),
                });
            }
            continue;
        };
        let current = l.message_source(lang, &u.id);
        let changed = current != Some(target);
        if changed || u.approved {
            if let Err(reason) = check_unit(&u.id, source, target) {
                refusals.push(Refusal {
                    id: u.id.clone(),
                    reason,
                });
                continue;
            }
        }
        if changed {
            changes.insert(u.id.clone(), target.to_string());
        }
        if u.approved {
            approved.insert(u.id.clone());
        }
    }
    if !refusals.is_empty() {
        return Err(L10nError::Refused(refusals));
    }

    // The locale's files as they are on disk, with the changes applied.
    let locale_dir = dir.join(lang);
    let mut report = ImportReport::default();
    let mut new_files: Vec<(std::path::PathBuf, String)> = Vec::new();
    let mut placed = BTreeSet::new();
    let mut ftl: Vec<std::path::PathBuf> = std::fs::read_dir(&locale_dir)
        .map_err(|e| io(&locale_dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    ftl.sort();
    for path in &ftl {
        let text = std::fs::read_to_string(path).map_err(|e| io(path, e))?;
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        let mut edits: Vec<(usize, usize, String)> = message_sources(&text)
            .into_iter()
            .filter_map(|m| {
                let value = changes.get(&m.id)?;
                placed.insert(m.id.clone());
                let written = match m.id.split_once('.') {
                    Some((_, attr)) => write_value(attr, value, true),
                    None => write_value(&m.id, value, false),
                };
                Some((m.start, m.end, written))
            })
            .collect();
        // Units new to this locale go to the file their message has in the reference.
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let mut appended = Vec::new();
        for (id, value) in &changes {
            if placed.contains(id) || id.contains('.') {
                continue;
            }
            let home = l
                .message_location(REFERENCE, id)
                .map(|(f, _)| f.ends_with(&format!("/{name}")))
                .unwrap_or(false);
            if home {
                placed.insert(id.clone());
                appended.push(write_value(id, value, false));
            }
        }
        if edits.is_empty() && appended.is_empty() {
            continue;
        }
        edits.sort_by_key(|e| std::cmp::Reverse(e.0));
        for (start, end, written) in edits {
            let new: Vec<String> = written.lines().map(str::to_string).collect();
            lines.splice(start..end, new);
        }
        let mut out = lines.join("\n");
        out.push('\n');
        for a in appended {
            out.push_str(&a);
        }
        new_files.push((path.clone(), out));
    }
    if let Some(id) = changes.keys().find(|id| !placed.contains(*id)) {
        return Err(L10nError::Refused(vec![Refusal {
            id: id.clone(),
            reason:
                "an attribute the translation's message does not have yet; add the message first"
                    .into(),
        }]));
    }

    // Review state: approved units reviewed against the current Japanese; a reviewed unit that
    // changed without approval is a draft again.
    let mut reviews = l.reviews(lang);
    for id in &approved {
        reviews.insert(
            id.clone(),
            Review {
                by: reviewer.trim().to_string(),
                on: today.format("%Y-%m-%d").to_string(),
                ja: source_hash(&reference[id]),
            },
        );
        report.reviewed.push(id.clone());
    }
    for id in changes.keys() {
        if !approved.contains(id) && reviews.remove(id).is_some() {
            report.unreviewed.push(id.clone());
        }
    }
    let review_path = locale_dir.join(REVIEW_FILE);
    if reviews != l.reviews(lang) {
        new_files.push((review_path, write_reviews(&reviews)));
    }

    // The result must load as cleanly as before.
    let mut files = ContentFiles::embedded()
        .with_locales_dir(dir)
        .map_err(|e| L10nError::Invalid(e.to_string()))?;
    for (path, text) in &new_files {
        let name = path.display().to_string();
        match files
            .locales
            .iter_mut()
            .find(|f| f.lang == lang && Path::new(&f.file.name) == path.as_path())
        {
            Some(f) => f.file = SourceFile::new(name, text.clone()),
            None => files.locales.push(LocaleFile {
                lang: lang.to_string(),
                file: SourceFile::new(name, text.clone()),
            }),
        }
    }
    let after = App::load(&files).map_err(|e| L10nError::Invalid(e.to_string()))?;
    let before: BTreeSet<String> = app
        .translation_gaps()
        .iter()
        .map(|d| d.message.clone())
        .collect();
    if let Some(d) = after
        .translation_gaps()
        .iter()
        .find(|d| !before.contains(&d.message))
    {
        return Err(L10nError::Invalid(d.to_string()));
    }

    for (path, text) in &new_files {
        madoguchi_core::atomic::write_atomically(path, text.as_bytes()).map_err(|e| io(path, e))?;
        report.files.push(path.display().to_string());
    }
    report.changed = changes.into_keys().collect();
    Ok(report)
}

fn io(path: &Path, source: std::io::Error) -> L10nError {
    L10nError::Io {
        path: path.display().to_string(),
        source,
    }
}
