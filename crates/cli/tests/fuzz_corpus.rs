//! The fuzz corpus as a regression test (issue 14, section 4): every kept override file gives
//! exit 1 with the override's `FILE:LINE:` at the start of every error line, or exit 0 where the
//! file is valid (`valid.txt`). See `tests/fuzz-corpus/README.md`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-corpus")
}

/// The file names listed in `list` (first word of each line; `#` comments).
fn listed(list: &str) -> BTreeSet<String> {
    std::fs::read_to_string(corpus().join(list))
        .unwrap_or_else(|e| panic!("{list}: {e}"))
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect()
}

/// What is wrong with the outcome of validating `path`, if anything.
fn check(path: &Path, valid: bool, pending: bool) -> Option<String> {
    let out = Command::new(env!("CARGO_BIN_EXE_madoguchi"))
        .args(["validate", "--override"])
        .arg(path)
        .output()
        .expect("run madoguchi");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let name = path.display().to_string();
    match out.status.code() {
        Some(0) if valid || pending => None,
        Some(0) => Some(format!("{name}: accepted, but it is not valid")),
        Some(1) if valid => Some(format!("{name}: refused, but it is valid:\n{stderr}")),
        Some(1) => {
            let prefix = format!("{name}:");
            let unlocated: Vec<&str> = stderr
                .lines()
                .filter(|l| !l.ends_with("problem(s) found"))
                .filter(|l| {
                    let Some(rest) = l.strip_prefix(&prefix) else {
                        return true;
                    };
                    let digits = rest.chars().take_while(char::is_ascii_digit).count();
                    digits == 0 || !rest[digits..].starts_with(": ")
                })
                .collect();
            let located = stderr.lines().any(|l| l.starts_with(&prefix));
            (!unlocated.is_empty() || !located).then(|| {
                format!(
                    "{name}: errors without the override's file and line:\n{}",
                    unlocated.join("\n")
                )
            })
        }
        code => Some(format!("{name}: exit {code:?}\n{stderr}")),
    }
}

#[test]
fn every_kept_override_file_is_refused_with_its_line_or_is_valid() {
    let valid = listed("valid.txt");
    let pending = listed("pending.txt");
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus().join("override"))
        .expect("the corpus")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    assert!(files.len() >= 300, "{} files", files.len());
    for name in valid.iter().chain(&pending) {
        assert!(
            files.iter().any(|f| f.ends_with(name)),
            "{name} is listed but not in the corpus"
        );
    }
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get().min(4));
    let chunk = files.len().div_ceil(threads);
    let failures: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| {
                let (valid, pending) = (&valid, &pending);
                s.spawn(move || {
                    part.iter()
                        .filter_map(|f| {
                            let name = f.file_name()?.to_string_lossy().into_owned();
                            check(f, valid.contains(&name), pending.contains(&name))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a checking thread"))
            .collect()
    });
    assert!(
        failures.is_empty(),
        "{} of {} files:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
