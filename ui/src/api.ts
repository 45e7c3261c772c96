// The commands are generated from Rust's one list (crates/desk/src/commands.rs) into
// bindings/client.ts; nothing here names a command. This adds what the UI makes of a failure.
import type { CommandError } from "./bindings";

export * from "./bindings/client";

/** Messages of `locales/<lang>/ui.ftl` by id, as Rust formatted them. */
export type Texts = Partial<Record<string, string>>;

/** Whether a rejection is Rust's `CommandError` (not, say, Tauri's own message for arguments it could not read). */
export function isCommandError(error: unknown): error is CommandError {
  return typeof error === "object" && error !== null && "kind" in error && "message" in error && "detail" in error;
}

/** The technical text of a rejection. */
export function errorText(error: unknown): string {
  if (isCommandError(error)) return error.detail;
  if (typeof error === "string") return error;
  if (error instanceof Error) return error.message;
  return JSON.stringify(error);
}
