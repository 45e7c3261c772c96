//! The terminal interview and the text form of `route`. Every word shown comes from the locales.

use std::collections::BTreeSet;
use std::io::{BufRead, Write};

use madoguchi_core::i18n::{FluentArgs, FluentValue, Localizer};
use madoguchi_core::{Answer, Answers, App, QuestionView, Referral, UNKNOWN};

use crate::error::CliError;
use crate::read_line;

pub(crate) fn text(l: &Localizer, lang: &str, id: &str) -> String {
    l.text(lang, id)
}

pub(crate) fn text_with(
    l: &Localizer,
    lang: &str,
    id: &str,
    pairs: &[(&'static str, FluentValue<'static>)],
) -> String {
    let mut args = FluentArgs::new();
    for (name, value) in pairs {
        args.set(*name, value.clone());
    }
    l.format(lang, id, Some(&args)).text
}

/// Staff text, with the client text beside it when the languages differ.
fn both(staff: &str, client: &str) -> String {
    if staff == client {
        staff.to_string()
    } else {
        format!("{staff} / {client}")
    }
}

/// Parses the numbers typed for a question; `None` if any is not an option, or if "unknown" is
/// mixed with other answers.
fn parse_choice(view: &QuestionView, line: &str) -> Option<Answer> {
    let mut values = BTreeSet::new();
    for part in line.split([' ', ',']).filter(|p| !p.is_empty()) {
        let n: u8 = part.parse().ok()?;
        let option = view.options.iter().find(|o| o.key == n)?;
        values.insert(option.value.clone());
    }
    if values.is_empty() || (!view.multiple && values.len() > 1) {
        return None;
    }
    if values.contains(UNKNOWN) {
        return (values.len() == 1).then_some(Answer::Unknown);
    }
    Some(Answer::Values(values))
}

/// `walk`: the interview, then the referral cards.
pub fn run(
    app: &App,
    staff: &str,
    client: &str,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let l = app.localizer();
    writeln!(
        out,
        "{}",
        text_with(
            l,
            staff,
            "walk-title",
            &[
                ("staff", staff.to_string().into()),
                ("client", client.to_string().into())
            ]
        )
    )?;
    print_languages(app, staff, client, out)?;
    let (answers, _order) = ask(app, staff, client, input, out)?.ok_or(CliError::Unfinished)?;
    print_results(app, &answers, staff, client, out)?;
    Ok(())
}

/// Says which language each side uses and whether its translation is a draft.
pub fn print_languages(
    app: &App,
    staff: &str,
    client: &str,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let locales = app.locale_views(staff);
    for lang in [staff, client] {
        if let Some(l) = locales.iter().find(|l| l.tag == lang) {
            writeln!(out, "  {} ({}): {}", l.name, l.tag, l.status_label)?;
        }
    }
    Ok(())
}

/// A finished interview: the answers, and the question ids in the order they were answered
/// (after Back, the order of the answers that stand).
pub type Interview = (Answers, Vec<String>);

