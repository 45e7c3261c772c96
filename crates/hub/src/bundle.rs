//! The bundle: one desk's live records of a period, for the hub.
//!
//! Inside the `age` encryption (to the hub's X25519 key) a bundle is UTF-8 text: one line of
//! JSON, the [`Manifest`], then the content, a CSV of the records with a header line. The
//! manifest carries the SHA-256 of the content bytes and the record count; the hub checks both,
//! and the category lists' version, before it writes anything.
//!
//! A record line holds what the desk's log holds and nothing else: the record's random id, the
//! month, the desk's own counter label, the languages, the categories, the flags, the outcome
//! and the referrals (`service:priority` in routing order). Never a day, never training.

use std::io::{BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use age::secrecy::ExposeSecret;
use madoguchi_core::{
    AgeGroup, Concern, DeskLabel, Gender, LanguageTag, Mode, Nationality, Outcome, Period,
    Priority, Record, RecordId, RecordParts, RecordedReferral, Region, Residence, ServiceId,
    YearMonth,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::categories::{hex, CategoryLists};
use crate::error::HubError;

/// The `format` field of every manifest.
pub const BUNDLE_FORMAT: &str = "madoguchi-bundle";
/// The version of the format this code writes and reads.
pub const BUNDLE_FORMAT_VERSION: u32 = 1;

/// The header of the content CSV.
const HEADER: &[&str] = &[
    "id",
    "month",
    "label",
    "staff_lang",
    "client_lang",
    "interpreter",
    "age_group",
    "gender",
    "nationality",
    "region",
    "residence",
    "concerns",
    "danger",
    "outcome",
    "handover_consent",
    "referrals",
];

/// The category lists' version and the lists themselves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestCategories {
    pub version: String,
    pub lists: CategoryLists,
}

/// What a bundle says about itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: String,
    pub format_version: u32,
    /// The desk's code, given by the coordinator (`DeskLabel` rules: no name fits).
    pub desk: String,
    /// First and last month, `YYYY-MM`.
    pub from: String,
    pub to: String,
    /// When the bundle was made (UTC, RFC 3339 with microseconds): the newer one wins.
    pub created: String,
    pub categories: ManifestCategories,
    pub records: u64,
    pub content_sha256: String,
}

impl Manifest {
    pub fn period(&self) -> Result<Period, madoguchi_core::StatsError> {
        Period::new(YearMonth::parse(&self.from)?, YearMonth::parse(&self.to)?)
    }

    pub fn created_at(&self) -> Option<chrono::DateTime<chrono::Utc>> {
        chrono::DateTime::parse_from_rfc3339(&self.created)
            .ok()
            .map(|t| t.with_timezone(&chrono::Utc))
    }
}

/// A decrypted bundle whose content matched its manifest's hash.
#[derive(Debug, Clone)]
pub struct Bundle {
    pub path: PathBuf,
    pub manifest: Manifest,
    content: Vec<u8>,
}

fn io<'a>(path: &'a Path, op: &'static str) -> impl FnOnce(std::io::Error) -> HubError + 'a {
    move |source| HubError::Io {
        path: path.to_path_buf(),
        op,
        source,
    }
}

/// Parses an `age1…` public key.
pub fn parse_recipient(text: &str) -> Result<age::x25519::Recipient, HubError> {
    age::x25519::Recipient::from_str(text.trim())
        .map_err(|_| HubError::Recipient(text.chars().take(80).collect()))
}

/// The hub's identity from its key file (the `age-keygen` layout: `#` comment lines and one
/// `AGE-SECRET-KEY-1…` line).
pub fn read_identity(path: &Path) -> Result<age::x25519::Identity, HubError> {
    let text = std::fs::read_to_string(path).map_err(io(path, "read the key file"))?;
    let keys: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let [key] = keys.as_slice() else {
        return Err(HubError::Key {
            path: path.to_path_buf(),
            detail: format!("expected one AGE-SECRET-KEY-1 line, found {}", keys.len()),
        });
    };
    age::x25519::Identity::from_str(key).map_err(|e| HubError::Key {
        path: path.to_path_buf(),
        detail: e.to_string(),
    })
}

