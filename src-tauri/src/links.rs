//! Handing a contact's URL to the desktop (which contacts, as what: `madoguchi_desk::contact`).
//! The webview cannot open anything itself (no opener or shell plugin).

use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// How long a handler may take to refuse a URL. `xdg-open` with no handler for `tel:` fails at
/// once; one that started a dialer or a browser is still running or has exited cleanly by then.
const REFUSAL_WINDOW: Duration = Duration::from_secs(3);

/// Why a contact did not open: the desk then dials or types it by hand, and must be told so.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("no program to open {url} ({command}): {source}")]
    NoHandler {
        url: String,
        command: &'static str,
        #[source]
        source: std::io::Error,
    },
    #[error("the desktop could not open {url} ({command} ended with {status})")]
    Refused {
        url: String,
        command: &'static str,
        status: ExitStatus,
    },
}

/// Hands an allowed URL to the desktop's default handler (a phone app, a browser) and reports a
/// handler that refuses it within [`REFUSAL_WINDOW`].
pub fn open(url: &str) -> Result<(), OpenError> {
    #[cfg(target_os = "macos")]
    let (program, command) = ("open", Command::new("open"));
    #[cfg(target_os = "windows")]
    let (program, command) = {
        let mut c = Command::new("rundll32");
        c.arg("url.dll,FileProtocolHandler");
        ("rundll32", c)
    };
    #[cfg(not(any(target_os = "macos", target_os = "windows")))]
    let (program, command) = ("xdg-open", Command::new("xdg-open"));
    hand_over(command, program, url, REFUSAL_WINDOW)
}

fn hand_over(
    mut command: Command,
    program: &'static str,
    url: &str,
    window: Duration,
) -> Result<(), OpenError> {
    let mut child = command
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|source| OpenError::NoHandler {
            url: url.to_owned(),
            command: program,
            source,
        })?;
    let deadline = Instant::now() + window;
    while Instant::now() < deadline {
        if let Ok(Some(status)) = child.try_wait() {
            return if status.success() {
                Ok(())
            } else {
                Err(OpenError::Refused {
                    url: url.to_owned(),
                    command: program,
                    status,
                })
            };
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    // Still running: the handler took the URL. Reap it whenever it ends, without waiting here.
    std::thread::spawn(move || child.wait());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    fn shell(script: &str) -> Command {
        let mut c = Command::new("sh");
        c.args(["-c", script, "handler"]);
        c
    }

    #[cfg(unix)]
    #[test]
    fn a_handler_that_refuses_the_url_is_an_error_naming_it() {
        let short = Duration::from_secs(2);
        let err = hand_over(shell("exit 4"), "xdg-open", "tel:110", short).unwrap_err();
        assert!(matches!(err, OpenError::Refused { .. }), "{err:?}");
        assert!(err.to_string().contains("tel:110"), "{err}");
        assert!(err.to_string().contains("xdg-open"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn a_missing_handler_is_an_error_naming_the_program() {
        let missing = Command::new("/nonexistent/madoguchi-no-such-opener");
        let err = hand_over(missing, "xdg-open", "tel:110", Duration::from_secs(1)).unwrap_err();
        assert!(matches!(err, OpenError::NoHandler { .. }), "{err:?}");
        assert!(err.to_string().contains("xdg-open"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn a_handler_that_accepts_or_keeps_running_has_opened_it() {
        let window = Duration::from_millis(300);
        hand_over(shell("exit 0"), "xdg-open", "tel:110", window).unwrap();
        // A dialer or browser started in the foreground: still running when the window closes.
        hand_over(shell("sleep 2"), "xdg-open", "tel:110", window).unwrap();
    }
}
