//! The TypeScript the UI is written against, generated: the declarations of every type the
//! commands exchange (ts-rs, `ui/src/bindings/index.ts`) and the typed client, one function per
//! command of [`with_commands!`](crate::with_commands) (`ui/src/bindings/client.ts`, the only
//! place `invoke` names a command). The tests fail when a committed file differs from what the
//! Rust produces; `UPDATE_BINDINGS=1 cargo test -p madoguchi-desk bindings` rewrites both. (No
//! `#[ts(export)]` anywhere: ts-rs writes no file on its own.)

use std::collections::BTreeSet;

use ts_rs::{Config, TS};

/// The file the UI imports its types from.
pub const BINDINGS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../ui/src/bindings/index.ts"
);
/// The typed client of the commands.
pub const CLIENT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../ui/src/bindings/client.ts"
);

const HEADER: &str =
    "// Generated from the Rust types by crates/desk/src/bindings.rs. Do not edit:\n\
     // run `UPDATE_BINDINGS=1 cargo test -p madoguchi-desk bindings` after changing them.\n\n";

fn decl<T: TS>(cfg: &Config) -> String {
    let docs = T::docs().map(|d| d.to_string()).unwrap_or_default();
    format!("{docs}export {}\n", T::decl(cfg))
}

/// The whole file, as the types produce it.
pub fn generate() -> String {
    use crate::consult::*;
    use crate::desk::*;
    use crate::directory::*;
    use crate::error::*;
    use crate::lang::Lang;
    use crate::reports::*;
    use crate::settings::*;
    use crate::training::*;
    use madoguchi_core::*;
    let cfg = Config::new();
    let mut out = String::from(HEADER);
    for d in [
        decl::<Lang>(&cfg),
        decl::<ReferralText>(&cfg),
        decl::<QuestionText>(&cfg),
        decl::<OptionView>(&cfg),
        decl::<Progress>(&cfg),
        decl::<QuestionView>(&cfg),
        decl::<ContactView>(&cfg),
        decl::<ReasonView>(&cfg),
        decl::<Fit>(&cfg),
        decl::<LanguageFitView>(&cfg),
        decl::<JapaneseOnlyView>(&cfg),
        decl::<ServiceCard>(&cfg),
        decl::<ReferralView>(&cfg),
        decl::<AnsweredView>(&cfg),
        decl::<ConsultationView>(&cfg),
        decl::<LocaleView>(&cfg),
        decl::<Step>(&cfg),
        decl::<RecoveryKind>(&cfg),
        decl::<Problem>(&cfg),
        decl::<StartupView>(&cfg),
        decl::<FirstScreen>(&cfg),
        decl::<ConsultationScreen>(&cfg),
        decl::<Choice>(&cfg),
        decl::<SaveForm>(&cfg),
        decl::<SaveRequest>(&cfg),
        decl::<ServesView>(&cfg),
        decl::<OpenNow>(&cfg),
        decl::<DirectoryEntryView>(&cfg),
        decl::<DirectoryQuery>(&cfg),
        decl::<DirectoryScreen>(&cfg),
        decl::<CategoryView>(&cfg),
        decl::<RecordField>(&cfg),
        decl::<RecordView>(&cfg),
        decl::<RecordsPage>(&cfg),
        decl::<CellView>(&cfg),
        decl::<TableView>(&cfg),
        decl::<BarView>(&cfg),
        decl::<BarChartView>(&cfg),
        decl::<PointView>(&cfg),
        decl::<SeriesView>(&cfg),
        decl::<LineChartView>(&cfg),
        decl::<ReportView>(&cfg),
        decl::<ReportRequest>(&cfg),
        decl::<PeriodChoices>(&cfg),
        decl::<ReportScreen>(&cfg),
        decl::<ExportOutcome>(&cfg),
        decl::<Difficulty>(&cfg),
        decl::<TrainingRoute>(&cfg),
        decl::<CaseSummary>(&cfg),
        decl::<TrainingCases>(&cfg),
        decl::<LocalizedText>(&cfg),
        decl::<VignetteText>(&cfg),
        decl::<TrainingStart>(&cfg),
        decl::<EmergencyStatus>(&cfg),
        decl::<Score>(&cfg),
        decl::<ServiceLine>(&cfg),
        decl::<EmergencyView>(&cfg),
        decl::<MatteredView>(&cfg),
        decl::<WhyView>(&cfg),
        decl::<ExpectedView>(&cfg),
        decl::<DebriefView>(&cfg),
        decl::<TrainingDebrief>(&cfg),
        decl::<SettingsForm>(&cfg),
        decl::<SettingsRequest>(&cfg),
        decl::<LanguageKey>(&cfg),
        decl::<SettingsError>(&cfg),
        decl::<LogView>(&cfg),
        decl::<PurgeCounts>(&cfg),
        decl::<PurgeError>(&cfg),
        decl::<OverrideStatus>(&cfg),
        decl::<OverrideView>(&cfg),
        decl::<DataCounts>(&cfg),
        decl::<DataCheck>(&cfg),
        decl::<SettingsScreen>(&cfg),
        decl::<madoguchi_core::about::About>(&cfg),
        decl::<ErrorKind>(&cfg),
        decl::<CommandError>(&cfg),
    ] {
        out.push_str(&d);
        out.push('\n');
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// One command as the client declares it.
struct ClientCommand {
    name: &'static str,
    docs: Vec<&'static str>,
    params: Vec<(&'static str, String)>,
    answer: String,
}

macro_rules! client_commands {
    ($( $(#[doc = $doc:literal])* $name:ident($args:ident { $($field:ident : $ty:ty),* $(,)? }) -> $ret:ty; )*) => {
        fn client_commands(cfg: &Config) -> Vec<ClientCommand> {
            #[allow(unused_imports)]
            use crate::prelude::*;
            vec![$(ClientCommand {
                name: stringify!($name),
                docs: vec![$($doc),*],
                params: vec![$((stringify!($field), <$ty as TS>::name(cfg))),*],
                answer: <$ret as TS>::name(cfg),
            }),*]
        }
    };
}

crate::with_commands!(client_commands);

/// `staff_lang` → `staffLang`: Tauri's names for a command's arguments.
fn camel(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The client file: one function per command, typed with the declarations of `index.ts`.
pub fn generate_client() -> String {
    let cfg = Config::new();
    let commands = client_commands(&cfg);
    // The declared types the client names, for its import line.
    let declared: BTreeSet<String> = generate()
        .lines()
        .filter_map(|l| l.strip_prefix("export type "))
        .filter_map(|l| l.split([' ', '<', '=']).next())
        .map(str::to_string)
        .collect();
    let mut used = BTreeSet::new();
    for c in &commands {
        let types = c.params.iter().map(|(_, t)| t).chain([&c.answer]);
        for word in types.flat_map(|t| t.split(|ch: char| !ch.is_alphanumeric() && ch != '_')) {
            if declared.contains(word) {
                used.insert(word.to_string());
            }
        }
    }
    let mut out = String::from(HEADER);
    out.push_str("import { invoke } from \"@tauri-apps/api/core\";\n");
    out.push_str(&format!(
        "import type {{ {} }} from \"./index\";\n\n",
        used.into_iter().collect::<Vec<_>>().join(", ")
    ));
    out.push_str(
        "// Every command of crates/desk/src/commands.rs. Each promise rejects with a `CommandError`\n\
         // (or, for arguments Rust cannot read, Tauri's own message).\n",
    );
    for c in &commands {
        out.push('\n');
        if !c.docs.is_empty() {
            let text: Vec<&str> = c.docs.iter().map(|d| d.trim()).collect();
            out.push_str(&format!("/** {} */\n", text.join(" ")));
        }
        let params: Vec<String> = c
            .params
            .iter()
            .map(|(n, t)| format!("{}: {t}", camel(n)))
            .collect();
        let keys: Vec<String> = c.params.iter().map(|(n, _)| camel(n)).collect();
        let args = if keys.is_empty() {
            String::new()
        } else {
            format!(", {{ {} }}", keys.join(", "))
        };
        out.push_str(&format!(
            "export const {} = ({}): Promise<{}> => invoke<{}>(\"{}\"{args});\n",
            camel(c.name),
            params.join(", "),
            c.answer,
            c.answer,
            c.name,
        ));
    }
    out
}

#[cfg(test)]
fn check(path: &str, want: &str) {
    if std::env::var_os("UPDATE_BINDINGS").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(std::path::Path::new(path).parent().unwrap()).unwrap();
        std::fs::write(path, want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        have == want,
        "{path} is out of date with the Rust types: run \
         `UPDATE_BINDINGS=1 cargo test -p madoguchi-desk bindings` and commit the result"
    );
}

#[test]
fn bindings_are_up_to_date() {
    check(BINDINGS, &generate());
}

#[test]
fn the_client_is_up_to_date() {
    check(CLIENT, &generate_client());
}

/// Every command is in the client, with its arguments under Tauri's names.
#[test]
fn the_client_has_every_command() {
    let client = generate_client();
    for name in crate::commands::NAMES {
        assert!(client.contains(&format!("(\"{name}\"")), "{name}");
    }
    assert!(client.contains(
        "export const consultation = (steps: Array<Step>, staffLang: Lang, clientLang: Lang): Promise<ConsultationScreen>"
    ), "{client}");
    assert_eq!(camel("staff_lang"), "staffLang");
    assert_eq!(camel("case_id"), "caseId");
}

/// No command name is written by hand in the UI: only the generated client calls `invoke`.
#[test]
fn only_the_generated_client_invokes_commands() {
    fn sources(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "ts" || e == "tsx") {
                out.push(path);
            }
        }
    }
    let src = std::path::Path::new(CLIENT)
        .parent()
        .unwrap()
        .parent()
        .unwrap();
    let mut files = Vec::new();
    sources(src, &mut files);
    assert!(files.len() > 5, "{files:?}");
    let client = std::path::Path::new(CLIENT).canonicalize().unwrap();
    for file in files {
        if file.canonicalize().unwrap() == client || file.to_string_lossy().ends_with(".test.tsx") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            !text.contains("invoke(") && !text.contains("invoke<") && !text.contains("api/core"),
            "{} calls a command by name: use the generated client",
            file.display()
        );
    }
}

/// The enums of the core that the view types name are written as string unions in `view.rs`
/// (`#[ts(type = ...)]`); this keeps those unions true to what serde writes.
#[cfg(test)]
#[test]
fn string_unions_match_serde() {
    use madoguchi_core::*;
    let file = generate();
    let json = |v: serde_json::Value| format!("{v}");
    for p in [Priority::Emergency, Priority::Urgent, Priority::Standard] {
        assert!(
            file.contains(&json(serde_json::to_value(p).unwrap())),
            "{p:?}"
        );
    }
    for a in [
        Availability::Yes,
        Availability::No,
        Availability::Partly,
        Availability::Unconfirmed,
    ] {
        assert!(
            file.contains(&json(serde_json::to_value(a).unwrap())),
            "{a:?}"
        );
    }
    for c in [
        Confidence::High,
        Confidence::Medium,
        Confidence::Low,
        Confidence::Unconfirmed,
    ] {
        assert!(
            file.contains(&json(serde_json::to_value(c).unwrap())),
            "{c:?}"
        );
    }
    for k in [
        ContactKind::Dial,
        ContactKind::Phone,
        ContactKind::Web,
        ContactKind::Email,
        ContactKind::InPerson,
    ] {
        assert!(
            file.contains(&json(serde_json::to_value(k).unwrap())),
            "{k:?}"
        );
    }
    for s in [
        i18n::TranslationStatus::Reference,
        i18n::TranslationStatus::Reviewed,
        i18n::TranslationStatus::Draft,
    ] {
        assert!(
            file.contains(&json(serde_json::to_value(s).unwrap())),
            "{s:?}"
        );
    }
    let local = serde_json::to_value(Origin::Local {
        file: "f".into(),
        label: "l".into(),
        refer_with: "r".into(),
    })
    .unwrap();
    let keys: Vec<&String> = local.as_object().unwrap().keys().collect();
    for k in keys {
        assert!(file.contains(&format!("{k}: ")), "Origin field {k}");
    }
}
