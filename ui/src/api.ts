import { invoke } from "@tauri-apps/api/core";
import type { QuestionView } from "./types";

/**
 * The current question in both languages. Rejects with the error text produced by Rust
 * (already a message meant for people) when the app's data could not be loaded.
 */
export function questionView(staffLang: string, clientLang: string): Promise<QuestionView> {
  return invoke<QuestionView>("question_view", { staffLang, clientLang });
}

/** Turns whatever `invoke` rejected with into the text to show. */
export function errorText(error: unknown): string {
  if (typeof error === "string") return error;
  if (error instanceof Error) return error.message;
  return JSON.stringify(error);
}
