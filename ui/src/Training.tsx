import type { ServiceLine, TrainingCases, TrainingDebrief, TrainingStart } from "./bindings";
import { useFocusHeading } from "./ScreenHeader";
import { inLang, S, languageName, t, useLangs } from "./i18n";


/** The trainer picks a case: its difficulty, the routes it teaches, its languages. */
export function CasePicker({ list, onPick, onBack }: { list: TrainingCases; onPick: (id: string) => void; onBack: () => void }) {
  const { staff, staffTexts, locales } = useLangs();
  const heading = useFocusHeading<HTMLHeadingElement>();
  return (
    <section className="training-picker" aria-labelledby="picker-title">
      <h1 id="picker-title" tabIndex={-1} ref={heading} lang={staff}>
        {list.heading}
      </h1>
      <nav className="actions">
        <button type="button" className="secondary-button back" onClick={onBack} aria-keyshortcuts="Backspace Alt+ArrowLeft">
          <S id="ui-back" />
        </button>
      </nav>
      <ul className="case-list">
        {list.cases.map((c) => (
          <li key={c.id} className="case" data-case={c.id} data-difficulty={c.difficulty}>
            <button type="button" className="secondary-button pick-case" onClick={() => onPick(c.id)}>
              <span lang={staff} className="case-title">
                {c.title}
              </span>
              <code className="case-id">{c.id}</code>
              <span lang={staff} className="difficulty">
                {c.difficulty_label}
              </span>
            </button>
            <span className="routes">
              {c.routes.map((r) => (
                <span key={r} className="route-tag" lang={staff} data-route={r}>
                  {t(staffTexts, `train-route-${r}`)}
                </span>
              ))}
            </span>
            <span className="case-languages">
              {c.languages.map((tag) => (
                <span key={tag} className="language-tag" lang={tag}>
                  {languageName(locales, tag)}
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The vignette: read aloud by the person playing the client, in the client language; the staff language beside. */
export function VignetteScreen({ start, onBegin, onBack }: { start: TrainingStart; onBegin: () => void; onBack: () => void }) {
  const { staff } = useLangs();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const sides = start.client.text.lang === start.staff.text.lang ? [start.client] : [start.client, start.staff];
  return (
    <section className="vignette" aria-labelledby="vignette-title" data-case={start.case}>
      <h1 id="vignette-title" tabIndex={-1} ref={heading} lang={staff}>
        {start.title}
      </h1>
      <div className="vignette-sides">
        {sides.map((side, i) => (
          <div key={side.text.lang} className={i === 0 ? "vignette-client" : "vignette-staff"}>
            <h2 lang={staff}>{side.label}</h2>
            <p {...inLang(side.text.lang)} className="vignette-text" data-fallback={side.text.fallback}>
              {side.text.text}
            </p>
          </div>
        ))}
      </div>
      <p className="note">
        <S id="train-start" />
      </p>
      <nav className="actions">
        <button type="button" className="secondary-button back" onClick={onBack} aria-keyshortcuts="Backspace Alt+ArrowLeft">
          <S id="ui-back" />
        </button>
        <button type="button" className="primary-button begin-case" onClick={onBegin}>
          <S id="ui-start-begin" />
        </button>
      </nav>
    </section>
  );
}

function Lines({ kind, lines }: { kind: string; lines: ServiceLine[] }) {
  const { staff } = useLangs();
  return (
    <div className={`debrief-group debrief-${kind}`} data-kind={kind}>
      <h2>
        <S id={`train-${kind}`} />
      </h2>
      {lines.length === 0 ? (
        <p>
          <S id="train-none" />
        </p>
      ) : (
        <ul>
          {lines.map((l) => (
            <li key={l.service} data-service={l.service} lang={staff}>
              {l.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The debrief: referrals hit / missed / must-not / extra, emergencies, the questions that mattered, why each expected referral. */
export function DebriefScreen({ debrief, onNew }: { debrief: TrainingDebrief; onNew: () => void }) {
  const { staff } = useLangs();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const v = debrief.view;
  return (
    <section className="debrief" aria-labelledby="debrief-title" data-case={v.case} data-passed={v.score.passed}>
      <h1 id="debrief-title" tabIndex={-1} ref={heading}>
        <S id="train-debrief" />
      </h1>
      <p className="debrief-case" lang={staff}>
        {debrief.title}
      </p>
      <p className="score" lang={staff}>
        {v.score_text}
      </p>
      <p className={`verdict ${v.score.passed ? "passed" : "review"}`} lang={staff}>
        {v.verdict}
      </p>
      <div className="debrief-groups">
        <Lines kind="hit" lines={v.hit} />
        <Lines kind="missed" lines={v.missed} />
        <Lines kind="must-not" lines={v.must_not} />
        <Lines kind="extra" lines={v.extra} />
      </div>
      <h2>
        <S id="train-emergency" />
      </h2>
      <p className={`emergency-check ${v.emergency.ok ? "ok" : "not-ok"}`} data-status={v.emergency.status} lang={staff}>
        {v.emergency.text}
      </p>
      <h2>
        <S id="train-mattered" />
      </h2>
      {v.mattered.length === 0 ? (
        <p>
          <S id="train-none" />
        </p>
      ) : (
        <dl className="mattered">
          {v.mattered.map((m) => (
            <div key={m.question} data-question={m.question} data-matched={m.trainee_matched}>
              <dt lang={staff}>{m.text}</dt>
              <dd lang={staff}>
                <span className="mattered-answer">{m.answer}</span>
                {!m.trainee_matched && (
                  <span className="answer-differed">
                    <S id="train-answer-differed" />
                  </span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <h2>
        <S id="train-expected" />
      </h2>
      <ol className="expected">
        {v.expected.map((e) => (
          <li key={e.service} data-service={e.service} data-given={e.given}>
            <p>
              <strong lang={staff}>{e.name}</strong> <span lang={staff}>{e.priority_label}</span>{" "}
              <S id={e.given ? "train-given" : "train-not-given"} className={e.given ? "given" : "not-given"} />
            </p>
            <ul className="reasons">
              {e.why.map((w) => (
                <li key={w.rule} data-rule={w.rule}>
                  <span lang={staff}>{w.text}</span>
                  <span className="sources">
                    <S id="ui-card-source" />
                    {w.sources.map((s) => (
                      <code key={s}>{s}</code>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
            {e.service_sources.length > 0 && (
              <p className="sources service-sources">
                <S id="ui-card-source" />
                {e.service_sources.map((s) => (
                  <code key={s}>{s}</code>
                ))}
              </p>
            )}
          </li>
        ))}
      </ol>
      <details className="notes">
        <summary>
          <S id="train-notes" />
        </summary>
        <p lang={v.notes.lang}>{v.notes.text}</p>
      </details>
      {debrief.saved && (
        <p className="note training-saved" lang={staff}>
          {debrief.saved_text}
        </p>
      )}
      <nav className="actions">
        <button type="button" className="primary-button new-consultation" onClick={onNew}>
          <S id="ui-new-consultation" />
        </button>
      </nav>
    </section>
  );
}
