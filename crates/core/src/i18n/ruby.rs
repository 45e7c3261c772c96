//! Ruby (furigana): readings written inside Fluent text, Aozora Bunko style.
//!
//! `｜被害《ひがい》` — a full-width `｜` (U+FF5C) starts the base text and `《…》` holds its
//! reading. The `｜` may be left out when the base is the run of kanji directly before `《`:
//! `被害《ひがい》を` is the same. Anything else is literal text: a `《` with no base before it, a
//! `｜` or `《` never closed, an empty base or reading. Text without markup parses to one plain
//! segment, so it renders exactly as written.
//!
//! This is the one parser. Front ends choose how readings are shown ([`RubyStyle`]): the terminal
//! as `被害(ひがい)`; the desktop screen and the slip as `<ruby>`, receiving the parsed segments in
//! Unicode's interlinear annotation characters (U+FFF9 anchor, base, U+FFFA separator, reading,
//! U+FFFB terminator), which the UI splits into elements without parsing the markup again.

use serde::Serialize;

/// The full-width vertical line that starts a base text.
pub const BASE_START: char = '｜';
/// Opens a reading.
pub const READING_OPEN: char = '《';
/// Closes a reading.
pub const READING_CLOSE: char = '》';

/// Unicode interlinear annotation characters (the wire form to the UI).
pub const ANCHOR: char = '\u{FFF9}';
pub const SEPARATOR: char = '\u{FFFA}';
pub const TERMINATOR: char = '\u{FFFB}';

/// A piece of text, with its reading when it has one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Segment {
    pub text: String,
    pub ruby: Option<String>,
}

/// How formatted texts show readings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RubyStyle {
    /// `被害(ひがい)`: for terminals, files and anything that shows plain text.
    #[default]
    Parentheses,
    /// The interlinear annotation characters, for a front end that draws `<ruby>`.
    Annotated,
}

/// Whether `c` is a kanji for ruby purposes: CJK ideographs and the marks that stand in a run of
/// them (々 〆 〇 ヶ).
pub fn is_kanji(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FFFF}' | '々' | '〆' | '〇' | 'ヶ')
}

/// Splits `text` into plain and annotated segments. Adjacent plain text is one segment; text
/// without markup is a single plain segment (none for empty text).
pub fn parse(text: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if let Some((base, reading, after)) = explicit(rest) {
            flush(&mut out, &mut plain);
            out.push(Segment {
                text: base.to_string(),
                ruby: Some(reading.to_string()),
            });
            rest = after;
            continue;
        }
        if c == READING_OPEN {
            if let Some((reading, after)) = reading_at(rest) {
                // The base is the run of kanji at the end of the plain text so far.
                let start = plain
                    .char_indices()
                    .rev()
                    .take_while(|(_, k)| is_kanji(*k))
                    .last()
                    .map(|(i, _)| i);
                if let Some(start) = start {
                    let base = plain.split_off(start);
                    flush(&mut out, &mut plain);
                    out.push(Segment {
                        text: base,
                        ruby: Some(reading.to_string()),
                    });
                    rest = after;
                    continue;
                }
            }
        }
        plain.push(c);
        rest = &rest[c.len_utf8()..];
    }
    flush(&mut out, &mut plain);
    out
}

/// `｜base《reading》…` at the start of `s`: (base, reading, the rest).
fn explicit(s: &str) -> Option<(&str, &str, &str)> {
    let body = s.strip_prefix(BASE_START)?;
    let open = body.find(READING_OPEN)?;
    let base = &body[..open];
    if base.is_empty() || base.contains(BASE_START) || base.contains(READING_CLOSE) {
        return None;
    }
    let (reading, after) = reading_at(&body[open..])?;
    Some((base, reading, after))
}

/// `《reading》…` at the start of `s`: (reading, the rest). The reading is not empty and holds no
/// other bracket.
fn reading_at(s: &str) -> Option<(&str, &str)> {
    let body = s.strip_prefix(READING_OPEN)?;
    let close = body.find(READING_CLOSE)?;
    let reading = &body[..close];
    if reading.is_empty() || reading.contains(READING_OPEN) || reading.contains(BASE_START) {
        return None;
    }
    Some((reading, &body[close + READING_CLOSE.len_utf8()..]))
}

fn flush(out: &mut Vec<Segment>, plain: &mut String) {
    if !plain.is_empty() {
        out.push(Segment {
            text: std::mem::take(plain),
            ruby: None,
        });
    }
}

/// The text with its readings shown in `style`. Text without markup comes back unchanged.
pub fn render(text: &str, style: RubyStyle) -> String {
    if !text.contains(READING_OPEN) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for s in parse(text) {
        match (s.ruby, style) {
            (None, _) => out.push_str(&s.text),
            (Some(r), RubyStyle::Parentheses) => {
                out.push_str(&s.text);
                out.push('(');
                out.push_str(&r);
                out.push(')');
            }
            (Some(r), RubyStyle::Annotated) => {
                out.push(ANCHOR);
                out.push_str(&s.text);
                out.push(SEPARATOR);
                out.push_str(&r);
                out.push(TERMINATOR);
            }
        }
    }
    out
}

