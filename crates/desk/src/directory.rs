//! The Directory screen (every service, filtered) and the Records screen (the live records,
//! newest first, labelled as the Reports screen labels them).

use madoguchi_core::{
    App, CategoryView, DirectoryEntryView, DirectoryFilter, Mode, Nationality, Record,
    NOT_APPLICABLE, UNKNOWN_CATEGORY,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::consult::Choice;
use crate::desk::{Desk, Log, View};
use crate::error::CommandError;

/// The Directory screen's filters as the UI sends them (all ANDed; empty means no filter).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize, TS)]
pub struct DirectoryQuery {
    pub text: String,
    /// A `concern` value, or empty.
    pub concern: String,
    /// A language tag, or empty.
    pub language: String,
    pub free_call: bool,
    pub anonymous: bool,
    pub open_now: bool,
}

impl DirectoryQuery {
    fn filter(&self) -> DirectoryFilter {
        let some = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        DirectoryFilter {
            text: some(&self.text),
            concern: some(&self.concern),
            language: some(&self.language),
            free_call: self.free_call,
            anonymous: self.anonymous,
            open_now: self.open_now,
            review_months: None,
        }
    }
}

/// The Directory screen: the entries that pass the filters, and the choices of the filters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DirectoryScreen {
    pub entries: Vec<DirectoryEntryView>,
    /// How many services the directory holds in all.
    pub total: usize,
    /// The `concern` values, labelled in the staff language.
    pub concerns: Vec<Choice>,
    /// Every language some service offers, named in the staff language's list.
    pub languages: Vec<Choice>,
}

/// One category of a record, labelled: the dimension and its value(s).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RecordField {
    pub dimension: CategoryView,
    pub values: Vec<CategoryView>,
}

/// One saved record as the Records screen shows it: only what the record holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RecordView {
    pub id: String,
    /// `YYYY-MM`: a record keeps the month it was saved in, never the day.
    pub month: String,
    pub fields: Vec<RecordField>,
    /// The services referred, in routing order, by name.
    pub referrals: Vec<CategoryView>,
}

/// One page of the live records, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RecordsPage {
    pub records: Vec<RecordView>,
    /// From 0.
    pub page: u32,
    pub pages: u32,
    pub total: u32,
    /// Whether the log could be read at all.
    pub available: bool,
}

/// Records shown per page.
pub const RECORDS_PER_PAGE: usize = 20;

/// The Directory screen; entries assured longer ago than `review_months` are marked for their
/// yearly check.
pub fn directory_screen(
    v: &View,
    query: &DirectoryQuery,
    review_months: u32,
) -> Result<DirectoryScreen, CommandError> {
    let (app, staff) = (v.app, v.staff.as_str());
    let concern_fact = app.content().flow.fact("concern");
    if !query.concern.is_empty() && !concern_fact.is_some_and(|f| f.values.contains(&query.concern))
    {
        return Err(CommandError::request(format!(
            "unknown concern `{}`",
            query.concern
        )));
    }
    let concerns = concern_fact
        .map(|f| {
            f.values
                .iter()
                .map(|v| Choice {
                    value: v.clone(),
                    label: app.localizer().text(staff, &format!("value-concern-{v}")),
                })
                .collect()
        })
        .unwrap_or_default();
    let services = &app.content().directory.services;
    let tags: std::collections::BTreeSet<&str> = services
        .iter()
        .flat_map(|s| s.languages.iter().map(String::as_str))
        .collect();
    let names = app.locale_views(staff);
    let languages = tags
        .into_iter()
        .map(|tag| Choice {
            value: tag.to_string(),
            label: names
                .iter()
                .find(|l| l.tag == tag)
                .map_or_else(|| tag.to_string(), |l| l.name.clone()),
        })
        .collect();
    Ok(DirectoryScreen {
        entries: app.directory_entries(
            &DirectoryFilter {
                review_months: Some(review_months),
                ..query.filter()
            },
            staff,
            v.client,
            v.today,
        ),
        total: services.len(),
        concerns,
        languages,
    })
}

/// A record's categories and referrals, labelled in `lang` as the Reports screen labels them.
pub fn record_view(app: &App, record: &Record, lang: &str) -> RecordView {
    let p = record.parts();
    let field = |dimension: &str, values: Vec<String>| RecordField {
        dimension: app.dimension_label(lang, dimension),
        values: values
            .iter()
            .map(|v| app.category_label(lang, dimension, v))
            .collect(),
    };
    let one = |v: Option<&str>| vec![v.unwrap_or(UNKNOWN_CATEGORY).to_string()];
    let yes_no = |b: bool| vec![if b { "yes" } else { "no" }.to_string()];
    let japanese = p.nationality == Some(Nationality::Japanese);
    let foreign_only = |v: Option<&str>| {
        if japanese {
            vec![NOT_APPLICABLE.to_string()]
        } else {
            one(v)
        }
    };
    let concerns: Vec<String> = if p.concerns.is_empty() {
        one(None)
    } else {
        p.concerns.iter().map(|c| c.as_str().to_string()).collect()
    };
    let mut fields = vec![
        field("concern", concerns),
        field("danger", yes_no(p.danger)),
        field("age_group", one(p.age_group.map(|v| v.as_str()))),
        field("gender", one(p.gender.map(|v| v.as_str()))),
        field("nationality", one(p.nationality.map(|v| v.as_str()))),
        field("region", foreign_only(p.region.map(|v| v.as_str()))),
        field("residence", foreign_only(p.residence.map(|v| v.as_str()))),
        field("outcome", vec![p.outcome.as_str().to_string()]),
        field("handover_consent", yes_no(p.handover_consent)),
        field("interpreter", yes_no(p.interpreter)),
        field("staff_lang", vec![p.staff_language.as_str().to_string()]),
        field("client_lang", vec![p.client_language.as_str().to_string()]),
    ];
    if let Some(desk) = &p.desk {
        fields.push(field("desk", vec![desk.as_str().to_string()]));
    }
    RecordView {
        id: record.id().to_hex(),
        month: record.month().to_string(),
        fields,
        referrals: p
            .referrals
            .iter()
            .map(|r| app.category_label(lang, "service", r.service.as_str()))
            .collect(),
    }
}

