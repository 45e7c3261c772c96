//! `madoguchi-store-soak`: writes synthetic records into a log, for the reliability tests, the
//! benchmarks and demonstrations. Not shipped to desks.
//!
//! ```text
//! madoguchi-store-soak save --db PATH [--count N] [--seed S]
//!     saves records one by one (one durable transaction each), printing each id after its save
//!     returned; runs until killed when --count is not given
//! madoguchi-store-soak fill --db PATH --records N --from YYYY-MM-DD --to YYYY-MM-DD
//!     [--training N] [--seed S]
//!     bulk-fills a log with synthetic live (and training) records, 10,000 per transaction
//! ```

use std::io::Write;
use std::process::ExitCode;

use chrono::NaiveDate;
use madoguchi_core::Mode;
use madoguchi_store::synthetic::Synthetic;
use madoguchi_store::{OpenState, Store};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("madoguchi-store-soak: {e}");
            ExitCode::from(1)
        }
    }
}

fn flag<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
}

fn number(args: &[String], name: &str) -> Result<Option<u64>, String> {
    flag(args, name)
        .map(|v| {
            v.parse()
                .map_err(|_| format!("{name}: `{v}` is not a number"))
        })
        .transpose()
}

fn day(args: &[String], name: &str) -> Result<NaiveDate, String> {
    let v = flag(args, name).ok_or_else(|| format!("{name} YYYY-MM-DD is required"))?;
    NaiveDate::parse_from_str(v, "%Y-%m-%d").map_err(|_| format!("{name}: `{v}` is not a date"))
}

fn run(args: &[String]) -> Result<(), String> {
    let db = flag(args, "--db").ok_or("--db PATH is required")?;
    let seed = number(args, "--seed")?.unwrap_or_else(|| u64::from(std::process::id()));
    let mut store = Store::open(db).map_err(|e| e.to_string())?;
    if let OpenState::ReadOnlyRecovery { reason } = store.state() {
        return Err(format!("{db}: opened read-only: {reason}"));
    }
    let mut gen = Synthetic::new(seed);
    match args.first().map(String::as_str) {
        Some("save") => {
            let count = number(args, "--count")?;
            let today = chrono::Utc::now().date_naive();
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            let mut saved = 0u64;
            while count.is_none_or(|c| saved < c) {
                let record = gen.record(Mode::Live, today, today);
                store.save(&record).map_err(|e| e.to_string())?;
                // Only now is the record durable: the parent trusts every id it reads.
                writeln!(out, "{}", record.id()).map_err(|e| e.to_string())?;
                out.flush().map_err(|e| e.to_string())?;
                saved += 1;
            }
            Ok(())
        }
        Some("fill") => {
            let records = number(args, "--records")?.ok_or("--records N is required")?;
            let training = number(args, "--training")?.unwrap_or(0);
            let (from, to) = (day(args, "--from")?, day(args, "--to")?);
            for (mode, n) in [(Mode::Live, records), (Mode::Training, training)] {
                let mut left = n;
                while left > 0 {
                    let batch: Vec<_> = (0..left.min(10_000))
                        .map(|_| gen.record(mode, from, to))
                        .collect();
                    store.save_all(&batch).map_err(|e| e.to_string())?;
                    left -= batch.len() as u64;
                }
            }
            println!("{db}: {records} live and {training} training records from {from} to {to}");
            Ok(())
        }
        _ => Err("usage: madoguchi-store-soak save|fill --db PATH ... (see the source)".into()),
    }
}
