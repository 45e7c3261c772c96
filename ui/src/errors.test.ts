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

  it("a typed error shows its own message, and Rust's detail apart", () => {
    const error = uiError({ kind: "log", message: "ui-error-log", detail: "records: database disk image is malformed" });
    expect(errorMessage({ ...texts, "ui-error-log": "The log could not be read." }, error)).toBe("The log could not be read.");
    expect(error.kind).toBe("log");
    expect(error.detail).toBe("records: database disk image is malformed");
  });

  it("a typed error whose message the texts lack falls back to the generic one", () => {
    const error = uiError({ kind: "desktop", message: "error-unknown-id", detail: "permission denied" });
    expect(errorMessage(texts, error)).toBe("generic");
    expect(error.detail).toBe("permission denied");
  });

  it("a placeable without its argument stays as it is", () => {
    expect(formatMessage("{$a} and {$b}", { a: "1" })).toBe("1 and {$b}");
  });
});