/// Makes a new identity in a key file that does not exist yet (created with mode 0600, never
/// over an existing file) and returns it.
pub fn create_identity(path: &Path) -> Result<age::x25519::Identity, HubError> {
    let identity = age::x25519::Identity::generate();
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options
        .open(path)
        .map_err(io(path, "create the key file"))?;
    let body = format!(
        "# Madoguchi hub key (age X25519), created {}\n# public key: {}\n{}\n",
        chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ"),
        identity.to_public(),
        identity.to_string().expose_secret()
    );
    file.write_all(body.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(io(path, "write the key file"))?;
    Ok(identity)
}

fn opt<T: Copy>(v: Option<T>, s: fn(T) -> &'static str) -> &'static str {
    v.map_or("", s)
}

fn flag(b: bool) -> &'static str {
    if b {
        "1"
    } else {
        "0"
    }
}

/// The content CSV of `records` (header first).
pub fn content(records: &[Record]) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::with_capacity(records.len() * 160));
    w.write_record(HEADER).expect("write to memory");
    for r in records {
        let p = r.parts();
        let concerns: Vec<&str> = p.concerns.iter().map(|c| c.as_str()).collect();
        let referrals: Vec<String> = p
            .referrals
            .iter()
            .map(|x| format!("{}:{}", x.service.as_str(), x.priority.as_str()))
            .collect();
        w.write_record([
            p.id.to_hex().as_str(),
            &p.month.to_string(),
            p.desk.as_ref().map_or("", |d| d.as_str()),
            p.staff_language.as_str(),
            p.client_language.as_str(),
            flag(p.interpreter),
            opt(p.age_group, AgeGroup::as_str),
            opt(p.gender, Gender::as_str),
            opt(p.nationality, Nationality::as_str),
            opt(p.region, Region::as_str),
            opt(p.residence, Residence::as_str),
            &concerns.join(";"),
            flag(p.danger),
            p.outcome.as_str(),
            flag(p.handover_consent),
            &referrals.join(";"),
        ])
        .expect("write to memory");
    }
    w.into_inner().expect("flush to memory")
}

/// The plaintext of a bundle: the manifest line, then the content.
pub fn plaintext(
    desk: &DeskLabel,
    period: Period,
    lists: &CategoryLists,
    records: &[Record],
    created: chrono::DateTime<chrono::Utc>,
) -> (Manifest, Vec<u8>) {
    let body = content(records);
    let manifest = Manifest {
        format: BUNDLE_FORMAT.to_string(),
        format_version: BUNDLE_FORMAT_VERSION,
        desk: desk.as_str().to_string(),
        from: period.from.to_string(),
        to: period.to.to_string(),
        created: created.to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        categories: ManifestCategories {
            version: lists.version(),
            lists: lists.clone(),
        },
        records: records.len() as u64,
        content_sha256: hex(&Sha256::digest(&body)),
    };
    let mut out = serde_json::to_vec(&manifest).expect("manifest serializes");
    out.push(b'\n');
    out.extend_from_slice(&body);
    (manifest, out)
}

/// Encrypts `plaintext` to `recipient` (the `age` binary format).
pub fn encrypt(
    plaintext: &[u8],
    recipient: &age::x25519::Recipient,
    out: &Path,
) -> Result<Vec<u8>, HubError> {
    let err = |detail: String| HubError::Encrypt {
        path: out.to_path_buf(),
        detail,
    };
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(recipient as &dyn age::Recipient))
            .map_err(|e| err(e.to_string()))?;
    let mut sealed = Vec::with_capacity(plaintext.len() + 512);
    let mut writer = encryptor
        .wrap_output(&mut sealed)
        .map_err(|e| err(e.to_string()))?;
    writer
        .write_all(plaintext)
        .and_then(|()| writer.finish().map(|_| ()))
        .map_err(|e| err(e.to_string()))?;
    Ok(sealed)
}

/// Writes the bundle of `period` from the desk's log to `out`, encrypted to `recipient`, and
/// records it in the log's audit table. Live records only; training results are never read.
pub fn write(
    store: &mut madoguchi_store::Store,
    desk: &DeskLabel,
    period: Period,
    lists: &CategoryLists,
    recipient: &age::x25519::Recipient,
    out: &Path,
) -> Result<Manifest, HubError> {
    let records = store.live_records(period)?;
    let (manifest, plain) = plaintext(desk, period, lists, &records, chrono::Utc::now());
    let sealed = encrypt(&plain, recipient, out)?;
    store.write_bundle(period, manifest.records, &sealed, out)?;
    Ok(manifest)
}

