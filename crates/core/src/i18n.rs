//! Texts: Fluent bundles built from `locales/<tag>/*.ftl`. `ja` is the reference locale: every
//! message exists there.
//!
//! A message missing in the requested locale falls back along the locale's chain — the tags in
//! its `locale.toml` `fallback`, then `ja` — and the returned [`Text`] says which locale it came
//! from, so the fallback is never silent. Plain Japanese is `ja-x-plain` (a private-use tag:
//! BCP 47 has no subtag for it); its chain is just `ja`.
//!
//! `en-XA` is a pseudo-locale made from `en` with every letter transformed, for tests that hunt
//! strings which do not come from the locales.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
pub use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

use crate::content::LocaleFile;
use crate::model::Diagnostic;

pub mod review;
pub mod ruby;
use review::{message_sources, source_hash, MessageState, Review, REVIEW_FILE};
pub use ruby::RubyStyle;

/// The locale every message must exist in.
pub const REFERENCE: &str = crate::content::REFERENCE;

/// The pseudo-locale, derived from `en`.
pub const PSEUDO: &str = "en-XA";

/// Messages of training cases (`case-<id>-vignette`, `case-<id>-notes`): required only in the
/// languages each case declares (see [`Localizer::translation_gaps`]).
pub const CASE_MESSAGE_PREFIX: &str = "case-";

/// The name of each locale's description file.
pub use crate::content::LOCALE_INFO_FILE;

/// Whether a translation was reviewed by a qualified person. Computed from the review state of
/// its messages (`review.toml`, see [`crate::review`]), never declared by hand: `reviewed` when
/// every message is reviewed against the current Japanese, else `draft`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TranslationStatus {
    Reference,
    Reviewed,
    #[default]
    Draft,
}

/// What `locales/<tag>/locale.toml` says of a locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleInfo {
    /// The language's name written in itself.
    pub name: String,
    /// Computed from the messages' review state; a `status` line in the file is refused.
    #[serde(skip_deserializing)]
    pub status: TranslationStatus,
    /// Who or what produced the translation.
    pub produced_by: String,
    /// Locales tried, in order, before the reference when a message is missing.
    #[serde(default)]
    pub fallback: Vec<String>,
}

/// A shipped locale as a language picker shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocaleSummary {
    pub tag: String,
    #[serde(flatten)]
    pub info: LocaleInfo,
}

/// A formatted message, with the locale it actually came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Text {
    pub text: String,
    pub lang: String,
    /// True when the message was missing in the requested locale.
    pub fallback: bool,
    /// True when the text is a translation nobody has reviewed against the current Japanese
    /// (a draft or stale message; never for the reference locale).
    pub draft: bool,
}

struct Locale {
    info: Option<LocaleInfo>,
    bundle: FluentBundle<FluentResource>,
    ids: BTreeSet<String>,
    /// Where each message is defined, for diagnostics.
    lines: BTreeMap<String, (String, usize)>,
    /// The variables each message uses (`{ $name }`), selectors included.
    variables: BTreeMap<String, BTreeSet<String>>,
    /// The source of each message (and `id.attr` attribute) as written, normalised.
    sources: BTreeMap<String, String>,
    /// `review.toml`: the reviewed messages.
    reviews: BTreeMap<String, Review>,
}

impl Locale {
    /// An empty locale for the tag of `lf`.
    fn new(lf: &LocaleFile, diags: &mut Vec<Diagnostic>) -> Locale {
        // Private-use subtags (`ja-x-plain`) name our own variants; Fluent needs only the
        // language, for plural rules.
        let base = lf.lang.split("-x-").next().unwrap_or(&lf.lang);
        let langid: LanguageIdentifier = base.parse().unwrap_or_else(|_| {
            diags.push(Diagnostic::new(
                &lf.file.name,
                None,
                format!("`{}` is not a language tag", lf.lang),
            ));
            LanguageIdentifier::default()
        });
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Bidi isolation marks show up as stray characters in terminals and CSV files. The
        // screen isolates each text block with `dir`; inside a right-to-left message the
        // translation isolates a left-to-right placeable itself (tests/i18n.rs says which).
        bundle.set_use_isolating(false);
        Locale {
            info: None,
            bundle,
            ids: BTreeSet::new(),
            lines: BTreeMap::new(),
            variables: BTreeMap::new(),
            sources: BTreeMap::new(),
            reviews: BTreeMap::new(),
        }
    }