/// What is wrong with the ruby markup of `text`, if anything: a `｜`, `《` or `》` that is not
/// part of a well-formed `｜base《reading》` or `kanji《reading》` (never closed, closed twice, an
/// empty base or reading, a reading with no kanji before it). The parser shows such text as it
/// is; validation refuses it, since a reading meant for the client would be lost.
pub fn check(text: &str) -> Option<String> {
    // Most texts carry no markup at all: nothing to parse.
    if !text.contains([BASE_START, READING_OPEN, READING_CLOSE]) {
        return None;
    }
    let stray = parse(text)
        .into_iter()
        .filter(|s| s.ruby.is_none())
        .find_map(|s| {
            s.text
                .chars()
                .find(|c| matches!(*c, BASE_START | READING_OPEN | READING_CLOSE))
        })?;
    let what = match stray {
        BASE_START => "`｜` is not followed by a base and its `《reading》`",
        READING_OPEN => "`《` has no `》`, an empty reading, or no kanji (or `｜`) before it",
        _ => "`》` closes no `《`",
    };
    Some(format!("is unbalanced: {what}"))
}

/// Annotated text (see [`RubyStyle::Annotated`]) with its readings in parentheses instead: for
/// what a front end holding annotated texts shows outside its page (a native dialog, a file).
pub fn unannotate(text: &str) -> String {
    if !text.contains(ANCHOR) {
        return text.to_string();
    }
    text.replace(ANCHOR, "")
        .replace(SEPARATOR, "(")
        .replace(TERMINATOR, ")")
}

/// The kanji of `text` that carry no reading (in plain segments).
pub fn kanji_without_reading(text: &str) -> Vec<char> {
    parse(text)
        .into_iter()
        .filter(|s| s.ruby.is_none())
        .flat_map(|s| s.text.chars().filter(|c| is_kanji(*c)).collect::<Vec<_>>())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(text: &str, ruby: Option<&str>) -> Segment {
        Segment {
            text: text.to_string(),
            ruby: ruby.map(str::to_string),
        }
    }

    #[test]
    fn explicit_base_and_implicit_kanji_run() {
        assert_eq!(
            parse("｜被害《ひがい》を うけた"),
            vec![seg("被害", Some("ひがい")), seg("を うけた", None)]
        );
        // Without ｜ the base is the run of kanji directly before 《, not the kana before it.
        assert_eq!(
            parse("この被害《ひがい》は"),
            vec![
                seg("この", None),
                seg("被害", Some("ひがい")),
                seg("は", None)
            ]
        );
        // ｜ lets the base hold kana or Latin letters.
        assert_eq!(
            parse("｜DV相談《ディーブイそうだん》+"),
            vec![seg("DV相談", Some("ディーブイそうだん")), seg("+", None)]
        );
        assert_eq!(
            parse("受《う》けた"),
            vec![seg("受", Some("う")), seg("けた", None)]
        );
    }

    #[test]
    fn text_without_markup_is_unchanged_in_every_style() {
        for text in [
            "",
            "Police 110",
            "被害を受けた人",
            "在留資格(ビザ)",
            "a | b",
            "《見出し》だけ",
            "｜とじない",
            "被害《ひがい",
            "被害《》",
            "｜《よみ》",
        ] {
            for style in [RubyStyle::Parentheses, RubyStyle::Annotated] {
                assert_eq!(render(text, style), text, "{text:?} in {style:?}");
            }
        }
        assert_eq!(parse("Police 110"), vec![seg("Police 110", None)]);
        assert!(parse("").is_empty());
    }

    #[test]
    fn terminal_shows_parentheses_and_ui_gets_annotations() {
        let text = "｜性暴力《せいぼうりょく》の被害《ひがい》";
        assert_eq!(
            render(text, RubyStyle::Parentheses),
            "性暴力(せいぼうりょく)の被害(ひがい)"
        );
        assert_eq!(
            render(text, RubyStyle::Annotated),
            "\u{FFF9}性暴力\u{FFFA}せいぼうりょく\u{FFFB}の\u{FFF9}被害\u{FFFA}ひがい\u{FFFB}"
        );
    }

    #[test]
    fn unbalanced_markup_is_a_problem_and_good_markup_is_not() {
        for good in [
            "",
            "Police 110",
            "被害《ひがい》を ｜受《う》けた",
            "｜DV《ディーブイ》",
        ] {
            assert_eq!(check(good), None, "{good:?}");
        }
        for bad in [
            "被害《ひがい",
            "被害ひがい》",
            "被害《》",
            "｜《よみ》",
            "《見出し》だけ",
            "｜とじない",
            "被害《ひ《が》い》",
        ] {
            assert!(check(bad).is_some(), "{bad:?}");
        }
    }

    #[test]
    fn unannotate_turns_annotations_into_parentheses() {
        let text = "｜性暴力《せいぼうりょく》の被害《ひがい》";
        assert_eq!(
            unannotate(&render(text, RubyStyle::Annotated)),
            render(text, RubyStyle::Parentheses)
        );
        assert_eq!(unannotate("Police 110"), "Police 110");
    }

    #[test]
    fn counts_kanji_without_reading() {
        assert_eq!(kanji_without_reading("被害《ひがい》を受けた"), vec!['受']);
        assert!(kanji_without_reading("18歳《さい》より わかい").is_empty());
        assert_eq!(kanji_without_reading("人々"), vec!['人', '々']);
    }
}
