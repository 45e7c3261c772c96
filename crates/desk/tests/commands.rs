//! Every command, called as the UI calls it: by name, with its arguments as JSON under Tauri's
//! camelCase keys, over a real data folder (a real SQLite log) and a host that answers dialogs
//! as a person would. What fails answers with a `CommandError` whose headline is a `ui.ftl`
//! message id the staff language has, never English text.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use madoguchi_core::{App, Mode};
use madoguchi_desk::commands::{call, NAMES};
use madoguchi_desk::confirm::Question;
use madoguchi_desk::desk::LOG_FILE;
use madoguchi_desk::error::ERROR_MESSAGES;
use madoguchi_desk::{CommandError, Desk, ErrorKind, Host, SaveDialog};
use madoguchi_store::synthetic::Synthetic;
use madoguchi_store::Store;
use serde_json::{json, Value};

/// What the host was asked, and how it answers.
#[derive(Default)]
struct Asked {
    questions: Vec<Question>,
    dialogs: Vec<SaveDialog>,
    opened: Vec<String>,
    printed: usize,
}

/// A person at the desk: presses Yes when `yes`, saves to `save_to`.
struct Person {
    yes: bool,
    save_to: Option<PathBuf>,
    asked: Arc<Mutex<Asked>>,
}

impl Host for Person {
    fn confirm(&self, question: &Question) -> bool {
        self.asked.lock().unwrap().questions.push(question.clone());
        self.yes
    }
    fn choose_save_path(&self, dialog: &SaveDialog) -> Result<Option<PathBuf>, String> {
        self.asked.lock().unwrap().dialogs.push(dialog.clone());
        Ok(self.save_to.clone())
    }
    fn open_url(&self, url: &str) -> Result<(), String> {
        self.asked.lock().unwrap().opened.push(url.to_string());
        Ok(())
    }
    fn print(&self) -> Result<(), String> {
        self.asked.lock().unwrap().printed += 1;
        Ok(())
    }
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2028, 6, 15).unwrap()
}

/// A desk over `dir` with a person who presses Yes and saves to `dir/export.csv`.
fn desk(dir: &Path) -> (Desk, Arc<Mutex<Asked>>) {
    let asked = Arc::new(Mutex::new(Asked::default()));
    let person = Person {
        yes: true,
        save_to: Some(dir.join("export.csv")),
        asked: Arc::clone(&asked),
    };
    let desk = Desk::open_with(dir, Box::new(person));
    desk.set_today(day());
    (desk, asked)
}

/// A log with `n` live records of this fiscal year and some older ones.
fn fill(dir: &Path, n: usize) {
    let mut store = Store::open(dir.join(LOG_FILE)).unwrap();
    let mut gen = Synthetic::new(7);
    let from = NaiveDate::from_ymd_opt(2028, 4, 1).unwrap();
    let records: Vec<_> = (0..n)
        .map(|_| gen.record(Mode::Live, from, day()))
        .collect();
    store.save_all(&records).unwrap();
    let old = NaiveDate::from_ymd_opt(2024, 3, 1).unwrap();
    let old: Vec<_> = (0..3).map(|_| gen.record(Mode::Live, old, old)).collect();
    store.save_all(&old).unwrap();
}

const STEPS: &str = r#"[
    {"question": "danger", "values": ["none"]},
    {"question": "injured", "values": ["no"]},
    {"question": "concern", "values": ["labour_problem"]},
    {"question": "age_group", "values": ["adult"]},
    {"question": "gender", "values": ["male"]},
    {"question": "nationality", "values": ["foreign"]},
    {"question": "residence", "values": ["technical_intern"]}
]"#;

fn steps() -> Value {
    serde_json::from_str(STEPS).unwrap()
}

