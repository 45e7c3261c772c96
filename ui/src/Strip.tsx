import { inLang, S, useLangs } from "./i18n";

/** The numbers themselves, shown bare on the strip if even the texts could not be loaded. */
const POLICE = "110";
const AMBULANCE = "119";

function StripNumber({ number, id, fallback }: { number: string; id: string; fallback: string }) {
  const { staff, client, staffTexts, clientTexts } = useLangs();
  return (
    <span className="strip-number" data-number={number}>
      <span lang={staff}>{staffTexts[id] ?? fallback}</span>
      {client !== staff && clientTexts[id] && (
        <span {...inLang(client)} className="secondary">
          {clientTexts[id]}
        </span>
      )}
    </span>
  );
}

/** The 110/119 strip at the top of every screen; during a consultation also the client language
 *  and the Hide button. */
export function Strip({ tools, training, onClientLang, onHide }: { tools: boolean; training: boolean; onClientLang: (tag: string) => void; onHide: () => void }) {
  const { client, locales } = useLangs();
  return (
    <header className="strip no-print">
      <nav className="emergency-numbers" aria-labelledby="strip-label">
        <span id="strip-label" className="visually-hidden">
          <S id="ui-strip-label" />
        </span>
        <StripNumber number="110" id="ui-strip-police" fallback={POLICE} />
        <StripNumber number="119" id="ui-strip-ambulance" fallback={AMBULANCE} />
      </nav>
      {tools && (
        <div className="strip-tools">
          {training && (
            <span className="training-badge">
              <S id="ui-mode-training" />
            </span>
          )}
          <label className="inline-select">
            <S id="ui-start-client-lang" />
            <select className="client-lang-switch" value={client} onChange={(e) => onClientLang(e.target.value)}>
              {locales.map((l) => (
                <option key={l.tag} value={l.tag} lang={l.tag}>
                  {l.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="hide-button" onClick={onHide} aria-keyshortcuts="Escape Escape">
            <S id="ui-hide" />
          </button>
        </div>
      )}
    </header>
  );
}
