//! `madoguchi train`: a mock consultation. The vignette in the client's language, the same
//! interview as `walk`, then the debrief in the staff language. Nothing is written to disk,
//! unless `--db` names a log: then, after the debrief, the result (case, day, languages, score;
//! never a name) is saved there as a training result, apart from live records.

use std::io::{BufRead, Write};
use std::path::Path;

use madoguchi_core::{App, Cases, DebriefView, ServiceLine, TrainingResult};
use madoguchi_store::{OpenState, Store};

use crate::error::CliError;
use crate::walk::{self, text, text_with};

/// Problems of the training cases (load errors, disagreements with the rules), for `madoguchi
/// validate`: those in `dir` when it exists (a data copy's `scenarios/`), else the embedded ones.
pub fn problems(app: &App, dir: Option<&Path>) -> Vec<madoguchi_core::Diagnostic> {
    let files = match dir.filter(|d| d.is_dir()) {
        Some(d) => match madoguchi_core::case_files_in(d) {
            Ok(f) => f,
            Err(e) => {
                return vec![madoguchi_core::Diagnostic::new(
                    d.display().to_string(),
                    None,
                    e.to_string(),
                )]
            }
        },
        None => madoguchi_core::embedded_case_files(),
    };
    madoguchi_core::check_cases(app, &files)
}

/// `train --list`: every case with its difficulty, routes and languages.
pub fn list(app: &App, staff: &str, out: &mut dyn Write) -> Result<(), CliError> {
    let cases = Cases::embedded(app)?;
    let l = app.localizer();
    let summaries = cases.summaries(app, staff);
    writeln!(
        out,
        "{}",
        text_with(
            l,
            staff,
            "train-list-heading",
            &[("count", summaries.len().into())]
        )
    )?;
    for s in &summaries {
        let routes: Vec<&str> = s.routes.iter().map(|r| r.as_str()).collect();
        writeln!(
            out,
            "{}  {}  [{}]  {}  ({})",
            s.id,
            s.title,
            s.difficulty_label,
            routes.join(", "),
            s.languages.join(" ")
        )?;
    }
    Ok(())
}

/// `train --case ID [--db PATH]`: the whole run, saved to the log at `db` when one is given.
pub fn run(
    app: &App,
    case_id: &str,
    staff: &str,
    client: &str,
    db: Option<&Path>,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let cases = Cases::embedded(app)?;
    let Some(case) = cases.get(case_id) else {
        let ids: Vec<&str> = cases.all().iter().map(|c| c.id.as_str()).collect();
        return Err(CliError::Usage(format!(
            "unknown case `{case_id}`; cases: {}",
            ids.join(", ")
        )));
    };
    let l = app.localizer();
    let difficulty = text(
        l,
        staff,
        &format!("train-difficulty-{}", case.difficulty.as_str()),
    );
    writeln!(
        out,
        "{}",
        text_with(
            l,
            staff,
            "train-title",
            &[
                ("case", case.title(app, staff).into()),
                ("difficulty", difficulty.into())
            ]
        )
    )?;
    walk::print_languages(app, staff, client, out)?;
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        text_with(
            l,
            staff,
            "train-vignette",
            &[("lang", client.to_string().into())]
        )
    )?;
    let vignette = l.format(client, &case.vignette_message(), None);
    writeln!(out, "  {}", vignette.text)?;
    if vignette.fallback {
        // Say which language the text really is in, as every fallback does.
        writeln!(out, "  ({})", vignette.lang)?;
    }
    writeln!(out)?;
    writeln!(out, "{}", text(l, staff, "train-start"))?;
    let (answers, order) =
        walk::ask(app, staff, client, input, out)?.ok_or(CliError::Unfinished)?;
    let debrief = cases.score(app, case, &answers, &order);
    let view = cases.debrief_view(app, case, &debrief, staff, client);
    print_debrief(app, &view, out)?;
    if let Some(db) = db {
        let today = chrono::Local::now().date_naive();
        save(db, &TrainingResult::new(&debrief, today, staff, client))?;
        writeln!(out)?;
        writeln!(
            out,
            "{}",
            text_with(
                l,
                staff,
                "train-saved",
                &[("path", db.display().to_string().into())]
            )
        )?;
    }
    Ok(())
}