#[test]
fn every_command_answers_as_the_ui_calls_it() {
    let dir = tempfile::tempdir().unwrap();
    fill(dir.path(), 40);
    let (desk, asked) = desk(dir.path());
    let mut called = BTreeSet::new();
    let mut run = |name: &str, args: Value| -> Value {
        called.insert(name.to_string());
        call(&desk, name, args).unwrap_or_else(|e| panic!("{name}: {e:?}"))
    };

    let first = run("startup", json!({}));
    assert_eq!(first["startup"]["problems"], json!([]));
    assert_eq!(first["startup"]["can_save"], true);
    assert!(first["texts"]["ja"]["ui-error-title"].is_string());
    assert!(run("locales", json!({"staffLang": "ja"}))
        .as_array()
        .is_some_and(|l| l.len() >= 18));
    assert!(run("texts", json!({"lang": "vi"}))["ui-error-log"].is_string());

    let screen = run(
        "consultation",
        json!({"steps": steps(), "staffLang": "ja", "clientLang": "vi"}),
    );
    assert!(screen["view"]["referrals"]
        .as_array()
        .is_some_and(|r| !r.is_empty()));
    let slip = run("slip", json!({"steps": steps(), "clientLang": "vi"}));
    assert!(slip.as_array().is_some_and(|s| !s.is_empty()));
    let form = run("save_form", json!({"steps": steps(), "staffLang": "ja"}));
    assert_eq!(form["ask_region"], true);
    let saved = run(
        "save_consultation",
        json!({"request": {
            "steps": steps(), "staff_lang": "ja", "client_lang": "vi", "outcome": "referred",
            "interpreter": true, "handover_consent": false, "region": "southeast_asia"
        }}),
    );
    assert_eq!(saved, Value::Null);

    let directory = run(
        "directory",
        json!({"filter": {"text": "", "concern": "labour_problem", "language": "vi",
               "free_call": false, "anonymous": false, "open_now": false},
               "staffLang": "ja", "clientLang": "vi"}),
    );
    assert!(directory["entries"]
        .as_array()
        .is_some_and(|e| !e.is_empty()));
    let records = run("records", json!({"page": 0, "staffLang": "ja"}));
    assert_eq!(records["total"], 44, "40 + 3 old + the one saved");

    let app = App::embedded().unwrap();
    let police = app.content().directory.service("police_emergency").unwrap();
    assert!(!police.contacts.is_empty());
    run(
        "open_contact",
        json!({"service": "police_emergency", "index": 0}),
    );
    assert_eq!(asked.lock().unwrap().opened, ["tel:110"]);

    let cases = run("training_cases", json!({"staffLang": "ja"}));
    assert!(cases["cases"].as_array().is_some_and(|c| c.len() >= 24));
    let start = run(
        "training_start",
        json!({"caseId": "lb-intern-wages", "staffLang": "ja", "clientLang": "vi"}),
    );
    assert_eq!(start["client"]["text"]["lang"], "vi");
    let debrief = run(
        "training_debrief",
        json!({"caseId": "lb-intern-wages", "steps": steps(), "staffLang": "ja", "clientLang": "vi"}),
    );
    assert_eq!(debrief["saved"], true);

    let report = run("report", json!({"request": null, "staffLang": "ja"}));
    assert_eq!(report["available"], true);
    assert_eq!(report["request"]["period"], "FY2028");
    let export = run(
        "export_report",
        json!({"request": {"period": "FY2028", "dimension": "concern", "second": ""}, "staffLang": "ja"}),
    );
    assert_eq!(export["kind"], "saved");
    assert!(dir.path().join("export.csv").exists());
    let dialog = asked.lock().unwrap().dialogs[0].clone();
    assert_eq!(dialog.file_name, "madoguchi-concern-FY2028.csv");
    assert_eq!(
        dialog.title,
        app.localizer().text("ja", "reports-export-dialog")
    );

    let settings = run("settings_view", json!({"staffLang": "ja"}));
    let preview = settings["purge"].clone();
    assert_eq!(preview["records"], 3, "the three old records");
    let request = json!({"desk": "window-3", "staff_lang": "ja", "client_lang": "vi",
                         "idle_seconds": "120", "retention_years": "2", "review_months": "6"});
    let saved = run(
        "save_settings",
        json!({"request": request, "staffLang": "ja"}),
    );
    assert_eq!(saved["settings"]["retention_years"], 2);
    assert_eq!(saved["settings"]["review_months"], 6);
    let preview = saved["purge"].clone();
    let purged = run(
        "purge_old_records",
        json!({"shown": preview, "staffLang": "ja"}),
    );
    assert_eq!(purged["records"], 3);
    let questions = asked.lock().unwrap().questions.clone();
    assert_eq!(questions.len(), 2, "the shorter retention, then the purge");
    assert_eq!(
        questions[1].title,
        app.localizer().text("ja", "settings-purge-dialog-title")
    );
    let check = run("check_data", json!({}));
    assert_eq!(check["errors"], json!([]));
    // No override yet: it is created from the commented example, once; it loads.
    assert_eq!(settings["override_file"]["exists"], false);
    let path = run("create_override", json!({}));
    assert_eq!(
        std::fs::read_to_string(path.as_str().unwrap()).unwrap(),
        madoguchi_core::site_override_example()
    );
    let again = error(&desk, "create_override", json!({}));
    assert_eq!(again.message, "settings-override-create-failed");
    let check = run("check_data", json!({}));
    assert_eq!(check["errors"], json!([]), "the example loads");
    assert_eq!(
        run("settings_view", json!({"staffLang": "ja"}))["override_file"]["exists"],
        true
    );
    run("print_page", json!({}));
    assert_eq!(asked.lock().unwrap().printed, 1);
    let about = run("about", json!({}));
    assert_eq!(about["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(about["data_date"], madoguchi_core::about::DATA_DATE);

    let all: BTreeSet<String> = NAMES.iter().map(|n| n.to_string()).collect();
    assert_eq!(called, all, "every command is called");
}

/// The message ids errors are named by are in every shipped locale.
#[test]
fn every_error_message_is_in_every_locale() {
    let app = App::embedded().unwrap();
    for locale in app.localizer().locales() {
        for id in ERROR_MESSAGES {
            assert!(
                app.localizer().has_message(&locale.tag, id),
                "{} lacks {id}",
                locale.tag
            );
        }
    }
}

fn error(desk: &Desk, name: &str, args: Value) -> CommandError {
    call(desk, name, args).expect_err(name)
}

#[test]
fn a_language_that_is_not_shipped_is_refused_when_the_request_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = desk(dir.path());
    for (name, args) in [
        ("texts", json!({"lang": "xx"})),
        ("locales", json!({"staffLang": "en-US"})),
        (
            "consultation",
            json!({"steps": [], "staffLang": "ja", "clientLang": "xx"}),
        ),
        ("report", json!({"request": null, "staffLang": ""})),
        ("settings_view", json!({"staffLang": "JA"})),
    ] {
        let e = error(&desk, name, args);
        assert_eq!(e.kind, ErrorKind::Request, "{name}");
        assert_eq!(e.message, "ui-error-request", "{name}");
        assert!(
            e.detail.contains("unknown language"),
            "{name}: {}",
            e.detail
        );
    }
    // An argument missing, or one the command does not take.
    let e = error(&desk, "records", json!({"staffLang": "ja"}));
    assert_eq!(e.kind, ErrorKind::Request);
    let e = error(
        &desk,
        "records",
        json!({"page": 0, "staffLang": "ja", "x": 1}),
    );
    assert_eq!(e.kind, ErrorKind::Request);
    assert_eq!(error(&desk, "nope", json!({})).message, "ui-error-request");
}

#[test]
fn requests_for_what_the_app_does_not_have_are_refused_by_kind() {
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = desk(dir.path());
    let bad_step = json!([{"question": "danger", "values": ["maybe"]}]);
    for (name, args) in [
        (
            "consultation",
            json!({"steps": bad_step, "staffLang": "ja", "clientLang": "vi"}),
        ),
        (
            "directory",
            json!({"filter": {"text": "", "concern": "colour", "language": "",
                   "free_call": false, "anonymous": false, "open_now": false},
                   "staffLang": "ja", "clientLang": "vi"}),
        ),
        (
            "report",
            json!({"request": {"period": "FY2028", "dimension": "colour", "second": ""}, "staffLang": "ja"}),
        ),
        (
            "training_start",
            json!({"caseId": "nope", "staffLang": "ja", "clientLang": "vi"}),
        ),
        (
            "open_contact",
            json!({"service": "police_emergency", "index": 99}),
        ),
    ] {
        let e = error(&desk, name, args);
        assert_eq!(
            (e.kind.clone(), e.message.as_str()),
            (ErrorKind::Request, "ui-error-request"),
            "{name}"
        );
        assert!(!e.detail.is_empty(), "{name}");
    }
}

/// The log damaged while the app runs: the Records and Reports screens fail with the log's
/// message id; SQLite's English is only the detail.
#[test]
fn a_log_damaged_after_startup_fails_with_the_log_s_message() {
    let dir = tempfile::tempdir().unwrap();
    fill(dir.path(), 400);
    let (desk, _) = desk(dir.path());
    assert!(desk.problems.is_empty(), "{:?}", desk.problems);
    damage(&dir.path().join(LOG_FILE));
    for (name, args) in [
        ("records", json!({"page": 0, "staffLang": "ja"})),
        ("report", json!({"request": null, "staffLang": "ja"})),
    ] {
        let e = error(&desk, name, args);
        assert_eq!(
            (e.kind.clone(), e.message.as_str()),
            (ErrorKind::Log, "ui-error-log"),
            "{name}: {e:?}"
        );
        assert!(!e.detail.is_empty());
    }
    // The settings screen still opens, and says the log could not be counted.
    let settings = call(&desk, "settings_view", json!({"staffLang": "ja"})).unwrap();
    assert!(settings["log"]["error"].is_string(), "{settings}");
}

/// Every page after the first overwritten, as a failing disk or a careless copy leaves a file.
fn damage(log: &Path) {
    let mut bytes = std::fs::read(log).unwrap();
    assert!(bytes.len() > 8192, "{} bytes", bytes.len());
    for b in &mut bytes[4096..] {
        *b = 0x5a;
    }
    std::fs::write(log, bytes).unwrap();
}

#[test]
fn a_settings_file_that_cannot_be_written_is_refused_as_settings() {
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = desk(dir.path());
    // Where the new file is written first is taken by a folder: it cannot be written.
    let temp = madoguchi_store::temp_beside(&dir.path().join("settings.toml"));
    std::fs::create_dir(temp).unwrap();
    let request = json!({"desk": "", "staff_lang": "ja", "client_lang": "vi",
                         "idle_seconds": "60", "retention_years": "3", "review_months": "12"});
    let e = error(
        &desk,
        "save_settings",
        json!({"request": request, "staffLang": "ja"}),
    );
    let ErrorKind::Settings { fields } = &e.kind else {
        panic!("{e:?}")
    };
    assert_eq!(e.message, "ui-error-settings");
    let json = serde_json::to_value(&fields[0]).unwrap();
    assert_eq!(json["field"], "write", "{json}");
    assert!(!dir.path().join("settings.toml").exists());
}

#[test]
fn saving_the_settings_form_keeps_the_hub_recipient_of_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let key = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p";
    let file = dir.path().join("settings.toml");
    std::fs::write(&file, format!("hub_recipient = \"{key}\"\n")).unwrap();
    let (desk, _) = desk(dir.path());
    assert_eq!(desk.current_settings().hub_recipient.as_deref(), Some(key));
    let request = json!({"desk": "window-3", "staff_lang": "ja", "client_lang": "vi",
                         "idle_seconds": "60", "retention_years": "3", "review_months": "12"});
    call(
        &desk,
        "save_settings",
        json!({"request": request, "staffLang": "ja"}),
    )
    .unwrap();
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(
        saved.contains(&format!("hub_recipient = \"{key}\"")),
        "{saved}"
    );
    assert!(saved.contains("desk = \"window-3\""), "{saved}");
}

