// The webview's state: which screen is shown, with exactly the data that screen needs, and the
// transitions between screens as one pure function. Requests to Rust are data too (`Request`):
// App sends them (requests.ts) and feeds the reply back in as an action.
import type { Texts } from "./api";
import type {
  ConsultationScreen,
  DirectoryQuery,
  FirstScreen,
  LocaleView,
  ReferralView,
  ReportRequest,
  SaveForm,
  StartupView,
  Step,
  TrainingCases,
  TrainingDebrief,
  TrainingStart,
} from "./bindings";
import { uiError, type UiError } from "./errors";
import type { SaveChoices } from "./Screens";

/** A save Rust refused with a message of its own (shown on the save form, not the error screen). */
export interface SaveError {
  message: string;
  detail: string;
}

/** A training run: the case list (to go back to) and the chosen case. */
export interface TrainingRun {
  cases: TrainingCases;
  start: TrainingStart;
}

/** A consultation in progress: the ordered answers (for Back) and what Rust made of them. */
export interface Run {
  steps: Step[];
  view: ConsultationScreen;
  training: TrainingRun | null;
}

/** A screen reached from Start that loads its own data; the fields are what it was showing, so
 *  that Retry opens it as it was and so sends the request that failed again. */
export type ToolScreen =
  | { kind: "directory"; query: DirectoryQuery | null }
  | { kind: "records"; page: number }
  | { kind: "reports"; request: ReportRequest | null }
  | { kind: "settings" };

export type Screen =
  | { kind: "loading" }
  /** Startup failed: no texts and no start screen to go back to, only Rust's words. */
  | { kind: "startup-failed"; error: UiError }
  | { kind: "problem"; index: number }
  | { kind: "start" }
  /** A question or, once none is left, the result. */
  | { kind: "consultation"; run: Run; pending: string[] }
  | { kind: "slip"; run: Run; cards: ReferralView[] }
  | { kind: "save"; run: Run; form: SaveForm; error: SaveError | null }
  | { kind: "saved" }
  /** What Escape twice and the idle time leave: nothing of what was shown. */
  | { kind: "blank" }
  | ToolScreen
  | { kind: "picker"; cases: TrainingCases }
  | { kind: "vignette"; training: TrainingRun }
  | { kind: "debrief"; debrief: TrainingDebrief }
  /** A command failed after startup: what happened, Back (to Start) and Retry. */
  | { kind: "error"; error: UiError; retry: Retry };

/** What Retry does: show `from` again and, if the failure was one of App's requests, send it again
 *  (a tool screen sends its own when it opens). */
export interface Retry {
  from: Screen;
  request: Request | null;
}

/** The requests App sends; each carries what it needs, so that Retry can send it again. */
export type Request =
  | { kind: "ask"; steps: Step[] }
  | { kind: "cases" }
  | { kind: "case"; id: string }
  | { kind: "slip"; steps: Step[] }
  | { kind: "save-form"; steps: Step[] }
  | { kind: "save"; steps: Step[]; choices: SaveChoices; training: boolean }
  | { kind: "debrief"; caseId: string; steps: Step[] }
  | { kind: "staff"; tag: string }
  | { kind: "client"; tag: string };

/** Rust's answer to a `Request`. */
export type Reply =
  | { kind: "ask"; steps: Step[]; view: ConsultationScreen }
  | { kind: "cases"; cases: TrainingCases }
  | { kind: "case"; start: TrainingStart }
  | { kind: "slip"; cards: ReferralView[] }
  | { kind: "save-form"; form: SaveForm }
  | { kind: "saved" }
  | { kind: "save-refused"; error: SaveError }
  | { kind: "debrief"; debrief: TrainingDebrief }
  | { kind: "staff"; tag: string; texts: Texts; locales: LocaleView[]; view: ConsultationScreen | null }
  | { kind: "client"; tag: string; texts: Texts; view: ConsultationScreen | null; start: TrainingStart | null; cards: ReferralView[] | null };