/// The plaintext of a bundle file, decrypted with the hub's identity.
pub fn decrypt(path: &Path, identity: &age::x25519::Identity) -> Result<Vec<u8>, HubError> {
    let file = std::fs::File::open(path).map_err(io(path, "open the bundle"))?;
    let decrypt_err = |detail: String| HubError::Decrypt {
        path: path.to_path_buf(),
        detail,
    };
    let decryptor =
        age::Decryptor::new(BufReader::new(file)).map_err(|e| decrypt_err(e.to_string()))?;
    let mut reader = decryptor
        .decrypt(std::iter::once(identity as &dyn age::Identity))
        .map_err(|e| decrypt_err(e.to_string()))?;
    let mut plain = Vec::new();
    reader
        .read_to_end(&mut plain)
        .map_err(|e| decrypt_err(e.to_string()))?;
    Ok(plain)
}

impl Bundle {
    /// Decrypts the file with the hub's identity, reads the manifest and checks the content's
    /// SHA-256 against it. Nothing else is checked here (see [`Bundle::records`] and the hub).
    pub fn open(path: &Path, identity: &age::x25519::Identity) -> Result<Bundle, HubError> {
        Bundle::from_plaintext(path, decrypt(path, identity)?)
    }

    /// Reads a decrypted bundle (for tests that alter one and encrypt it again).
    pub fn from_plaintext(path: &Path, mut plain: Vec<u8>) -> Result<Bundle, HubError> {
        let not = |detail: String| HubError::NotABundle {
            path: path.to_path_buf(),
            detail,
        };
        let Some(nl) = plain.iter().position(|&b| b == b'\n') else {
            return Err(not("no manifest line".into()));
        };
        let head: serde_json::Value = serde_json::from_slice(&plain[..nl])
            .map_err(|e| not(format!("the manifest is not JSON: {e}")))?;
        if head.get("format").and_then(|f| f.as_str()) != Some(BUNDLE_FORMAT) {
            return Err(not(format!(
                "the manifest's `format` is not `{BUNDLE_FORMAT}`"
            )));
        }
        let found = head
            .get("format_version")
            .and_then(|v| v.as_u64())
            .ok_or_else(|| not("the manifest has no `format_version`".into()))?;
        if found != u64::from(BUNDLE_FORMAT_VERSION) {
            return Err(HubError::FormatVersion {
                path: path.to_path_buf(),
                found: u32::try_from(found).unwrap_or(u32::MAX),
                known: BUNDLE_FORMAT_VERSION,
            });
        }
        let manifest: Manifest = serde_json::from_value(head)
            .map_err(|e| not(format!("the manifest does not fit format 1: {e}")))?;
        let content = plain.split_off(nl + 1);
        let actual = hex(&Sha256::digest(&content));
        if actual != manifest.content_sha256 {
            return Err(HubError::Tampered {
                path: path.to_path_buf(),
                expected: manifest.content_sha256.clone(),
                actual,
            });
        }
        let mismatch = |detail: String| HubError::ManifestMismatch {
            path: path.to_path_buf(),
            detail,
        };
        if manifest.categories.lists.version() != manifest.categories.version {
            return Err(mismatch(
                "the category lists do not hash to the version it names".into(),
            ));
        }
        DeskLabel::parse(&manifest.desk).map_err(|e| mismatch(e.to_string()))?;
        manifest.period().map_err(|e| mismatch(e.to_string()))?;
        if manifest.created_at().is_none() {
            return Err(mismatch(format!(
                "`created` is not a time: `{}`",
                manifest.created
            )));
        }
        Ok(Bundle {
            path: path.to_path_buf(),
            manifest,
            content,
        })
    }