    /// Adds a Fluent file: its messages, where each is defined, and the variables each uses.
    fn add_file(&mut self, lf: &LocaleFile, diags: &mut Vec<Diagnostic>) {
        let resource = match FluentResource::try_new(lf.file.text.clone()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    diags.push(
                        lf.file
                            .diag_at(e.pos.start, format!("Fluent syntax error: {}", e.kind)),
                    );
                }
                r
            }
        };
        let defined_at = definition_lines(&lf.file.text);
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                let id = m.id.name.to_string();
                // The n-th definition of an id is at its n-th line: a duplicate is named at its
                // own line, not at the first one.
                let nth = seen.entry(id.clone()).or_default();
                let line = defined_at
                    .get(id.as_str())
                    .and_then(|lines| lines.get(*nth))
                    .copied()
                    .unwrap_or(1);
                *nth += 1;
                if let Some((file, first)) = self.lines.get(&id) {
                    diags.push(Diagnostic::new(
                        &lf.file.name,
                        Some(line),
                        format!("message `{id}` is defined twice (first at {file}:{first})"),
                    ));
                }
                self.lines.insert(id.clone(), (lf.file.name.clone(), line));
                let mut vars = BTreeSet::new();
                if let Some(pattern) = &m.value {
                    collect_variables(pattern, &mut vars);
                }
                self.variables.insert(id.clone(), vars);
                self.ids.insert(id);
            }
        }
        // Duplicates were reported above with their places.
        let _ = self.bundle.add_resource(resource);
    }
}

