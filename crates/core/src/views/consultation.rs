//! View models: what a screen or the terminal shows, with every text already formatted in the
//! staff language and in the client language. Front ends render these and decide nothing.

use chrono::NaiveDate;
use fluent_bundle::FluentArgs;
use serde::Serialize;

use crate::app::App;
use crate::content::{
    language_fit, spoken_language, Availability, Confidence, ContactKind, Fit, Origin, Service,
};
use crate::model::{Answers, Facts, Priority, UNKNOWN};

/// Message ids the views use besides those the data names.
pub(crate) const VIEW_MESSAGES: &[&str] = &[
    "option-unknown",
    "priority-emergency",
    "priority-urgent",
    "priority-standard",
    "local-service-hours",
    "local-service-expect",
    "check-before-use",
    "assured-on",
    "list-separator",
    "locale-status-reference",
    "locale-status-reviewed",
    "locale-status-draft",
    "contact-in-person-local",
    "language-fit-native",
    "language-fit-interpreter",
    "language-fit-unknown",
    "language-fit-none",
    "language-fit-contact",
    "language-fit-advice",
];

/// The same text in the staff and the client language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReferralText {
    pub staff: String,
    pub client: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct QuestionText {
    pub question: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OptionView {
    /// The fact value, or `unknown`.
    pub value: String,
    /// The number key that picks it (1-based).
    pub key: u8,
    pub staff: String,
    pub client: String,
}

/// Where the consultation stands: questions answered, and questions still to come as far as the
/// answers so far tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Progress {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub answered: usize,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub remaining: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct QuestionView {
    pub id: String,
    pub fact: String,
    /// Several options may be chosen.
    pub multiple: bool,
    pub staff: QuestionText,
    pub client: QuestionText,
    pub options: Vec<OptionView>,
    pub progress: Progress,
    /// The question or an option in the client language is an unreviewed translation.
    pub client_draft: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ContactView {
    #[cfg_attr(
        feature = "ts",
        ts(type = "\"dial\" | \"phone\" | \"web\" | \"email\" | \"in_person\"")
    )]
    pub kind: ContactKind,
    pub value: String,
    /// What to show instead of the value when the value is no number or address: an in-person
    /// contact at the nearest local office (`local`).
    pub label: Option<ReferralText>,
    pub note: Option<ReferralText>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReasonView {
    pub rule: String,
    pub text: ReferralText,
    pub sources: Vec<String>,
}

/// Whether the client can use the service in their language, and which contact to use first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LanguageFitView {
    pub fit: Fit,
    /// The contact (index into the card's `contacts`) to use first in the client's language.
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub contact: Option<usize>,
    /// The mark beside that contact ("in <language>, use this contact first"); `None` when no
    /// contact is named.
    pub contact_label: Option<ReferralText>,
    /// The fit in words, naming the client's language.
    pub label: ReferralText,
    /// What staff can do when the client cannot use the service in their own language.
    pub advice: Option<ReferralText>,
}

/// What every card of a service shows, on the result screen, the slip and the Directory screen
/// alike: built once, by [`App::service_card`], so the cards cannot drift apart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ServiceCard {
    pub service: String,
    pub name: ReferralText,
    pub contacts: Vec<ContactView>,
    pub hours: ReferralText,
    pub expect: ReferralText,
    #[cfg_attr(
        feature = "ts",
        ts(type = "\"yes\" | \"no\" | \"partly\" | \"unconfirmed\"")
    )]
    pub free_call: Availability,
    #[cfg_attr(
        feature = "ts",
        ts(type = "\"yes\" | \"no\" | \"partly\" | \"unconfirmed\"")
    )]
    pub anonymous: Availability,
    pub languages: Vec<String>,
    pub languages_confirmed: bool,
    /// The fit for the client's language; `None` for a Japanese-speaking client on a service staffed
    /// in Japanese (nothing to tell).
    pub language_fit: Option<LanguageFitView>,
    pub sources: Vec<String>,
    pub assured_date: NaiveDate,
    pub assured_label: ReferralText,
    #[cfg_attr(
        feature = "ts",
        ts(type = "\"high\" | \"medium\" | \"low\" | \"unconfirmed\"")
    )]
    pub confidence: Confidence,
    /// Shown as a "check before use" mark: old or unconfirmed entry.
    pub check_before_use: Option<ReferralText>,
    #[cfg_attr(
        feature = "ts",
        ts(
            type = "{ kind: \"shipped\" } | { kind: \"overridden\", file: string } | { kind: \"local\", file: string, label: string, refer_with: string }"
        )
    )]
    pub origin: Origin,
    /// Some client-language text of this card is a translation nobody has reviewed against
    /// the current Japanese (a draft or stale message): the card carries a small marker.
    pub client_draft: bool,
}

