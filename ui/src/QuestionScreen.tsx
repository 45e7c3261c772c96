import { useEffect, useLayoutEffect, useRef } from "react";
import type { QuestionView, ReferralText } from "./bindings";
import { inLang, S, useLangs } from "./i18n";
import { DraftMark } from "./DraftMark";

export interface QuestionScreenProps {
  view: QuestionView;
  progress: ReferralText | null;
  /** Options chosen so far on a question that takes several. */
  pending: string[];
  onAnswer: (values: string[]) => void;
  onToggle: (value: string) => void;
  onBack: () => void;
}

/**
 * One question, in the staff and the client language, with its options as large buttons.
 * Number keys 1..9 choose an option too (toggle, on a question that takes several; Enter goes on).
 */
export function QuestionScreen({ view, progress, pending, onAnswer, onToggle, onBack }: QuestionScreenProps) {
  const { staff, client } = useLangs();
  const heading = useRef<HTMLHeadingElement>(null);

  // A new question takes the focus, so a screen reader reads it and keys act on it.
  useEffect(() => {
    heading.current?.focus();
  }, [view.id]);

  const choose = (value: string) => {
    if (view.multiple && value !== "unknown") onToggle(value);
    else onAnswer([value]);
  };

  // A layout effect: the keys work from the moment the question is on screen (a passive effect
  // could run later, and a clerk's quick key press would be lost).
  useLayoutEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
      const target = event.target as HTMLElement | null;
      if (target && ["SELECT", "INPUT", "TEXTAREA"].includes(target.tagName)) return;
      const option = view.options.find((o) => String(o.key) === event.key);
      if (option) {
        event.preventDefault();
        choose(option.value);
      } else if (event.key === "Enter" && view.multiple && pending.length > 0 && target?.tagName !== "BUTTON") {
        event.preventDefault();
        onAnswer(pending);
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  });

  return (
    <section className="question" data-question-id={view.id} aria-labelledby="question-staff">
      {progress && (
        <p className="progress">
          <span {...inLang(staff)}>{progress.staff}</span>
          <span {...inLang(client)} className="secondary">
            {progress.client}
          </span>
        </p>
      )}
      <header className="question-text">
        <h1 id="question-staff" className="question-staff" {...inLang(staff)} tabIndex={-1} ref={heading}>
          {view.staff.question}
        </h1>
        <p className="question-client" {...inLang(client)}>
          {view.client.question}
          <DraftMark draft={view.client_draft} />
        </p>
        {view.multiple && (
          <p className="hint">
            <S id="ui-choose-many" />
          </p>
        )}
      </header>
      <ol className="options">
        {view.options.map((option) => {
          const selected = pending.includes(option.value);
          return (
            <li key={option.value}>
              <button
                type="button"
                className="option"
                data-value={option.value}
                data-key={option.key}
                aria-keyshortcuts={option.key <= 9 ? String(option.key) : undefined}
                aria-pressed={view.multiple ? selected : undefined}
                onClick={() => choose(option.value)}
              >
                <span className="option-key" aria-hidden="true">
                  {option.key}
                </span>
                <span className="option-labels">
                  <span className="option-staff" {...inLang(staff)}>
                    {option.staff}
                  </span>
                  <span className="option-client" {...inLang(client)}>
                    {option.client}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <nav className="actions">
        <button type="button" className="secondary-button back" onClick={onBack} aria-keyshortcuts="Backspace Alt+ArrowLeft">
          <S id="ui-back" />
        </button>
        {view.multiple && (
          <button
            type="button"
            className="primary-button next"
            disabled={pending.length === 0}
            onClick={() => onAnswer(pending)}
            aria-keyshortcuts="Enter"
          >
            <S id="ui-next" />
          </button>
        )}
      </nav>
    </section>
  );
}
