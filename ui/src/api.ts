import { invoke } from "@tauri-apps/api/core";
import type {
  ConsultationScreen,
  DirectoryQuery,
  DirectoryScreen,
  RecordsPage,
  FirstScreen,
  LocaleView,
  ReferralView,
  SaveForm,
  SaveRequest,
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

