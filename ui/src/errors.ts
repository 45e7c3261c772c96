import { errorText, type Texts } from "./api";
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

/** The typed error the desk layer sends: `{ kind, message_id, details }`. */
interface CommandError {
  kind: string;
  message_id: string;
  details?: unknown;
  args?: unknown;
}

function isCommandError(e: unknown): e is CommandError {
  return typeof e === "object" && e !== null && typeof (e as CommandError).kind === "string" && typeof (e as CommandError).message_id === "string";
}

/** Fluent arguments: an object of strings and numbers (anything else is left out). */
function argsOf(value: unknown): Record<string, string> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const args: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === "string" || typeof v === "number") args[key] = String(v);
  }
  return args;
}

/** Whatever a command rejected with: a typed error, or (until every command sends one) a string. */
export function uiError(error: unknown): UiError {
  if (isCommandError(error)) {
    const { kind, message_id, details } = error;
    const args = { ...argsOf(details), ...argsOf(error.args) };
    const detail = typeof details === "string" ? details : Object.keys(args).length > 0 ? JSON.stringify(args) : message_id;
    return { kind, messageId: message_id, args, detail };
  }
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
