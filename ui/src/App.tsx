import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import * as api from "./api";
import type { Texts } from "./api";
import type {
  ConsultationScreen,
  LocaleView,
  ReferralView,
  SaveForm,
  SettingsForm,
  StartupView,
  Step,
  TrainingCases,
  TrainingDebrief,
  TrainingStart,
} from "./bindings";
import { CasePicker, DebriefScreen, VignetteScreen } from "./Training";
import { inLang, LangContext, S, type Langs } from "./i18n";
import { DirectoryScreen, RecordsScreen } from "./Directory";
import { SettingsScreen } from "./Settings";
import { QuestionScreen } from "./QuestionScreen";
import { ReportsScreen } from "./Reports";
import {
  BlankScreen,
  Emergencies,
  ErrorScreen,
  ProblemScreen,
  ResultScreen,
  SaveScreen,
  SavedScreen,
  SlipScreen,
  StartScreen,
  type SaveChoices,
} from "./Screens";

/** Two presses of Escape within this many milliseconds hide the screen. */
export const HIDE_DOUBLE_PRESS_MS = 800;

/** The numbers themselves, shown bare on the strip if even the texts could not be loaded. */
const POLICE = "110";
const AMBULANCE = "119";

type Screen =
  | "loading"
  | "fatal"
  | "problem"
  | "start"
  | "consultation"
  | "slip"
  | "save"
  | "saved"
  | "blank"
  | "directory"
  | "records"
  | "reports"
  | "settings"
  | "picker"
  | "vignette"
  | "debrief";

