//! The files SQLite keeps beside a log (`-wal`, `-journal`, `-shm`) and how they are judged
//! before any connection that could write is opened.
//!
//! SQLite trusts these files blindly: a read-write connection replays a hot journal and reads a
//! WAL into the database, then writes it back at the next checkpoint. Nothing in either file names
//! the database it belongs to, so a file left from another log (a backup copied back without its
//! WAL, a folder moved between desks) would be written into this one. Here their headers are read
//! as bytes, without SQLite; what cannot be shown to belong is moved aside, never deleted and never
//! replayed.

use std::path::{Path, PathBuf};

/// Which file beside the log was moved aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SidecarKind {
    /// The write-ahead log (`-wal`), with its index (`-shm`) when there was one.
    Wal,
    /// A rollback journal (`-journal`).
    Journal,
}

/// Why a file beside the log was judged not to be its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ForeignReason {
    /// The header is not a WAL's or journal's header, or its checksum is wrong.
    BadHeader,
    /// Its page size is not the log's.
    PageSize { found: u32, log: u32 },
    /// Read together with the log, the result fails SQLite's checks or is another log (another
    /// identity, another program's file): the pages are not this log's.
    NotThisLog(String),
    /// A rollback journal: a Madoguchi log is always in WAL mode and never has one of its own.
    Journal,
    /// There was no log file: nothing these pages could belong to.
    NoLog,
}

impl std::fmt::Display for ForeignReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ForeignReason::BadHeader => f.write_str("its header is not valid"),
            ForeignReason::PageSize { found, log } => {
                write!(f, "its page size is {found}, the log's is {log}")
            }
            ForeignReason::NotThisLog(why) => write!(f, "its pages are not this log's ({why})"),
            ForeignReason::Journal => {
                f.write_str("a rollback journal: the log is in WAL mode and never has one")
            }
            ForeignReason::NoLog => f.write_str("there was no log file beside it"),
        }
    }
}

/// A file beside the log that was moved aside instead of being read into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    pub kind: SidecarKind,
    /// Where it was (`madoguchi.sqlite3-wal`).
    pub from: PathBuf,
    /// Where it is now, next to the log (`madoguchi.sqlite3-wal.set-aside-20261206T050000Z`).
    pub to: PathBuf,
    pub why: ForeignReason,
}

/// `path` with `suffix` appended to its file name (`log.db` + `-wal` = `log.db-wal`).
pub(crate) fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

pub(crate) fn wal_path(log: &Path) -> PathBuf {
    beside(log, "-wal")
}

pub(crate) fn journal_path(log: &Path) -> PathBuf {
    beside(log, "-journal")
}

pub(crate) fn shm_path(log: &Path) -> PathBuf {
    beside(log, "-shm")
}

/// What the bytes of a WAL say, before SQLite reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum WalBytes {
    /// Empty, or a valid header without one valid committed frame: SQLite reads nothing from it.
    Harmless,
    /// Not a WAL SQLite would use for a log of this page size.
    Foreign(ForeignReason),
    /// A valid header and `frames` valid frames up to a commit: SQLite would read them into the
    /// log. Whether they belong is for the caller to show with the log itself.
    Committed { frames: u32 },
}

const WAL_MAGIC_LE: u32 = 0x377f_0682;
const WAL_MAGIC_BE: u32 = 0x377f_0683;
const WAL_VERSION: u32 = 3_007_000;
const WAL_HEADER: usize = 32;
const WAL_FRAME_HEADER: usize = 24;

