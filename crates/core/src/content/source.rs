use crate::model::Diagnostic;

/// The text of one data file and the name errors should call it by.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

/// Where each line of a text starts, for turning byte offsets into line numbers in O(log n).
///
/// Build it once per file and ask it for every entry: counting newlines from the start for each
/// entry made validation quadratic in the file's size (a 1 MB override file took over a minute).
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset of the first byte of each line after the first.
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        LineIndex {
            starts: text
                .bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1)
                .collect(),
        }
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset) + 1
    }
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        SourceFile {
            name: name.into(),
            text: text.into(),
        }
    }

    /// A file read from disk: its bytes must be UTF-8 (a byte order mark, as Windows editors
    /// write, is dropped). Otherwise the diagnostic names the line and the byte offset of the
    /// first byte that is not.
    pub fn from_bytes(name: impl Into<String>, bytes: Vec<u8>) -> Result<Self, Diagnostic> {
        let name = name.into();
        match String::from_utf8(bytes) {
            Ok(text) => {
                let text = match text.strip_prefix('\u{feff}') {
                    Some(rest) => rest.to_string(),
                    None => text,
                };
                Ok(SourceFile { name, text })
            }
            Err(e) => {
                let bytes = e.as_bytes();
                let at = e.utf8_error().valid_up_to();
                let line = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
                Err(Diagnostic::new(
                    name,
                    Some(line),
                    format!(
                        "not UTF-8: byte 0x{:02x} at byte offset {at} (save the file as UTF-8)",
                        bytes[at]
                    ),
                )
                .with_kind("ui-override-error-encoding"))
            }
        }
    }

    /// 1-based line of a byte offset. Counts from the start: for many offsets of one file,
    /// build a [`LineIndex`] once instead.
    pub fn line_of(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1
    }

    /// The line index of this file's text as it is now.
    pub fn lines(&self) -> LineIndex {
        LineIndex::new(&self.text)
    }

    pub fn diag_at(&self, offset: usize, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(&self.name, Some(self.line_of(offset)), message)
    }

    /// Parse TOML into `T`, turning a syntax error or an unknown key into a located diagnostic.
    pub fn parse<T: serde::de::DeserializeOwned>(&self) -> Result<T, Diagnostic> {
        toml::from_str(&self.text).map_err(|e| {
            // toml's message repeats the source snippet; the first line says what is wrong.
            let message = first_line(&e);
            let line = match e.span() {
                Some(s) => Some(self.line_of(s.start)),
                None => self.first_failing_line::<T>(&message),
            };
            Diagnostic::new(&self.name, line, message)
        })
    }

    /// The line of an error toml reports without a place (its nesting limit, "recursion
    /// limit", is one): the shortest run of whole lines from the start that fails with the same
    /// message ends on it. Found by bisection, so O(n log n) — only ever on a failing file.
    fn first_failing_line<T: serde::de::DeserializeOwned>(&self, message: &str) -> Option<usize> {
        let ends: Vec<usize> = self
            .text
            .match_indices('\n')
            .map(|(i, _)| i + 1)
            .chain(std::iter::once(self.text.len()))
            .collect();
        let fails = |lines: usize| {
            toml::from_str::<T>(&self.text[..ends[lines - 1]])
                .err()
                .is_some_and(|e| e.span().is_none() && first_line(&e) == message)
        };
        let (mut good, mut bad) = (0, ends.len());
        if !fails(bad) {
            return None;
        }
        while bad - good > 1 {
            let mid = good + (bad - good) / 2;
            if fails(mid) {
                bad = mid;
            } else {
                good = mid;
            }
        }
        Some(bad)
    }
}

fn first_line(e: &toml::de::Error) -> String {
    e.message()
        .lines()
        .next()
        .unwrap_or("invalid TOML")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_index_agrees_with_counting() {
        let text = "a\nbb\n\nccc\n";
        let file = SourceFile::new("f", text);
        let index = file.lines();
        for offset in 0..=text.len() + 2 {
            assert_eq!(index.line_of(offset), file.line_of(offset), "{offset}");
        }
    }

    #[test]
    fn not_utf8_names_the_line_and_the_byte() {
        let e = SourceFile::from_bytes("o.toml", b"a = 1\nb = \"\xff\"\n".to_vec()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "o.toml:2: not UTF-8: byte 0xff at byte offset 11 (save the file as UTF-8)"
        );
        let ok = SourceFile::from_bytes("o.toml", b"\xef\xbb\xbfa = 1\n".to_vec()).unwrap();
        assert_eq!(ok.text, "a = 1\n", "a byte order mark is dropped");
    }

    #[test]
    fn toml_s_nesting_limit_gets_a_line() {
        let deep = format!(
            "a = 1\nb = 2\nc = {}{}\nd = 4\n",
            "[".repeat(200),
            "]".repeat(200)
        );
        let e = SourceFile::new("n.toml", deep)
            .parse::<toml::Table>()
            .unwrap_err();
        assert_eq!(e.line, Some(3), "{e}");
        let dotted = format!("x = 1\n{} = 1\n", vec!["k"; 100].join("."));
        let e = SourceFile::new("n.toml", dotted)
            .parse::<toml::Table>()
            .unwrap_err();
        assert_eq!(e.line, Some(2), "{e}");
    }
}