/// Asks the questions by number until the flow is finished (`0` goes back). `None` when the
/// input ends first (after saying so). Shared by `walk` and `train`.
pub fn ask(
    app: &App,
    staff: &str,
    client: &str,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> std::io::Result<Option<Interview>> {
    let l = app.localizer();
    let mut answers = Answers::new();
    let mut history: Vec<String> = Vec::new();
    while let Some(view) = app.question_view(&answers, staff, client) {
        writeln!(out)?;
        let number = view.progress.answered + 1;
        writeln!(
            out,
            "{}",
            text_with(l, staff, "walk-progress", &[("number", number.into())])
        )?;
        writeln!(out, "{}", view.staff.question)?;
        if staff != client {
            writeln!(out, "{}", view.client.question)?;
        }
        for o in &view.options {
            writeln!(out, "  {}. {}", o.key, both(&o.staff, &o.client))?;
        }
        let hint = if view.multiple {
            "walk-choose-many"
        } else {
            "walk-choose-one"
        };
        writeln!(
            out,
            "{} {}",
            text(l, staff, hint),
            text(l, staff, "walk-back-hint")
        )?;
        write!(out, "> ")?;
        out.flush()?;
        let Some(line) = read_line(input) else {
            writeln!(out)?;
            writeln!(out, "{}", text(l, staff, "walk-ended"))?;
            return Ok(None);
        };
        if line == "0" {
            if let Some(previous) = history.pop() {
                answers.remove(&previous);
            }
            continue;
        }
        match parse_choice(&view, &line) {
            Some(answer) => {
                answers.insert(view.id.clone(), answer);
                history.push(view.id);
            }
            None => writeln!(out, "{}", text(l, staff, "walk-invalid"))?,
        }
    }
    Ok(Some((answers, history)))
}

/// The referral cards for the answers, as `walk` ends.
fn print_results(
    app: &App,
    answers: &Answers,
    staff: &str,
    client: &str,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let l = app.localizer();
    let facts = app.facts(answers);
    let today = chrono_today();
    let cards = app.referral_views(&facts, staff, client, today);
    writeln!(out)?;
    writeln!(out, "== {} ==", text(l, staff, "walk-results"))?;
    if cards.is_empty() {
        writeln!(out, "{}", text(l, staff, "walk-no-referrals"))?;
    }
    for (i, referral) in cards.iter().enumerate() {
        writeln!(out)?;
        writeln!(
            out,
            "{}. [{}] {}",
            i + 1,
            both(
                &referral.priority_label.staff,
                &referral.priority_label.client
            ),
            both(&referral.card.name.staff, &referral.card.name.client)
        )?;
        let first_contact = referral.card.language_fit.as_ref().and_then(|f| f.contact);
        for (index, c) in referral.card.contacts.iter().enumerate() {
            // The contact to use first in the client's language is marked with an arrow.
            let mark = if first_contact == Some(index) {
                "→"
            } else {
                " "
            };
            let shown = c
                .label
                .as_ref()
                .map_or_else(|| c.value.clone(), |l| both(&l.staff, &l.client));
            match &c.note {
                Some(note) => {
                    writeln!(out, "  {mark}{shown} ({})", both(&note.staff, &note.client))?
                }
                None => writeln!(out, "  {mark}{shown}")?,
            }
        }
        // The desk's own words, not written in the client's language: shown in Japanese.
        if let Some(mark) = &referral.card.japanese_only {
            writeln!(out, "   {}", both(&mark.label.staff, &mark.label.client))?;
        }
        if let Some(fit) = &referral.card.language_fit {
            writeln!(out, "   {}", both(&fit.label.staff, &fit.label.client))?;
            if let Some(advice) = &fit.advice {
                writeln!(out, "   {}", advice.staff)?;
                if staff != client {
                    writeln!(out, "   {}", advice.client)?;
                }
            }
        }
        writeln!(
            out,
            "   {}: {}",
            text(l, staff, "walk-hours"),
            referral.card.hours.staff
        )?;
        if staff != client {
            writeln!(out, "   {}", referral.card.hours.client)?;
        }
        writeln!(out, "   {}", referral.card.expect.staff)?;
        if staff != client {
            writeln!(out, "   {}", referral.card.expect.client)?;
        }
        for reason in &referral.reasons {
            writeln!(
                out,
                "   {}: {} [{}]",
                text(l, staff, "walk-why"),
                reason.text.staff,
                reason.rule
            )?;
            if staff != client {
                writeln!(out, "      {}", reason.text.client)?;
            }
            writeln!(
                out,
                "      {}: {}",
                text(l, staff, "walk-source"),
                reason.sources.join("; ")
            )?;
        }
        if let Some(mark) = &referral.card.check_before_use {
            writeln!(out, "   ! {}", both(&mark.staff, &mark.client))?;
        }
        writeln!(out, "   {}", referral.card.assured_label.staff)?;
    }
    Ok(())
}

fn chrono_today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// `route` without `--json`: the same list, for a person, in the staff language.
pub fn print_route(
    app: &App,
    referrals: &[Referral],
    staff: &str,
    client: Option<&str>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let l = app.localizer();
    writeln!(
        out,
        "{}",
        text_with(
            l,
            staff,
            "route-heading",
            &[("count", referrals.len().into())]
        )
    )?;
    for (i, r) in referrals.iter().enumerate() {
        // The name the card shows: the desk's own words where it wrote them.
        let name = match app.content().directory.service(&r.service) {
            Some(s) => app.service_card(s, staff, staff, chrono_today()).name.staff,
            None => text(l, staff, &format!("service-{}-name", r.service)),
        };
        let contacts: Vec<String> = app
            .content()
            .directory
            .service(&r.service)
            .map(|s| s.contacts.iter().map(|c| c.value.clone()).collect())
            .unwrap_or_default();
        writeln!(
            out,
            "{}. [{}] {} ({}) {}",
            i + 1,
            text(l, staff, &format!("priority-{}", r.priority.as_str())),
            name,
            r.service,
            contacts.join(", ")
        )?;
        writeln!(
            out,
            "   {}",
            text_with(
                l,
                staff,
                "route-rules",
                &[("rules", r.rules.join(", ").into())]
            )
        )?;
        if let (Some(fit), Some(client)) = (&r.language, client) {
            let language = app.language_name(staff, client);
            let args = [("language", language.into())];
            writeln!(
                out,
                "   {}",
                text_with(
                    l,
                    staff,
                    &format!("language-fit-{}", fit.fit.as_str()),
                    &args
                )
            )?;
            if let Some(contact) = &fit.contact {
                writeln!(
                    out,
                    "   {}: {contact}",
                    text_with(l, staff, "language-fit-contact", &args)
                )?;
            }
        }
    }
    Ok(())
}
