//! The yearly check of every number: a sheet for the coordinator (CSV, UTF-8 with a BOM, as Excel
//! opens it) with one row per contact of every service, and the way back: the rows they marked
//! as checked become new assured dates and a "confirmed by" role in the site override file,
//! written with `toml_edit` so the file keeps its comments and layout.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use madoguchi_core::i18n::REFERENCE;
use madoguchi_core::{App, Origin};
use toml_edit::{value, ArrayOfTables, DocumentMut, Item, Table};

/// The sheet's columns, in order. The names are the file format (the way back reads them), not
/// text for people: the README explains each.
pub const COLUMNS: &[&str] = &[
    "service_id",
    "service",
    "origin",
    "contact",
    "kind",
    "value",
    "hours",
    "source",
    "assured_date",
    "confidence",
    "due",
    "checked_on",
    "result",
    "confirmed_by",
];

/// What `result` must say for a row to count as confirmed; anything else is for the coordinator
/// to change by hand in the override file.
pub const RESULT_OK: &str = "ok";

/// The sheet: one row per contact of every service, with blank `checked_on`, `result` and
/// `confirmed_by`. `due` is `yes` for entries assured more than `months` before `today`.
pub fn review_csv(app: &App, today: NaiveDate, months: u32) -> String {
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    out.write_record(COLUMNS).expect("writing to memory");
    let emergency = emergency_services(app);
    for s in &app.content().directory.services {
        // 110 and 119 are the routing contract's: no site checks or changes them.
        if emergency.contains(&s.id.as_str()) {
            continue;
        }
        let card = app.service_card(s, REFERENCE, REFERENCE, today);
        for (i, c) in s.contacts.iter().enumerate() {
            let number = (i + 1).to_string();
            let kind = code_of(&c.kind);
            let source = s.assured_by.clone().unwrap_or_else(|| s.sources.join(" "));
            let date = s.assured_date.format("%Y-%m-%d").to_string();
            let due = if s.review_due(today, months) {
                "yes"
            } else {
                "no"
            };
            out.write_record([
                s.id.as_str(),
                card.name.staff.as_str(),
                origin_code(&s.origin),
                number.as_str(),
                kind.as_str(),
                c.value.as_str(),
                card.hours.staff.as_str(),
                source.as_str(),
                date.as_str(),
                code_of(&s.confidence).as_str(),
                due,
                "",
                "",
                "",
            ])
            .expect("writing to memory");
        }
    }
    let body = out.into_inner().expect("writing to memory");
    let mut text = String::from('\u{feff}');
    text.push_str(&String::from_utf8(body).expect("UTF-8 in, UTF-8 out"));
    text
}

/// A row the way back cannot use, by its row number as a spreadsheet shows it (the header is
/// row 1).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RowError {
    #[error(
        "the sheet has no column `{0}`: keep the header row as `directory review --out` wrote it"
    )]
    MissingColumn(String),
    #[error("the sheet cannot be read: {0}")]
    Unreadable(String),
    #[error("row {row}: {reason}")]
    Row { row: u64, reason: String },
}

/// What the way back did: per service, the new assured date and the role that confirmed it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    pub confirmed: BTreeMap<String, (NaiveDate, String)>,
    /// Rows left as they were because `checked_on` is blank.
    pub unchecked: usize,
}

/// A date as a coordinator or a spreadsheet writes it: `2026-04-01`, `2026/4/1`.
fn parse_day(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(t, "%Y/%m/%d"))
        .ok()
}

/// A contact value as a spreadsheet may have turned it: the same, or the same digits once a
/// number lost its leading zeros and dashes.
fn same_value(sheet: &str, ours: &str) -> bool {
    let sheet = sheet.trim();
    if sheet == ours {
        return true;
    }
    let digits = |v: &str| -> String {
        v.chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
            .trim_start_matches('0')
            .to_string()
    };
    let plain = |v: &str| v.chars().all(|c| c.is_ascii_digit() || "-+() ".contains(c));
    plain(sheet) && plain(ours) && !digits(ours).is_empty() && digits(sheet) == digits(ours)
}