/// One page of the live records, newest first; training records are never listed.
pub fn records_page(desk: &Desk, page: u32, staff: &str) -> Result<RecordsPage, CommandError> {
    let app = desk.app()?;
    let log = desk.log.lock().unwrap_or_else(|e| e.into_inner());
    let Log::Writable(store) = &*log else {
        return Ok(RecordsPage {
            records: Vec::new(),
            page: 0,
            pages: 0,
            total: 0,
            available: false,
        });
    };
    let total = store.count(Mode::Live).map_err(CommandError::log)?;
    let records = store
        .recent_records(page as usize, RECORDS_PER_PAGE, Mode::Live)
        .map_err(CommandError::log)?;
    let per = RECORDS_PER_PAGE as u64;
    Ok(RecordsPage {
        records: records.iter().map(|r| record_view(app, r, staff)).collect(),
        page,
        pages: u32::try_from(total.div_ceil(per)).unwrap_or(u32::MAX),
        total: u32::try_from(total).unwrap_or(u32::MAX),
        available: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consult::{save, ui_texts, SaveRequest};
    use crate::lang::Lang;

    use crate::test_support::{day, step};

    #[test]
    fn the_directory_filters_and_offers_its_choices() {
        let app = App::embedded().unwrap();
        let (ja, en) = (Lang::parse("ja").unwrap(), Lang::parse("en").unwrap());
        let v = View {
            app: &app,
            staff: &ja,
            client: &en,
            today: day(),
        };
        let all = directory_screen(&v, &DirectoryQuery::default(), 12).unwrap();
        assert_eq!(all.entries.len(), all.total);
        assert!(all.concerns.iter().any(|c| c.value == "sexual_violence"));
        assert!(all.languages.iter().any(|l| l.value == "ja"));
        let free = DirectoryQuery {
            free_call: true,
            ..Default::default()
        };
        let free = directory_screen(&v, &free, 12).unwrap();
        assert!(!free.entries.is_empty() && free.entries.len() < all.total);
        assert!(free
            .entries
            .iter()
            .all(|e| e.card.free_call == madoguchi_core::Availability::Yes));
        let bad = DirectoryQuery {
            concern: "nope".into(),
            ..Default::default()
        };
        assert!(directory_screen(&v, &bad, 12).is_err());
        assert!(ui_texts(&app, "ja").contains_key("directory-title"));
        assert!(ui_texts(&app, "ja").contains_key("records-title"));
    }

    #[test]
    fn records_lists_live_records_only_newest_first() {
        let dir = tempfile::tempdir().unwrap();
        let desk = Desk::open(dir.path());
        let empty = records_page(&desk, 0, "ja").unwrap();
        assert!(empty.available && empty.records.is_empty() && empty.total == 0);
        let request = SaveRequest {
            steps: vec![
                step("danger", &["none"]),
                step("injured", &["no"]),
                step("concern", &["labour_problem"]),
                step("age_group", &["adult"]),
                step("gender", &["male"]),
                step("nationality", &["japanese"]),
            ],
            staff_lang: Lang::parse("ja").unwrap(),
            client_lang: Lang::parse("en").unwrap(),
            outcome: "referred".into(),
            interpreter: false,
            handover_consent: false,
            region: None,
        };
        save(&desk, &request, day()).unwrap();
        save(&desk, &request, day().succ_opt().unwrap()).unwrap();
        let training =
            madoguchi_store::synthetic::Synthetic::new(3).record(Mode::Training, day(), day());
        match &mut *desk.log.lock().unwrap() {
            Log::Writable(store) => store.save(&training).unwrap(),
            Log::Closed => panic!("the log is closed"),
        }
        let page = records_page(&desk, 0, "ja").unwrap();
        assert_eq!(page.total, 2, "training records are not listed");
        assert_eq!(page.pages, 1);
        // The month, never the day: both read the same.
        assert_eq!(page.records[0].month, "2026-11");
        assert_eq!(page.records[1].month, "2026-11");
        let app = desk.app().unwrap();
        let r = &page.records[0];
        let concern = r
            .fields
            .iter()
            .find(|f| f.dimension.id == "concern")
            .unwrap();
        assert_eq!(
            concern.values[0].label,
            app.localizer().text("ja", "value-concern-labour_problem")
        );
        assert!(!r.referrals.is_empty());
        assert!(r.referrals.iter().all(|s| s.label != s.id));
    }
}
