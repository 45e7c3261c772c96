import { afterEach, describe, expect, it, vi } from "vitest";
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type {
  ConsultationScreen,
  DirectoryEntryView,
  LocaleView,
  PurgeCounts,
  CommandError,
  QuestionView,
  SettingsError,
  SettingsRequest,
  SettingsScreen,
  StartupView,
  Step,
} from "./bindings";

const invoke = vi.hoisted(() => vi.fn());
vi.mock("@tauri-apps/api/core", () => ({ invoke }));

import { App } from "./App";

const startup: StartupView = {
  problems: [],
  idle_seconds: 300,
  can_save: true,
  data_dir: "/tmp/x",
  reference_lang: "ja",
  staff_lang: "ja",
  client_lang: "en",
};
const locales: LocaleView[] = [
  { tag: "ja", name: "日本語", status: "reference", status_label: "基準", produced_by: "" },
  { tag: "en", name: "English", status: "draft", status_label: "下書き", produced_by: "" },
  { tag: "vi", name: "Tiếng Việt", status: "draft", status_label: "下書き", produced_by: "" },
];

function question(id: string, lang: string): QuestionView {
  return {
    id,
    fact: id,
    multiple: false,
    staff: { question: `Q-${id}-ja` },
    client: { question: `Q-${id}-${lang}` },
    options: [
      { value: "yes", key: 1, staff: "はい", client: `yes-${lang}` },
      { value: "no", key: 2, staff: "いいえ", client: `no-${lang}` },
    ],
    progress: { answered: 0, remaining: 3 },
    client_draft: false,
  };
}

const texts = (lang: string) => ({
  "ui-start-title": `start-${lang}`,
  "ui-start-begin": `begin-${lang}`,
  "ui-back": "back",
  "ui-error-title": `error-title-${lang}`,
  "ui-error-back": `error-back-${lang}`,
  "ui-error-log": `error-log-${lang}`,
  "ui-error-retry": `error-retry-${lang}`,
  "ui-error-generic": `error-generic-${lang}`,
});

const pair = (x: string) => ({ staff: `${x}-ja`, client: `${x}-en` });
const directoryEntry: DirectoryEntryView = {
  service: "local_desk",
  name: { staff: "Local desk", client: "Local desk" },
  hours: pair("hours"),
  expect: pair("expect"),
  contacts: [],
  free_call: "no",
  anonymous: "yes",
  languages: ["ja"],
  languages_confirmed: true,
  client_draft: false,
  language_fit: null,
  serves: [],
  sources: ["https://example.org/desk"],
  assured_date: "2026-04-01",
  assured_label: pair("assured"),
  confidence: "high",
  check_before_use: null,
  japanese_only: null,
  review_due: null,
  open_now: "unknown",
  open_now_label: pair("open"),
  origin: { kind: "local", file: "site-override.toml", label: "Local desk", refer_with: "onestop_8891" },
  origin_label: pair("local"),
};

const ORDER = ["danger", "injured", "concern"];

/** The Settings screen as Rust would send it: 4 records older than the retention. */
function settingsScreen(idle: number, old: number, overrideExists = true): SettingsScreen {
  return {
    settings: { desk: "shinjuku-2f", staff_lang: "ja", client_lang: "en", idle_seconds: idle, retention_years: 3, review_months: 12 },
    settings_path: "/tmp/x/settings.toml",
    data_dir: "/tmp/x",
    log: { path: "/tmp/x/madoguchi.sqlite3", writable: true, records: 10, error: null },
    purge: { cutoff: "2023-11-26", records: old, training_results: 0 },
    override_file: { path: "/tmp/x/site-override.toml", status: {
        status: "invalid",
        errors: ["site-override.toml:3: unknown field `bogus_key`", "site-override.toml:5: service `police_emergency` is an emergency service"],
        kinds: ["ui-override-error-emergency"],
      },
      exists: overrideExists,
    },
    check: { counts: { questions: 9, rules: 40, services: 30, languages: 18 }, errors: [], kinds: [] },
    review_due: 7,
  };
}