/// Reads the coordinator's sheet against the directory the app has (`app`, loaded with the
/// override file) and writes the confirmations into `override_text`: for each service with rows
/// marked checked and `ok`, `assured_date` becomes the latest `checked_on`, `confirmed_by` the
/// role, and `assured_by` the source the row names. Every row that cannot be matched or read is
/// refused, all at once; nothing is written unless every checked row can be used.
pub fn apply_review(
    app: &App,
    sheet: &str,
    override_text: &str,
    today: NaiveDate,
) -> Result<(String, Applied), Vec<RowError>> {
    let sheet = sheet.strip_prefix('\u{feff}').unwrap_or(sheet);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(sheet.as_bytes());
    let header = reader
        .headers()
        .map_err(|e| vec![RowError::Unreadable(e.to_string())])?
        .clone();
    let column = |name: &str| header.iter().position(|h| h.trim() == name);
    let mut missing = Vec::new();
    let mut at = BTreeMap::new();
    for name in [
        "service_id",
        "value",
        "source",
        "checked_on",
        "result",
        "confirmed_by",
    ] {
        match column(name) {
            Some(i) => {
                at.insert(name, i);
            }
            None => missing.push(RowError::MissingColumn(name.to_string())),
        }
    }
    if !missing.is_empty() {
        return Err(missing);
    }
    let mut errors = Vec::new();
    let mut applied = Applied::default();
    // Per service: the latest day, the role and the source.
    let mut confirmed: BTreeMap<String, (NaiveDate, String, String)> = BTreeMap::new();
    for (index, record) in reader.records().enumerate() {
        // The row as a spreadsheet numbers it: the header is row 1 (a text with a line break
        // is still one row).
        let row = index as u64 + 2;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                errors.push(RowError::Unreadable(e.to_string()));
                continue;
            }
        };
        let get = |name: &str| record.get(at[name]).unwrap_or("").trim().to_string();
        let mut refuse = |reason: String| errors.push(RowError::Row { row, reason });
        let checked_on = get("checked_on");
        if checked_on.is_empty() {
            applied.unchecked += 1;
            continue;
        }
        let id = get("service_id");
        let Some(service) = app.content().directory.service(&id) else {
            refuse(format!("service `{id}` is not in the directory"));
            continue;
        };
        if emergency_services(app).contains(&id.as_str()) {
            refuse(format!(
                "`{id}` is an emergency service of the routing contract: no override file changes it"
            ));
            continue;
        }
        let value = get("value");
        if !service
            .contacts
            .iter()
            .any(|c| same_value(&value, &c.value))
        {
            refuse(format!(
                "service `{id}` has no contact `{value}`: a changed number is written in the override file by hand"
            ));
            continue;
        }
        let Some(day) = parse_day(&checked_on) else {
            refuse(format!(
                "checked_on `{checked_on}` is not a date (2026-04-01)"
            ));
            continue;
        };
        if day > today {
            refuse(format!("checked_on {day} is after today"));
            continue;
        }
        let result = get("result");
        if !result.eq_ignore_ascii_case(RESULT_OK) {
            refuse(format!(
                "result `{result}` is not `{RESULT_OK}`: only confirmed rows are applied; change the entry by hand"
            ));
            continue;
        }
        let role = get("confirmed_by");
        if role.is_empty() || role.chars().any(char::is_control) {
            refuse(
                "confirmed_by is blank: write the role that checked it (not a name)".to_string(),
            );
            continue;
        }
        let source = get("source");
        if !service.sources.contains(&source) {
            refuse(format!(
                "source `{source}` is not one of the sources of `{id}`"
            ));
            continue;
        }
        let entry = confirmed
            .entry(id)
            .or_insert_with(|| (day, role.clone(), source.clone()));
        if day >= entry.0 {
            *entry = (day, role, source);
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let text = write_confirmations(override_text, &confirmed)
        .map_err(|e| vec![RowError::Unreadable(e)])?;
    applied.confirmed = confirmed
        .into_iter()
        .map(|(id, (day, role, _))| (id, (day, role)))
        .collect();
    Ok((text, applied))
}

/// The override file with `assured_date`, `assured_by` and `confirmed_by` set on each confirmed
/// service's entry (added at the end for a shipped service the file does not name yet); every
/// other line, comment and blank line as it was.
fn write_confirmations(
    override_text: &str,
    confirmed: &BTreeMap<String, (NaiveDate, String, String)>,
) -> Result<String, String> {
    let mut doc: DocumentMut = override_text
        .parse()
        .map_err(|e: toml_edit::TomlError| format!("the override file: {e}"))?;
    if !doc.contains_key("service") {
        doc.insert("service", Item::ArrayOfTables(ArrayOfTables::new()));
    }
    let services = doc["service"]
        .as_array_of_tables_mut()
        .ok_or("the override file: `service` is not written as [[service]] entries")?;
    for (id, (day, role, source)) in confirmed {
        let date = day.format("%Y-%m-%d").to_string();
        let existing = services
            .iter_mut()
            .find(|t| t.get("id").and_then(Item::as_str) == Some(id.as_str()));
        let table = match existing {
            Some(t) => t,
            None => {
                let mut t = Table::new();
                t["id"] = value(id.as_str());
                services.push(t);
                services.iter_mut().last().expect("just pushed")
            }
        };
        set_keeping_comment(table, "assured_date", &date);
        // One of the entry's sources (checked above): the override's own, or the shipped ones.
        set_keeping_comment(table, "assured_by", source);
        set_keeping_comment(table, "confirmed_by", role);
    }
    Ok(doc.to_string())
}

/// Sets `key` to `text`, keeping the comment written after the old value.
fn set_keeping_comment(table: &mut Table, key: &str, text: &str) {
    let decor = table
        .get(key)
        .and_then(Item::as_value)
        .map(|v| v.decor().clone());
    table[key] = value(text);
    if let (Some(decor), Some(v)) = (decor, table.get_mut(key).and_then(Item::as_value_mut)) {
        *v.decor_mut() = decor;
    }
}

fn emergency_services(app: &App) -> Vec<&str> {
    app.content()
        .contract
        .exclusive
        .iter()
        .map(|e| e.service.as_str())
        .collect()
}

fn origin_code(origin: &Origin) -> &'static str {
    match origin {
        Origin::Shipped => "shipped",
        Origin::Overridden { .. } => "overridden",
        Origin::Local { .. } => "local",
    }
}

fn code_of<T: serde::Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}
