import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef } from "react";
import * as api from "./api";
import type { SettingsForm, Step } from "./bindings";
import { CasePicker, DebriefScreen, VignetteScreen } from "./Training";
import { inLang, LangContext, type Langs } from "./i18n";
import { DirectoryScreen, RecordsScreen } from "./Directory";
import { SettingsScreen } from "./Settings";
import { QuestionScreen } from "./QuestionScreen";
import { ReportsScreen } from "./Reports";
import { BlankScreen, Emergencies, ErrorScreen, ProblemScreen, ResultScreen, SaveScreen, SavedScreen, SlipScreen, StartScreen, StartupErrorScreen, type SaveChoices } from "./Screens";
import { Strip } from "./Strip";
import { backRequest, clearsWhenIdle, inConsultation, initialState, reduce, type Action, type Request, type Screen, type State, type ToolScreen } from "./state";
import { perform } from "./requests";
import { useLatestRequest } from "./useLatestRequest";

/** Two presses of Escape within this many milliseconds hide the screen. */
export const HIDE_DOUBLE_PRESS_MS = 800;

/** Alt+letter on the start screen opens a tool screen. */
const TOOL_KEYS: Record<string, ToolScreen["kind"]> = { KeyD: "directory", KeyR: "records", KeyT: "reports", KeyS: "settings" };

/** The name end-to-end tests and styles know a screen by (`data-screen`). */
function screenName(screen: Screen): string {
  if (screen.kind === "consultation") return screen.run.view.view.question ? "question" : "result";
  if (screen.kind === "error" || screen.kind === "startup-failed") return "fatal";
  return screen.kind;
}

export function App() {
  const [state, dispatch] = useReducer(reduce, initialState);
  const { screen, staff, client, training } = state;
  // The consultation's requests (and the language changes): one at a time, the rest ignored.
  const consult = useLatestRequest();

  useEffect(() => {
    consult.run(
      api.startup(),
      (first) => dispatch({ type: "started", first }),
      (error) => dispatch({ type: "startup-failed", error }),
    );
  }, [consult]);

  /** Sends `request` as asked for on `from` (the current screen, or the one Retry goes back to). */
  const send = useCallback(
    (request: Request, from: State = state) =>
      consult.run(
        perform(request, from),
        (reply) => dispatch({ type: "reply", reply }),
        (error) => dispatch({ type: "failed", error, request, reopen: null }),
      ),
    [consult, state],
  );

  /** Leaves the screen by the user's choice: whatever was asked before is no longer wanted. */
  const go = useCallback(
    (action: Action) => {
      consult.abandon();
      dispatch(action);
    },
    [consult],
  );

  const hide = useCallback(() => go({ type: "hide" }), [go]);
  const back = useCallback(() => {
    const request = backRequest(state);
    if (request) send(request);
    else go({ type: "back" });
  }, [state, send, go]);
  const retry = useCallback(() => {
    if (screen.kind !== "error") return;
    const { from, request } = screen.retry;
    dispatch({ type: "retry" });
    if (request) send(request, { ...state, screen: from });
  }, [state, screen, send]);
  const toolFailed = useCallback((error: unknown, reopen?: ToolScreen) => dispatch({ type: "failed", error, request: null, reopen: reopen ?? null }), []);
  const settingsSaved = useCallback((saved: SettingsForm) => dispatch({ type: "idle-seconds", seconds: saved.idle_seconds }), []);
  const changeClient = useCallback((tag: string) => send({ kind: "client", tag }), [send]);

  // Keys that work on every screen: Escape twice hides; Backspace or Alt+Left goes back.
  const lastEscape = useRef(0);
  // A layout effect, so the keys act as soon as a screen is shown (see QuestionScreen).
  useLayoutEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === "Escape") {
        const now = performance.now();
        if (now - lastEscape.current < HIDE_DOUBLE_PRESS_MS) {
          event.preventDefault();
          lastEscape.current = 0;
          hide();
        } else {
          lastEscape.current = now;
        }
        return;
      }
      const target = event.target as HTMLElement | null;
      const typing = target && ["SELECT", "INPUT", "TEXTAREA"].includes(target.tagName);
      // On the start screen: Alt+D the directory, Alt+R the records, Alt+T reports, Alt+S settings.
      if (screen.kind === "start" && event.altKey && !event.ctrlKey && !event.repeat) {
        const tool = TOOL_KEYS[event.code] ?? TOOL_KEYS[`Key${event.key.toUpperCase()}`];
        if (tool) {
          event.preventDefault();
          go({ type: "open", tool });
          return;
        }
      }
      const isBack = (event.key === "Backspace" && !event.altKey && !event.ctrlKey && !typing) || (event.key === "ArrowLeft" && event.altKey);
      if (isBack && !event.repeat) {
        event.preventDefault();
        back();
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [hide, back, go, screen.kind]);

  // Idle: no key press, click or touch for the configured time clears any screen that shows something.
  const idle = clearsWhenIdle(screen);
  const idleSeconds = state.startup?.idle_seconds ?? null;
  useEffect(() => {
    if (!idle || idleSeconds === null) return;
    let timer = window.setTimeout(hide, idleSeconds * 1000);
    const reset = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(hide, idleSeconds * 1000);
    };
    const events = ["keydown", "pointerdown", "wheel", "touchstart"] as const;
    events.forEach((e) => window.addEventListener(e, reset, { passive: true }));
    return () => {
      window.clearTimeout(timer);
      events.forEach((e) => window.removeEventListener(e, reset));
    };
  }, [idle, idleSeconds, hide]);

  const begin = useCallback(() => send(training ? { kind: "cases" } : { kind: "ask", steps: [] }), [send, training]);

  // One debrief (and so one saved training result) per run, however often the button is pressed.
  const debriefed = useRef<Step[] | null>(null);
  const finish = useCallback(() => {
    if (screen.kind !== "consultation") return;
    const { steps, training: run } = screen.run;
    if (!run) {
      send({ kind: "save-form", steps });
    } else if (debriefed.current !== steps) {
      debriefed.current = steps;
      send({ kind: "debrief", caseId: run.start.case, steps });
    }
  }, [screen, send]);

  const langs: Langs = useMemo(
    () => ({
      staff,
      client,
      reference: state.reference,
      staffTexts: state.texts[staff] ?? {},
      clientTexts: state.texts[client] ?? {},
      referenceTexts: state.texts[state.reference] ?? {},
      locales: state.locales,
    }),
    [staff, client, state.reference, state.texts, state.locales],
  );

  useEffect(() => {
    if (staff) Object.assign(document.documentElement, inLang(staff));
  }, [staff]);

  // Each screen starts at its top (the strip stays).
  const name = screenName(screen);
  const questionId = screen.kind === "consultation" ? screen.run.view.view.question?.id : undefined;
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [name, questionId]);

  return (
    <LangContext.Provider value={langs}>
      <div className="app" data-screen={name} data-training={training && inConsultation(screen) ? "true" : undefined}>
        {screen.kind !== "loading" && <Strip tools={inConsultation(screen)} training={training} onClientLang={changeClient} onHide={hide} />}
        <main className="content" data-state={screen.kind === "loading" ? "loading" : name === "fatal" ? "error" : "ready"}>
          <Current screen={screen} state={state} send={send} go={go} dispatch={dispatch} back={back} retry={retry} finish={finish} begin={begin}
            changeClient={changeClient} toolFailed={toolFailed} settingsSaved={settingsSaved} />
        </main>
      </div>
    </LangContext.Provider>
  );
}