/// A referral of the result screen and the slip: the service's card, its priority and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReferralView {
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(flatten))]
    pub card: ServiceCard,
    #[cfg_attr(feature = "ts", ts(type = "\"emergency\" | \"urgent\" | \"standard\""))]
    pub priority: Priority,
    pub priority_label: ReferralText,
    pub reasons: Vec<ReasonView>,
}

impl App {
    pub(crate) fn both(
        &self,
        staff: &str,
        client: &str,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> ReferralText {
        ReferralText {
            staff: self.localizer().format(staff, id, args).text,
            client: self.localizer().format(client, id, args).text,
        }
    }

    /// The next question with its options, or `None` when the flow is finished.
    pub fn question_view(
        &self,
        answers: &Answers,
        staff: &str,
        client: &str,
    ) -> Option<QuestionView> {
        let applicable = crate::engine::applicable_questions(self.content(), answers);
        let answered = applicable.iter().filter(|(_, a)| *a).count();
        let q = applicable.iter().find(|(_, a)| !a).map(|(q, _)| *q)?;
        let remaining = applicable.iter().filter(|(_, a)| !a).count();
        let fact = self.content().flow.fact(&q.fact)?;
        let mut options: Vec<OptionView> = q
            .options
            .iter()
            .map(|value| {
                let t = self.both(staff, client, &format!("value-{}-{}", q.fact, value), None);
                (value.clone(), t)
            })
            .chain(q.allow_unknown.then(|| {
                (
                    UNKNOWN.to_string(),
                    self.both(staff, client, "option-unknown", None),
                )
            }))
            .enumerate()
            .map(|(i, (value, t))| OptionView {
                value,
                key: u8::try_from(i + 1).unwrap_or(u8::MAX),
                staff: t.staff,
                client: t.client,
            })
            .collect();
        options.shrink_to_fit();
        let text = self.both(staff, client, &format!("question-{}", q.id), None);
        let l = self.localizer();
        let client_draft = l.is_draft(client, &format!("question-{}", q.id))
            || options.iter().any(|o| {
                let id = if o.value == UNKNOWN {
                    "option-unknown".to_string()
                } else {
                    format!("value-{}-{}", q.fact, o.value)
                };
                l.is_draft(client, &id)
            });
        Some(QuestionView {
            client_draft,
            id: q.id.clone(),
            fact: q.fact.clone(),
            multiple: fact.multiple,
            staff: QuestionText {
                question: text.staff,
            },
            client: QuestionText {
                question: text.client,
            },
            options,
            progress: Progress {
                answered,
                remaining,
            },
        })
    }

    /// The referrals for `facts` as cards, in order.
    pub fn referral_views(
        &self,
        facts: &Facts,
        staff: &str,
        client: &str,
        today: NaiveDate,
    ) -> Vec<ReferralView> {
        self.route_for_client(facts, client)
            .into_iter()
            .filter_map(|r| {
                let s = self.content().directory.service(&r.service)?;
                let reasons = r
                    .rules
                    .iter()
                    .filter_map(|id| self.content().flow.rule(id))
                    .map(|rule| ReasonView {
                        rule: rule.id.clone(),
                        text: self.both(staff, client, &rule.reason, None),
                        sources: rule.sources.clone(),
                    })
                    .collect();
                Some(ReferralView {
                    card: self.service_card(s, staff, client, today),
                    priority: r.priority,
                    priority_label: self.both(
                        staff,
                        client,
                        &format!("priority-{}", r.priority.as_str()),
                        None,
                    ),
                    reasons,
                })
            })
            .collect()
    }

    /// The service's fit for the client's language, in words for both sides of the desk.
    fn language_fit_view(&self, s: &Service, staff: &str, client: &str) -> Option<LanguageFitView> {
        let fit = language_fit(s, client);
        if fit.fit == Fit::Native && spoken_language(client) == "ja" {
            return None;
        }
        // Each side names the client's language in its own words: ネパール語 for Japanese staff,
        // नेपाली for the Nepali client.
        let on_both_sides = |id: &str| {
            let on = |lang: &str| {
                let mut args = FluentArgs::new();
                args.set("language", self.language_name(lang, client));
                self.localizer().format(lang, id, Some(&args)).text
            };
            ReferralText {
                staff: on(staff),
                client: on(client),
            }
        };
        let label = on_both_sides(&format!("language-fit-{}", fit.fit.as_str()));
        let advice = matches!(fit.fit, Fit::Unknown | Fit::None)
            .then(|| on_both_sides("language-fit-advice"));
        let contact_label = fit
            .contact_index
            .map(|_| on_both_sides("language-fit-contact"));
        Some(LanguageFitView {
            fit: fit.fit,
            contact: fit.contact_index,
            contact_label,
            label,
            advice,
        })
    }

    /// The name, in `lang`, of the language a client of locale `client` speaks
    /// (`locales/<lang>/languages.ftl`, generated from CLDR).
    pub fn language_name(&self, lang: &str, client: &str) -> String {
        self.localizer()
            .format(lang, &format!("language-name-{client}"), None)
            .text
    }

    /// A service's card in the staff and the client language: a site's own entry shows its
    /// label and the generic hours/expect texts, a shipped or overridden one its messages.
    pub fn service_card(
        &self,
        s: &Service,
        staff: &str,
        client: &str,
        today: NaiveDate,
    ) -> ServiceCard {
        let (name, hours, expect) = match &s.origin {
            Origin::Local { label, .. } => (
                ReferralText {
                    staff: label.clone(),
                    client: label.clone(),
                },
                self.both(staff, client, "local-service-hours", None),
                self.both(staff, client, "local-service-expect", None),
            ),
            _ => (
                self.both(staff, client, &format!("service-{}-name", s.id), None),
                self.both(staff, client, &format!("service-{}-hours", s.id), None),
                self.both(staff, client, &format!("service-{}-expect", s.id), None),
            ),
        };
        let mut date_args = FluentArgs::new();
        date_args.set("date", s.assured_date.format("%Y-%m-%d").to_string());
        let text_ids: Vec<String> = match &s.origin {
            Origin::Local { .. } => vec![
                "local-service-hours".to_string(),
                "local-service-expect".to_string(),
            ],
            _ => ["name", "hours", "expect"]
                .iter()
                .map(|k| format!("service-{}-{k}", s.id))
                .collect(),
        };
        let client_draft = text_ids
            .iter()
            .chain(s.contacts.iter().filter_map(|c| c.note.as_ref()))
            .any(|id| self.localizer().is_draft(client, id));
        ServiceCard {
            client_draft,
            service: s.id.clone(),
            name,
            contacts: s
                .contacts
                .iter()
                .map(|c| ContactView {
                    kind: c.kind,
                    value: c.value.clone(),
                    label: (c.kind == ContactKind::InPerson && c.value == "local")
                        .then(|| self.both(staff, client, "contact-in-person-local", None)),
                    note: c.note.as_ref().map(|n| self.both(staff, client, n, None)),
                })
                .collect(),
            hours,
            expect,
            free_call: s.free_call,
            anonymous: s.anonymous,
            languages: s.languages.clone(),
            languages_confirmed: s.languages_confirmed,
            language_fit: self.language_fit_view(s, staff, client),
            sources: s.sources.clone(),
            assured_date: s.assured_date,
            assured_label: self.both(staff, client, "assured-on", Some(&date_args)),
            confidence: s.confidence,
            check_before_use: s
                .check_before_use(today)
                .then(|| self.both(staff, client, "check-before-use", None)),
            origin: s.origin.clone(),
        }
    }
}

/// A question already answered, as a summary line shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AnsweredView {
    pub question: String,
    pub text: ReferralText,
    /// The chosen option labels, joined.
    pub answer: ReferralText,
}

