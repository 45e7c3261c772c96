import { useEffect } from "react";
import type { QuestionView } from "./types";

export interface QuestionScreenProps {
  view: QuestionView;
  staffLang: string;
  clientLang: string;
  /** The value of the option chosen so far, if any. */
  selected?: string | undefined;
  onAnswer: (value: string) => void;
}

/**
 * One question, shown in the staff and the client language, with its options as large
 * buttons. Number keys 1..n choose an option too.
 */
export function QuestionScreen({ view, staffLang, clientLang, selected, onAnswer }: QuestionScreenProps) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
      const option = view.options.find((o) => String(o.key) === event.key);
      if (option) {
        event.preventDefault();
        onAnswer(option.value);
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [view, onAnswer]);

  return (
    <section className="question" data-question-id={view.id}>
      <header className="question-text">
        <h1 className="question-staff" lang={staffLang}>
          {view.staff.question}
        </h1>
        <h2 className="question-client" lang={clientLang}>
          {view.client.question}
        </h2>
      </header>
      <ol className="options">
        {view.options.map((option) => (
          <li key={option.value}>
            <button
              type="button"
              className="option"
              data-value={option.value}
              data-key={option.key}
              aria-keyshortcuts={String(option.key)}
              aria-pressed={selected === option.value}
              onClick={() => onAnswer(option.value)}
            >
              <span className="option-key" aria-hidden="true">
                {option.key}
              </span>
              <span className="option-labels">
                <span className="option-staff" lang={staffLang}>
                  {option.staff}
                </span>
                <span className="option-client" lang={clientLang}>
                  {option.client}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
