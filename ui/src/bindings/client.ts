// Generated from the Rust types by crates/desk/src/bindings.rs. Do not edit:
// run `UPDATE_BINDINGS=1 cargo test -p madoguchi-desk bindings` after changing them.

import { invoke } from "@tauri-apps/api/core";
import type { About, ConsultationScreen, DataCheck, DirectoryQuery, DirectoryScreen, ExportOutcome, FirstScreen, Lang, LocaleView, PurgeCounts, RecordsPage, ReferralView, ReportRequest, ReportScreen, SaveForm, SaveRequest, SettingsRequest, SettingsScreen, Step, TrainingCases, TrainingDebrief, TrainingStart } from "./index";

// Every command of crates/desk/src/commands.rs. Each promise rejects with a `CommandError`
// (or, for arguments Rust cannot read, Tauri's own message).

/** The first screen's data in one round trip: the data folder's state (with the languages to start in), their texts, the language list. */
export const startup = (): Promise<FirstScreen> => invoke<FirstScreen>("startup");

/** The languages offered, with their status in the staff language. */
export const locales = (staffLang: Lang): Promise<Array<LocaleView>> => invoke<Array<LocaleView>>("locales", { staffLang });

/** The messages of `ui.ftl` (and the screens' prefixes) in `lang`. */
export const texts = (lang: Lang): Promise<{ [key in string]: string }> => invoke<{ [key in string]: string }>("texts", { lang });

/** The consultation screen after the answers so far. */
export const consultation = (steps: Array<Step>, staffLang: Lang, clientLang: Lang): Promise<ConsultationScreen> => invoke<ConsultationScreen>("consultation", { steps, staffLang, clientLang });

/** The slip's cards in the client language. */
export const slip = (steps: Array<Step>, clientLang: Lang): Promise<Array<ReferralView>> => invoke<Array<ReferralView>>("slip", { steps, clientLang });

/** The Save form for the answers given. */
export const saveForm = (steps: Array<Step>, staffLang: Lang): Promise<SaveForm> => invoke<SaveForm>("save_form", { steps, staffLang });

/** Writes one anonymized live record. */
export const saveConsultation = (request: SaveRequest): Promise<null> => invoke<null>("save_consultation", { request });

/** The Directory screen: the entries that pass the filters, and the filters' choices. */
export const directory = (filter: DirectoryQuery, staffLang: Lang, clientLang: Lang): Promise<DirectoryScreen> => invoke<DirectoryScreen>("directory", { filter, staffLang, clientLang });

/** One page of the live records, newest first. */
export const records = (page: number, staffLang: Lang): Promise<RecordsPage> => invoke<RecordsPage>("records", { page, staffLang });

/** Opens a directory contact (`tel:` or an official https page), nothing else. */
export const openContact = (service: string, index: number): Promise<null> => invoke<null>("open_contact", { service, index });

/** The trainer's list of cases. */
export const trainingCases = (staffLang: Lang): Promise<TrainingCases> => invoke<TrainingCases>("training_cases", { staffLang });

/** A case's vignette in the client and the staff language. */
export const trainingStart = (caseId: string, staffLang: Lang, clientLang: Lang): Promise<TrainingStart> => invoke<TrainingStart>("training_start", { caseId, staffLang, clientLang });

/** Scores the run and saves its result (a training result, never a record). */
export const trainingDebrief = (caseId: string, steps: Array<Step>, staffLang: Lang, clientLang: Lang): Promise<TrainingDebrief> => invoke<TrainingDebrief>("training_debrief", { caseId, steps, staffLang, clientLang });

/** The Reports screen; `null` asks for the defaults (this fiscal year, by concern). */
export const report = (request: ReportRequest | null, staffLang: Lang): Promise<ReportScreen> => invoke<ReportScreen>("report", { request, staffLang });

/** Opens the system's save dialog (in Rust) and writes the report there as CSV. */
export const exportReport = (request: ReportRequest, staffLang: Lang): Promise<ExportOutcome> => invoke<ExportOutcome>("export_report", { request, staffLang });

/** The Settings screen as things stand. */
export const settingsView = (staffLang: Lang): Promise<SettingsScreen> => invoke<SettingsScreen>("settings_view", { staffLang });

/** Saves the form (refused field by field: kind `settings`). A shorter retention is first confirmed in a native dialog; not confirmed, it is refused as `retention_not_confirmed`. */
export const saveSettings = (request: SettingsRequest, staffLang: Lang): Promise<SettingsScreen> => invoke<SettingsScreen>("save_settings", { request, staffLang });

/** Deletes exactly what the preview (`shown`) counted, once a person has pressed Yes in the native dialog Rust opens; nothing if it changed since (kind `purge`). */
export const purgeOldRecords = (shown: PurgeCounts, staffLang: Lang): Promise<PurgeCounts> => invoke<PurgeCounts>("purge_old_records", { shown, staffLang });

/** Validates the shipped data with the override file on disk now; changes nothing in use. */
export const checkData = (): Promise<DataCheck> => invoke<DataCheck>("check_data");

/** Creates the site override file from the commented example when there is none (never over an existing file); the file's path. */
export const createOverride = (): Promise<string> => invoke<string>("create_override");

/** Opens the platform's print dialog for the page (the slip). */
export const printPage = (): Promise<null> => invoke<null>("print_page");

/** This build's version and its data's date (the About section of Settings). */
export const about = (): Promise<About> => invoke<About>("about");