/// Everything the consultation screen needs after each answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ConsultationView {
    /// The next question, or `None` when the flow is finished.
    pub question: Option<QuestionView>,
    /// Emergency referrals the answers so far already call for (shown at once, before the end).
    pub emergencies: Vec<ReferralView>,
    /// Every referral for the answers so far, in order (the result screen when finished).
    pub referrals: Vec<ReferralView>,
    pub answered: Vec<AnsweredView>,
}

/// A shipped locale as the language pickers show it, with its status in the staff language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LocaleView {
    pub tag: String,
    pub name: String,
    #[cfg_attr(feature = "ts", ts(type = "\"reference\" | \"reviewed\" | \"draft\""))]
    pub status: crate::i18n::TranslationStatus,
    pub status_label: String,
    pub produced_by: String,
}

impl App {
    /// The state of a consultation after `answers`: next question, emergencies so far, referrals.
    pub fn consultation_view(
        &self,
        answers: &Answers,
        staff: &str,
        client: &str,
        today: NaiveDate,
    ) -> ConsultationView {
        let facts = self.facts(answers);
        let referrals = self.referral_views(&facts, staff, client, today);
        let emergencies = referrals
            .iter()
            .filter(|r| r.priority == Priority::Emergency)
            .cloned()
            .collect();
        let answered = crate::engine::applicable_questions(self.content(), answers)
            .into_iter()
            .filter_map(|(q, _)| {
                let answer = answers.get(&q.id)?;
                let ids: Vec<String> = match answer {
                    crate::model::Answer::Unknown => vec!["option-unknown".to_string()],
                    crate::model::Answer::Values(values) => q
                        .options
                        .iter()
                        .filter(|o| values.contains(*o))
                        .map(|o| format!("value-{}-{}", q.fact, o))
                        .collect(),
                };
                let join = |lang: &str| {
                    ids.iter()
                        .map(|id| self.localizer().text(lang, id))
                        .collect::<Vec<_>>()
                        .join(self.localizer().text(lang, "list-separator").as_str())
                };
                Some(AnsweredView {
                    question: q.id.clone(),
                    text: self.both(staff, client, &format!("question-{}", q.id), None),
                    answer: ReferralText {
                        staff: join(staff),
                        client: join(client),
                    },
                })
            })
            .collect();
        ConsultationView {
            question: self.question_view(answers, staff, client),
            emergencies,
            referrals,
            answered,
        }
    }

