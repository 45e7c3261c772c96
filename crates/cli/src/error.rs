//! What can stop a command, and the exit status of each kind: 1 for data, a log or an interview
//! that cannot be used or finished, 2 for bad usage (clap's own usage errors are 2 as well). A
//! closed standard output (`madoguchi train --list | head -1`) is not a failure: the reader has
//! what it wanted, so the command ends quietly with 0.

use std::io::ErrorKind;
use std::process::ExitCode;

use madoguchi_core::{Diagnostic, FactError, StatsError};
use madoguchi_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Bad usage that the argument parser cannot see (an unknown language, case or option mix).
    #[error("{0}")]
    Usage(String),
    /// A `--fact` that is not KEY=VALUE, or names a fact or value the flow does not have.
    #[error(transparent)]
    Fact(#[from] FactError),
    /// A period or dimensions that statistics cannot use.
    #[error(transparent)]
    Stats(#[from] StatsError),
    /// The data, locales, override or training cases cannot be loaded.
    #[error(transparent)]
    Content(#[from] madoguchi_core::Error),
    /// Problems `validate` found, one per line.
    #[error("{} problem(s) found", .0.len())]
    Problems(Vec<Diagnostic>),
    /// Problems of the site override file, each line already in the staff language.
    #[error("{} problem(s) found", .0.len())]
    Worded(Vec<String>),
    /// The log cannot be opened, read or written.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The log is missing, or damaged and left as it is.
    #[error("{0}")]
    Log(String),
    /// The input ended before the interview finished; the interview said so on its output, in
    /// the staff language.
    #[error("the input ended before the interview finished")]
    Unfinished,
    /// A bundle, the hub's key or its database cannot be used; a refused bundle.
    #[error(transparent)]
    Hub(#[from] madoguchi_hub::HubError),
    /// Standard output cannot be written.
    #[error("cannot write output: {0}")]
    Output(#[from] std::io::Error),
}

impl CliError {
    fn closed_pipe(&self) -> bool {
        matches!(self, CliError::Output(e) if e.kind() == ErrorKind::BrokenPipe)
    }

    pub fn exit_code(&self) -> ExitCode {
        match self {
            _ if self.closed_pipe() => ExitCode::SUCCESS,
            CliError::Usage(_) | CliError::Fact(_) | CliError::Stats(_) => ExitCode::from(2),
            _ => ExitCode::from(1),
        }
    }

    /// Says what went wrong on standard error (nothing for a closed pipe or an interview that
    /// already said it ended), and gives the exit status.
    pub fn report(&self) -> ExitCode {
        match self {
            _ if self.closed_pipe() => {}
            CliError::Unfinished => {}
            CliError::Problems(problems) => {
                for problem in problems {
                    eprintln!("{problem}");
                }
                eprintln!("{self}");
            }
            CliError::Worded(lines) => {
                for line in lines {
                    eprintln!("{line}");
                }
                eprintln!("{self}");
            }
            _ => eprintln!("madoguchi: {self}"),
        }
        self.exit_code()
    }
}