fn be32(b: &[u8], at: usize) -> u32 {
    u32::from_be_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// SQLite's WAL checksum over `data` (a multiple of 8 bytes), continuing from `s`. The words are
/// read big-endian or little-endian as the magic number says.
fn wal_checksum(big_endian: bool, data: &[u8], s: (u32, u32)) -> (u32, u32) {
    let (mut s1, mut s2) = s;
    for pair in data.chunks_exact(8) {
        let word = |w: &[u8]| {
            let bytes = [w[0], w[1], w[2], w[3]];
            if big_endian {
                u32::from_be_bytes(bytes)
            } else {
                u32::from_le_bytes(bytes)
            }
        };
        s1 = s1.wrapping_add(word(&pair[..4])).wrapping_add(s2);
        s2 = s2.wrapping_add(word(&pair[4..])).wrapping_add(s1);
    }
    (s1, s2)
}

/// Reads a WAL as SQLite's recovery would: the header (magic, version, page size, checksum),
/// then frames while their salts and running checksums hold, counting those up to the last
/// commit. `log_page_size` is the log's own page size.
pub(crate) fn inspect_wal(bytes: &[u8], log_page_size: u32) -> WalBytes {
    if bytes.is_empty() {
        return WalBytes::Harmless;
    }
    if bytes.len() < WAL_HEADER {
        return WalBytes::Foreign(ForeignReason::BadHeader);
    }
    let magic = be32(bytes, 0);
    let big_endian = match magic {
        WAL_MAGIC_BE => true,
        WAL_MAGIC_LE => false,
        _ => return WalBytes::Foreign(ForeignReason::BadHeader),
    };
    let page_size = be32(bytes, 8);
    let checksum = wal_checksum(big_endian, &bytes[..24], (0, 0));
    if be32(bytes, 4) != WAL_VERSION || checksum != (be32(bytes, 24), be32(bytes, 28)) {
        return WalBytes::Foreign(ForeignReason::BadHeader);
    }
    if page_size != log_page_size {
        return WalBytes::Foreign(ForeignReason::PageSize {
            found: page_size,
            log: log_page_size,
        });
    }
    let salts = (be32(bytes, 16), be32(bytes, 20));
    let frame_len = WAL_FRAME_HEADER + page_size as usize;
    let mut running = checksum;
    let (mut frames, mut committed) = (0u32, 0u32);
    let mut at = WAL_HEADER;
    while at + frame_len <= bytes.len() {
        let frame = &bytes[at..at + frame_len];
        if (be32(frame, 8), be32(frame, 12)) != salts || be32(frame, 0) == 0 {
            break;
        }
        running = wal_checksum(big_endian, &frame[..8], running);
        running = wal_checksum(big_endian, &frame[WAL_FRAME_HEADER..], running);
        if running != (be32(frame, 16), be32(frame, 20)) {
            break;
        }
        frames += 1;
        if be32(frame, 4) != 0 {
            committed = frames;
        }
        at += frame_len;
    }
    if committed == 0 {
        WalBytes::Harmless
    } else {
        WalBytes::Committed { frames: committed }
    }
}

/// Moves `from` aside next to itself, with the time in its name, never over another file.
/// Returns the new path.
pub(crate) fn move_aside(from: &Path, stamp: &str) -> std::io::Result<PathBuf> {
    for n in 0..1000u32 {
        let suffix = if n == 0 {
            format!(".set-aside-{stamp}")
        } else {
            format!(".set-aside-{stamp}-{n}")
        };
        let to = beside(from, &suffix);
        // A hard link fails when the name is taken, so nothing is ever replaced; the original
        // name is removed only once the new one holds the file.
        match std::fs::hard_link(from, &to) {
            Ok(()) => {
                std::fs::remove_file(from)?;
                return Ok(to);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::new(
        std::io::ErrorKind::AlreadyExists,
        "every set-aside name for this second is taken",
    ))
}

/// The time in a set-aside file's name: `20261206T050000Z`.
pub(crate) fn stamp() -> String {
    chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A WAL header with a valid checksum, in the byte order `magic` gives.
    fn header(magic: u32, page_size: u32) -> Vec<u8> {
        let mut h = Vec::new();
        for v in [magic, WAL_VERSION, page_size, 0, 0x1234_5678, 0x9abc_def0] {
            h.extend_from_slice(&v.to_be_bytes());
        }
        let (a, b) = wal_checksum(magic == WAL_MAGIC_BE, &h, (0, 0));
        h.extend_from_slice(&a.to_be_bytes());
        h.extend_from_slice(&b.to_be_bytes());
        h
    }

    fn frame(wal: &mut Vec<u8>, page: u32, commit: u32, page_size: u32) {
        let big = be32(wal, 0) == WAL_MAGIC_BE;
        // The running checksum is the last frame's, or the header's.
        let prev = if wal.len() == WAL_HEADER {
            (be32(wal, 24), be32(wal, 28))
        } else {
            let n = wal.len();
            (
                be32(wal, n - page_size as usize - 8),
                be32(wal, n - page_size as usize - 4),
            )
        };
        let mut f = Vec::new();
        f.extend_from_slice(&page.to_be_bytes());
        f.extend_from_slice(&commit.to_be_bytes());
        f.extend_from_slice(&wal[16..24]);
        let data = vec![page as u8; page_size as usize];
        let s = wal_checksum(big, &f[..8], prev);
        let s = wal_checksum(big, &data, s);
        f.extend_from_slice(&s.0.to_be_bytes());
        f.extend_from_slice(&s.1.to_be_bytes());
        f.extend_from_slice(&data);
        wal.extend_from_slice(&f);
    }

    #[test]
    fn a_wal_is_read_as_sqlite_recovers_it() {
        for magic in [WAL_MAGIC_LE, WAL_MAGIC_BE] {
            let mut wal = header(magic, 512);
            assert_eq!(inspect_wal(&wal, 512), WalBytes::Harmless);
            assert_eq!(
                inspect_wal(&wal, 4096),
                WalBytes::Foreign(ForeignReason::PageSize {
                    found: 512,
                    log: 4096
                })
            );
            frame(&mut wal, 1, 0, 512);
            assert_eq!(inspect_wal(&wal, 512), WalBytes::Harmless, "no commit yet");
            frame(&mut wal, 2, 2, 512);
            assert_eq!(inspect_wal(&wal, 512), WalBytes::Committed { frames: 2 });
            // A damaged byte in the first frame ends the valid frames before it.
            let mut bad = wal.clone();
            bad[WAL_HEADER + WAL_FRAME_HEADER + 3] ^= 0xff;
            assert_eq!(inspect_wal(&bad, 512), WalBytes::Harmless);
            // A damaged header is not a WAL SQLite would read.
            let mut bad = wal.clone();
            bad[17] ^= 1;
            assert_eq!(
                inspect_wal(&bad, 512),
                WalBytes::Foreign(ForeignReason::BadHeader)
            );
        }
        assert_eq!(
            inspect_wal(b"not a wal at all, just some bytes....", 4096),
            WalBytes::Foreign(ForeignReason::BadHeader)
        );
    }

    #[test]
    fn moving_aside_never_replaces_a_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let a = dir.path().join("log-wal");
        std::fs::write(&a, b"first").expect("write");
        let first = move_aside(&a, "20260101T000000Z").expect("move");
        std::fs::write(&a, b"second").expect("write");
        let second = move_aside(&a, "20260101T000000Z").expect("move");
        assert_ne!(first, second);
        assert!(!a.exists());
        assert_eq!(std::fs::read(first).expect("read"), b"first");
        assert_eq!(std::fs::read(second).expect("read"), b"second");
    }
}