    /// The referral slip: every card in the client's language with Japanese beside it.
    pub fn slip_view(
        &self,
        answers: &Answers,
        client: &str,
        today: NaiveDate,
    ) -> Vec<ReferralView> {
        self.referral_views(&self.facts(answers), crate::i18n::REFERENCE, client, today)
    }

    /// The shipped locales for the language pickers, status labels in the staff language.
    pub fn locale_views(&self, staff: &str) -> Vec<LocaleView> {
        self.localizer()
            .locales()
            .into_iter()
            .map(|l| {
                let status_id = match l.info.status {
                    crate::i18n::TranslationStatus::Reference => "locale-status-reference",
                    crate::i18n::TranslationStatus::Reviewed => "locale-status-reviewed",
                    crate::i18n::TranslationStatus::Draft => "locale-status-draft",
                };
                LocaleView {
                    status_label: self.localizer().text(staff, status_id),
                    tag: l.tag,
                    name: l.info.name,
                    status: l.info.status,
                    produced_by: l.info.produced_by,
                }
            })
            .collect()
    }

    /// Every message whose id starts with `prefix`, formatted in `lang` (the UI's chrome texts).
    pub fn texts(&self, lang: &str, prefix: &str) -> std::collections::BTreeMap<String, String> {
        self.localizer()
            .message_ids(crate::i18n::REFERENCE)
            .into_iter()
            .filter(|id| id.starts_with(prefix))
            .map(|id| {
                let text = self.localizer().text(lang, &id);
                (id, text)
            })
            .collect()
    }
}
