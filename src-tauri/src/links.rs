//! Opening a contact: only what the directory lists can be opened, and only as `tel:` (digits,
//! `#`, `*`, `-`, `+`) or `https:` to the page the directory names. The webview cannot open
//! anything itself (no opener or shell plugin); it asks for a contact by service and position.

use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use madoguchi_core::{App, ContactKind};

/// The URL a directory contact may be opened as, or `None` if it may not be opened.
pub fn contact_url(app: &App, service: &str, index: usize) -> Option<String> {
    let contact = app
        .content()
        .directory
        .service(service)?
        .contacts
        .get(index)?;
    match contact.kind {
        ContactKind::Dial | ContactKind::Phone => {
            let ok = !contact.value.is_empty()
                && contact
                    .value
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '#' | '*' | '-' | '+'));
            // `#` starts a fragment in a URL: it is written %23 in tel: URIs (RFC 3966).
            ok.then(|| format!("tel:{}", contact.value.replace('#', "%23")))
        }
        ContactKind::Web => {
            let rest = contact.value.strip_prefix("https://")?;
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            let host_ok = !host.is_empty()
                && host
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'));
            let clean = !contact.value.chars().any(|c| {
                c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '`')
            });
            (host_ok && clean).then(|| contact.value.clone())
        }
        ContactKind::Email | ContactKind::InPerson => None,
    }
}

/// How long a handler may take to refuse a URL. `xdg-open` with no handler for `tel:` fails at
/// once; one that started a dialer or a browser is still running or has exited cleanly by then.
const REFUSAL_WINDOW: Duration = Duration::from_secs(3);

/// Why a contact did not open: the desk then dials or types it by hand, and must be told so.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("contact {index} of `{service}` cannot be opened")]
    NotOpenable { service: String, index: usize },
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

    #[test]
    fn only_directory_contacts_open_and_only_as_tel_or_https() {
        let app = App::embedded().unwrap();
        assert_eq!(
            contact_url(&app, "police_emergency", 0).as_deref(),
            Some("tel:110")
        );
        assert_eq!(
            contact_url(&app, "onestop_8891", 0).as_deref(),
            Some("tel:%238891")
        );
        assert_eq!(contact_url(&app, "no_such_service", 0), None);
        assert_eq!(contact_url(&app, "police_emergency", 99), None);
        let web: Vec<String> = app
            .content()
            .directory
            .services
            .iter()
            .flat_map(|s| (0..s.contacts.len()).map(move |i| (s.id.clone(), i)))
            .filter_map(|(s, i)| contact_url(&app, &s, i))
            .filter(|u| !u.starts_with("tel:"))
            .collect();
        assert!(!web.is_empty());
        assert!(web.iter().all(|u| u.starts_with("https://")), "{web:?}");
    }

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
