import { errorText, isCommandError, type Texts } from "./api";
import { t } from "./i18n";

/** A failed command, as the error screen shows it: a message of `ui.ftl` (with its arguments) when
 *  Rust said which, and the technical detail for whoever looks after the desk. */
export interface UiError {
  /** The kind of error Rust gave (`CommandError.kind`), or `null` for a plain string. */
  kind: string | null;
  /** The message id to show, or `null`: then the generic `ui-error-generic`. */
  messageId: string | null;
  args: Record<string, string>;
  /** Rust's own words, for the caretaker: never the only thing a person reads. */
  detail: string;
}

/** Whatever a command rejected with: Rust's typed `CommandError`, or anything else (Tauri's own
 *  words for arguments it could not read, say), shown as the generic error with its text as the detail. */
export function uiError(error: unknown): UiError {
  if (isCommandError(error)) return { kind: error.kind, messageId: error.message, args: {}, detail: error.detail };
  return { kind: null, messageId: null, args: {}, detail: errorText(error) };
}

/** A message with its `{ $name }` placeables filled in. Rust formats the texts without arguments,
 *  and Fluent writes a missing argument as `{$name}`: that is what is replaced here. */
export function formatMessage(text: string, args: Record<string, string>): string {
  return text.replace(/\{\s*\$([A-Za-z][\w-]*)\s*\}/g, (whole, name: string) => args[name] ?? whole);
}

/** What happened, in the staff language: the error's own message if the texts have it, else the generic one. */
export function errorMessage(texts: Texts, error: UiError): string {
  const own = error.messageId ? texts[error.messageId] : undefined;
  return own !== undefined ? formatMessage(own, error.args) : t(texts, "ui-error-generic");
}
