//! Routing: answers → facts → next question; facts → ordered referrals. Pure and allocation-light:
//! a consultation has a dozen facts and the flow a few dozen rules.

use serde::Serialize;

use crate::content::{language_fit, Content, LanguageFit, Origin, Question};
use crate::model::{Answer, Answers, Facts, Priority};

/// One service recommended, with every rule that recommended it (in rule order).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Referral {
    pub service: String,
    pub priority: Priority,
    pub rules: Vec<String>,
    /// The service's fit for the client's language, when routing was given one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<LanguageFit>,
}

/// Walks the flow in order once: which questions apply given the answers (each with whether it
/// was answered), and the facts the answers establish. Answers to questions that no longer apply
/// (after Back changed an earlier answer) are ignored, and so are values that are not options.
fn walk<'a>(content: &'a Content, answers: &Answers) -> (Facts, Vec<(&'a Question, bool)>) {
    let mut facts = Facts::new();
    let mut applicable = Vec::new();
    for q in &content.flow.questions {
        if !q.ask_when.matches(&facts) {
            continue;
        }
        let answer = answers.get(&q.id);
        if let Some(Answer::Values(values)) = answer {
            let valid = values
                .iter()
                .filter(|v| q.options.contains(v))
                .cloned()
                .collect();
            facts.set(&q.fact, valid);
        }
        applicable.push((q, answer.is_some()));
    }
    (facts, applicable)
}

/// Facts established by the answers.
pub(crate) fn facts_from_answers(content: &Content, answers: &Answers) -> Facts {
    walk(content, answers).0
}

/// Questions that apply given the answers, in flow order, each with whether it was answered.
pub(crate) fn applicable_questions<'a>(
    content: &'a Content,
    answers: &Answers,
) -> Vec<(&'a Question, bool)> {
    walk(content, answers).1
}

/// The first question in flow order that applies and has not been answered.
pub(crate) fn next_question<'a>(content: &'a Content, answers: &Answers) -> Option<&'a Question> {
    applicable_questions(content, answers)
        .into_iter()
        .find(|(_, answered)| !answered)
        .map(|(q, _)| q)
}

/// Referrals for the facts: each service once, at the most pressing priority any rule gave it,
/// ordered by priority and then by the first rule that gave it that priority. Services whose
/// `serves` excludes a known fact are left out. A site's local service follows the shipped one it
/// goes with.
///
/// With a client language, every referral carries its language fit, and within `standard` the
/// services the client can use in their language come first (a local service stays with the one it
/// goes with, the block ranked by its best fit). `emergency` and `urgent` keep their order: safety
/// comes before language.
pub(crate) fn route(content: &Content, facts: &Facts, client_lang: Option<&str>) -> Vec<Referral> {
    let mut blocks = with_locals(content, facts, referrals_by_rule(content, facts));
    if let Some(lang) = client_lang {
        for referral in blocks.iter_mut().flatten() {
            referral.language = content
                .directory
                .service(&referral.service)
                .map(|s| language_fit(s, lang));
        }
        // Stable: equal fits keep rule order.
        blocks.sort_by_key(|block| {
            let priority = block[0].priority;
            let rank = match priority {
                Priority::Standard => block
                    .iter()
                    .filter_map(|r| r.language.as_ref().map(|l| l.fit))
                    .min(),
                Priority::Emergency | Priority::Urgent => None,
            };
            (priority, rank)
        });
    }
    blocks.into_iter().flatten().collect()
}

/// The services the matching rules refer to (and that serve the facts), each once with every
/// rule that named it and its most urgent priority; ordered by priority, then by the first rule
/// that gave it that priority.
fn referrals_by_rule(content: &Content, facts: &Facts) -> Vec<Referral> {
    // (referral, index of the first rule that gave it its priority)
    let mut found: Vec<(Referral, usize)> = Vec::new();
    for (index, rule) in content.flow.rules.iter().enumerate() {
        if !rule.when.matches(facts) {
            continue;
        }
        for target in &rule.refer {
            let eligible = content
                .directory
                .service(&target.service)
                .is_some_and(|s| s.serves.matches_or_unknown(facts));
            if !eligible {
                continue;
            }
            match found.iter_mut().find(|(r, _)| r.service == target.service) {
                Some((referral, first)) => {
                    if !referral.rules.contains(&rule.id) {
                        referral.rules.push(rule.id.clone());
                    }
                    if target.priority < referral.priority {
                        referral.priority = target.priority;
                        *first = index;
                    }
                }
                None => found.push((
                    Referral {
                        service: target.service.clone(),
                        priority: target.priority,
                        rules: vec![rule.id.clone()],
                        language: None,
                    },
                    index,
                )),
            }
        }
    }
    found.sort_by_key(|(r, first)| (r.priority, *first));
    found.into_iter().map(|(r, _)| r).collect()
}

/// Blocks: each shipped referral followed by the site's local services that go with it.
fn with_locals(content: &Content, facts: &Facts, found: Vec<Referral>) -> Vec<Vec<Referral>> {
    let mut blocks: Vec<Vec<Referral>> = Vec::with_capacity(found.len());
    for referral in found {
        let locals: Vec<Referral> = content
            .directory
            .services
            .iter()
            .filter(|s| {
                matches!(&s.origin, Origin::Local { refer_with, .. } if *refer_with == referral.service)
                    && s.serves.matches_or_unknown(facts)
            })
            .map(|s| Referral {
                service: s.id.clone(),
                priority: referral.priority,
                rules: referral.rules.clone(),
                language: None,
            })
            .collect();
        let mut block = vec![referral];
        block.extend(locals);
        blocks.push(block);
    }
    blocks
}