export function App() {
  const [screen, setScreen] = useState<Screen>("loading");
  const [fatal, setFatal] = useState("");
  const [startup, setStartup] = useState<StartupView | null>(null);
  const [problemIndex, setProblemIndex] = useState(0);
  const [staff, setStaff] = useState("");
  const [client, setClient] = useState("");
  const [reference, setReference] = useState("");
  const [texts, setTexts] = useState<Record<string, Texts>>({});
  const [locales, setLocales] = useState<LocaleView[]>([]);
  const [training, setTraining] = useState(false);
  // The consultation: the ordered answers (for Back) and what Rust made of them.
  const [steps, setSteps] = useState<Step[]>([]);
  const [pending, setPending] = useState<string[]>([]);
  const [view, setView] = useState<ConsultationScreen | null>(null);
  const [slipCards, setSlipCards] = useState<ReferralView[]>([]);
  const [saveForm, setSaveForm] = useState<SaveForm | null>(null);
  const [saveError, setSaveError] = useState<{ message: string; detail: string } | null>(null);
  // A training run: the case list, the chosen case's vignette, the debrief at the end.
  const [cases, setCases] = useState<TrainingCases | null>(null);
  const [trainingStart, setTrainingStart] = useState<TrainingStart | null>(null);
  const [debrief, setDebrief] = useState<TrainingDebrief | null>(null);
  // Bumped whenever the consultation is dropped: answers that arrive later are ignored.
  const generation = useRef(0);
  // Whether startup succeeded: the start screen exists to go back to after an error.
  const started = useRef(false);

  const fail = useCallback((error: unknown) => {
    setFatal(api.errorText(error));
    setScreen("fatal");
  }, []);

  const loadTexts = useCallback(
    async (lang: string) => {
      if (texts[lang]) return;
      const loaded = await api.texts(lang);
      setTexts((all) => ({ ...all, [lang]: loaded }));
    },
    [texts],
  );

  // Startup: the data folder's state, the texts of the first two languages, the language list.
  useEffect(() => {
    api
      .startup()
      .then((first) => {
        const start = first.startup;
        setStartup(start);
        setReference(start.reference_lang);
        // The languages to start in: the settings' defaults.
        setStaff(start.staff_lang);
        setClient(start.client_lang);
        setTexts(first.texts as Record<string, Texts>);
        setLocales(first.locales);
        started.current = true;
        setScreen(start.problems.length > 0 ? "problem" : "start");
      })
      .catch(fail);
  }, [fail]);

  const ask = useCallback(
    async (next: Step[], staffLang = staff, clientLang = client, show = true) => {
      const gen = generation.current;
      const result = await api.consultation(next, staffLang, clientLang);
      if (gen !== generation.current) return;
      setSteps(next);
      setView(result);
      if (show) {
        setPending([]);
        setScreen("consultation");
      }
    },
    [staff, client],
  );

  /** Drops the consultation from memory at once and blanks the screen. */
  const hide = useCallback(() => {
    generation.current += 1;
    setSteps([]);
    setPending([]);
    setView(null);
    setSlipCards([]);
    setSaveForm(null);
    setSaveError(null);
    setTrainingStart(null);
    setDebrief(null);
    // An error after startup is no dead end: hiding leaves it too. Before startup there is no
    // screen to come back to.
    setScreen((s) => (s === "loading" || s === "problem" || (s === "fatal" && !started.current) ? s : "blank"));
  }, []);

  const back = useCallback(() => {
    if (screen === "fatal") {
      if (started.current) {
        generation.current += 1;
        setView(null);
        setSteps([]);
        setScreen("start");
      }
    } else if (screen === "directory" || screen === "records" || screen === "reports" || screen === "settings" || screen === "picker") {
      setScreen("start");
    } else if (screen === "vignette") {
      setTrainingStart(null);
      setScreen("picker");
    } else if (screen === "slip" || screen === "save") {
      setSaveError(null);
      setScreen("consultation");
    } else if (screen === "consultation") {
      if (steps.length === 0) {
        generation.current += 1;
        setView(null);
        setScreen(trainingStart ? "vignette" : "start");
      } else {
        ask(steps.slice(0, -1)).catch(fail);
      }
    }
  }, [screen, steps, ask, fail, trainingStart]);

  const changeStaff = useCallback(
    (tag: string) => {
      Promise.all([loadTexts(tag), api.locales(tag)])
        .then(([, list]) => {
          setLocales(list);
          setStaff(tag);
          if (view) return ask(steps, tag, client, false);
        })
        .catch(fail);
    },
    [loadTexts, view, steps, client, ask, fail],
  );

  /** Another client language, at any point: the answers stay. */
  const changeClient = useCallback(
    (tag: string) => {
      loadTexts(tag)
        .then(async () => {
          setClient(tag);
          if (view) await ask(steps, staff, tag, false);
          if (screen === "vignette" && trainingStart) {
            const gen = generation.current;
            const start = await api.trainingStart(trainingStart.case, staff, tag);
            if (gen === generation.current) setTrainingStart(start);
          }
          if (screen === "slip") {
            const gen = generation.current;
            const cards = await api.slip(steps, tag);
            if (gen === generation.current) setSlipCards(cards);
          }
        })
        .catch(fail);
    },
    [loadTexts, view, steps, staff, screen, ask, fail, trainingStart],
  );

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
      // On the start screen: Alt+D opens the directory, Alt+R the saved records, Alt+T reports,
      // Alt+S the settings.
      if (screen === "start" && event.altKey && !event.ctrlKey && !event.repeat) {
        const key = event.key.toLowerCase();
        if (key === "d" || event.code === "KeyD") {
          event.preventDefault();
          setScreen("directory");
          return;
        }
        if (key === "r" || event.code === "KeyR") {
          event.preventDefault();
          setScreen("records");
          return;
        }
        if (key === "t" || event.code === "KeyT") {
          event.preventDefault();
          setScreen("reports");
          return;
        }
        if (key === "s" || event.code === "KeyS") {
          event.preventDefault();
          setScreen("settings");
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
  }, [hide, back, screen]);

  // Idle: no key press, click or touch for the configured time drops an open consultation.
  const active = screen === "consultation" || screen === "slip" || screen === "save" || screen === "vignette" || screen === "debrief";
  useEffect(() => {
    if (!active || !startup) return;
    let timer = window.setTimeout(hide, startup.idle_seconds * 1000);
    const reset = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(hide, startup.idle_seconds * 1000);
    };
    const events = ["keydown", "pointerdown", "wheel", "touchstart"] as const;
    events.forEach((e) => window.addEventListener(e, reset, { passive: true }));
    return () => {
      window.clearTimeout(timer);
      events.forEach((e) => window.removeEventListener(e, reset));
    };
  }, [active, startup, hide]);

  const begin = useCallback(() => {
    generation.current += 1;
    setTrainingStart(null);
    setDebrief(null);
    if (training) {
      api
        .trainingCases(staff)
        .then((list) => {
          setCases(list);
          setScreen("picker");
        })
        .catch(fail);
      return;
    }
    ask([]).catch(fail);
  }, [ask, fail, training, staff]);

  const pickCase = useCallback(
    (id: string) => {
      const gen = generation.current;
      api
        .trainingStart(id, staff, client)
        .then((start) => {
          if (gen !== generation.current) return;
          setTrainingStart(start);
          setScreen("vignette");
        })
        .catch(fail);
    },
    [staff, client, fail],
  );

  const beginCase = useCallback(() => {
    generation.current += 1;
    ask([]).catch(fail);
  }, [ask, fail]);

  // One debrief (and so one saved training result) per run, however often the button is pressed.
  const debriefing = useRef(-1);
  const showDebrief = useCallback(() => {
    if (!trainingStart || debriefing.current === generation.current) return;
    const gen = generation.current;
    debriefing.current = gen;
    api
      .trainingDebrief(trainingStart.case, steps, staff, client)
      .then((result) => {
        if (gen !== generation.current) return;
        setDebrief(result);
        setSteps([]);
        setView(null);
        setScreen("debrief");
      })
      .catch(fail);
  }, [trainingStart, steps, staff, client, fail]);

  const answer = useCallback(
    (values: string[]) => {
      const question = view?.view.question;
      if (!question) return;
      ask([...steps, { question: question.id, values }]).catch(fail);
    },
    [view, steps, ask, fail],
  );

  const toggle = useCallback((value: string) => {
    setPending((p) => (p.includes(value) ? p.filter((v) => v !== value) : [...p, value]));
  }, []);

  const showSlip = useCallback(() => {
    const gen = generation.current;
    api
      .slip(steps, client)
      .then((cards) => {
        if (gen !== generation.current) return;
        setSlipCards(cards);
        setScreen("slip");
      })
      .catch(fail);
  }, [steps, client, fail]);

  const showSave = useCallback(() => {
    const gen = generation.current;
    api
      .saveForm(steps, staff)
      .then((form) => {
        if (gen !== generation.current) return;
        setSaveForm(form);
        setSaveError(null);
        setScreen("save");
      })
      .catch(fail);
  }, [steps, staff, fail]);

  const save = useCallback(
    (choices: SaveChoices) => {
      api
        .saveConsultation({
          steps,
          staff_lang: staff,
          client_lang: client,
          training,
          outcome: choices.outcome,
          interpreter: choices.interpreter,
          handover_consent: choices.handoverConsent,
          region: choices.region,
        })
        .then(() => {
          hide();
          setScreen("saved");
        })
        .catch((error: unknown) => {
          if (error && typeof error === "object" && "message" in error && "detail" in error) {
            setSaveError(error as { message: string; detail: string });
          } else {
            fail(error);
          }
        });
    },
    [steps, staff, client, training, hide, fail],
  );

  /** Saved settings: the idle time is in force at once; the languages are the next start's. */
  const settingsSaved = useCallback((saved: SettingsForm) => {
    setStartup((s) => s && { ...s, idle_seconds: saved.idle_seconds });
  }, []);

  const langs: Langs = useMemo(
    () => ({
      staff,
      client,
      reference,
      staffTexts: texts[staff] ?? {},
      clientTexts: texts[client] ?? {},
      referenceTexts: texts[reference] ?? {},
      locales,
    }),
    [staff, client, reference, texts, locales],
  );

  useEffect(() => {
    if (staff) Object.assign(document.documentElement, inLang(staff));
  }, [staff]);

  // Each screen starts at its top (the strip stays).
  const questionId = view?.view.question?.id;
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [screen, questionId]);

  const question = view?.view.question ?? null;
  const inConsultation = screen === "consultation" || screen === "slip" || screen === "save" || screen === "vignette" || screen === "debrief";
  const problem = startup?.problems[problemIndex];
  const screenName = screen === "consultation" ? (question ? "question" : "result") : screen;

  return (
    <LangContext.Provider value={langs}>
      <div className="app" data-screen={screenName} data-training={training && inConsultation ? "true" : undefined}>
        {screen !== "loading" && (
          <header className="strip no-print">
            <nav className="emergency-numbers" aria-labelledby="strip-label">
              <span id="strip-label" className="visually-hidden">
                <S id="ui-strip-label" />
              </span>
              <span className="strip-number" data-number="110">
                <span lang={staff}>{langs.staffTexts["ui-strip-police"] ?? POLICE}</span>
                {client !== staff && langs.clientTexts["ui-strip-police"] && (
                  <span {...inLang(client)} className="secondary">
                    {langs.clientTexts["ui-strip-police"]}
                  </span>
                )}
              </span>
              <span className="strip-number" data-number="119">
                <span lang={staff}>{langs.staffTexts["ui-strip-ambulance"] ?? AMBULANCE}</span>
                {client !== staff && langs.clientTexts["ui-strip-ambulance"] && (
                  <span {...inLang(client)} className="secondary">
                    {langs.clientTexts["ui-strip-ambulance"]}
                  </span>
                )}
              </span>
            </nav>
            {inConsultation && (
              <div className="strip-tools">
                {training && (
                  <span className="training-badge">
                    <S id="ui-mode-training" />
                  </span>
                )}
                <label className="inline-select">
                  <S id="ui-start-client-lang" />
                  <select className="client-lang-switch" value={client} onChange={(e) => changeClient(e.target.value)}>
                    {locales.map((l) => (
                      <option key={l.tag} value={l.tag} lang={l.tag}>
                        {l.name}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="button" className="hide-button" onClick={hide} aria-keyshortcuts="Escape Escape">
                  <S id="ui-hide" />
                </button>
              </div>
            )}
          </header>
        )}
        <main className="content" data-state={screen === "loading" ? "loading" : screen === "fatal" ? "error" : "ready"}>
          {screen === "loading" && <div className="loading" aria-busy="true" />}
          {screen === "fatal" && <ErrorScreen detail={fatal} texts={started.current ? langs.staffTexts : null} lang={staff} onBack={back} />}
          {screen === "problem" && problem && (
            <ProblemScreen
              key={problemIndex}
              problem={problem}
              onContinue={() => {
                if (startup && problemIndex + 1 < startup.problems.length) setProblemIndex(problemIndex + 1);
                else setScreen("start");
              }}
            />
          )}
          {screen === "start" && (
            <StartScreen
              training={training}
              onStaffLang={changeStaff}
              onClientLang={changeClient}
              onTraining={setTraining}
              onBegin={begin}
              onDirectory={() => setScreen("directory")}
              onRecords={() => setScreen("records")}
              onReports={() => setScreen("reports")}
              onSettings={() => setScreen("settings")}
            />
          )}
          {inConsultation && view && screen !== "slip" && <Emergencies cards={question ? view.view.emergencies : []} />}
          {screen === "consultation" && view && question && (
            <QuestionScreen view={question} progress={view.progress} pending={pending} onAnswer={answer} onToggle={toggle} onBack={back} />
          )}
          {screen === "consultation" && view && !question && (
            <ResultScreen
              view={view.view}
              onBack={back}
              onSlip={showSlip}
              onSave={training && trainingStart ? showDebrief : showSave}
              training={training && trainingStart !== null}
            />
          )}
          {screen === "slip" && <SlipScreen cards={slipCards} onBack={back} />}
          {screen === "save" && saveForm && <SaveScreen form={saveForm} training={training} error={saveError} onBack={back} onSave={save} />}
          {screen === "saved" && <SavedScreen onNew={() => setScreen("start")} />}
          {screen === "blank" && <BlankScreen onNew={() => setScreen("start")} />}
          {screen === "directory" && <DirectoryScreen onBack={back} onError={fail} onClientLang={changeClient} />}
          {screen === "records" && <RecordsScreen onBack={back} onError={fail} />}
          {screen === "reports" && <ReportsScreen onBack={back} onError={fail} />}
          {screen === "settings" && (
            <SettingsScreen onBack={back} onError={fail} onSaved={settingsSaved} />
          )}
          {screen === "picker" && cases && <CasePicker list={cases} onPick={pickCase} onBack={back} />}
          {screen === "vignette" && trainingStart && <VignetteScreen start={trainingStart} onBegin={beginCase} onBack={back} />}
          {screen === "debrief" && debrief && (
            <DebriefScreen
              debrief={debrief}
              onNew={() => {
                setDebrief(null);
                setTrainingStart(null);
                setScreen("start");
              }}
            />
          )}
        </main>
      </div>
    </LangContext.Provider>
  );
}