function fakeRust(first: StartupView = startup) {
  // What the log holds beyond the retention: gone after a purge.
  let old = 4;
  let purgeAsked = false;
  let idle = first.idle_seconds;
  let overrideExists = false;
  invoke.mockImplementation(async (cmd: string, args: Record<string, unknown>) => {
    switch (cmd) {
      case "startup":
        return {
          startup: first,
          locales,
          texts: Object.fromEntries(["ja", first.staff_lang, first.client_lang].map((l) => [l, texts(l)])),
        };
      case "settings_view":
        return settingsScreen(idle, old, overrideExists);
      case "create_override":
        overrideExists = true;
        return "/tmp/x/site-override.toml";
      case "save_settings": {
        const request = args.request as SettingsRequest;
        if (request.desk === "090-1234-5678") {
          const fields: SettingsError[] = [{ field: "desk", value: request.desk, detail: "not a desk label" }];
          const refused: CommandError = { kind: "settings", fields, message: "ui-error-settings", detail: "desk" };
          throw refused;
        }
        idle = Number(request.idle_seconds);
        return settingsScreen(idle, old);
      }
      case "purge_old_records": {
        // Rust's native dialog: the first time the person presses Cancel there.
        if (args.staffLang !== "ja") throw new Error(`dialog in ${String(args.staffLang)}`);
        if (!purgeAsked) {
          purgeAsked = true;
          const cancelled: CommandError = { kind: "purge", purge: { kind: "cancelled" }, message: "settings-purge-failed", detail: "" };
          throw cancelled;
        }
        const done: PurgeCounts = { cutoff: "2023-11-26", records: old, training_results: 0 };
        old = 0;
        return done;
      }
      case "about":
        return { version: "0.1.0", data_date: "2026-04-01" };
      case "locales":
        return locales;
      case "texts":
        return texts(String(args.lang));
      case "consultation": {
        const steps = args.steps as Step[];
        const next = ORDER[steps.length];
        const view: ConsultationScreen = {
          view: { question: next ? question(next, String(args.clientLang)) : null, emergencies: [], referrals: [], answered: [] },
          progress: next ? { staff: `${steps.length + 1}/3`, client: `${steps.length + 1}/3` } : null,
        };
        return view;
      }
      case "directory": {
        const filter = args.filter as { free_call: boolean };
        const entries = filter.free_call ? [] : [directoryEntry];
        return { entries, total: 1, concerns: [{ value: "other", label: "other-ja" }], languages: [] };
      }
      case "training_cases":
        return {
          heading: "cases-ja",
          cases: [{ id: "lb-intern-wages", difficulty: "intro", difficulty_label: "intro-ja", routes: ["labour"], languages: ["ja", "vi"] }],
        };
      case "training_start":
        return {
          case: args.caseId,
          title: "title-ja",
          client: { label: "label-client", text: { text: `vignette-${String(args.clientLang)}`, lang: args.clientLang, fallback: false } },
          staff: { label: "label-staff", text: { text: "vignette-ja", lang: "ja", fallback: false } },
        };
      case "training_debrief": {
        const line = { service: "labour_standards_office", name: "LSO-ja" };
        return {
          title: "title-ja",
          saved: true,
          saved_text: "saved-ja",
          view: {
            case: args.caseId,
            difficulty: "intro",
            difficulty_label: "intro-ja",
            staff_lang: "ja",
            client_lang: args.clientLang,
            vignette: { text: "v", lang: "vi", fallback: false },
            notes: { text: "notes-ja", lang: "ja", fallback: false },
            hit: [line],
            missed: [],
            must_not: [],
            extra: [],
            emergency: { status: "not_needed", ok: true, text: "emergency-ja", needed: [] },
            mattered: [],
            expected: [
              { ...line, priority: "standard", priority_label: "std", given: true, why: [{ rule: "r1", text: "why-ja", sources: ["doc L1"] }], service_sources: [] },
            ],
            score: { expected: 1, hit: 1, missed: 0, must_not: 0, extra: 0, emergency_ok: true, passed: true },
            score_text: "score-ja",
            verdict: "verdict-ja",
          },
        };
      }
      default:
        throw new Error(`unexpected command ${cmd}`);
    }
  });
}

