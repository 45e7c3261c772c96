//! The TypeScript declarations of every type the commands exchange, generated from the Rust
//! types with ts-rs into `ui/src/bindings/index.ts`. The test below fails when the committed
//! file differs from what the types produce; `UPDATE_BINDINGS=1 cargo test -p madoguchi-app
//! bindings` rewrites it. (No `#[ts(export)]` anywhere: ts-rs writes no file on its own.)

#![cfg(test)]

use ts_rs::{Config, TS};

/// The file the UI imports its types from.
pub const BINDINGS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../ui/src/bindings/index.ts");

fn decl<T: TS>(cfg: &Config) -> String {
    let docs = T::docs().map(|d| d.to_string()).unwrap_or_default();
    format!("{docs}export {}\n", T::decl(cfg))
}

/// The whole file, as the types produce it.
pub fn generate() -> String {
    use crate::commands::*;
    use crate::reports::*;
    use crate::settings::*;
    use crate::shell::*;
    use madoguchi_core::*;
    let cfg = Config::new();
    let mut out = String::from(
        "// Generated from the Rust types by ts-rs (src-tauri/src/bindings.rs). Do not edit:\n\
         // run `UPDATE_BINDINGS=1 cargo test -p madoguchi-app bindings` after changing them.\n\n",
    );
    for d in [
        decl::<ReferralText>(&cfg),
        decl::<QuestionText>(&cfg),
        decl::<OptionView>(&cfg),
        decl::<Progress>(&cfg),
        decl::<QuestionView>(&cfg),
        decl::<ContactView>(&cfg),
        decl::<ReasonView>(&cfg),
        decl::<Fit>(&cfg),
        decl::<LanguageFitView>(&cfg),
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
        decl::<SaveError>(&cfg),
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
    ] {
        out.push_str(&d);
        out.push('\n');
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

#[test]
fn bindings_are_up_to_date() {
    let want = generate();
    if std::env::var_os("UPDATE_BINDINGS").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(std::path::Path::new(BINDINGS).parent().unwrap()).unwrap();
        std::fs::write(BINDINGS, &want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(BINDINGS).unwrap_or_default();
    assert!(
        have == want,
        "{BINDINGS} is out of date with the Rust types: run \
         `UPDATE_BINDINGS=1 cargo test -p madoguchi-app bindings` and commit the result"
    );
}

/// The enums of the core that the view types name are written as string unions in `view.rs`
/// (`#[ts(type = ...)]`); this keeps those unions true to what serde writes.
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
