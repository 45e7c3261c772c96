import { describe, expect, it } from "vitest";
import type { ConsultationScreen, FirstScreen, ReferralView, SaveForm, StartupView, Step, TrainingCases, TrainingDebrief, TrainingStart } from "./bindings";
import { backRequest, clearsWhenIdle, initialState, reduce, type Action, type Reply, type Request, type Screen, type State } from "./state";

const startup: StartupView = {
  problems: [],
  idle_seconds: 300,
  can_save: true,
  data_dir: "/tmp/x",
  reference_lang: "ja",
  staff_lang: "ja",
  client_lang: "en",
};
const first: FirstScreen = { startup, texts: { ja: { "ui-start-title": "開始" }, en: { "ui-start-title": "Start" } }, locales: [] };

/** The consultation screen Rust sends: a question while `question` is given, else the result. */
function view(question: string | null): ConsultationScreen {
  return {
    view: {
      question: question
        ? { id: question, fact: question, multiple: false, staff: { question }, client: { question }, client_draft: false, options: [], progress: { answered: 0, remaining: 1 } }
        : null,
      emergencies: [],
      referrals: [],
      answered: [],
    },
    progress: null,
  };
}

const card = { service: "police_emergency" } as ReferralView;
const form: SaveForm = { can_save: true, outcomes: [], ask_region: false, regions: [] };
const cases = { heading: "cases", cases: [] } as TrainingCases;
const start = { case: "lb-intern-wages", title: "title" } as TrainingStart;
const debrief = { title: "debrief" } as TrainingDebrief;
const danger: Step = { question: "danger", values: ["no"] };

const run = (state: State, ...actions: Action[]) => actions.reduce(reduce, state);
const reply = (r: Reply): Action => ({ type: "reply", reply: r });
const failed = (error: unknown, request: Request | null): Action => ({ type: "failed", error, request, reopen: null });
const started = reduce(initialState, { type: "started", first });

/** A state on each screen a person can reach after startup. */
function everyScreen(): Record<string, State> {
  const question = run(started, reply({ kind: "ask", steps: [], view: view("danger") }));
  const result = run(question, reply({ kind: "ask", steps: [danger], view: view(null) }));
  const picker = run(run(started, { type: "mode", training: true }), reply({ kind: "cases", cases }));
  const vignette = run(picker, reply({ kind: "case", start }));
  const training = run(vignette, reply({ kind: "ask", steps: [], view: view(null) }));
  const states: Record<string, State> = {
    start: started,
    question,
    result,
    slip: run(result, reply({ kind: "slip", cards: [card] })),
    save: run(result, reply({ kind: "save-form", form })),
    saved: run(result, reply({ kind: "save-form", form }), reply({ kind: "saved" })),
    picker,
    vignette,
    debrief: run(training, reply({ kind: "debrief", debrief })),
    directory: run(started, { type: "open", tool: "directory" }),
    records: run(started, { type: "open", tool: "records" }),
    reports: run(started, { type: "open", tool: "reports" }),
    settings: run(started, { type: "open", tool: "settings" }),
    error: run(question, failed("disk I/O error", { kind: "ask", steps: [danger] })),
  };
  return states;
}

