//! Madoguchi's desktop app: a thin Tauri shell over `madoguchi_core`.
//!
//! It loads the embedded data once at startup, keeps it in Tauri's managed state and answers
//! the UI's commands with view models from the core. It decides no routing and formats no
//! message itself. If loading fails, the window still opens and every command answers with the
//! load error, which the UI shows.

// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use madoguchi_core::{Answers, App, QuestionView};

/// What was loaded at startup: the core app, or the text of the error that stopped it.
struct Loaded(Result<App, String>);

impl Loaded {
    fn embedded() -> Self {
        Loaded(App::embedded().map_err(|e| e.to_string()))
    }
}

/// The first question of the flow, in the staff and the client language.
#[tauri::command]
fn question_view(
    loaded: tauri::State<'_, Loaded>,
    staff_lang: String,
    client_lang: String,
) -> Result<QuestionView, String> {
    first_question(&loaded, &staff_lang, &client_lang)
}

fn first_question(
    loaded: &Loaded,
    staff_lang: &str,
    client_lang: &str,
) -> Result<QuestionView, String> {
    let app = loaded.0.as_ref().map_err(Clone::clone)?;
    app.question_view(&Answers::default(), staff_lang, client_lang)
        .ok_or_else(|| String::from("madoguchi: the flow has no first question"))
}

fn main() {
    let loaded = Loaded::embedded();
    if let Err(e) = &loaded.0 {
        eprintln!("madoguchi: could not load the embedded data: {e}");
    }
    tauri::Builder::default()
        .manage(loaded)
        .invoke_handler(tauri::generate_handler![question_view])
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("madoguchi: the window could not run: {e}");
            std::process::exit(1);
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_question_comes_from_the_embedded_data() {
        let loaded = Loaded::embedded();
        let view = first_question(&loaded, "ja", "en").expect("first question");
        assert!(!view.staff.question.trim().is_empty());
        assert!(!view.client.question.trim().is_empty());
        assert!(view.options.len() >= 2, "{} options", view.options.len());
        let keys: Vec<u8> = view.options.iter().map(|o| o.key).collect();
        let expected: Vec<u8> = (1..=view.options.len() as u8).collect();
        assert_eq!(keys, expected, "number keys 1..n");
    }

    #[test]
    fn a_load_error_reaches_the_ui_as_text() {
        let loaded = Loaded(Err(String::from("data/flow.toml:3: broken")));
        assert_eq!(
            first_question(&loaded, "ja", "en").unwrap_err(),
            "data/flow.toml:3: broken"
        );
    }

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

    /// Only Tauri's core defaults: no fs, shell or other plugin permissions.
    #[test]
    fn capabilities_are_core_defaults_only() {
        let cap: serde_json::Value =
            serde_json::from_str(include_str!("../capabilities/default.json")).expect("json");
        assert_eq!(cap["permissions"], serde_json::json!(["core:default"]));
    }
}
