//! The window shows the app's own pages and nothing else.
//!
//! The CSP keeps remote content out of the page, but it does not govern top-level navigation: a
//! script in the page (if a rendering bug ever let markup through) could send the window to a
//! remote address with `location.href = "https://…"` and carry data out in the URL, or open a
//! new window with `window.open`. Every navigation is decided here, before any request is made:
//! only the app's own origin is allowed, and no new window is ever opened.

use tauri::Url;

/// Whether `url` is one of the app's own pages: `tauri://localhost/…` where the webview is
/// WebKit (Linux, macOS), `http(s)://tauri.localhost/…` where it is WebView2 (Windows).
pub fn is_app_page(url: &Url) -> bool {
    let own_scheme = if cfg!(windows) {
        matches!(url.scheme(), "http" | "https")
    } else {
        url.scheme() == "tauri"
    };
    let own_host = if cfg!(windows) {
        "tauri.localhost"
    } else {
        "localhost"
    };
    own_scheme
        && url.host_str() == Some(own_host)
        && url.port().is_none()
        && url.username().is_empty()
        && url.password().is_none()
}

/// The navigation handler: the app's own pages go ahead, anything else is refused (and noted
/// on stderr by scheme and host only — the rest of the address may be the data carried out).
pub fn allow(url: &Url) -> bool {
    let allowed = is_app_page(url);
    if !allowed {
        eprintln!(
            "madoguchi: navigation to {}://{} refused",
            url.scheme(),
            url.host_str().unwrap_or("")
        );
    }
    allowed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(url: &str) -> bool {
        is_app_page(&Url::parse(url).expect("a URL"))
    }

    #[test]
    fn only_the_app_s_own_origin_is_a_page_of_the_app() {
        let own = if cfg!(windows) {
            "http://tauri.localhost"
        } else {
            "tauri://localhost"
        };
        assert!(page(&format!("{own}/")));
        assert!(page(&format!("{own}/index.html#settings")));
        for remote in [
            "https://example.org/",
            "https://example.org/?records=1234",
            "http://localhost/",
            "http://127.0.0.1:8080/",
            "https://tauri.localhost.example.org/",
            "file:///etc/passwd",
            "data:text/html,<p>x</p>",
            "about:blank",
            "tauri://localhost.example.org/",
            "tauri://user@localhost/",
            "tauri://localhost:8080/",
            "javascript:alert(1)",
            "ipc://localhost/",
        ] {
            assert!(!page(remote), "{remote} is not the app's page");
        }
    }
}
