import { describe, expect, it } from "vitest";
import { errorMessage, formatMessage, uiError } from "./errors";

// Texts as Rust formats them: without arguments, Fluent writes a placeable as `{$name}`.
const texts = { "ui-error-generic": "generic", "ui-error-log-locked": "The log {$file} is in use by { $who }." };

describe("errors", () => {
  it("a plain string (today's commands) shows the generic message, with the string as the detail", () => {
    const error = uiError("database disk image is malformed");
    expect(errorMessage(texts, error)).toBe("generic");
    expect(error.detail).toBe("database disk image is malformed");
    expect(uiError(new Error("boom")).detail).toBe("boom");
  });

  it("a typed error shows its own message with its arguments", () => {
    const error = uiError({ kind: "store", message_id: "ui-error-log-locked", details: { file: "log.sqlite3", who: "madoguchi" } });
    expect(errorMessage(texts, error)).toBe("The log log.sqlite3 is in use by madoguchi.");
    expect(error.kind).toBe("store");
  });

  it("a typed error whose message the texts lack falls back to the generic one and keeps the id for the caretaker", () => {
    const error = uiError({ kind: "io", message_id: "error-unknown-id", details: "permission denied" });
    expect(errorMessage(texts, error)).toBe("generic");
    expect(error.detail).toBe("permission denied");
    expect(uiError({ kind: "io", message_id: "error-unknown-id" }).detail).toBe("error-unknown-id");
  });

  it("a placeable without its argument stays as it is", () => {
    expect(formatMessage("{$a} and {$b}", { a: "1" })).toBe("1 and {$b}");
  });
});
