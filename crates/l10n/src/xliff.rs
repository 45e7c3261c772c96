//! XLIFF 1.2 (what CAT tools, Weblate and Crowdin read) and a CSV for reviewers without one.

use std::collections::BTreeMap;

use madoguchi_core::i18n::REFERENCE;
use madoguchi_core::review::MessageState;
use madoguchi_core::App;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::{Reader, Writer};

use crate::{segments, units, L10nError, Segment, Unit};

/// A translation read back from a translator: its language and units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    pub lang: String,
    pub units: Vec<ImportedUnit>,
}

/// One unit as the translator returned it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedUnit {
    pub id: String,
    /// The target text with its codes back in Fluent; `None` when there is no target.
    pub target: Option<String>,
    /// The reviewer approved it (`approved="yes"`).
    pub approved: bool,
}

const XLIFF_NS: &str = "urn:oasis:names:tc:xliff:document:1.2";

fn state_attr(state: MessageState) -> &'static str {
    match state {
        MessageState::Reviewed => "signed-off",
        MessageState::Missing => "new",
        MessageState::Draft | MessageState::Stale => "needs-review-translation",
    }
}

fn note_of(u: &Unit) -> String {
    let vars = if u.variables.is_empty() {
        "none".to_string()
    } else {
        u.variables
            .iter()
            .map(|v| format!("${v}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let state = match u.state {
        MessageState::Stale => "; the Japanese changed after the last review",
        MessageState::Missing => "; not translated yet",
        _ => "",
    };
    format!(
        "Where: {}. Variables: {vars}. Keep every <ph> code as it is; numbers, dial codes and web addresses must match the Japanese{state}.",
        u.context
    )
}

type W = Writer<Vec<u8>>;

fn io(e: std::io::Error) -> L10nError {
    L10nError::Xliff(e.to_string())
}

fn text(w: &mut W, s: &str) -> Result<(), L10nError> {
    w.write_event(Event::Text(BytesText::new(s))).map_err(io)
}

fn indent(w: &mut W, depth: usize) -> Result<(), L10nError> {
    text(w, &format!("\n{}", "  ".repeat(depth)))
}

/// Writes a segment's pieces: text as text, every placeable as a `<ph>` whose id is shared by
/// equal codes in source and target.
fn write_segments(
    w: &mut W,
    value: &str,
    ids: &mut BTreeMap<String, usize>,
) -> Result<(), L10nError> {
    for seg in segments(value) {
        match seg {
            Segment::Text(t) => text(w, &t)?,
            Segment::Code(code) => {
                let next = ids.len() + 1;
                let id = *ids.entry(code.clone()).or_insert(next);
                let kind = if code.contains("->") {
                    "x-fluent-select"
                } else {
                    "x-fluent-placeable"
                };
                let start = BytesStart::new("ph")
                    .with_attributes([("id", id.to_string().as_str()), ("ctype", kind)]);
                w.write_event(Event::Start(start)).map_err(io)?;
                text(w, &code)?;
                w.write_event(Event::End(BytesEnd::new("ph"))).map_err(io)?;
            }
        }
    }
    Ok(())
}

/// The XLIFF 1.2 document for `lang`: one `<file>` per Fluent file, one `trans-unit` per
/// message or attribute.
pub fn export_xliff(app: &App, lang: &str) -> Result<String, L10nError> {
    let units = units(app, lang)?;
    let mut w = Writer::new(Vec::new());
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
        .map_err(io)?;
    indent(&mut w, 0)?;
    w.write_event(Event::Start(
        BytesStart::new("xliff").with_attributes([("version", "1.2"), ("xmlns", XLIFF_NS)]),
    ))
    .map_err(io)?;
    let mut by_file: BTreeMap<&str, Vec<&Unit>> = BTreeMap::new();
    for u in &units {
        by_file.entry(u.file.as_str()).or_default().push(u);
    }
    for (file, units) in by_file {
        indent(&mut w, 1)?;
        w.write_event(Event::Start(BytesStart::new("file").with_attributes([
            ("original", file),
            ("source-language", REFERENCE),
            ("target-language", lang),
            ("datatype", "plaintext"),
        ])))
        .map_err(io)?;
        indent(&mut w, 2)?;
        w.write_event(Event::Start(BytesStart::new("body")))
            .map_err(io)?;
        for u in units {
            indent(&mut w, 3)?;
            let mut start = BytesStart::new("trans-unit").with_attributes([
                ("id", u.id.as_str()),
                ("resname", u.id.as_str()),
                ("xml:space", "preserve"),
            ]);
            if u.state == MessageState::Reviewed {
                start.push_attribute(("approved", "yes"));
            }
            w.write_event(Event::Start(start)).map_err(io)?;
            let mut ids = BTreeMap::new();
            indent(&mut w, 4)?;
            w.write_event(Event::Start(BytesStart::new("source")))
                .map_err(io)?;
            write_segments(&mut w, &u.source, &mut ids)?;
            w.write_event(Event::End(BytesEnd::new("source")))
                .map_err(io)?;
            if let Some(target) = &u.target {
                indent(&mut w, 4)?;
                w.write_event(Event::Start(
                    BytesStart::new("target").with_attributes([("state", state_attr(u.state))]),
                ))
                .map_err(io)?;
                write_segments(&mut w, target, &mut ids)?;
                w.write_event(Event::End(BytesEnd::new("target")))
                    .map_err(io)?;
            }
            indent(&mut w, 4)?;
            w.write_event(Event::Start(BytesStart::new("note")))
                .map_err(io)?;
            text(&mut w, &note_of(u))?;
            w.write_event(Event::End(BytesEnd::new("note")))
                .map_err(io)?;
            indent(&mut w, 3)?;
            w.write_event(Event::End(BytesEnd::new("trans-unit")))
                .map_err(io)?;
        }
        indent(&mut w, 2)?;
        w.write_event(Event::End(BytesEnd::new("body")))
            .map_err(io)?;
        indent(&mut w, 1)?;
        w.write_event(Event::End(BytesEnd::new("file")))
            .map_err(io)?;
    }
    indent(&mut w, 0)?;
    w.write_event(Event::End(BytesEnd::new("xliff")))
        .map_err(io)?;
    text(&mut w, "\n")?;
    String::from_utf8(w.into_inner()).map_err(|e| L10nError::Xliff(e.to_string()))
}

fn attr(e: &BytesStart, name: &str) -> Result<Option<String>, L10nError> {
    for a in e.attributes() {
        let a = a.map_err(|e| L10nError::Xliff(e.to_string()))?;
        if a.key.as_ref() == name {
            let v = a
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(|e| L10nError::Xliff(e.to_string()))?;
            return Ok(Some(v.into_owned()));
        }
    }
    Ok(None)
}

fn general_ref(r: &quick_xml::events::BytesRef) -> Result<String, L10nError> {
    if let Some(c) = r
        .resolve_char_ref()
        .map_err(|e| L10nError::Xliff(e.to_string()))?
    {
        return Ok(c.to_string());
    }
    let name = r.xml10_content();
    Ok(match name.as_ref() {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        other => return Err(L10nError::Xliff(format!("unknown entity &{other};"))),
    }
    .to_string())
}

/// Reads an XLIFF 1.2 file: the target language and each unit's target, codes (`<ph>`, `<bpt>`,
/// `<ept>`, `<it>`) put back as the Fluent they hold, `<g>`/`<mrk>` read through.
pub fn parse_xliff(xml: &str) -> Result<Translation, L10nError> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().trim_text(false);
    let mut lang: Option<String> = None;
    let mut units = Vec::new();
    // (id, approved) of the open trans-unit; the target being read.
    let mut unit: Option<(String, bool, Option<String>)> = None;
    let mut in_target = false;
    let mut depth_skip = 0usize; // inside <source>, <note>, <alt-trans>
    loop {
        let event = reader
            .read_event()
            .map_err(|e| L10nError::Xliff(format!("at byte {}: {e}", reader.buffer_position())))?;
        match event {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e)
                if depth_skip == 0 && !in_target && e.local_name().as_ref() == "file" =>
            {
                let l = attr(&e, "target-language")?
                    .ok_or_else(|| L10nError::Xliff("<file> has no target-language".into()))?;
                match &lang {
                    Some(prev) if *prev != l => {
                        return Err(L10nError::Xliff(format!(
                            "files for two languages in one document: {prev} and {l}"
                        )))
                    }
                    _ => lang = Some(l),
                }
            }
            Event::Start(e) if depth_skip == 0 && e.local_name().as_ref() == "trans-unit" => {
                let id = attr(&e, "id")?
                    .ok_or_else(|| L10nError::Xliff("a <trans-unit> has no id".into()))?;
                let approved = attr(&e, "approved")?.as_deref() == Some("yes");
                unit = Some((id, approved, None));
            }
            Event::End(e) if depth_skip == 0 && e.local_name().as_ref() == "trans-unit" => {
                if let Some((id, approved, target)) = unit.take() {
                    units.push(ImportedUnit {
                        id,
                        target,
                        approved,
                    });
                }
            }
            Event::Start(e) if unit.is_some() && !in_target && depth_skip == 0 => {
                match e.local_name().as_ref() {
                    "target" => {
                        in_target = true;
                        if let Some(u) = unit.as_mut() {
                            u.2 = Some(String::new());
                        }
                    }
                    _ => depth_skip += 1,
                }
            }
            Event::Start(_) if depth_skip > 0 => depth_skip += 1,
            Event::End(_) if depth_skip > 0 => depth_skip -= 1,
            Event::End(e) if in_target && e.local_name().as_ref() == "target" => {
                in_target = false;
            }
            Event::Text(t) if in_target => {
                if let Some(u) = unit.as_mut() {
                    u.2.get_or_insert_with(String::new)
                        .push_str(&t.xml10_content());
                }
            }
            Event::CData(t) if in_target => {
                if let Some(u) = unit.as_mut() {
                    u.2.get_or_insert_with(String::new)
                        .push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) if in_target => {
                let s = general_ref(&r)?;
                if let Some(u) = unit.as_mut() {
                    u.2.get_or_insert_with(String::new).push_str(&s);
                }
            }
            Event::Start(e) | Event::Empty(e) if in_target => {
                let name = e.local_name();
                let known: &[&str] = &["ph", "bpt", "ept", "it", "g", "mrk"];
                if !known.contains(&name.as_ref()) {
                    let id = unit.as_ref().map(|u| u.0.clone()).unwrap_or_default();
                    return Err(L10nError::Xliff(format!(
                        "unit `{id}`: an inline element <{}> the export did not write",
                        name.as_ref()
                    )));
                }
            }
            _ => {}
        }
    }
    let lang = lang.ok_or_else(|| L10nError::Xliff("no <file target-language=…>".into()))?;
    Ok(Translation { lang, units })
}

/// The CSV variant (UTF-8 with a BOM, for spreadsheet programs): id, where, Japanese,
/// translation, state, approved (a reviewer writes `yes`). Placeables stay as Fluent text;
/// the import checks them as it checks XLIFF.
pub fn export_csv(app: &App, lang: &str) -> Result<String, L10nError> {
    let units = units(app, lang)?;
    let mut w = csv::Writer::from_writer(Vec::new());
    let err = |e: csv::Error| L10nError::Csv(e.to_string());
    w.write_record([
        "id",
        "lang",
        "where",
        "japanese",
        "translation",
        "state",
        "approved",
    ])
    .map_err(err)?;
    for u in &units {
        w.write_record([
            u.id.as_str(),
            lang,
            u.context.as_str(),
            u.source.as_str(),
            u.target.as_deref().unwrap_or_default(),
            u.state.as_str(),
            if u.state == MessageState::Reviewed {
                "yes"
            } else {
                ""
            },
        ])
        .map_err(err)?;
    }
    let bytes = w.into_inner().map_err(|e| L10nError::Csv(e.to_string()))?;
    Ok(format!(
        "\u{feff}{}",
        String::from_utf8(bytes).map_err(|e| L10nError::Csv(e.to_string()))?
    ))
}

/// Reads the CSV variant back.
pub fn parse_csv(text: &str) -> Result<Translation, L10nError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let headers = r
        .headers()
        .map_err(|e| L10nError::Csv(e.to_string()))?
        .clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| L10nError::Csv(format!("no `{name}` column")))
    };
    let (id, lang_col, target, approved) = (
        col("id")?,
        col("lang")?,
        col("translation")?,
        col("approved")?,
    );
    let mut lang: Option<String> = None;
    let mut units = Vec::new();
    for (n, rec) in r.records().enumerate() {
        let rec = rec.map_err(|e| L10nError::Csv(format!("row {}: {e}", n + 2)))?;
        let l = rec.get(lang_col).unwrap_or_default().to_string();
        match &lang {
            Some(prev) if *prev != l => {
                return Err(L10nError::Csv(format!(
                    "row {}: language `{l}`, but earlier rows are `{prev}`",
                    n + 2
                )))
            }
            _ => lang = Some(l),
        }
        let t = rec.get(target).unwrap_or_default();
        units.push(ImportedUnit {
            id: rec.get(id).unwrap_or_default().to_string(),
            target: (!t.is_empty()).then(|| t.to_string()),
            approved: rec
                .get(approved)
                .is_some_and(|a| a.trim().eq_ignore_ascii_case("yes")),
        });
    }
    let lang = lang.ok_or_else(|| L10nError::Csv("no rows".into()))?;
    Ok(Translation { lang, units })
}
