//! The shape of the core's source, checked on every `cargo test`:
//!
//! - **Rooms import downwards only.** `src/` is grouped into rooms (a folder, or one file beside
//!   `lib.rs`), declared below bottom to top. A room may name (`crate::<room>::…`) only rooms
//!   declared before it, so the room graph has no circle; a room not declared here, or a path
//!   through the crate root's re-exports (`crate::App`), is an error too. Within a room folder,
//!   the files' imports of each other (`super::<file>::…`) have no circle either (`mod.rs`
//!   only declares and re-exports, and is not counted).
//! - **Functions are short.** No function in `src/` is longer than [`MAX_FN_LINES`] lines, from
//!   the line with `fn` to its closing brace.
//! - **Every crate takes the workspace lints.**
//!
//! The scanner blanks comments, strings and character literals, then reads paths and braces.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The rooms of `crates/core/src`, bottom to top.
const ROOMS: &[&str] = &[
    "atomic",   // writing a file whole or not at all
    "model",    // facts, answers, conditions, priority, diagnostics
    "content",  // data files: flow, directory, languages, sources, validation
    "i18n",     // texts
    "engine",   // routing
    "app",      // the loaded content and texts
    "log",      // records and statistics
    "views",    // view models of the screens
    "training", // mock consultations and their debrief
    "load",     // loading the app, checking every room's messages
    "about",    // this build's version and its data's date
];

/// Circles between the files of one room that are known and accepted: `(room, file, file)`.
/// `YearMonth` is the records' month and lives with the statistics whose error it returns.
const ACCEPTED_FILE_CIRCLES: &[(&str, &str, &str)] = &[("log", "record", "stats")];

const MAX_FN_LINES: usize = 80;

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// One source file of a room: `file` is its stem (`mod` for a folder's `mod.rs`).
struct Source {
    room: String,
    file: String,
    path: String,
    code: String,
}

/// Every `.rs` file under `src/` except `lib.rs`, with comments and literals blanked.
fn sources(src: &Path) -> Vec<Source> {
    let mut out = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(src)
        .expect("src/")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        if path.is_dir() {
            for file in rust_files(&path) {
                let rel = file.strip_prefix(&path).unwrap().with_extension("");
                let first = rel.iter().next().unwrap().to_string_lossy().to_string();
                out.push(source(&stem, &first, &file));
            }
        } else if path.extension().is_some_and(|e| e == "rs") && stem != "lib" {
            out.push(source(&stem, &stem, &path));
        }
    }
    out
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("dir") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "rs") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn source(room: &str, file: &str, path: &Path) -> Source {
    let text = std::fs::read_to_string(path).expect("read source");
    Source {
        room: room.to_string(),
        file: file.to_string(),
        path: path.display().to_string(),
        code: blank(&text),
    }
}

/// The text with comments, string and character literals replaced by spaces (newlines kept), so
/// that only code is left to read paths and braces from.
fn blank(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < c.len() {
        let skip = literal_or_comment_len(&c, i);
        if skip == 0 {
            out.push(c[i]);
            i += 1;
        } else {
            for &ch in &c[i..i + skip] {
                out.push(if ch == '\n' { '\n' } else { ' ' });
            }
            i += skip;
        }
    }
    out
}

/// The length of the comment or literal starting at `i`, or 0 when none starts there.
fn literal_or_comment_len(c: &[char], i: usize) -> usize {
    let at = |k: usize| c.get(k).copied().unwrap_or('\0');
    let ident_before = i > 0 && (c[i - 1].is_alphanumeric() || c[i - 1] == '_');
    match (at(i), at(i + 1)) {
        ('/', '/') => (i..c.len()).find(|&k| c[k] == '\n').unwrap_or(c.len()) - i,
        ('/', '*') => block_comment_len(c, i),
        ('"', _) => quoted_len(c, i, '"'),
        ('r', '"' | '#') if !ident_before => raw_string_len(c, i + 1).map_or(0, |n| n + 1),
        ('b', 'r') if !ident_before => raw_string_len(c, i + 2).map_or(0, |n| n + 2),
        ('\'', '\\') => quoted_len(c, i, '\''),
        ('\'', _) if at(i + 2) == '\'' => 3,
        _ => 0,
    }
}

