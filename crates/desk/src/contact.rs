//! Which directory contacts may be opened, and as what: only what the directory lists, and only
//! as `tel:` (digits, `#`, `*`, `-`, `+`) or `https:` to the page the directory names. The host
//! hands the URL to the desktop; the webview cannot open anything itself.

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
}