#[test]
fn a_purge_nobody_confirmed_is_refused_as_purge() {
    let dir = tempfile::tempdir().unwrap();
    fill(dir.path(), 5);
    let asked = Arc::new(Mutex::new(Asked::default()));
    let person = Person {
        yes: false,
        save_to: None,
        asked: Arc::clone(&asked),
    };
    let desk = Desk::open_with(dir.path(), Box::new(person));
    desk.set_today(day());
    let preview =
        call(&desk, "settings_view", json!({"staffLang": "vi"})).unwrap()["purge"].clone();
    let e = error(
        &desk,
        "purge_old_records",
        json!({"shown": preview, "staffLang": "vi"}),
    );
    let json = serde_json::to_value(&e).unwrap();
    assert_eq!(json["kind"], "purge");
    assert_eq!(json["purge"]["kind"], "cancelled");
    assert_eq!(json["message"], "settings-purge-failed");
    // Asked in the staff language of the request.
    let app = App::embedded().unwrap();
    assert_eq!(
        asked.lock().unwrap().questions[0].title,
        app.localizer().text("vi", "settings-purge-dialog-title")
    );
    // Cancelled in the save dialog: nothing written.
    let export = call(
        &desk,
        "export_report",
        json!({"request": {"period": "FY2028", "dimension": "concern", "second": ""}, "staffLang": "ja"}),
    )
    .unwrap();
    assert_eq!(export["kind"], "cancelled");
}

#[test]
fn the_error_is_serialised_with_its_kind_message_and_detail() {
    let e = CommandError::log("database disk image is malformed");
    let json = serde_json::to_value(&e).unwrap();
    assert_eq!(
        json,
        json!({"kind": "log", "message": "ui-error-log", "detail": "database disk image is malformed"})
    );
}