fn block_comment_len(c: &[char], i: usize) -> usize {
    let (mut depth, mut k) = (0, i);
    while k + 1 < c.len() {
        match (c[k], c[k + 1]) {
            ('/', '*') => (depth, k) = (depth + 1, k + 2),
            ('*', '/') => {
                (depth, k) = (depth - 1, k + 2);
                if depth == 0 {
                    return k - i;
                }
            }
            _ => k += 1,
        }
    }
    c.len() - i
}

/// A string or character literal from its opening quote to its closing one, escapes skipped.
fn quoted_len(c: &[char], i: usize, quote: char) -> usize {
    let mut k = i + 1;
    while k < c.len() {
        match c[k] {
            '\\' => k += 2,
            ch if ch == quote => return k + 1 - i,
            _ => k += 1,
        }
    }
    c.len() - i
}

/// `#…#"…"#…#` starting at `i` (after the `r`), or `None` when it is not a raw string.
fn raw_string_len(c: &[char], i: usize) -> Option<usize> {
    let hashes = c[i..].iter().take_while(|&&ch| ch == '#').count();
    if c.get(i + hashes) != Some(&'"') {
        return None;
    }
    let closing: Vec<char> = std::iter::once('"')
        .chain(std::iter::repeat_n('#', hashes))
        .collect();
    let body = i + hashes + 1;
    (body..c.len())
        .find(|&k| c[k..].starts_with(&closing))
        .map(|k| k + closing.len() - i)
}

/// The first path segment after each `prefix` (`crate::`, `super::`) in code outside nested
/// `mod … { }` blocks when `top_level_only`, with the grouped form `crate::{a::X, b}` read too.
fn segments_after(code: &str, prefix: &str, top_level_only: bool) -> BTreeSet<String> {
    let nested = nested_module_ranges(code);
    let mut out = BTreeSet::new();
    for (at, _) in code.match_indices(prefix) {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|ch| ch.is_alphanumeric() || ch == '_' || ch == ':') {
            continue;
        }
        if top_level_only && nested.iter().any(|r| r.contains(&at)) {
            continue;
        }
        let rest = &code[at + prefix.len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = matching_close(group);
            out.extend(top_level_items(&group[..end]));
        } else {
            out.insert(ident(rest));
        }
    }
    out.retain(|s| !s.is_empty() && s != "*" && s != "self");
    out
}

fn ident(s: &str) -> String {
    s.chars()
        .take_while(|ch| ch.is_alphanumeric() || *ch == '_')
        .collect()
}

/// The index of the `}` closing a group whose `{` was just before `s`.
fn matching_close(s: &str) -> usize {
    let mut depth = 1;
    for (k, ch) in s.char_indices() {
        match ch {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return k;
                }
            }
            _ => {}
        }
    }
    s.len()
}

fn top_level_items(group: &str) -> Vec<String> {
    let mut items = vec![String::new()];
    let mut depth = 0;
    for ch in group.chars() {
        match ch {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => items.push(String::new()),
            _ => items.last_mut().unwrap().push(ch),
        }
    }
    items.iter().map(|i| ident(i.trim())).collect()
}

/// Byte ranges of `mod name { … }` blocks (tests and the like), where `super::` means the file.
fn nested_module_ranges(code: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    for (at, _) in code.match_indices("mod ") {
        if code[..at]
            .chars()
            .next_back()
            .is_some_and(|ch| ch.is_alphanumeric() || ch == '_')
        {
            continue;
        }
        let rest = &code[at + 4..];
        let name = ident(rest.trim_start());
        let after = rest.trim_start()[name.len()..].trim_start();
        if !name.is_empty() && after.starts_with('{') {
            let open = code.len() - after.len();
            out.push(open..open + 1 + matching_close(&after[1..]));
        }
    }
    out
}