interface CurrentProps {
  screen: Screen;
  state: State;
  send: (request: Request) => void;
  go: (action: Action) => void;
  dispatch: (action: Action) => void;
  back: () => void;
  retry: () => void;
  finish: () => void;
  begin: () => void;
  changeClient: (tag: string) => void;
  toolFailed: (error: unknown, reopen?: ToolScreen) => void;
  settingsSaved: (saved: SettingsForm) => void;
}

/** The screen the state names, with its handlers. */
function Current({ screen, state, send, go, dispatch, back, retry, finish, begin, changeClient, toolFailed, settingsSaved }: CurrentProps) {
  const startNew = () => go({ type: "new" });
  switch (screen.kind) {
    case "loading":
      return <div className="loading" aria-busy="true" />;
    case "startup-failed":
      return <StartupErrorScreen error={screen.error} />;
    case "error":
      return <ErrorScreen error={screen.error} onBack={back} onRetry={retry} />;
    case "problem": {
      const problem = state.startup?.problems[screen.index];
      return problem ? <ProblemScreen key={screen.index} problem={problem} onContinue={() => dispatch({ type: "continue" })} /> : null;
    }
    case "start":
      return (
        <StartScreen
          training={state.training}
          onStaffLang={(tag) => send({ kind: "staff", tag })}
          onClientLang={changeClient}
          onTraining={(training) => dispatch({ type: "mode", training })}
          onBegin={begin}
          onDirectory={() => go({ type: "open", tool: "directory" })}
          onRecords={() => go({ type: "open", tool: "records" })}
          onReports={() => go({ type: "open", tool: "reports" })}
          onSettings={() => go({ type: "open", tool: "settings" })}
        />
      );
    case "consultation": {
      const { run, pending } = screen;
      const question = run.view.view.question;
      if (!question) return <ResultScreen view={run.view.view} onBack={back} onSlip={() => send({ kind: "slip", steps: run.steps })} onSave={finish} training={run.training !== null} />;
      const answer = (values: string[]) => send({ kind: "ask", steps: [...run.steps, { question: question.id, values }] });
      return (
        <>
          <Emergencies cards={run.view.view.emergencies} />
          <QuestionScreen view={question} progress={run.view.progress} pending={pending} onAnswer={answer} onToggle={(value) => dispatch({ type: "toggle", value })} onBack={back} />
        </>
      );
    }
    case "slip":
      return <SlipScreen cards={screen.cards} onBack={back} />;
    case "save": {
      const { steps } = screen.run;
      const save = (choices: SaveChoices) => send({ kind: "save", steps, choices, training: state.training });
      return <SaveScreen form={screen.form} training={state.training} error={screen.error} onBack={back} onSave={save} />;
    }
    case "saved":
      return <SavedScreen onNew={startNew} />;
    case "blank":
      return <BlankScreen onNew={startNew} />;
    case "directory":
      return <DirectoryScreen initial={screen.query} onBack={back} onError={toolFailed} onClientLang={changeClient} />;
    case "records":
      return <RecordsScreen initial={screen.page} onBack={back} onError={toolFailed} />;
    case "reports":
      return <ReportsScreen initial={screen.request} onBack={back} onError={toolFailed} />;
    case "settings":
      return <SettingsScreen onBack={back} onError={toolFailed} onSaved={settingsSaved} />;
    case "picker":
      return <CasePicker list={screen.cases} onPick={(id) => send({ kind: "case", id })} onBack={back} />;
    case "vignette":
      return <VignetteScreen start={screen.training.start} onBegin={() => send({ kind: "ask", steps: [] })} onBack={back} />;
    case "debrief":
      return <DebriefScreen debrief={screen.debrief} onNew={startNew} />;
  }
}
