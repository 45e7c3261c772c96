import { useCallback, useEffect, useState } from "react";
import { errorText, questionView } from "./api";
import { QuestionScreen } from "./QuestionScreen";
import type { QuestionView } from "./types";

// Language codes, not user-visible text. Choosing them comes later.
const STAFF_LANG = "ja";
const CLIENT_LANG = "en";

type State =
  | { status: "loading" }
  | { status: "ready"; view: QuestionView }
  | { status: "error"; message: string };

export function App() {
  const [state, setState] = useState<State>({ status: "loading" });
  const [selected, setSelected] = useState<string | undefined>(undefined);

  useEffect(() => {
    let live = true;
    questionView(STAFF_LANG, CLIENT_LANG).then(
      (view) => live && setState({ status: "ready", view }),
      (error: unknown) => live && setState({ status: "error", message: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, []);

  const onAnswer = useCallback((value: string) => setSelected(value), []);

  return (
    <main className="app" data-state={state.status}>
      {state.status === "loading" && <div className="loading" aria-busy="true" />}
      {state.status === "error" && (
        <p className="error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === "ready" && (
        <QuestionScreen
          view={state.view}
          staffLang={STAFF_LANG}
          clientLang={CLIENT_LANG}
          selected={selected}
          onAnswer={onAnswer}
        />
      )}
    </main>
  );
}