/// Every breach of the declared layering: `room → room` edges that do not go downwards.
fn room_breaches(sources: &[Source], rooms: &[&str]) -> Vec<String> {
    let level = |r: &str| rooms.iter().position(|x| *x == r);
    let mut breaches = Vec::new();
    for s in sources {
        let Some(own) = level(&s.room) else {
            breaches.push(format!(
                "{}: room `{}` is not declared in tests/structure.rs ROOMS",
                s.path, s.room
            ));
            continue;
        };
        let single_file_room = s.room == s.file && !s.path.ends_with("mod.rs");
        let mut named = segments_after(&s.code, "crate::", false);
        if single_file_room || s.file == "mod" {
            // Beside lib.rs, or in a room's mod.rs, `super::` is the crate root.
            named.extend(segments_after(&s.code, "super::", true));
        }
        for target in named {
            match level(&target) {
                Some(t) if t <= own => {}
                Some(_) => breaches.push(format!(
                    "{}: room `{}` uses `{target}`, a room above it",
                    s.path, s.room
                )),
                None => breaches.push(format!(
                    "{}: `crate::{target}` is not a room; name the room (`crate::<room>::{target}`)",
                    s.path
                )),
            }
        }
    }
    breaches
}

/// Circles among the files of each room folder, through `super::<file>` and
/// `crate::<room>::<file>` (a folder's `mod.rs` only re-exports, and is left out).
fn file_circles(sources: &[Source]) -> Vec<(String, String, String)> {
    let mut edges: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    let files: BTreeSet<(String, String)> = sources
        .iter()
        .map(|s| (s.room.clone(), s.file.clone()))
        .collect();
    for s in sources
        .iter()
        .filter(|s| s.file != "mod" && s.file != s.room)
    {
        let mut named = segments_after(&s.code, "super::", true);
        named.extend(segments_after(
            &s.code,
            &format!("crate::{}::", s.room),
            false,
        ));
        let siblings = named
            .into_iter()
            .filter(|n| *n != s.file && files.contains(&(s.room.clone(), n.clone())));
        edges
            .entry((s.room.clone(), s.file.clone()))
            .or_default()
            .extend(siblings);
    }
    let mut circles = Vec::new();
    for ((room, a), targets) in &edges {
        for b in targets {
            if a < b && reaches(&edges, room, b, a) {
                circles.push((room.clone(), a.clone(), b.clone()));
            }
        }
    }
    circles
}

fn reaches(
    edges: &BTreeMap<(String, String), BTreeSet<String>>,
    room: &str,
    from: &str,
    to: &str,
) -> bool {
    let mut seen = BTreeSet::new();
    let mut stack = vec![from.to_string()];
    while let Some(f) = stack.pop() {
        if f == to {
            return true;
        }
        if seen.insert(f.clone()) {
            if let Some(next) = edges.get(&(room.to_string(), f)) {
                stack.extend(next.iter().cloned());
            }
        }
    }
    false
}

/// Every function longer than `max` lines: `(path, line, name, lines)`.
fn long_functions(s: &Source, max: usize) -> Vec<(String, usize, String, usize)> {
    let code = &s.code;
    let mut out = Vec::new();
    for (at, _) in code.match_indices("fn ") {
        if code[..at]
            .chars()
            .next_back()
            .is_some_and(|ch| ch.is_alphanumeric() || ch == '_')
        {
            continue;
        }
        let name = ident(&code[at + 3..]);
        if name.is_empty() {
            continue;
        }
        // The body starts at the first `{` before any `;` (a declaration without body).
        let rest = &code[at..];
        let Some(open) = rest
            .find(['{', ';'])
            .filter(|&k| rest.as_bytes()[k] == b'{')
        else {
            continue;
        };
        let close = at + open + 1 + matching_close(&rest[open + 1..]);
        let first = code[..at].matches('\n').count() + 1;
        let last = code[..close].matches('\n').count() + 1;
        if last - first + 1 > max {
            out.push((s.path.clone(), first, name, last - first + 1));
        }
    }
    out
}

#[test]
fn rooms_import_only_rooms_below_them() {
    let sources = sources(&src_dir());
    assert!(sources.len() > 10, "the scan found the core's files");
    let breaches = room_breaches(&sources, ROOMS);
    assert!(breaches.is_empty(), "{}", breaches.join("\n"));
}