export interface State {
  screen: Screen;
  /** `null` until startup succeeded. */
  startup: StartupView | null;
  staff: string;
  client: string;
  /** The reference language (Japanese): the second language of the slip. */
  reference: string;
  texts: Record<string, Texts>;
  locales: LocaleView[];
  /** The mode chosen on the start screen. */
  training: boolean;
}

export type Action =
  | { type: "started"; first: FirstScreen }
  | { type: "startup-failed"; error: unknown }
  /** The problem screen's Continue. */
  | { type: "continue" }
  | { type: "mode"; training: boolean }
  | { type: "open"; tool: ToolScreen["kind"] }
  | { type: "back" }
  /** Escape twice, the Hide button, the idle time. */
  | { type: "hide" }
  /** A new consultation: from the saved, blank and debrief screens. */
  | { type: "new" }
  | { type: "toggle"; value: string }
  | { type: "retry" }
  | { type: "reply"; reply: Reply }
  /** `request` is App's; `null` with `reopen` for a tool screen's own (`reopen` is the screen as it was). */
  | { type: "failed"; error: unknown; request: Request | null; reopen: ToolScreen | null }
  | { type: "idle-seconds"; seconds: number };

export const initialState: State = {
  screen: { kind: "loading" },
  startup: null,
  staff: "",
  client: "",
  reference: "",
  texts: {},
  locales: [],
  training: false,
};

/** The screens of a consultation or a training run: the strip offers the client language and Hide. */
export function inConsultation(screen: Screen): boolean {
  return ["consultation", "slip", "save", "vignette", "debrief"].includes(screen.kind);
}

/** The screens that Escape twice and the idle time cannot leave: nothing is shown yet, or only
 *  what the desk must read before it can start. */
function keeps(screen: Screen): boolean {
  return screen.kind === "loading" || screen.kind === "startup-failed" || screen.kind === "problem";
}

/** Screens the idle time clears: all that show something of a consultation or of the desk's data. */
export function clearsWhenIdle(screen: Screen): boolean {
  return !keeps(screen) && screen.kind !== "start" && screen.kind !== "blank" && screen.kind !== "saved";
}

/** The consultation a screen holds, if any. */
export function runOf(screen: Screen): Run | null {
  return screen.kind === "consultation" || screen.kind === "slip" || screen.kind === "save" ? screen.run : null;
}

/** What Back sends to Rust, if anything: on a question or the result, the answers less the last. */
export function backRequest(state: State): Request | null {
  const { screen } = state;
  if (screen.kind === "consultation" && screen.run.steps.length > 0) return { kind: "ask", steps: screen.run.steps.slice(0, -1) };
  return null;
}

function back(screen: Screen): Screen {
  switch (screen.kind) {
    case "error":
    case "directory":
    case "records":
    case "reports":
    case "settings":
    case "picker":
      return { kind: "start" };
    case "vignette":
      return { kind: "picker", cases: screen.training.cases };
    case "slip":
    case "save":
      return { kind: "consultation", run: screen.run, pending: [] };
    case "consultation":
      // With answers, Back asks Rust again (`backRequest`); at the first question it leaves.
      if (screen.run.steps.length > 0) return screen;
      return screen.run.training ? { kind: "vignette", training: screen.run.training } : { kind: "start" };
    default:
      return screen;
  }
}

function withRun(screen: Screen, change: (run: Run) => Run): Screen {
  switch (screen.kind) {
    case "consultation":
    case "slip":
    case "save":
      return { ...screen, run: change(screen.run) };
    default:
      return screen;
  }
}