/// All shipped locales.
pub struct Localizer {
    locales: BTreeMap<String, Locale>,
    /// How formatted texts show readings written as ruby markup ([`ruby`]).
    ruby: RubyStyle,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("locales", &self.locales.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Localizer {
    /// Builds the bundles. Problems in the reference locale go to `diags` (they stop loading);
    /// problems in other locales go to `gaps` (they are reported, and the message falls back).
    pub(crate) fn build(
        files: &[LocaleFile],
        diags: &mut Vec<Diagnostic>,
        gaps: &mut Vec<Diagnostic>,
    ) -> Localizer {
        let mut locales: BTreeMap<String, Locale> = BTreeMap::new();
        for lf in files {
            let diags: &mut Vec<Diagnostic> = if lf.lang == REFERENCE {
                &mut *diags
            } else {
                &mut *gaps
            };
            let locale = locales
                .entry(lf.lang.clone())
                .or_insert_with(|| Locale::new(lf, diags));
            if lf.file.name.ends_with(LOCALE_INFO_FILE) {
                match lf.file.parse::<LocaleInfo>() {
                    Ok(info) => locale.info = Some(info),
                    Err(d) => diags.push(d),
                }
                continue;
            }
            if lf.file.name.ends_with(REVIEW_FILE) {
                match review::parse_reviews(&lf.file) {
                    Ok(reviews) => locale.reviews = reviews,
                    Err(d) => diags.push(d),
                }
                continue;
            }
            for m in message_sources(&lf.file.text) {
                locale.sources.insert(m.id, m.value);
            }
            locale.add_file(lf, diags);
        }
        let mut localizer = Localizer {
            locales,
            ruby: RubyStyle::default(),
        };
        localizer.add_pseudo(files);
        localizer.check_infos(diags, gaps);
        localizer.compute_statuses();
        localizer
    }

    /// Every locale but the pseudo-locale has its `locale.toml`, whose fallbacks are other
    /// shipped locales.
    fn check_infos(&self, diags: &mut Vec<Diagnostic>, gaps: &mut Vec<Diagnostic>) {
        for (tag, locale) in &self.locales {
            let file = format!("locales/{tag}/{LOCALE_INFO_FILE}");
            let Some(info) = &locale.info else {
                if tag != PSEUDO {
                    let sink = if tag == REFERENCE {
                        &mut *diags
                    } else {
                        &mut *gaps
                    };
                    sink.push(Diagnostic::new(
                        file,
                        None,
                        "missing: every locale says its name, status and fallbacks",
                    ));
                }
                continue;
            };
            let sink = if tag == REFERENCE {
                &mut *diags
            } else {
                &mut *gaps
            };
            for f in &info.fallback {
                if f == tag || !self.locales.contains_key(f) {
                    sink.push(Diagnostic::new(
                        &file,
                        None,
                        format!("fallback `{f}` is not another shipped locale"),
                    ));
                }
            }
            for id in locale.reviews.keys() {
                if !locale.ids.contains(id.split('.').next().unwrap_or(id)) {
                    sink.push(Diagnostic::new(
                        format!("locales/{tag}/{REVIEW_FILE}"),
                        None,
                        format!("review of `{id}`: the locale has no such message"),
                    ));
                }
            }
        }
    }

    /// Each locale's status, computed from its messages' review state (never declared by hand).
    fn compute_statuses(&mut self) {
        let statuses: Vec<(String, TranslationStatus)> = self
            .locales
            .keys()
            .map(|tag| (tag.clone(), self.computed_status(tag)))
            .collect();
        for (tag, status) in statuses {
            if let Some(info) = self.locales.get_mut(&tag).and_then(|l| l.info.as_mut()) {
                info.status = status;
            }
        }
    }

    /// The locale's status from its messages: the reference is `reference`; a locale whose every
    /// message of the reference is there and reviewed against the current Japanese is
    /// `reviewed`; anything else is a `draft`.
    fn computed_status(&self, lang: &str) -> TranslationStatus {
        if lang == REFERENCE {
            return TranslationStatus::Reference;
        }
        let Some(reference) = self.locales.get(REFERENCE) else {
            return TranslationStatus::Draft;
        };
        let all = reference.sources.keys().all(|id| {
            let state = self.message_state(lang, id);
            state == MessageState::Reviewed
                || (state == MessageState::Missing && id.starts_with(CASE_MESSAGE_PREFIX))
        });
        if all && !reference.sources.is_empty() {
            TranslationStatus::Reviewed
        } else {
            TranslationStatus::Draft
        }
    }

    /// The review state of message `id` (or `id.attr`) in `lang`. The reference locale's
    /// messages are always `reviewed` (it is what the others are checked against).
    pub fn message_state(&self, lang: &str, id: &str) -> MessageState {
        let Some(locale) = self.locales.get(lang) else {
            return MessageState::Missing;
        };
        if lang == REFERENCE {
            return if locale.sources.contains_key(id) {
                MessageState::Reviewed
            } else {
                MessageState::Missing
            };
        }
        let review = locale.reviews.get(id);
        // Only a reviewed message is compared with the Japanese: hashing every message of every
        // locale at startup cost a debug build a quarter of a second.
        let ja = match review {
            Some(_) => self
                .locales
                .get(REFERENCE)
                .and_then(|r| r.sources.get(id))
                .map(|v| source_hash(v))
                .unwrap_or_default(),
            None => String::new(),
        };
        MessageState::of(review, locale.sources.contains_key(id), &ja)
    }

    /// The review of message `id` in `lang`, as `review.toml` records it.
    pub fn review(&self, lang: &str, id: &str) -> Option<&Review> {
        self.locales.get(lang).and_then(|l| l.reviews.get(id))
    }

    /// Every review of `lang` (what its `review.toml` says).
    pub fn reviews(&self, lang: &str) -> BTreeMap<String, Review> {
        self.locales
            .get(lang)
            .map(|l| l.reviews.clone())
            .unwrap_or_default()
    }

    /// The source of message `id` (or `id.attr`) in `lang`, as written (normalised).
    pub fn message_source(&self, lang: &str, id: &str) -> Option<&str> {
        self.locales
            .get(lang)
            .and_then(|l| l.sources.get(id))
            .map(String::as_str)
    }

    /// The message units (`id`, `id.attr`) of `lang` with their sources, sorted by id.
    pub fn message_sources(&self, lang: &str) -> BTreeMap<String, String> {
        self.locales
            .get(lang)
            .map(|l| l.sources.clone())
            .unwrap_or_default()
    }

    /// The file and 1-based line where message `id` is defined in `lang`.
    pub fn message_location(&self, lang: &str, id: &str) -> Option<(String, usize)> {
        let id = id.split('.').next().unwrap_or(id);
        self.locales
            .get(lang)
            .and_then(|l| l.lines.get(id))
            .cloned()
    }

    /// The variables message `id` uses in `lang`.
    pub fn message_variables(&self, lang: &str, id: &str) -> BTreeSet<String> {
        self.locales
            .get(lang)
            .and_then(|l| l.variables.get(id))
            .cloned()
            .unwrap_or_default()
    }

    /// `en-XA`: the English messages, every letter replaced by an accented look-alike.
    fn add_pseudo(&mut self, files: &[LocaleFile]) {
        fn transform(s: &str) -> std::borrow::Cow<'_, str> {
            fluent_pseudo::transform(s, false, true)
        }
        let langid: LanguageIdentifier = PSEUDO.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        bundle.set_transform(Some(transform));
        let mut ids = BTreeSet::new();
        for lf in files
            .iter()
            .filter(|lf| lf.lang == "en" && lf.file.name.ends_with(".ftl"))
        {
            let resource = match FluentResource::try_new(lf.file.text.clone()) {
                Ok(r) | Err((r, _)) => r,
            };
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    ids.insert(m.id.name.to_string());
                }
            }
            let _ = bundle.add_resource(resource);
        }
        if ids.is_empty() {
            return;
        }
        self.locales.insert(
            PSEUDO.to_string(),
            Locale {
                info: Some(LocaleInfo {
                    name: "[Pseudo]".to_string(),
                    status: TranslationStatus::Draft,
                    produced_by: "fluent-pseudo, from en".to_string(),
                    fallback: Vec::new(),
                }),
                bundle,
                ids,
                lines: BTreeMap::new(),
                variables: BTreeMap::new(),
                sources: BTreeMap::new(),
                reviews: BTreeMap::new(),
            },
        );
    }

    /// The shipped locales with what their `locale.toml` says (the pseudo-locale excluded).
    pub fn locales(&self) -> Vec<LocaleSummary> {
        self.locales
            .iter()
            .filter(|(tag, _)| tag.as_str() != PSEUDO)
            .filter_map(|(tag, l)| {
                l.info.clone().map(|info| LocaleSummary {
                    tag: tag.clone(),
                    info,
                })
            })
            .collect()
    }

    /// The locales a message is looked up in, in order: `lang`, its fallbacks, the reference.
    pub fn chain(&self, lang: &str) -> Vec<String> {
        let mut chain = vec![lang.to_string()];
        if let Some(info) = self.locales.get(lang).and_then(|l| l.info.as_ref()) {
            chain.extend(info.fallback.iter().cloned());
        }
        chain.push(REFERENCE.to_string());
        let mut seen = BTreeSet::new();
        chain.retain(|t| seen.insert(t.clone()));
        chain
    }

    /// The shipped locale that best serves a requested language (`pt` → `pt-BR`,
    /// `zh-Hant-TW` → `zh-TW`), by exact tag first, then by `fluent-langneg`'s matching.
    pub fn negotiate(&self, requested: &str) -> Option<String> {
        if self.locales.contains_key(requested) {
            return Some(requested.to_string());
        }
        // fluent-langneg has its own (ICU) language identifier type.
        let wanted: fluent_langneg::LanguageIdentifier = requested.parse().ok()?;
        let available: Vec<fluent_langneg::LanguageIdentifier> = self
            .locales
            .keys()
            .filter(|t| !t.contains("-x-") && t.as_str() != PSEUDO)
            .filter_map(|t| t.parse().ok())
            .collect();
        let chosen = fluent_langneg::negotiate_languages(
            &[wanted],
            &available,
            None,
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        chosen.first().map(|l| l.to_string())
    }

    /// The locale tags shipped, sorted (the pseudo-locale included).
    pub fn languages(&self) -> Vec<String> {
        self.locales.keys().cloned().collect()
    }

    pub fn has_language(&self, lang: &str) -> bool {
        self.locales.contains_key(lang)
    }

    pub fn has_message(&self, lang: &str, id: &str) -> bool {
        self.locales.get(lang).is_some_and(|l| l.ids.contains(id))
    }

    pub fn message_ids(&self, lang: &str) -> BTreeSet<String> {
        self.locales
            .get(lang)
            .map(|l| l.ids.clone())
            .unwrap_or_default()
    }

    /// Formats message `id` in `lang`, falling back to the reference locale.
    pub fn format(&self, lang: &str, id: &str, args: Option<&FluentArgs>) -> Text {
        for candidate in self.chain(lang) {
            if let Some((text, _errors)) = self.try_format(&candidate, id, args) {
                return Text {
                    fallback: candidate != lang,
                    draft: self.is_draft(&candidate, id),
                    text,
                    lang: candidate,
                };
            }
        }
        // Validation guarantees the reference has every message the content names; this shows
        // the id rather than an empty label if that guarantee is ever broken.
        Text {
            text: format!("[{id}]"),
            lang: REFERENCE.to_string(),
            fallback: true,
            draft: false,
        }
    }

    /// Whether message `id` in `lang` is a text nobody reviewed against the current Japanese.
    pub fn is_draft(&self, lang: &str, id: &str) -> bool {
        lang != REFERENCE
            && matches!(
                self.message_state(lang, id),
                MessageState::Draft | MessageState::Stale
            )
    }

    /// Formats message `id` in `lang` only (no fallback), with the errors Fluent reported (a
    /// variable not passed, a message or function that does not exist). `None` when the
    /// message is not there.
    pub fn format_checked(
        &self,
        lang: &str,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Option<(String, Vec<fluent_bundle::FluentError>)> {
        self.try_format(lang, id, args)
    }

    /// Formats every message of every locale with a value for each of the reference's
    /// variables, and reports what Fluent could not format (a reference to a message or term
    /// that does not exist, an unknown function, a cycle). `format` shows such a text with the
    /// broken placeable; this is how the errors reach `madoguchi validate` and the tests (not
    /// run on every load: formatting every message of every locale costs more than loading).
    pub fn formatting_problems(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        let Some(reference) = self.locales.get(REFERENCE) else {
            return out;
        };
        for (lang, locale) in &self.locales {
            if lang == PSEUDO {
                continue;
            }
            for id in &locale.ids {
                let mut args = FluentArgs::new();
                for v in reference.variables.get(id).into_iter().flatten() {
                    args.set(v.clone(), FluentValue::from("1"));
                }
                for v in locale.variables.get(id).into_iter().flatten() {
                    args.set(v.clone(), FluentValue::from("1"));
                }
                let Some((_, errors)) = self.try_format(lang, id, Some(&args)) else {
                    continue;
                };
                if let Some(e) = errors.first() {
                    let (file, line) = locale
                        .lines
                        .get(id)
                        .cloned()
                        .unwrap_or_else(|| (format!("locales/{lang}"), 1));
                    out.push(Diagnostic::new(
                        file,
                        Some(line),
                        format!("message `{id}` cannot be formatted: {e}"),
                    ));
                }
            }
        }
        out
    }

    /// Shows readings (ruby markup) in `style` in every text formatted from now on.
    pub fn set_ruby_style(&mut self, style: RubyStyle) {
        self.ruby = style;
    }

    /// Ruby markup that does not parse (a `《` or `｜` never closed, an empty base or reading),
    /// in every locale's sources: each a diagnostic at the message's file and line.
    pub fn ruby_problems(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for (lang, locale) in &self.locales {
            if lang == PSEUDO {
                continue;
            }
            for (id, source) in &locale.sources {
                if let Some(problem) = ruby::check(source) {
                    let (file, line) = self
                        .message_location(lang, id)
                        .unwrap_or_else(|| (format!("locales/{lang}"), 1));
                    out.push(Diagnostic::new(
                        file,
                        Some(line),
                        format!("message `{id}`: ruby markup {problem}"),
                    ));
                }
            }
        }
        out
    }

    /// Shorthand for the text only.
    pub fn text(&self, lang: &str, id: &str) -> String {
        self.format(lang, id, None).text
    }

    fn try_format(
        &self,
        lang: &str,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Option<(String, Vec<fluent_bundle::FluentError>)> {
        let locale = self.locales.get(lang)?;
        let pattern = locale.bundle.get_message(id)?.value()?;
        // A formatting error still yields readable text with the placeable shown; the errors
        // are returned, and `formatting_problems` reports every one a shipped message has.
        let mut errors = Vec::new();
        let text = locale.bundle.format_pattern(pattern, args, &mut errors);
        Some((ruby::render(&text, self.ruby), errors))
    }

    /// Checks that every message the content needs exists in the reference locale. A gap there
    /// is an error: there would be nothing to fall back to.
    pub(crate) fn check_reference(
        &self,
        required: &[(String, String)],
        diags: &mut Vec<Diagnostic>,
    ) {
        let Some(reference) = self.locales.get(REFERENCE) else {
            diags.push(Diagnostic::new(
                format!("locales/{REFERENCE}"),
                None,
                "the reference locale is missing",
            ));
            return;
        };
        for (id, needed_by) in required {
            if !reference.ids.contains(id) {
                diags.push(Diagnostic::new(
                    format!("locales/{REFERENCE}"),
                    None,
                    format!("message `{id}` is missing (needed by {needed_by})"),
                ));
            }
        }
    }

    /// Translation gaps: messages of the reference locale missing from another locale. The app
    /// still runs (those messages fall back, and say so); `madoguchi validate` and the tests
    /// treat every gap as an error.
    ///
    /// Training-case messages (ids starting with [`CASE_MESSAGE_PREFIX`]) are the exception: a
    /// case is written in the languages it declares, not in all of them, so a case message
    /// missing here is not a gap. The training loader (`crate::training`) checks instead that
    /// each case has its messages in every language it declares. Where a case message does
    /// exist, its variables are still compared with the reference.
    pub(crate) fn translation_gaps(&self) -> Vec<Diagnostic> {
        let mut gaps = Vec::new();
        let Some(reference) = self.locales.get(REFERENCE) else {
            return gaps;
        };
        for (lang, locale) in &self.locales {
            if lang == REFERENCE || lang == PSEUDO {
                continue;
            }
            for id in &reference.ids {
                let (file, line) = &reference.lines[id];
                if !locale.ids.contains(id) {
                    if id.starts_with(CASE_MESSAGE_PREFIX) {
                        continue;
                    }
                    gaps.push(Diagnostic::new(
                        format!("locales/{lang}"),
                        None,
                        format!("message `{id}` is missing (defined in {file}:{line})"),
                    ));
                    continue;
                }
                let want = reference.variables.get(id);
                let have = locale.variables.get(id);
                if want != have {
                    let show = |v: Option<&BTreeSet<String>>| {
                        v.map(|v| {
                            v.iter()
                                .map(|n| format!("${n}"))
                                .collect::<Vec<_>>()
                                .join(" ")
                        })
                        .unwrap_or_default()
                    };
                    let (tfile, tline) = &locale.lines[id];
                    gaps.push(Diagnostic::new(
                        tfile.clone(),
                        Some(*tline),
                        format!(
                            "message `{id}` uses variables [{}] but {file}:{line} uses [{}]",
                            show(have),
                            show(want)
                        ),
                    ));
                }
            }
        }
        gaps
    }
}

/// Every `$variable` a pattern refers to, in placeables and select expressions.
pub fn collect_variables(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match e {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
                for a in &arguments.named {
                    inline(&a.value, out);
                }
            }
            InlineExpression::Placeable { expression } => expression_vars(expression, out),
            _ => {}
        }
    }
    fn expression_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    collect_variables(&v.value, out);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

/// The 1-based line where message `id` is defined (`id =` at the start of a line).
/// The lines (1-based) where each message id is defined (`id =` at the start of a line), in
/// order. One pass over the file: looking each id up line by line made loading quadratic.
fn definition_lines(text: &str) -> BTreeMap<&str, Vec<usize>> {
    let mut lines: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, l) in text.lines().enumerate() {
        let Some((id, _)) = l.split_once('=') else {
            continue;
        };
        let id = id.trim_end();
        let is_id = id.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if is_id {
            lines.entry(id).or_default().push(i + 1);
        }
    }
    lines
}
