//! The Directory screen's view model: every service of the directory (shipped, overridden by the
//! site, added by the site), with its texts in the staff and the client language, and the
//! screen's filters. Which services a concern leads to is read from the rules, never listed here.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use fluent_bundle::FluentArgs;
use serde::Serialize;

use super::consultation::{ReferralText, ServiceCard};
use crate::app::App;
use crate::content::{Availability, Hours, Origin, Service};
use crate::model::UNKNOWN;

/// Message ids the Directory screen's view uses besides those the data names (all in `ui.ftl`,
/// section "Directory screen").
pub const DIRECTORY_MESSAGES: &[&str] = &[
    "directory-open-now",
    "directory-open-unknown",
    "directory-origin-shipped",
    "directory-origin-overridden",
    "directory-origin-local",
];

/// Whether a service can be reached right now, as far as the directory tells. Only `always` and
/// `web` say yes; any other hours must be read (the directory does not hold opening times).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum OpenNow {
    Yes,
    /// Unknown: check the hours.
    Unknown,
}

impl OpenNow {
    pub fn of(hours: Hours) -> OpenNow {
        match hours {
            Hours::Always | Hours::Web => OpenNow::Yes,
            Hours::Weekdays | Hours::Varies | Hours::Unconfirmed => OpenNow::Unknown,
        }
    }
}

/// The Directory screen's filters; every one is optional and they are ANDed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DirectoryFilter {
    /// Case-insensitive, over the name and the "what to expect" text in both languages and the
    /// service id. Blank means no text filter.
    pub text: Option<String>,
    /// A `concern` value: only services some rule refers for it (and the site's services that go
    /// with them).
    pub concern: Option<String>,
    /// A language tag offered by the service; compared by primary language subtag
    /// (`zh-CN` matches `zh`, `ja-x-plain` matches `ja`).
    pub language: Option<String>,
    /// Only services with a free call (`free_call = "yes"`).
    pub free_call: bool,
    /// Only services that can be used anonymously (`anonymous = "yes"`).
    pub anonymous: bool,
    /// Only services that are open now ([`OpenNow::Yes`]).
    pub open_now: bool,
}

/// Who a service serves: one fact and the values it accepts, with their labels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ServesView {
    pub fact: String,
    pub values: Vec<String>,
    /// The values' labels, joined.
    pub labels: ReferralText,
}

/// One entry of the Directory screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DirectoryEntryView {
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(flatten))]
    pub card: ServiceCard,
    pub serves: Vec<ServesView>,
    pub open_now: OpenNow,
    pub open_now_label: ReferralText,
    /// "Shipped", "changed by this site" or "added by this site".
    pub origin_label: ReferralText,
}

/// A message in the staff and the client language.
pub(crate) fn pair(
    app: &App,
    staff: &str,
    client: &str,
    id: &str,
    args: Option<&FluentArgs>,
) -> ReferralText {
    ReferralText {
        staff: app.localizer().format(staff, id, args).text,
        client: app.localizer().format(client, id, args).text,
    }
}

impl App {
    /// The services some rule refers when `concern` has this value (the rule's `when` lists the
    /// value for `concern`), and the site's services that go with them. Empty for a value the
    /// rules do not mention.
    pub fn services_for_concern(&self, concern: &str) -> BTreeSet<String> {
        let content = self.content();
        let mut ids: BTreeSet<String> = content
            .flow
            .rules
            .iter()
            .filter(|r| r.when.0.get("concern").is_some_and(|v| v.contains(concern)))
            .flat_map(|r| r.refer.iter().map(|s| s.service.clone()))
            .collect();
        let local: Vec<String> = content
            .directory
            .services
            .iter()
            .filter_map(|s| match &s.origin {
                Origin::Local { refer_with, .. } if ids.contains(refer_with) => Some(s.id.clone()),
                _ => None,
            })
            .collect();
        ids.extend(local);
        ids
    }

    /// Every service of the directory that passes `filter`, sorted by its name in the staff
    /// language (then by id).
    pub fn directory_entries(
        &self,
        filter: &DirectoryFilter,
        staff: &str,
        client: &str,
        today: NaiveDate,
    ) -> Vec<DirectoryEntryView> {
        let for_concern = filter
            .concern
            .as_deref()
            .map(|c| self.services_for_concern(c));
        let needle = filter
            .text
            .as_deref()
            .map(|t| t.trim().to_lowercase())
            .filter(|t| !t.is_empty());
        let wanted_lang = filter.language.as_deref().map(primary_subtag);
        let mut out: Vec<DirectoryEntryView> = self
            .content()
            .directory
            .services
            .iter()
            .filter(|s| for_concern.as_ref().is_none_or(|ids| ids.contains(&s.id)))
            .filter(|s| !filter.free_call || s.free_call == Availability::Yes)
            .filter(|s| !filter.anonymous || s.anonymous == Availability::Yes)
            .filter(|s| !filter.open_now || OpenNow::of(s.hours) == OpenNow::Yes)
            .filter(|s| {
                wanted_lang
                    .as_ref()
                    .is_none_or(|want| s.languages.iter().any(|l| primary_subtag(l) == *want))
            })
            .map(|s| self.directory_entry(s, staff, client, today))
            .filter(|e| {
                needle.as_ref().is_none_or(|n| {
                    [
                        e.card.service.as_str(),
                        &e.card.name.staff,
                        &e.card.name.client,
                        &e.card.expect.staff,
                        &e.card.expect.client,
                    ]
                    .iter()
                    .any(|t| t.to_lowercase().contains(n.as_str()))
                })
            })
            .collect();
        out.sort_by(|a, b| {
            a.card
                .name
                .staff
                .cmp(&b.card.name.staff)
                .then_with(|| a.card.service.cmp(&b.card.service))
        });
        out
    }

    fn directory_entry(
        &self,
        s: &Service,
        staff: &str,
        client: &str,
        today: NaiveDate,
    ) -> DirectoryEntryView {
        let origin_id = match s.origin {
            Origin::Shipped => "directory-origin-shipped",
            Origin::Overridden { .. } => "directory-origin-overridden",
            Origin::Local { .. } => "directory-origin-local",
        };
        let open_now = OpenNow::of(s.hours);
        let open_id = match open_now {
            OpenNow::Yes => "directory-open-now",
            OpenNow::Unknown => "directory-open-unknown",
        };
        let serves = s
            .serves
            .0
            .iter()
            .map(|(fact, values)| {
                let join = |lang: &str| {
                    values
                        .iter()
                        .map(|v| {
                            let id = if v == UNKNOWN {
                                "option-unknown".to_string()
                            } else {
                                format!("value-{fact}-{v}")
                            };
                            self.localizer().text(lang, &id)
                        })
                        .collect::<Vec<_>>()
                        .join(self.localizer().text(lang, "list-separator").as_str())
                };
                ServesView {
                    fact: fact.clone(),
                    values: values.iter().cloned().collect(),
                    labels: ReferralText {
                        staff: join(staff),
                        client: join(client),
                    },
                }
            })
            .collect();
        DirectoryEntryView {
            card: self.service_card(s, staff, client, today),
            serves,
            open_now,
            open_now_label: pair(self, staff, client, open_id, None),
            origin_label: pair(self, staff, client, origin_id, None),
        }
    }
}

/// The primary language subtag, lower-cased: `zh-CN` → `zh`, `ja-x-plain` → `ja`.
fn primary_subtag(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}