function receive(state: State, reply: Reply): State {
  const { screen } = state;
  switch (reply.kind) {
    case "ask": {
      const training = screen.kind === "vignette" ? screen.training : (runOf(screen)?.training ?? null);
      if (screen.kind !== "start" && screen.kind !== "vignette" && !runOf(screen)) return state;
      return { ...state, screen: { kind: "consultation", run: { steps: reply.steps, view: reply.view, training }, pending: [] } };
    }
    case "cases":
      return screen.kind === "start" ? { ...state, screen: { kind: "picker", cases: reply.cases } } : state;
    case "case":
      return screen.kind === "picker" ? { ...state, screen: { kind: "vignette", training: { cases: screen.cases, start: reply.start } } } : state;
    case "slip":
      return screen.kind === "consultation" ? { ...state, screen: { kind: "slip", run: screen.run, cards: reply.cards } } : state;
    case "save-form":
      return screen.kind === "consultation" ? { ...state, screen: { kind: "save", run: screen.run, form: reply.form, error: null } } : state;
    case "saved":
      return screen.kind === "save" ? { ...state, screen: { kind: "saved" } } : state;
    case "save-refused":
      return screen.kind === "save" ? { ...state, screen: { ...screen, error: reply.error } } : state;
    case "debrief":
      return screen.kind === "consultation" ? { ...state, screen: { kind: "debrief", debrief: reply.debrief } } : state;
    case "staff": {
      const { view } = reply;
      return {
        ...state,
        staff: reply.tag,
        texts: { ...state.texts, [reply.tag]: reply.texts },
        locales: reply.locales,
        screen: view ? withRun(screen, (run) => ({ ...run, view })) : screen,
      };
    }
    case "client": {
      const { view, start, cards } = reply;
      let next = view ? withRun(screen, (run) => ({ ...run, view })) : screen;
      if (start && next.kind === "vignette") next = { ...next, training: { ...next.training, start } };
      if (cards && next.kind === "slip") next = { ...next, cards };
      return { ...state, client: reply.tag, texts: { ...state.texts, [reply.tag]: reply.texts }, screen: next };
    }
  }
}

export function reduce(state: State, action: Action): State {
  const { screen } = state;
  switch (action.type) {
    case "started": {
      const { startup, texts, locales } = action.first;
      return {
        ...state,
        startup,
        staff: startup.staff_lang,
        client: startup.client_lang,
        reference: startup.reference_lang,
        texts,
        locales,
        screen: startup.problems.length > 0 ? { kind: "problem", index: 0 } : { kind: "start" },
      };
    }
    case "startup-failed":
      return state.startup ? state : { ...state, screen: { kind: "startup-failed", error: uiError(action.error) } };
    case "continue":
      if (screen.kind !== "problem") return state;
      return { ...state, screen: screen.index + 1 < (state.startup?.problems.length ?? 0) ? { kind: "problem", index: screen.index + 1 } : { kind: "start" } };
    case "mode":
      return { ...state, training: action.training };
    case "open": {
      if (screen.kind !== "start") return state;
      const tools: Record<ToolScreen["kind"], ToolScreen> = {
        directory: { kind: "directory", query: null },
        records: { kind: "records", page: 0 },
        reports: { kind: "reports", request: null },
        settings: { kind: "settings" },
      };
      return { ...state, screen: tools[action.tool] };
    }
    case "back":
      return { ...state, screen: back(screen) };
    case "hide":
      return keeps(screen) ? state : { ...state, screen: { kind: "blank" } };
    case "new":
      return screen.kind === "saved" || screen.kind === "blank" || screen.kind === "debrief" ? { ...state, screen: { kind: "start" } } : state;
    case "toggle": {
      if (screen.kind !== "consultation") return state;
      const { pending } = screen;
      const next = pending.includes(action.value) ? pending.filter((v) => v !== action.value) : [...pending, action.value];
      return { ...state, screen: { ...screen, pending: next } };
    }
    case "retry":
      return screen.kind === "error" ? { ...state, screen: screen.retry.from } : state;
    case "reply":
      return receive(state, action.reply);
    case "failed": {
      if (!state.startup) return { ...state, screen: { kind: "startup-failed", error: uiError(action.error) } };
      if (screen.kind === "error" || keeps(screen)) return state;
      const retry: Retry = { from: action.reopen ?? screen, request: action.request };
      return { ...state, screen: { kind: "error", error: uiError(action.error), retry } };
    }
    case "idle-seconds":
      return state.startup ? { ...state, startup: { ...state.startup, idle_seconds: action.seconds } } : state;
  }
}
