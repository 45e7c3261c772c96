use std::fmt;

/// One problem found in the data, located by file and (where known) line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
    /// A Fluent message id (`ui-override-error-*`) saying in the staff's words what kind of
    /// error this is, where the app has one; `message` stays the detail, as the CLI prints it.
    pub kind: Option<&'static str>,
}

/// The kinds of site override errors the app words in the staff language (`ui.ftl`).
pub const OVERRIDE_ERROR_MESSAGES: &[&str] = &[
    "ui-override-error-emergency",
    "ui-override-error-duplicate",
    "ui-override-error-entry",
    "ui-override-error-encoding",
];

impl Diagnostic {
    pub fn new(file: impl Into<String>, line: Option<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.into(),
            line,
            message: message.into(),
            kind: None,
        }
    }

    /// The same diagnostic with `kind`, one of [`OVERRIDE_ERROR_MESSAGES`].
    pub fn with_kind(mut self, kind: &'static str) -> Self {
        self.kind = Some(kind);
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: ", self.file, line)?,
            None => write!(f, "{}: ", self.file)?,
        }
        // One diagnostic, one line: a value quoted from the file may hold a newline, or a
        // bidi control that would reorder what is shown; those are written as escapes.
        for c in self.message.chars() {
            if c.is_control() || is_bidi_control(c) {
                write!(f, "{}", c.escape_unicode())?;
            } else {
                write!(f, "{c}")?;
            }
        }
        Ok(())
    }
}

/// The Unicode bidi formatting characters (embeddings, overrides, isolates, marks): invisible,
/// and able to reorder the text around them.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

/// Why content could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}", render(.0))]
    Invalid(Vec<Diagnostic>),
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    /// The data problems, if this is a validation failure.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            Error::Invalid(d) => d,
            Error::Io { .. } => &[],
        }
    }
}

fn render(diagnostics: &[Diagnostic]) -> String {
    let lines: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
    format!(
        "{} problem(s) in the data:\n{}",
        lines.len(),
        lines.join("\n")
    )
}
