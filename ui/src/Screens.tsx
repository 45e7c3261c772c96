import { useEffect, useState } from "react";
import type { ConsultationView, LocaleView, Problem, ReferralView, SaveForm } from "./bindings";
import { printPage } from "./api";
import { errorMessage, type UiError } from "./errors";
import { C, dirOf, inLang, Ltr, S, t, useLangs } from "./i18n";
import { useFocusHeading } from "./ScreenHeader";
import { CardDetails, ReferralCard } from "./ReferralCard";
import { DraftMark, useClientIsDraft } from "./DraftMark";


// ---------------------------------------------------------------------------------------------

export interface StartProps {
  training: boolean;
  onStaffLang: (tag: string) => void;
  onClientLang: (tag: string) => void;
  onTraining: (training: boolean) => void;
  onBegin: () => void;
  onDirectory: () => void;
  onRecords: () => void;
  onReports: () => void;
  onSettings: () => void;
}

function LanguageSelect({ id, value, locales, onChange }: { id: string; value: string; locales: LocaleView[]; onChange: (tag: string) => void }) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {locales.map((l) => (
        <option key={l.tag} value={l.tag} {...inLang(l.tag)} data-status={l.status}>
          {l.name}
        </option>
      ))}
    </select>
  );
}

export function StartScreen({ training, onStaffLang, onClientLang, onTraining, onBegin, onDirectory, onRecords, onReports, onSettings }: StartProps) {
  const { staff, client, locales } = useLangs();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const clientLocale = locales.find((l) => l.tag === client);
  return (
    <section className="start" aria-labelledby="start-title">
      <h1 id="start-title" tabIndex={-1} ref={heading}>
        <S id="ui-start-title" />
      </h1>
      <div className="field">
        <label htmlFor="staff-lang">
          <S id="ui-start-staff-lang" />
        </label>
        <LanguageSelect id="staff-lang" value={staff} locales={locales} onChange={onStaffLang} />
      </div>
      <div className="field">
        <label htmlFor="client-lang">
          <S id="ui-start-client-lang" />
        </label>
        <LanguageSelect id="client-lang" value={client} locales={locales} onChange={onClientLang} />
        {clientLocale && (
          <p className={`locale-status status-${clientLocale.status}`} {...inLang(staff)} data-status={clientLocale.status}>
            {clientLocale.status_label}
          </p>
        )}
      </div>
      <fieldset className="field mode">
        <legend>
          <S id="ui-start-mode" />
        </legend>
        <label className="radio">
          <input type="radio" name="mode" value="live" checked={!training} onChange={() => onTraining(false)} />
          <S id="ui-mode-live" />
        </label>
        <label className="radio">
          <input type="radio" name="mode" value="training" checked={training} onChange={() => onTraining(true)} />
          <S id="ui-mode-training" />
        </label>
      </fieldset>
      <p className="note">
        <S id="ui-start-privacy" />
      </p>
      <p className="note">
        <S id="ui-keys-help" />
      </p>
      <p className="note keys-tools">
        <S id="ui-keys-tools" />
      </p>
      <div className="start-row">
        <button type="button" className="primary-button begin" onClick={onBegin}>
          <S id="ui-start-begin" />
        </button>
        <div className="start-tools">
          <button type="button" className="secondary-button open-directory" onClick={onDirectory} aria-keyshortcuts="Alt+D">
            <S id="directory-title" />
          </button>
          <button type="button" className="secondary-button open-records" onClick={onRecords} aria-keyshortcuts="Alt+R">
            <S id="records-title" />
          </button>
          <button type="button" className="secondary-button open-reports" onClick={onReports} aria-keyshortcuts="Alt+T">
            <S id="reports-title" />
          </button>
          <button type="button" className="secondary-button open-settings" onClick={onSettings} aria-keyshortcuts="Alt+S">
            <S id="settings-title" />
          </button>
        </div>
      </div>
    </section>
  );
}

// ---------------------------------------------------------------------------------------------

