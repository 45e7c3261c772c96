import { invoke } from "@tauri-apps/api/core";
import type {
  About,
  ConsultationScreen,
  DataCheck,
  DirectoryQuery,
  DirectoryScreen,
  ExportOutcome,
  ReportRequest,
  ReportScreen,
  RecordsPage,
  FirstScreen,
  LocaleView,
  PurgeCounts,
  ReferralView,
  SaveForm,
  SaveRequest,
  SettingsRequest,
  SettingsScreen,
  Step,
  TrainingCases,
  TrainingDebrief,
  TrainingStart,
} from "./bindings";

/** Messages of `locales/<lang>/ui.ftl` by id, as Rust formatted them. */
export type Texts = Partial<Record<string, string>>;

// Every call goes to a `#[tauri::command]` in src-tauri/src/commands.rs. The promises reject
// with the error text produced by Rust.

/** The first screen's data in one round trip: startup state (with the languages to start in), their texts, the language list. */
export const startup = () => invoke<FirstScreen>("startup");

export const locales = (staffLang: string) => invoke<LocaleView[]>("locales", { staffLang });

export const texts = (lang: string) => invoke<Texts>("texts", { lang });

export const consultation = (steps: Step[], staffLang: string, clientLang: string) =>
  invoke<ConsultationScreen>("consultation", { steps, staffLang, clientLang });

export const slip = (steps: Step[], clientLang: string) => invoke<ReferralView[]>("slip", { steps, clientLang });

export const saveForm = (steps: Step[], staffLang: string) => invoke<SaveForm>("save_form_view", { steps, staffLang });

export const saveConsultation = (request: SaveRequest) => invoke<null>("save_consultation", { request });

export const directory = (filter: DirectoryQuery, staffLang: string, clientLang: string) =>
  invoke<DirectoryScreen>("directory", { filter, staffLang, clientLang });

export const records = (page: number, staffLang: string) => invoke<RecordsPage>("records", { page, staffLang });

export const openContact = (service: string, index: number) => invoke<null>("open_contact", { service, index });

/** Turns whatever `invoke` rejected with into the text to show. */
export function errorText(error: unknown): string {
  if (typeof error === "string") return error;
  if (error instanceof Error) return error.message;
  return JSON.stringify(error);
}

export const trainingCases = (staffLang: string) => invoke<TrainingCases>("training_cases", { staffLang });

export const trainingStart = (caseId: string, staffLang: string, clientLang: string) =>
  invoke<TrainingStart>("training_start", { caseId, staffLang, clientLang });

/** Scores the run and saves its result (a training result, never a record). */
export const trainingDebrief = (caseId: string, steps: Step[], staffLang: string, clientLang: string) =>
  invoke<TrainingDebrief>("training_debrief", { caseId, steps, staffLang, clientLang });

/** The Reports screen; `null` asks for the defaults (this fiscal year, by concern). */
export const report = (request: ReportRequest | null, staffLang: string) => invoke<ReportScreen>("report", { request, staffLang });

/** Opens the system's save dialog (in Rust) and writes the report there as CSV. */
export const exportReport = (request: ReportRequest, staffLang: string) => invoke<ExportOutcome>("export_report", { request, staffLang });
// The Settings screen (src-tauri/src/settings.rs).

export const settingsView = (staffLang: string) => invoke<SettingsScreen>("settings_view", { staffLang });

/** Rejects with a `SettingsError[]` (one per field refused, or the write error). A shorter retention
 * is first confirmed in a native dialog; not confirmed, it is refused as `retention_not_confirmed`. */
export const saveSettings = (request: SettingsRequest, staffLang: string) =>
  invoke<SettingsScreen>("save_settings", { request, staffLang });

/** Deletes exactly what the preview (`shown`) counted, once a person has pressed Yes in the native
 * dialog Rust opens (worded in `staffLang`); nothing if it changed since. Rejects with a `PurgeError`. */
export const purgeOldRecords = (shown: PurgeCounts, staffLang: string) => invoke<PurgeCounts>("purge_old_records", { shown, staffLang });

/** Validates the shipped data with the override file on disk now; changes nothing in use. */
export const checkData = () => invoke<DataCheck>("check_data");

/** Opens the platform's print dialog for the page (the slip). */
export const printPage = () => invoke<null>("print_page");

/** The version and the data's date (the About text on the Settings screen). */
export const about = () => invoke<About>("about");