/// Saves a training result to the log at `db` (created if missing); a damaged log is left
/// alone.
fn save(db: &Path, result: &TrainingResult) -> Result<(), CliError> {
    let mut store = Store::open(db)?;
    crate::log::report_set_aside(&store);
    if let OpenState::ReadOnlyRecovery { reason } = store.state() {
        return Err(CliError::Log(format!(
            "{}: {reason}; it was opened read-only and left as it is, and the training result \
             was not saved",
            db.display()
        )));
    }
    store.save_training(result)?;
    Ok(())
}
fn names(app: &App, staff: &str, lines: &[ServiceLine]) -> String {
    if lines.is_empty() {
        return text(app.localizer(), staff, "train-none");
    }
    lines
        .iter()
        .map(|s| format!("{} ({})", s.name, s.service))
        .collect::<Vec<_>>()
        .join(&text(app.localizer(), staff, "list-separator"))
}

fn print_debrief(app: &App, v: &DebriefView, out: &mut dyn Write) -> std::io::Result<()> {
    let l = app.localizer();
    let staff = v.staff_lang.as_str();
    let t = |id: &str| text(l, staff, id);
    writeln!(out)?;
    writeln!(out, "== {} ==", t("train-debrief"))?;
    writeln!(out, "{}", v.score_text)?;
    writeln!(out, "{}", v.verdict)?;
    for (id, lines) in [
        ("train-hit", &v.hit),
        ("train-missed", &v.missed),
        ("train-must-not", &v.must_not),
        ("train-extra", &v.extra),
    ] {
        writeln!(out, "- {}: {}", t(id), names(app, staff, lines))?;
    }
    writeln!(out)?;
    writeln!(out, "== {} ==", t("train-emergency"))?;
    writeln!(out, "{}", v.emergency.text)?;
    writeln!(out)?;
    writeln!(out, "== {} ==", t("train-mattered"))?;
    if v.mattered.is_empty() {
        writeln!(out, "{}", t("train-none"))?;
    }
    for m in &v.mattered {
        writeln!(out, "- {} → {} [{}]", m.text, m.answer, m.question)?;
        if !m.lost.is_empty() {
            writeln!(
                out,
                "  {}",
                text_with(
                    l,
                    staff,
                    "train-mattered-lost",
                    &[("services", names(app, staff, &m.lost).into())]
                )
            )?;
        }
        if !m.gained.is_empty() {
            writeln!(
                out,
                "  {}",
                text_with(
                    l,
                    staff,
                    "train-mattered-gained",
                    &[("services", names(app, staff, &m.gained).into())]
                )
            )?;
        }
        if !m.priority_changed.is_empty() {
            writeln!(
                out,
                "  {}",
                text_with(
                    l,
                    staff,
                    "train-mattered-priority",
                    &[("services", names(app, staff, &m.priority_changed).into())]
                )
            )?;
        }
        if !m.trainee_matched {
            writeln!(out, "  ! {}", t("train-answer-differed"))?;
        }
    }
    writeln!(out)?;
    writeln!(out, "== {} ==", t("train-expected"))?;
    for e in &v.expected {
        let mark = if e.given {
            "train-given"
        } else {
            "train-not-given"
        };
        writeln!(
            out,
            "- [{}] {} ({}) — {}",
            e.priority_label,
            e.name,
            e.service,
            t(mark)
        )?;
        for w in &e.why {
            writeln!(out, "  {}: {} [{}]", t("walk-why"), w.text, w.rule)?;
            writeln!(out, "    {}: {}", t("walk-source"), w.sources.join("; "))?;
        }
    }
    writeln!(out)?;
    writeln!(out, "== {} ==", t("train-notes"))?;
    writeln!(out, "{}", v.notes.text)?;
    Ok(())
}