    /// The records, each checked as the desk's log checks it (categories, the rules between
    /// fields), in the manifest's period, as many as it says.
    pub fn records(&self) -> Result<Vec<Record>, HubError> {
        let path = &self.path;
        let period = self.manifest.period()?;
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_reader(self.content.as_slice());
        let header_ok = reader
            .headers()
            .map(|h| h.iter().eq(HEADER.iter().copied()))
            .unwrap_or(false);
        if !header_ok {
            return Err(HubError::BadRecord {
                path: path.clone(),
                line: 1,
                detail: format!("the header is not `{}`", HEADER.join(",")),
            });
        }
        let mut out = Vec::with_capacity(self.manifest.records as usize);
        let mut row = csv::StringRecord::new();
        let mut line = 1;
        loop {
            match reader.read_record(&mut row) {
                Ok(false) => break,
                Ok(true) => {}
                Err(e) => {
                    return Err(HubError::BadRecord {
                        path: path.clone(),
                        line: line + 1,
                        detail: e.to_string(),
                    })
                }
            }
            line += 1;
            let record = parse_record(&row).map_err(|detail| HubError::BadRecord {
                path: path.clone(),
                line,
                detail,
            })?;
            if !period.contains(record.month()) {
                return Err(HubError::BadRecord {
                    path: path.clone(),
                    line,
                    detail: format!(
                        "month {} is outside the bundle's period {} to {}",
                        record.month(),
                        period.from,
                        period.to
                    ),
                });
            }
            out.push(record);
        }
        if out.len() as u64 != self.manifest.records {
            return Err(HubError::ManifestMismatch {
                path: path.clone(),
                detail: format!(
                    "it says {} records, the content holds {}",
                    self.manifest.records,
                    out.len()
                ),
            });
        }
        Ok(out)
    }
}

fn parse_record(row: &csv::StringRecord) -> Result<Record, String> {
    if row.len() != HEADER.len() {
        return Err(format!("{} fields, expected {}", row.len(), HEADER.len()));
    }
    let f = |i: usize| row.get(i).unwrap_or("");
    fn cat<T>(name: &str, v: &str, parse: fn(&str) -> Option<T>) -> Result<Option<T>, String> {
        if v.is_empty() {
            Ok(None)
        } else {
            parse(v)
                .map(Some)
                .ok_or_else(|| format!("`{name}` has no category `{v}`"))
        }
    }
    let flag = |i: usize| match f(i) {
        "0" => Ok(false),
        "1" => Ok(true),
        v => Err(format!("`{}` is `{v}`, not 0 or 1", HEADER[i])),
    };
    let mut concerns = std::collections::BTreeSet::new();
    for c in f(11).split(';').filter(|s| !s.is_empty()) {
        concerns
            .insert(Concern::parse(c).ok_or_else(|| format!("`concerns` has no category `{c}`"))?);
    }
    let mut referrals = Vec::new();
    for r in f(15).split(';').filter(|s| !s.is_empty()) {
        let (service, priority) = r
            .split_once(':')
            .ok_or_else(|| format!("referral `{r}` is not service:priority"))?;
        referrals.push(RecordedReferral {
            service: ServiceId::parse(service).map_err(|e| e.to_string())?,
            priority: Priority::ALL
                .into_iter()
                .find(|p| p.as_str() == priority)
                .ok_or_else(|| format!("referral `{r}` has no priority `{priority}`"))?,
        });
    }
    let parts = RecordParts {
        id: RecordId::parse(f(0)).map_err(|e| e.to_string())?,
        month: YearMonth::parse(f(1)).map_err(|e| e.to_string())?,
        mode: Mode::Live,
        desk: match f(2) {
            "" => None,
            v => Some(DeskLabel::parse(v).map_err(|e| e.to_string())?),
        },
        staff_language: LanguageTag::parse(f(3)).map_err(|e| e.to_string())?,
        client_language: LanguageTag::parse(f(4)).map_err(|e| e.to_string())?,
        interpreter: flag(5)?,
        age_group: cat("age_group", f(6), AgeGroup::parse)?,
        gender: cat("gender", f(7), Gender::parse)?,
        nationality: cat("nationality", f(8), Nationality::parse)?,
        region: cat("region", f(9), Region::parse)?,
        residence: cat("residence", f(10), Residence::parse)?,
        concerns,
        danger: flag(12)?,
        outcome: Outcome::parse(f(13))
            .ok_or_else(|| format!("`outcome` has no category `{}`", f(13)))?,
        handover_consent: flag(14)?,
        referrals,
    };
    Record::new(parts).map_err(|e| e.to_string())
}
