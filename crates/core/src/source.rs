use crate::diagnostic::Diagnostic;

/// The text of one data file and the name errors should call it by.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        SourceFile {
            name: name.into(),
            text: text.into(),
        }
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1
    }

    pub fn diag_at(&self, offset: usize, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(&self.name, Some(self.line_of(offset)), message)
    }

    /// Parse TOML into `T`, turning a syntax error or an unknown key into a located diagnostic.
    pub fn parse<T: serde::de::DeserializeOwned>(&self) -> Result<T, Diagnostic> {
        toml::from_str(&self.text).map_err(|e| {
            let line = e.span().map(|s| self.line_of(s.start));
            // toml's message repeats the source snippet; the first line says what is wrong.
            let message = e
                .message()
                .lines()
                .next()
                .unwrap_or("invalid TOML")
                .to_string();
            Diagnostic::new(&self.name, line, message)
        })
    }
}
