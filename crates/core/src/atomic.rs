//! Writing a file so that a reader (or a crash) sees the old contents or the new, never a part:
//! the new contents go to a temporary file beside the destination, are synced to disk, and the
//! temporary file is renamed over the destination; the folder is synced so that the rename
//! lasts. The one place the workspace does this (the log's exports and bundles, settings, the
//! CLI's files: directory and translation exports and imports, hub exports).

use std::io::Write;
use std::path::{Path, PathBuf};

/// The temporary file for `dest`: hidden, beside it (a rename never crosses file systems), and
/// named for this process, so that two processes writing the same file do not share one.
pub fn temp_beside(dest: &Path) -> PathBuf {
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "export".into());
    dest.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

/// Creates (or truncates) `path` with `bytes`, synced to disk before it returns.
pub fn write_synced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = std::fs::File::create(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Renames the written `temp` over `dest`, then makes the rename durable.
pub fn rename_into_place(temp: &Path, dest: &Path) -> std::io::Result<()> {
    std::fs::rename(temp, dest)?;
    sync_dir(
        dest.parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new(".")),
    )
}

/// Replaces `dest` with `bytes` atomically; on an error `dest` is as it was and the temporary
/// file is gone.
pub fn write_atomically(dest: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let temp = temp_beside(dest);
    write_synced(&temp, bytes)
        .and_then(|()| rename_into_place(&temp, dest))
        .inspect_err(|_| {
            let _ = std::fs::remove_file(&temp);
        })
}

/// Makes the renames in `dir` durable.
#[cfg(unix)]
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::File::open(dir)?.sync_all()
}

/// Windows cannot open a folder as a file; its renames are durable once they return.
#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_write_replaces_the_file_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("settings.toml");
        std::fs::write(&dest, "old").unwrap();
        write_atomically(&dest, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&dest).unwrap(), "new");
        assert_eq!(names(dir.path()), ["settings.toml"]);
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("out.csv");
        std::fs::write(&dest, "old").unwrap();
        // The destination's place is taken by a folder that is not empty: the rename fails.
        let blocked = dir.path().join("blocked");
        std::fs::create_dir_all(blocked.join("inside")).unwrap();
        assert!(write_atomically(&blocked, b"new").is_err());
        assert_eq!(names(dir.path()), ["blocked", "out.csv"]);
        // The temporary file's place is taken: the write fails, the file is untouched.
        std::fs::create_dir(temp_beside(&dest)).unwrap();
        assert!(write_atomically(&dest, b"new").is_err());
        assert_eq!(std::fs::read_to_string(&dest).unwrap(), "old");
    }
}