const consultationCalls = () => invoke.mock.calls.filter(([cmd]) => cmd === "consultation").map(([, args]) => args as { steps: Step[]; clientLang: string });

afterEach(() => {
  cleanup();
  invoke.mockReset();
});

async function begin() {
  fakeRust();
  render(<App />);
  fireEvent.click(await screen.findByText("begin-ja"));
  await screen.findByText("Q-danger-ja");
}

describe("App", () => {
  it("shows the start screen in the staff language, with texts from Rust", async () => {
    fakeRust();
    render(<App />);
    expect((await screen.findByText("start-ja")).getAttribute("lang")).toBe("ja");
    expect(invoke).toHaveBeenCalledWith("startup");
  });

  it("starts in the staff and client languages the settings give", async () => {
    fakeRust({ ...startup, staff_lang: "en", client_lang: "vi" });
    render(<App />);
    expect((await screen.findByText("start-en")).getAttribute("lang")).toBe("en");
    expect((document.getElementById("client-lang") as HTMLSelectElement).value).toBe("vi");
    expect((document.getElementById("staff-lang") as HTMLSelectElement).value).toBe("en");
  });

  it("shows the error text that Rust sent, with the 110/119 strip", async () => {
    invoke.mockRejectedValue("data/flow.toml:3: unknown key `qestion`");
    render(<App />);
    expect((await screen.findByRole("alert")).textContent).toBe("data/flow.toml:3: unknown key `qestion`");
    const strip = document.querySelector(".strip")?.textContent ?? "";
    expect(strip).toContain("110");
    expect(strip).toContain("119");
  });

  it("sends the ordered answers to Rust on every step; Backspace drops the last one", async () => {
    await begin();
    fireEvent.keyDown(window, { key: "1" });
    await screen.findByText("Q-injured-ja");
    fireEvent.keyDown(window, { key: "2" });
    await screen.findByText("Q-concern-ja");
    expect(consultationCalls().at(-1)?.steps).toEqual([
      { question: "danger", values: ["yes"] },
      { question: "injured", values: ["no"] },
    ]);
    fireEvent.keyDown(window, { key: "Backspace" });
    await screen.findByText("Q-injured-ja");
    expect(consultationCalls().at(-1)?.steps).toEqual([{ question: "danger", values: ["yes"] }]);
  });

  it("Escape twice blanks the screen and drops the answers", async () => {
    await begin();
    fireEvent.keyDown(window, { key: "1" });
    await screen.findByText("Q-injured-ja");
    act(() => {
      fireEvent.keyDown(window, { key: "Escape" });
      fireEvent.keyDown(window, { key: "Escape" });
    });
    await waitFor(() => expect(document.querySelector(".app")?.getAttribute("data-screen")).toBe("blank"));
    expect(screen.queryByText(/Q-/)).toBeNull();
  });

  it("switching the client language keeps the answers", async () => {
    await begin();
    fireEvent.keyDown(window, { key: "1" });
    await screen.findByText("Q-injured-en");
    const select = document.querySelector("select.client-lang-switch") as HTMLSelectElement;
    fireEvent.change(select, { target: { value: "vi" } });
    await screen.findByText("Q-injured-vi");
    expect(consultationCalls().at(-1)).toMatchObject({ clientLang: "vi", steps: [{ question: "danger", values: ["yes"] }] });
  });

  it("a failing tool screen is no dead end: its error says so in the staff language and leads back to Start", async () => {
    fakeRust();
    const rust = invoke.getMockImplementation()!;
    invoke.mockImplementation(async (cmd: string, args: Record<string, unknown>) => {
      if (cmd === "directory" || cmd === "records") {
        const failed: CommandError = { kind: "log", message: "ui-error-log", detail: "records: database disk image is malformed" };
        throw failed;
      }
      return rust(cmd, args);
    });
    render(<App />);
    await screen.findByText("start-ja");
    // By button: what happened in the staff language, with Rust's detail for the desk's caretaker.
    fireEvent.keyDown(window, { key: "d", code: "KeyD", altKey: true });
    const title = await screen.findByText("error-title-ja");
    expect(document.activeElement).toBe(title);
    // The headline is Rust's message id in the staff language; SQLite's words only in the detail.
    expect(screen.getByRole("alert").querySelector(".error-message")?.textContent).toBe("error-log-ja");
    expect(screen.getByRole("alert").querySelector(".error-detail")?.textContent).toContain("database disk image is malformed");
    fireEvent.click(screen.getByText("error-back-ja"));
    await screen.findByText("start-ja");
    // By key: Alt+Left goes back too.
    fireEvent.keyDown(window, { key: "r", code: "KeyR", altKey: true });
    await screen.findByText("error-title-ja");
    fireEvent.keyDown(window, { key: "ArrowLeft", altKey: true });
    await screen.findByText("start-ja");
    // And Escape twice hides it like any other screen.
    fireEvent.keyDown(window, { key: "d", code: "KeyD", altKey: true });
    await screen.findByText("error-title-ja");
    act(() => {
      fireEvent.keyDown(window, { key: "Escape" });
      fireEvent.keyDown(window, { key: "Escape" });
    });
    await waitFor(() => expect(document.querySelector(".app")?.getAttribute("data-screen")).toBe("blank"));
  });

  it("Retry sends the request that failed again and goes on from where it failed", async () => {
    fakeRust();
    const rust = invoke.getMockImplementation()!;
    let fail = true;
    invoke.mockImplementation(async (cmd: string, args: Record<string, unknown>) => {
      if (cmd === "consultation" && (args.steps as Step[]).length === 1 && fail) throw "database is locked";
      return rust(cmd, args);
    });
    render(<App />);
    fireEvent.click(await screen.findByText("begin-ja"));
    await screen.findByText("Q-danger-ja");
    fireEvent.keyDown(window, { key: "1" });
    await screen.findByText("error-title-ja");
    expect(screen.getByRole("alert").textContent).toContain("database is locked");
    fail = false;
    fireEvent.click(screen.getByText("error-retry-ja"));
    await screen.findByText("Q-injured-ja");
    const calls = consultationCalls();
    expect(calls.at(-1)?.steps).toEqual([{ question: "danger", values: ["yes"] }]);
    expect(calls.at(-2)?.steps).toEqual([{ question: "danger", values: ["yes"] }]);
  });

  it("Retry of a client language change asks again for what the screen it failed on shows", async () => {
    fakeRust();
    const rust = invoke.getMockImplementation()!;
    let fail = true;
    invoke.mockImplementation(async (cmd: string, args: Record<string, unknown>) => {
      if (cmd === "consultation" && args.clientLang === "vi" && fail) throw "texts: disk I/O error";
      return rust(cmd, args);
    });
    render(<App />);
    fireEvent.click(await screen.findByText("begin-ja"));
    await screen.findByText("Q-danger-en");
    fireEvent.change(document.querySelector("select.client-lang-switch") as HTMLSelectElement, { target: { value: "vi" } });
    await screen.findByText("error-title-ja");
    fail = false;
    fireEvent.click(screen.getByText("error-retry-ja"));
    await screen.findByText("Q-danger-vi");
    expect((document.querySelector("select.client-lang-switch") as HTMLSelectElement).value).toBe("vi");
  });

  it("a tool screen's Retry opens it again as it was, which sends its request again", async () => {
    fakeRust();
    const rust = invoke.getMockImplementation()!;
    invoke.mockImplementation(async (cmd: string, args: Record<string, unknown>) => {
      if (cmd === "directory" && (args.filter as { free_call: boolean }).free_call) throw "directory: disk I/O error";
      return rust(cmd, args);
    });
    render(<App />);
    await screen.findByText("start-ja");
    fireEvent.keyDown(window, { key: "d", code: "KeyD", altKey: true });
    await screen.findByText("Local desk");
    fireEvent.click(document.querySelector("input[name=free_call]") as HTMLInputElement);
    await screen.findByText("error-title-ja");
    const before = invoke.mock.calls.filter(([cmd]) => cmd === "directory").length;
    fireEvent.click(screen.getByText("error-retry-ja"));
    await screen.findByText("error-title-ja");
    const calls = invoke.mock.calls.filter(([cmd]) => cmd === "directory");
    expect(calls.length).toBe(before + 1);
    expect(calls.at(-1)?.[1]).toMatchObject({ filter: { free_call: true } });
  });

  it("a failure that arrives after its screen was left is ignored", async () => {
    fakeRust();
    const rust = invoke.getMockImplementation()!;
    let reject: (e: unknown) => void = () => {};
    invoke.mockImplementation(async (cmd: string, args: Record<string, unknown>) => {
      if (cmd === "records") return new Promise((_, r) => (reject = r));
      return rust(cmd, args);
    });
    render(<App />);
    await screen.findByText("start-ja");
    fireEvent.keyDown(window, { key: "r", code: "KeyR", altKey: true });
    await waitFor(() => expect(document.querySelector(".app")?.getAttribute("data-screen")).toBe("records"));
    fireEvent.keyDown(window, { key: "ArrowLeft", altKey: true });
    await screen.findByText("start-ja");
    await act(async () => reject("too late"));
    expect(document.querySelector(".app")?.getAttribute("data-screen")).toBe("start");
  });

  it("the idle time clears a tool screen and the error screen too", async () => {
    fakeRust({ ...startup, idle_seconds: 1 });
    const rust = invoke.getMockImplementation()!;
    invoke.mockImplementation(async (cmd: string, args: Record<string, unknown>) => {
      if (cmd === "records") throw "records: database disk image is malformed";
      return rust(cmd, args);
    });
    render(<App />);
    await screen.findByText("start-ja");
    fireEvent.keyDown(window, { key: "d", code: "KeyD", altKey: true });
    await screen.findByText("Local desk");
    await waitFor(() => expect(document.querySelector(".app")?.getAttribute("data-screen")).toBe("blank"), { timeout: 3000 });
    fireEvent.click(document.getElementById("blank-button") as HTMLButtonElement);
    await screen.findByText("start-ja");
    fireEvent.keyDown(window, { key: "r", code: "KeyR", altKey: true });
    await screen.findByText("error-title-ja");
    await waitFor(() => expect(document.querySelector(".app")?.getAttribute("data-screen")).toBe("blank"), { timeout: 3000 });
  });

  it("a typed error from a tool screen's action is the error screen with its own message, not a purge refusal", async () => {
    fakeRust();
    const rust = invoke.getMockImplementation()!;
    invoke.mockImplementation(async (cmd: string, args: Record<string, unknown>) => {
      if (cmd === "purge_old_records") throw { kind: "log", message: "ui-error-log", detail: "database is locked" } satisfies CommandError;
      return rust(cmd, args);
    });
    render(<App />);
    fireEvent.click(await screen.findByText("settings-title"));
    const button = await waitFor(() => {
      const b = document.querySelector("button.purge-button") as HTMLButtonElement | null;
      expect(b).toBeTruthy();
      return b as HTMLButtonElement;
    });
    fireEvent.click(button);
    await waitFor(() => expect(document.querySelector(".app")?.getAttribute("data-screen")).toBe("fatal"));
    expect(document.querySelector(".error-message")?.textContent).toBe("error-log-ja");
    expect(document.querySelector(".error-detail")?.textContent).toBe("database is locked");
  });

  it("Alt+D opens the directory from the start screen; filters go to Rust; Alt+Left goes back", async () => {
    fakeRust();
    render(<App />);
    await screen.findByText("start-ja");
    fireEvent.keyDown(window, { key: "d", code: "KeyD", altKey: true });
    const entry = await screen.findByText("Local desk");
    expect(entry.closest("[data-origin]")?.getAttribute("data-origin")).toBe("local");
    expect(screen.getByText("local-ja")).toBeTruthy();
    fireEvent.click(document.querySelector("input[name=free_call]") as HTMLInputElement);
    await waitFor(() => expect(screen.queryByText("Local desk")).toBeNull());
    const calls = invoke.mock.calls.filter(([cmd]) => cmd === "directory");
    expect(calls.at(-1)?.[1]).toMatchObject({ filter: { free_call: true }, staffLang: "ja", clientLang: "en" });
    fireEvent.keyDown(window, { key: "ArrowLeft", altKey: true });
    await screen.findByText("start-ja");
  });

  it("training: case picker, vignette, the usual questions, then a debrief instead of Save", async () => {
    fakeRust();
    render(<App />);
    await screen.findByText("start-ja");
    fireEvent.click(document.querySelector("input[name=mode][value=training]") as HTMLInputElement);
    fireEvent.click(screen.getByText("begin-ja"));
    await screen.findByText("cases-ja");
    fireEvent.click(document.querySelector("button.pick-case") as HTMLButtonElement);
    expect((await screen.findByText("vignette-en")).getAttribute("lang")).toBe("en");
    expect(screen.getByText("vignette-ja").getAttribute("lang")).toBe("ja");
    fireEvent.click(document.querySelector("button.begin-case") as HTMLButtonElement);
    await screen.findByText("Q-danger-ja");
    for (const next of ["Q-injured-ja", "Q-concern-ja"]) {
      fireEvent.keyDown(window, { key: "2" });
      await screen.findByText(next);
    }
    fireEvent.keyDown(window, { key: "2" });
    await waitFor(() => expect(document.querySelector("button.debrief-button")).toBeTruthy());
    expect(document.querySelector("button.save-button")).toBeNull();
    fireEvent.click(document.querySelector("button.debrief-button") as HTMLButtonElement);
    await screen.findByText("verdict-ja");
    const call = invoke.mock.calls.find(([cmd]) => cmd === "training_debrief")?.[1] as { caseId: string; steps: Step[] };
    expect(call.caseId).toBe("lb-intern-wages");
    expect(call.steps.map((s) => s.question)).toEqual(ORDER);
    expect(invoke.mock.calls.some(([cmd]) => cmd === "save_consultation")).toBe(false);
    expect(screen.getByText("why-ja")).toBeTruthy();
    expect(screen.getByText("doc L1")).toBeTruthy();
  });

  it("Alt+S opens the settings; a refused field is marked; a saved idle time is in force at once", async () => {
    fakeRust();
    render(<App />);
    await screen.findByText("start-ja");
    fireEvent.keyDown(window, { key: "s", code: "KeyS", altKey: true });
    const desk = (await waitFor(() => {
      const input = document.getElementById("settings-desk");
      expect(input).toBeTruthy();
      return input;
    })) as HTMLInputElement;
    expect(desk.value).toBe("shinjuku-2f");
    expect((document.getElementById("settings-idle_seconds") as HTMLInputElement).value).toBe("300");
    expect(document.querySelector(".override-errors")?.textContent).toContain("site-override.toml:3:");
    // The kinds of error in the staff's words (the fake texts are the ids), above the lines.
    expect([...document.querySelectorAll(".settings-override .error-kinds li")].map((li) => li.textContent)).toEqual(["ui-override-error-emergency"]);

    fireEvent.change(desk, { target: { value: "090-1234-5678" } });
    fireEvent.click(document.querySelector("button.settings-save") as HTMLButtonElement);
    const error = await waitFor(() => {
      const e = document.getElementById("settings-desk-error");
      expect(e).toBeTruthy();
      return e as HTMLElement;
    });
    expect(error.textContent).toBe("settings-error-desk-code");
    expect(desk.getAttribute("aria-invalid")).toBe("true");
    expect(desk.getAttribute("aria-describedby")?.split(" ")).toContain("settings-desk-error");
    expect(document.querySelector("[data-outcome=refused]")).toBeTruthy();
    expect(document.getElementById("settings-idle_seconds")?.getAttribute("aria-invalid")).toBe("false");

    fireEvent.change(desk, { target: { value: "Shinjuku 3F" } });
    fireEvent.change(document.getElementById("settings-idle_seconds") as HTMLInputElement, { target: { value: "2" } });
    fireEvent.click(document.querySelector("button.settings-save") as HTMLButtonElement);
    await waitFor(() => expect(document.querySelector("[data-outcome=saved]")).toBeTruthy());
    expect(document.getElementById("settings-desk-error")).toBeNull();
    const saved = invoke.mock.calls.filter(([cmd]) => cmd === "save_settings").at(-1)?.[1];
    expect(saved).toEqual({
      request: { desk: "Shinjuku 3F", staff_lang: "ja", client_lang: "en", idle_seconds: "2", retention_years: "3", review_months: "12" },
      staffLang: "ja",
    });

    // Back at the start, a consultation is dropped after the new idle time (2 s, not 300 s).
    fireEvent.click(document.querySelector("section.settings button.back") as HTMLButtonElement);
    fireEvent.click(await screen.findByText("begin-ja"));
    await screen.findByText("Q-danger-ja");
    await waitFor(() => expect(document.querySelector(".app")?.getAttribute("data-screen")).toBe("blank"), { timeout: 4000 });
  });

  it("the purge is confirmed in Rust's dialog: cancelled it deletes nothing, then says how many were deleted", async () => {
    fakeRust();
    render(<App />);
    fireEvent.click(await screen.findByText("settings-title"));
    const button = await waitFor(() => {
      const b = document.querySelector("button.purge-button") as HTMLButtonElement | null;
      expect(b).toBeTruthy();
      return b as HTMLButtonElement;
    });
    expect(document.querySelector(".purge-records")?.textContent).toBe("4");
    // No confirmation in the page: the button asks Rust, which asks the person.
    fireEvent.click(button);
    const cancelled = await waitFor(() => {
      const c = document.querySelector(".purge-failed[data-kind=cancelled]");
      expect(c).toBeTruthy();
      return c as HTMLElement;
    });
    expect(cancelled.getAttribute("role")).toBe("status");
    expect(cancelled.textContent).toBe("settings-purge-cancelled");
    await waitFor(() => expect(document.activeElement?.classList.contains("purge-button")).toBe(true));
    expect(document.querySelector(".purge-records")?.textContent).toBe("4");

    fireEvent.click(document.querySelector("button.purge-button") as HTMLButtonElement);
    const done = await waitFor(() => {
      const d = document.querySelector(".purge-done");
      expect(d).toBeTruthy();
      return d as HTMLElement;
    });
    expect(done.getAttribute("data-records")).toBe("4");
    await waitFor(() => expect(document.querySelector(".purge-records")?.textContent).toBe("0"));
    expect(document.querySelector(".purge-nothing")).toBeTruthy();
    expect((document.querySelector("button.purge-button") as HTMLButtonElement).disabled).toBe(true);
    expect(invoke.mock.calls.filter(([cmd]) => cmd === "purge_old_records")).toHaveLength(2);
  });

  it("the settings offer to create the override from the example only when there is none, and count the entries due for review", async () => {
    fakeRust();
    render(<App />);
    fireEvent.click(await screen.findByText("settings-title"));
    const create = await waitFor(() => {
      const b = document.querySelector("button.settings-override-create") as HTMLButtonElement | null;
      expect(b).toBeTruthy();
      return b as HTMLButtonElement;
    });
    expect(document.querySelector(".review-due-count")?.textContent).toBe("7");
    fireEvent.click(create);
    await waitFor(() => expect(document.querySelector(".override-created")?.textContent).toBe("settings-override-created"));
    expect(document.querySelector("button.settings-override-create")).toBeNull();
    expect(invoke.mock.calls.filter(([cmd]) => cmd === "create_override")).toHaveLength(1);
  });
});