/** Emergency referrals the answers already call for: at the top of every screen at once. */
export function Emergencies({ cards }: { cards: ReferralView[] }) {
  if (cards.length === 0) return null;
  return (
    <section className="emergencies" role="alert" aria-labelledby="emergencies-title">
      <h2 id="emergencies-title">
        <S id="ui-emergency-title" /> <C id="ui-emergency-title" className="secondary" />
      </h2>
      <ul className="emergency-list">
        {cards.map((card) => (
          <li key={card.service} data-service={card.service}>
            <EmergencyLine card={card} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function EmergencyLine({ card }: { card: ReferralView }) {
  const { staff, client } = useLangs();
  return (
    <>
      <Ltr className="emergency-number">{card.contacts[0]?.value}</Ltr>
      <span {...inLang(staff)}>{card.name.staff}</span>
      <span {...inLang(client)} className="secondary">
        {card.name.client}
      </span>
    </>
  );
}

// ---------------------------------------------------------------------------------------------

export interface ResultProps {
  view: ConsultationView;
  onBack: () => void;
  onSlip: () => void;
  onSave: () => void;
  /** In training mode the run ends with a debrief, not Save. */
  training?: boolean;
}

/** Cards drawn in the first frame; the rest follow in the next one, so the top shows at once. */
const FIRST_CARDS = 1;

export function ResultScreen({ view, onBack, onSlip, onSave, training = false }: ResultProps) {
  const { staff, client } = useLangs();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const [shown, setShown] = useState(FIRST_CARDS);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setShown(Number.MAX_SAFE_INTEGER));
    return () => cancelAnimationFrame(frame);
  }, []);
  const complete = shown >= view.referrals.length;
  return (
    <section className="result" aria-labelledby="result-title" aria-busy={!complete} data-complete={complete}>
      <h1 id="result-title" tabIndex={-1} ref={heading}>
        <S id="ui-result-title" /> <C id="ui-result-title" className="secondary" />
      </h1>
      <nav className="actions result-actions">
        <button type="button" className="secondary-button back" onClick={onBack} aria-keyshortcuts="Backspace Alt+ArrowLeft">
          <S id="ui-back" />
        </button>
        <button type="button" className="secondary-button slip-button" onClick={onSlip}>
          <S id="ui-result-slip" />
        </button>
        {training ? (
          <button type="button" className="primary-button debrief-button" onClick={onSave}>
            <S id="train-debrief" />
          </button>
        ) : (
          <button type="button" className="primary-button save-button" onClick={onSave}>
            <S id="ui-result-save" />
          </button>
        )}
      </nav>
      {view.referrals.length === 0 && (
        <p>
          <S id="ui-result-none" />
        </p>
      )}
      <ol className="cards">
        {view.referrals.slice(0, shown).map((card) => (
          <li key={card.service}>
            <ReferralCard card={card} />
          </li>
        ))}
      </ol>
      <details className="answers">
        <summary>
          <S id="ui-result-answers" />
        </summary>
        <dl>
          {view.answered.map((a) => (
            <div key={a.question} className="answered" data-question={a.question}>
              <dt {...inLang(staff)}>{a.text.staff}</dt>
              <dd>
                <span {...inLang(staff)}>{a.answer.staff}</span>
                <span {...inLang(client)} className="secondary">
                  {a.answer.client}
                </span>
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}

// ---------------------------------------------------------------------------------------------

/** The referral slip: every card in the client's language with Japanese beside it; printable. */
export function SlipScreen({ cards, onBack }: { cards: ReferralView[]; onBack: () => void }) {
  const { client, reference, clientTexts, referenceTexts } = useLangs();
  const clientIsDraft = useClientIsDraft();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const clientSide = { lang: client, texts: clientTexts, pick: "client" as const };
  const referenceSide = { lang: reference, texts: referenceTexts, pick: "staff" as const };
  return (
    // The slip leads with the client's language: its layout runs in the client's direction (an
    // Arabic slip reads from the right, the Japanese column on the left); each block keeps its own.
    <section className="slip" aria-labelledby="slip-title" dir={dirOf(client)}>
      <header className="slip-header">
        <h1 id="slip-title" tabIndex={-1} ref={heading}>
          <span {...inLang(client)}>{t(clientTexts, "ui-slip-title")}</span>
          {client !== reference && (
            <span {...inLang(reference)} className="secondary">
              {t(referenceTexts, "ui-slip-title")}
            </span>
          )}
        </h1>
        <p>
          <span {...inLang(client)}>{t(clientTexts, "ui-slip-intro")}</span>
          {client !== reference && (
            <span {...inLang(reference)} className="secondary">
              {t(referenceTexts, "ui-slip-intro")}
            </span>
          )}
        </p>
      </header>
      <ol className="slip-cards">
        {cards.map((card) => (
          <li key={card.service} className={`slip-card priority-${card.priority}`} data-service={card.service} data-fit={card.language_fit?.fit}>
            <h2 className="slip-name">
              <span {...inLang(client)}>{card.name.client}</span>
              <DraftMark draft={card.client_draft} />
              {client !== reference && (
                <span {...inLang(reference)} className="secondary">
                  {card.name.staff}
                </span>
              )}
            </h2>
            <div className="slip-columns">
              <div className="slip-client" dir={dirOf(client)}>
                <CardDetails card={card} side={clientSide} why={false} />
              </div>
              {client !== reference && (
                <div className="slip-reference" dir={dirOf(reference)}>
                  <CardDetails card={card} side={referenceSide} why={false} />
                </div>
              )}
            </div>
            {card.check_before_use && (
              <p className="check-before-use" role="note">
                <span {...inLang(client)}>{card.check_before_use.client}</span>
              </p>
            )}
          </li>
        ))}
      </ol>
      {clientIsDraft && (
        <div className="slip-draft-footer" role="note">
          <p lang={client}>{t(clientTexts, "ui-slip-draft-footer")}</p>
          {client !== reference && (
            <p lang={reference} className="secondary">
              {t(referenceTexts, "ui-slip-draft-footer")}
            </p>
          )}
        </div>
      )}
      <nav className="actions no-print">
        <button type="button" className="secondary-button back" onClick={onBack} aria-keyshortcuts="Backspace Alt+ArrowLeft">
          <S id="ui-back" />
        </button>
        <button type="button" className="primary-button print" onClick={() => void printPage()}>
          <S id="ui-slip-print" />
        </button>
      </nav>
    </section>
  );
}

// ---------------------------------------------------------------------------------------------

export interface SaveChoices {
  outcome: string;
  interpreter: boolean;
  handoverConsent: boolean;
  region: string | null;
}

export interface SaveProps {
  form: SaveForm;
  training: boolean;
  error: { message: string; detail: string } | null;
  onBack: () => void;
  onSave: (choices: SaveChoices) => void;
}

export function SaveScreen({ form, training, error, onBack, onSave }: SaveProps) {
  const { staff, staffTexts } = useLangs();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const [outcome, setOutcome] = useState(form.outcomes[0]?.value ?? "");
  const [interpreter, setInterpreter] = useState(false);
  const [handoverConsent, setHandoverConsent] = useState(false);
  const [region, setRegion] = useState("");
  return (
    <section className="save" aria-labelledby="save-title">
      <h1 id="save-title" tabIndex={-1} ref={heading}>
        <S id="ui-save-title" />
      </h1>
      {training && (
        <p className="note training-note">
          <S id="ui-save-training" />
        </p>
      )}
      <p className="note">
        <S id="ui-save-privacy" />
      </p>
      {!form.can_save && (
        <p className="error" role="alert">
          <S id="ui-save-unavailable" />
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSave({ outcome, interpreter, handoverConsent, region: form.ask_region && region !== "" ? region : null });
        }}
      >
        <fieldset className="field">
          <legend>
            <S id="ui-save-outcome" />
          </legend>
          {form.outcomes.map((o) => (
            <label key={o.value} className="radio">
              <input type="radio" name="outcome" value={o.value} checked={outcome === o.value} onChange={() => setOutcome(o.value)} />
              <span {...inLang(staff)}>{o.label}</span>
            </label>
          ))}
        </fieldset>
        <label className="checkbox">
          <input type="checkbox" name="interpreter" checked={interpreter} onChange={(e) => setInterpreter(e.target.checked)} />
          <S id="ui-save-interpreter" />
        </label>
        <label className="checkbox">
          <input type="checkbox" name="consent" checked={handoverConsent} onChange={(e) => setHandoverConsent(e.target.checked)} />
          <S id="ui-save-consent" />
        </label>
        {form.ask_region && (
          <div className="field">
            <label htmlFor="region">
              <S id="ui-save-region" />
            </label>
            <select id="region" name="region" value={region} onChange={(e) => setRegion(e.target.value)}>
              <option value="" {...inLang(staff)}>
                {t(staffTexts, "ui-region-none")}
              </option>
              {form.regions.map((r) => (
                <option key={r.value} value={r.value} {...inLang(staff)}>
                  {r.label}
                </option>
              ))}
            </select>
          </div>
        )}
        {error && (
          <div className="error" role="alert">
            <p>
              <S id={error.message} />
            </p>
            {error.detail && <p className="detail">{error.detail}</p>}
          </div>
        )}
        <nav className="actions">
          <button type="button" className="secondary-button back" onClick={onBack}>
            <S id="ui-back" />
          </button>
          <button type="submit" className="primary-button save-submit" disabled={!form.can_save}>
            <S id="ui-save-submit" />
          </button>
        </nav>
      </form>
    </section>
  );
}

// ---------------------------------------------------------------------------------------------

export function SavedScreen({ onNew }: { onNew: () => void }) {
  const heading = useFocusHeading<HTMLHeadingElement>();
  return (
    <section className="saved" aria-labelledby="saved-title">
      <h1 id="saved-title" tabIndex={-1} ref={heading}>
        <S id="ui-saved" />
      </h1>
      <button type="button" className="primary-button new-consultation" onClick={onNew}>
        <S id="ui-new-consultation" />
      </button>
    </section>
  );
}

/** What the privacy hotkey and the idle timer leave: nothing of the consultation. */
export function BlankScreen({ onNew }: { onNew: () => void }) {
  const button = useFocusHeading<HTMLButtonElement>();
  return (
    <section className="blank" aria-labelledby="blank-title">
      <h1 id="blank-title" className="visually-hidden">
        <S id="ui-blank-title" />
      </h1>
      <button id="blank-button" type="button" className="secondary-button new-consultation" onClick={onNew} ref={button}>
        <S id="ui-new-consultation" />
      </button>
    </section>
  );
}

/** Startup failed: there are no texts and no start screen yet, only Rust's words (and the strip). */
export function StartupErrorScreen({ error }: { error: UiError }) {
  return (
    <p className="error" role="alert">
      {error.detail}
    </p>
  );
}

/** A command failed after startup. No dead end: what happened in the staff language, Retry (the
 *  request that failed, again) and the way back to the start screen (also Backspace, Alt+← and
 *  Escape twice). The detail is Rust's, for whoever looks after the desk. */
export function ErrorScreen({ error, onBack, onRetry }: { error: UiError; onBack: () => void; onRetry: () => void }) {
  const { staff, staffTexts } = useLangs();
  const heading = useFocusHeading<HTMLHeadingElement>();
  return (
    <section className="error-screen" aria-labelledby="error-title" {...inLang(staff)} data-kind={error.kind ?? undefined}>
      <h1 id="error-title" tabIndex={-1} ref={heading}>
        {t(staffTexts, "ui-error-title")}
      </h1>
      <div className="error" role="alert">
        <p className="error-message" data-message={error.messageId ?? "ui-error-generic"}>
          {errorMessage(staffTexts, error)}
        </p>
        <p className="error-todo">{t(staffTexts, "ui-error-todo")}</p>
        {error.detail && (
          <details className="error-details">
            <summary className="error-detail-label">{t(staffTexts, "ui-error-detail")}</summary>
            <code className="error-detail">{error.detail}</code>
          </details>
        )}
      </div>
      <nav className="actions">
        <button type="button" className="secondary-button error-back" onClick={onBack} aria-keyshortcuts="Backspace Alt+ArrowLeft">
          {t(staffTexts, "ui-error-back")}
        </button>
        <button type="button" className="primary-button error-retry" onClick={onRetry}>
          {t(staffTexts, "ui-error-retry")}
        </button>
      </nav>
    </section>
  );
}

// ---------------------------------------------------------------------------------------------

/** What kinds of error there are, in the staff language (`ui-override-error-*`); the lines follow. */
export function ErrorKinds({ kinds }: { kinds: string[] }) {
  if (kinds.length === 0) return null;
  return (
    <ul className="error-kinds">
      {kinds.map((kind) => (
        <li key={kind} data-kind={kind}>
          <S id={kind} />
        </li>
      ))}
    </ul>
  );
}

const PROBLEM_TEXTS: Record<Problem["kind"], { title: string; what: string; todo: string }> = {
  override_invalid: { title: "ui-problem-override-title", what: "ui-problem-override-what", todo: "ui-problem-override-todo" },
  settings_invalid: { title: "ui-problem-settings-title", what: "ui-problem-settings-what", todo: "ui-problem-settings-todo" },
  log_read_only: { title: "ui-problem-log-title", what: "ui-problem-log-damaged", todo: "ui-problem-log-todo" },
  log_unavailable: { title: "ui-problem-log-title", what: "ui-problem-log-unavailable", todo: "ui-problem-log-todo" },
  log_cannot_write: { title: "ui-problem-log-title", what: "ui-problem-log-cannot-write", todo: "ui-problem-log-cannot-write-todo" },
  log_set_aside: { title: "ui-problem-set-aside-title", what: "ui-problem-set-aside-what", todo: "ui-problem-set-aside-todo" },
  data_invalid: { title: "ui-problem-data-title", what: "ui-problem-data-what", todo: "ui-problem-data-todo" },
};

const RECOVERY_TEXTS = {
  damaged: "ui-problem-log-damaged",
  not_a_log: "ui-problem-log-not-a-log",
  newer_schema: "ui-problem-log-newer-schema",
  empty: "ui-problem-log-empty",
  cannot_write: "ui-problem-log-cannot-write",
} as const;

/** A problem met at startup: what is wrong, where, and what to do; then go on if one can. */
export function ProblemScreen({ problem, onContinue }: { problem: Problem; onContinue: () => void }) {
  const heading = useFocusHeading<HTMLHeadingElement>();
  const ids = PROBLEM_TEXTS[problem.kind];
  const what = problem.kind === "log_read_only" ? RECOVERY_TEXTS[problem.reason] : ids.what;
  const todo =
    problem.kind === "log_read_only" && problem.reason === "cannot_write" ? "ui-problem-log-cannot-write-todo" : ids.todo;
  const details = "errors" in problem ? problem.errors : "files" in problem ? problem.files : [problem.detail];
  return (
    <section className="problem" data-problem={problem.kind} aria-labelledby="problem-title">
      <h1 id="problem-title" tabIndex={-1} ref={heading}>
        <S id={ids.title} />
      </h1>
      <p className="problem-what">
        <S id={what} />
      </p>
      {"path" in problem && (
        <p className="problem-path">
          <S id="ui-problem-file" /> <code>{problem.path}</code>
        </p>
      )}
      <h2>
        <S id="ui-problem-details" />
      </h2>
      {problem.kind === "override_invalid" && <ErrorKinds kinds={problem.kinds} />}
      <ul className="problem-errors">
        {details.map((line, i) => (
          <li key={i}>
            <code>{line}</code>
          </li>
        ))}
      </ul>
      <h2>
        <S id="ui-problem-todo" />
      </h2>
      <p className="problem-todo">
        <S id={todo} />
      </p>
      {problem.kind !== "data_invalid" && (
        <button type="button" className="primary-button continue" onClick={onContinue}>
          <S id="ui-problem-continue" />
        </button>
      )}
    </section>
  );
}
