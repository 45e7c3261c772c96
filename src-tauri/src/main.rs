//! Madoguchi's desktop app: a thin Tauri shell over `madoguchi_desk`.
//!
//! At startup it opens the desk's data folder (the platform's app-data folder, or `--data-dir
//! DIR`, or `$MADOGUCHI_DATA_DIR`) on a background thread while the window loads. The commands
//! are generated from the desk's one list ([`commands`]); what only a desktop can do — native
//! dialogs, printing, handing a URL to the system — is the [`host::TauriHost`]. The shell decides
//! nothing and formats no message.
//!
//! Least privilege: the webview has Tauri's core defaults only (no fs, shell, opener or http
//! plugin); contacts open through [`links`], and only what the directory lists; the window stays
//! on the app's own origin ([`navigation`]); a purge or a shorter retention waits for Yes in a
//! native dialog.

// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod host;
mod links;
mod navigation;

use madoguchi_desk::desk::{Desk, DATA_DIR_ENV};
use tauri::Manager;

use crate::commands::Loading;

/// The window of `tauri.conf.json` (`"create": false` there), built here so that it gets the
/// navigation guard: the app's own pages only, and no new window (`window.open`, links with a
/// target) ever.
fn open_main_window(app: &tauri::App) -> tauri::Result<()> {
    let config = app
        .config()
        .app
        .windows
        .iter()
        .find(|w| w.label == MAIN_WINDOW)
        .cloned()
        .ok_or_else(|| tauri::Error::WindowNotFound)?;
    tauri::WebviewWindowBuilder::from_config(app.handle(), &config)?
        .on_navigation(navigation::allow)
        .on_new_window(|url, _| {
            navigation::allow(&url);
            tauri::webview::NewWindowResponse::Deny
        })
        .build()?;
    Ok(())
}

/// The one window's label, as in `tauri.conf.json`.
pub const MAIN_WINDOW: &str = "main";

fn main() {
    tauri::Builder::default()
        // A second start brings the open window forward instead of opening another.
        .plugin(tauri_plugin_single_instance::init(|app, _argv, _cwd| {
            if let Some(window) = app.get_webview_window(MAIN_WINDOW) {
                let _ = window.unminimize();
                let _ = window.set_focus();
            }
        }))
        .plugin(tauri_plugin_window_state::Builder::default().build())
        // Its commands are not in the capability: only Rust opens the save dialog (Reports).
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            open_main_window(app)?;
            let args: Vec<String> = std::env::args().collect();
            // The local app-data folder: on Windows %LOCALAPPDATA%, not the roaming %APPDATA% a
            // domain may copy to a server at logoff; on Linux and macOS the same folder as
            // app_data_dir (docs/platforms.md).
            let platform = app.path().app_local_data_dir().ok();
            let dir = Desk::data_dir_from(&args, std::env::var(DATA_DIR_ENV).ok(), platform)
                .unwrap_or_else(|| std::path::PathBuf::from("."));
            // Opened beside the window: the page loads while the data and the log are checked.
            app.manage(Loading::default());
            let handle = app.handle().clone();
            std::thread::spawn(move || {
                let host = host::TauriHost::new(handle.clone());
                let desk = Desk::open_with(&dir, Box::new(host));
                for problem in &desk.problems {
                    eprintln!("madoguchi: {problem:?}");
                }
                handle.state::<Loading>().set(desk);
            });
            Ok(())
        })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("madoguchi: the window could not run: {e}");
            std::process::exit(1);
        });
}

#[cfg(test)]
mod tests {
    /// The CSP allows nothing remote, no inline or eval'd script, and the app has no dev server.
    #[test]
    fn config_is_offline_and_strict() {
        let conf: serde_json::Value =
            serde_json::from_str(include_str!("../tauri.conf.json")).expect("tauri.conf.json");
        assert!(conf["build"].get("devUrl").is_none(), "no build.devUrl");
        assert_eq!(conf["build"]["frontendDist"], "../ui/dist");
        let csp = conf["app"]["security"]["csp"]
            .as_str()
            .expect("a CSP string");
        assert!(csp.starts_with("default-src 'self';"), "{csp}");
        for bad in ["unsafe-inline", "unsafe-eval", "https:", "*"] {
            assert!(!csp.contains(bad), "CSP contains {bad}: {csp}");
        }
        let remote: Vec<&str> = csp
            .split([' ', ';'])
            .filter(|s| s.starts_with("http"))
            .collect();
        assert_eq!(remote, ["http://ipc.localhost"], "{csp}");
    }

    /// The window is built in Rust (with the navigation guard), not from the config alone.
    #[test]
    fn the_main_window_is_built_with_the_navigation_guard() {
        let conf: serde_json::Value =
            serde_json::from_str(include_str!("../tauri.conf.json")).expect("tauri.conf.json");
        let windows = conf["app"]["windows"].as_array().expect("windows");
        assert_eq!(windows.len(), 1);
        assert_eq!(windows[0]["label"], super::MAIN_WINDOW);
        assert_eq!(windows[0]["create"], false, "created by open_main_window");
    }

    /// Only Tauri's core defaults: no fs, shell, opener or other plugin permissions.
    #[test]
    fn capabilities_are_core_defaults_only() {
        let cap: serde_json::Value =
            serde_json::from_str(include_str!("../capabilities/default.json")).expect("json");
        assert_eq!(cap["permissions"], serde_json::json!(["core:default"]));
    }

    #[test]
    fn no_webview_plugin_crates() {
        let manifest = include_str!("../Cargo.toml");
        for bad in ["plugin-fs", "plugin-shell", "plugin-opener", "plugin-http"] {
            assert!(!manifest.contains(bad), "src-tauri depends on tauri-{bad}");
        }
    }

    /// The dialog plugin is registered for Rust's use only: the webview cannot open a dialog,
    /// let alone pick a path to write to.
    #[test]
    fn the_webview_cannot_call_the_dialog_plugin() {
        let cap = include_str!("../capabilities/default.json");
        assert!(!cap.contains("dialog"), "{cap}");
    }
}