describe("reduce", () => {
  it("startup leads to the start screen in the settings' languages, or to the problems first", () => {
    expect(started.screen).toEqual({ kind: "start" });
    expect([started.staff, started.client, started.reference]).toEqual(["ja", "en", "ja"]);
    const problem = { kind: "data_invalid", errors: ["x"] } as unknown as StartupView["problems"][number];
    const withProblems = reduce(initialState, { type: "started", first: { ...first, startup: { ...startup, problems: [problem, problem] } } });
    expect(withProblems.screen).toEqual({ kind: "problem", index: 0 });
    expect(run(withProblems, { type: "continue" }).screen).toEqual({ kind: "problem", index: 1 });
    expect(run(withProblems, { type: "continue" }, { type: "continue" }).screen).toEqual({ kind: "start" });
  });

  it("start → questions → result → slip → save → saved → start", () => {
    const q1 = run(started, reply({ kind: "ask", steps: [], view: view("danger") }));
    expect(q1.screen).toMatchObject({ kind: "consultation", run: { steps: [] } });
    const result = run(q1, reply({ kind: "ask", steps: [danger], view: view(null) }));
    expect(result.screen).toMatchObject({ kind: "consultation", run: { steps: [danger], training: null } });
    const slip = run(result, reply({ kind: "slip", cards: [card] }));
    expect(slip.screen).toMatchObject({ kind: "slip", cards: [card], run: { steps: [danger] } });
    // Back from the slip: the result again, with the answers.
    const back = run(slip, { type: "back" });
    expect(back.screen).toMatchObject({ kind: "consultation", run: { steps: [danger] } });
    const save = run(back, reply({ kind: "save-form", form }));
    expect(save.screen).toMatchObject({ kind: "save", form, error: null });
    const refused = run(save, reply({ kind: "save-refused", error: { message: "ui-save-failed", detail: "locked" } }));
    expect(refused.screen).toMatchObject({ kind: "save", error: { message: "ui-save-failed" } });
    const saved = run(refused, reply({ kind: "saved" }));
    expect(saved.screen).toEqual({ kind: "saved" });
    expect(run(saved, { type: "new" }).screen).toEqual({ kind: "start" });
  });

  it("Back on a question asks Rust for the answers less the last; on the first question it leaves", () => {
    const { question, result } = everyScreen();
    expect(backRequest(result!)).toEqual({ kind: "ask", steps: [] });
    expect(run(result!, { type: "back" })).toEqual(result);
    expect(backRequest(question!)).toBeNull();
    expect(run(question!, { type: "back" }).screen).toEqual({ kind: "start" });
  });

  it("training: picker → vignette → questions → debrief; Back from the first question is the vignette", () => {
    const { vignette, debrief: done } = everyScreen();
    expect(vignette!.screen).toEqual({ kind: "vignette", training: { cases, start } });
    const q = run(vignette!, reply({ kind: "ask", steps: [], view: view("danger") }));
    expect(q.screen).toMatchObject({ kind: "consultation", run: { training: { cases, start } } });
    expect(run(q, { type: "back" }).screen).toEqual(vignette!.screen);
    expect(run(vignette!, { type: "back" }).screen).toEqual({ kind: "picker", cases });
    expect(done!.screen).toEqual({ kind: "debrief", debrief });
    expect(run(done!, { type: "new" }).screen).toEqual({ kind: "start" });
  });

  it("Escape twice clears every screen to the blank one, which leads to Start; no answer is kept", () => {
    for (const [name, state] of Object.entries(everyScreen())) {
      const hidden = run(state, { type: "hide" });
      expect(hidden.screen, name).toEqual({ kind: "blank" });
      expect(run(hidden, { type: "new" }).screen, name).toEqual({ kind: "start" });
    }
  });

  it("the idle time clears every screen that shows something, the error screen and the tool screens included", () => {
    const screens = everyScreen();
    const cleared = Object.keys(screens).filter((name) => clearsWhenIdle(screens[name]!.screen));
    expect(cleared.sort()).toEqual(["debrief", "directory", "error", "picker", "question", "records", "reports", "result", "save", "settings", "slip", "vignette"]);
    const blank = run(started, { type: "hide" });
    expect(clearsWhenIdle(blank.screen)).toBe(false);
  });

  it("a failure is an error screen with Back to Start, and Retry returns where it failed with the request to send again", () => {
    const { question } = everyScreen();
    const request: Request = { kind: "ask", steps: [danger] };
    const error = run(question!, failed("database is locked", request));
    expect(error.screen).toMatchObject({ kind: "error", error: { messageId: null, detail: "database is locked" }, retry: { from: question!.screen, request } });
    expect(run(error, { type: "back" }).screen).toEqual({ kind: "start" });
    const retried = run(error, { type: "retry" });
    expect(retried.screen).toEqual(question!.screen);
    // The request sent again is answered there as the first one would have been.
    expect(run(retried, reply({ kind: "ask", steps: [danger], view: view(null) })).screen).toMatchObject({ kind: "consultation", run: { steps: [danger] } });
  });

  it("a tool screen's failure reopens that screen as it was on Retry", () => {
    const reports = run(started, { type: "open", tool: "reports" });
    const request = { period: "FY2025", dimension: "colour", second: "" };
    const error = run(reports, { type: "failed", error: "unknown dimension", request: null, reopen: { kind: "reports", request } });
    expect(error.screen).toMatchObject({ kind: "error", retry: { request: null } });
    expect(run(error, { type: "retry" }).screen).toEqual({ kind: "reports", request });
    expect(run(error, { type: "back" }).screen).toEqual({ kind: "start" });
  });

  it("a typed error keeps its kind, message id and detail", () => {
    const error = run(started, { type: "open", tool: "records" }, failed({ kind: "log", message: "ui-error-log", detail: "log.sqlite3: malformed" }, null));
    expect(error.screen).toMatchObject({ kind: "error", error: { kind: "log", messageId: "ui-error-log", detail: "log.sqlite3: malformed" } });
  });

  it("before startup a failure has no way back to offer: startup failed, and Escape leaves it", () => {
    const failedStart = reduce(initialState, { type: "startup-failed", error: "data/flow.toml:3: unknown key" });
    expect(failedStart.screen).toEqual({ kind: "startup-failed", error: { kind: null, messageId: null, args: {}, detail: "data/flow.toml:3: unknown key" } });
    expect(run(failedStart, { type: "hide" })).toEqual(failedStart);
    expect(run(failedStart, { type: "back" })).toEqual(failedStart);
  });

  it("replies for another screen are ignored: nothing can show a slip without a consultation", () => {
    const directory = run(started, { type: "open", tool: "directory" });
    for (const r of [
      { kind: "slip", cards: [card] },
      { kind: "save-form", form },
      { kind: "saved" },
      { kind: "debrief", debrief },
      { kind: "ask", steps: [], view: view("danger") },
      { kind: "case", start },
    ] as Reply[]) {
      expect(run(directory, reply(r))).toEqual(directory);
    }
  });

  it("another client language keeps the answers and replaces what is shown", () => {
    const { slip } = everyScreen();
    const other = { ...card, service: "other" } as ReferralView;
    const next = run(slip!, reply({ kind: "client", tag: "vi", texts: { a: "b" }, view: view(null), start: null, cards: [other] }));
    expect(next.client).toBe("vi");
    expect(next.texts.vi).toEqual({ a: "b" });
    expect(next.screen).toMatchObject({ kind: "slip", cards: [other], run: { steps: [danger] } });
  });

  it("multiple choice: a value toggles in and out of the pending answer", () => {
    const { question } = everyScreen();
    const once = run(question!, { type: "toggle", value: "a" }, { type: "toggle", value: "b" });
    expect(once.screen).toMatchObject({ pending: ["a", "b"] });
    expect(run(once, { type: "toggle", value: "a" }).screen).toMatchObject({ pending: ["b"] });
  });

  it("tool screens open from Start only", () => {
    const { question } = everyScreen();
    expect(run(question!, { type: "open", tool: "settings" })).toEqual(question);
    const screen: Screen = run(started, { type: "open", tool: "records" }).screen;
    expect(screen).toEqual({ kind: "records", page: 0 });
  });
});