#[test]
fn the_files_of_a_room_import_each_other_without_circles() {
    let circles: Vec<_> = file_circles(&sources(&src_dir()))
        .into_iter()
        .filter(|(r, a, b)| !ACCEPTED_FILE_CIRCLES.contains(&(r.as_str(), a.as_str(), b.as_str())))
        .collect();
    assert!(circles.is_empty(), "files in a circle: {circles:?}");
}

#[test]
fn no_function_in_the_core_is_longer_than_the_limit() {
    let long: Vec<String> = sources(&src_dir())
        .iter()
        .flat_map(|s| long_functions(s, MAX_FN_LINES))
        .map(|(path, line, name, n)| format!("{path}:{line}: fn {name} is {n} lines"))
        .collect();
    assert!(
        long.is_empty(),
        "functions over {MAX_FN_LINES} lines (split them into named steps):\n{}",
        long.join("\n")
    );
}

/// The checks themselves, on a small made-up tree: they find what they are for.
#[test]
fn the_checks_find_an_upward_import_a_file_circle_and_a_long_function() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path();
    std::fs::create_dir(src.join("low")).unwrap();
    let write = |p: &str, t: &str| std::fs::write(src.join(p), t).unwrap();
    write("lib.rs", "mod low; mod high;");
    write("low/mod.rs", "mod a; mod b; pub use a::A;");
    write(
        "low/a.rs",
        "use super::b::B; // crate::high::X in a comment\npub struct A; fn s() -> &'static str { \"crate::high\" }",
    );
    write(
        "low/b.rs",
        "use super::a::A;\nuse crate::high::H;\npub struct B;",
    );
    let body = "    let _x = '{';\n".repeat(MAX_FN_LINES);
    write(
        "high.rs",
        &format!("use crate::low::A;\nuse crate::Root;\nfn long() {{\n{body}}}\n#[cfg(test)]\nmod tests {{ use super::*; }}"),
    );
    let sources = sources(src);
    let breaches = room_breaches(&sources, &["low", "high"]);
    assert_eq!(breaches.len(), 2, "{breaches:?}");
    assert!(
        breaches[0].contains("`crate::Root` is not a room"),
        "{breaches:?}"
    );
    assert!(
        breaches[1].contains("room `low` uses `high`"),
        "{breaches:?}"
    );
    assert!(room_breaches(&sources, &["high"])
        .iter()
        .any(|b| b.contains("room `low` is not declared")));
    assert_eq!(
        file_circles(&sources),
        vec![("low".to_string(), "a".to_string(), "b".to_string())]
    );
    let long: Vec<_> = sources
        .iter()
        .flat_map(|s| long_functions(s, MAX_FN_LINES))
        .collect();
    assert_eq!(long.len(), 1, "{long:?}");
    assert_eq!((long[0].2.as_str(), long[0].3), ("long", MAX_FN_LINES + 2));
    assert!(long_functions(&sources[0], MAX_FN_LINES + 2).is_empty());
}

/// Every crate of the workspace takes the workspace lints (`[lints] workspace = true`), so a new
/// crate cannot slip past them.
#[test]
fn every_crate_of_the_workspace_takes_the_workspace_lints() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let read = |p: &Path| -> toml::Table {
        toml::from_str(&std::fs::read_to_string(p).expect("manifest")).expect("TOML")
    };
    let workspace = read(&root.join("Cargo.toml"));
    assert!(
        workspace["workspace"].get("lints").is_some(),
        "[workspace.lints]"
    );
    let members = workspace["workspace"]["members"]
        .as_array()
        .expect("members");
    assert!(members.len() >= 5, "{members:?}");
    for member in members {
        let member = member.as_str().expect("a path");
        let manifest = read(&root.join(member).join("Cargo.toml"));
        let opted_in = manifest
            .get("lints")
            .and_then(|l| l.get("workspace"))
            .and_then(|w| w.as_bool());
        assert_eq!(
            opted_in,
            Some(true),
            "{member}/Cargo.toml: add `[lints] workspace = true`"
        );
    }
}
