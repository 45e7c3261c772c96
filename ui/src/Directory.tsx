import { useEffect, useState } from "react";
import type { ToolScreen } from "./state";
import { useLatestRequest } from "./useLatestRequest";
import * as api from "./api";
import type { DirectoryEntryView, DirectoryQuery, DirectoryScreen as DirectoryData, RecordsPage } from "./bindings";
import { inLang, languageName, S, t, useLangs } from "./i18n";
import { ScreenHeader } from "./ScreenHeader";
import { CardDetails } from "./ReferralCard";

const NO_FILTER: DirectoryQuery = { text: "", concern: "", language: "", free_call: false, anonymous: false, open_now: false };

/** Typing waits this long before the list is asked for again. */
const SEARCH_DELAY_MS = 150;

// ---------------------------------------------------------------------------------------------

/** Every service of the directory, searchable and filtered; nothing here is saved. */
export function DirectoryScreen({
  initial,
  onBack,
  onError,
  onClientLang,
}: {
  /** The filters to open with (those of a request that failed, for Retry), or none. */
  initial?: DirectoryQuery | null;
  onBack: () => void;
  /** A request failed; `reopen` is the screen as it was, to open again on Retry. */
  onError: (e: unknown, reopen: ToolScreen) => void;
  /** The client's language (the start screen's, else the settings'): the fit shown is for it. */
  onClientLang: (tag: string) => void;
}) {
  const { staff, client, staffTexts, locales } = useLangs();
  const [query, setQuery] = useState<DirectoryQuery>(initial ?? NO_FILTER);
  const [data, setData] = useState<DirectoryData | null>(null);
  const { run, abandon } = useLatestRequest();

  useEffect(() => {
    const timer = window.setTimeout(
      () => run(api.directory(query, staff, client), setData, (e) => onError(e, { kind: "directory", query })),
      query.text ? SEARCH_DELAY_MS : 0,
    );
    return () => {
      abandon();
      window.clearTimeout(timer);
    };
  }, [query, staff, client, onError, run, abandon]);

  const set = (change: Partial<DirectoryQuery>) => setQuery((q) => ({ ...q, ...change }));
  const check = (name: "free_call" | "anonymous" | "open_now", id: string) => (
    <label className="checkbox">
      <input type="checkbox" name={name} checked={query[name]} onChange={(e) => set({ [name]: e.target.checked })} />
      <S id={id} />
    </label>
  );

  return (
    <section className="directory" aria-labelledby="directory-title" data-loaded={data !== null}>
      <ScreenHeader titleId="directory-title" onBack={onBack} />
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field search-field">
          <label htmlFor="directory-search">
            <S id="directory-search" />
          </label>
          <input id="directory-search" type="search" lang={staff} value={query.text} onChange={(e) => set({ text: e.target.value })} />
        </div>
        <div className="filter-row">
          <div className="field fit-language-field">
            <label htmlFor="directory-fit-language">
              <S id="directory-fit-language" />
            </label>
            <select id="directory-fit-language" value={client} onChange={(e) => onClientLang(e.target.value)}>
              {locales.map((l) => (
                <option key={l.tag} value={l.tag} lang={l.tag}>
                  {l.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="directory-concern">
              <S id="directory-concern" />
            </label>
            <select id="directory-concern" value={query.concern} onChange={(e) => set({ concern: e.target.value })}>
              <option value="" lang={staff}>
                {t(staffTexts, "directory-any")}
              </option>
              {data?.concerns.map((c) => (
                <option key={c.value} value={c.value} lang={staff}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="directory-language">
              <S id="directory-language" />
            </label>
            <select id="directory-language" value={query.language} onChange={(e) => set({ language: e.target.value })}>
              <option value="" lang={staff}>
                {t(staffTexts, "directory-any")}
              </option>
              {data?.languages.map((l) => (
                <option key={l.value} value={l.value} lang={l.value}>
                  {l.label === l.value ? languageName(locales, l.value) : l.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="filter-checks">
          {check("free_call", "directory-free-call")}
          {check("anonymous", "directory-anonymous")}
          {check("open_now", "directory-open-only")}
        </div>
      </form>
      {data && (
        <>
          <p className="directory-count" role="status" data-count={data.entries.length} data-total={data.total}>
            <S id="directory-shown" /> <strong>{`${data.entries.length} / ${data.total}`}</strong>
          </p>
          {data.entries.length === 0 && (
            <p className="directory-none">
              <S id="directory-none" />
            </p>
          )}
          <ul className="directory-entries">
            {data.entries.map((entry) => (
              <li key={entry.service}>
                <DirectoryEntry entry={entry} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function DirectoryEntry({ entry }: { entry: DirectoryEntryView }) {
  const { staff, client, staffTexts, clientTexts } = useLangs();
  const id = `entry-${entry.service}`;
  const side = { lang: staff, texts: staffTexts, pick: "staff" as const };
  const clientSide = { lang: client, texts: clientTexts, pick: "client" as const };
  const label = (text: string) => (
    <dt lang={staff} className={text}>
      {t(staffTexts, text)}
    </dt>
  );
  return (
    <article className={`card directory-entry origin-${entry.origin.kind}`} data-service={entry.service} data-origin={entry.origin.kind} data-fit={entry.language_fit?.fit} aria-labelledby={id}>
      <header className="card-header">
        <span className={`origin-badge origin-${entry.origin.kind}`} lang={staff}>
          {entry.origin_label.staff}
        </span>
        <h2 id={id} className="card-name" lang={staff}>
          {entry.name.staff}
        </h2>
        {entry.name.client !== entry.name.staff && (
          <p className="card-name-client" {...inLang(client)}>
            {entry.name.client}
          </p>
        )}
        {entry.check_before_use && (
          <p className="check-before-use" role="note" lang={staff}>
            {entry.check_before_use.staff}
          </p>
        )}
      </header>
      <CardDetails card={entry} side={side} other={clientSide} why={false} />
      <dl className="card-details directory-details">
        {label("directory-reachable")}
        <dd lang={staff} data-open-now={entry.open_now}>
          {entry.open_now_label.staff}
        </dd>
        {entry.serves.length > 0 && (
          <>
            {label("directory-serves")}
            <dd>
              {entry.serves.map((s) => (
                <span key={s.fact} className="serves" lang={staff} data-fact={s.fact}>
                  {s.labels.staff}
                </span>
              ))}
            </dd>
          </>
        )}
        {label("directory-sources")}
        <dd>
          <ul className="sources-list">
            {entry.sources.map((s) => (
              <li key={s}>
                <code>{s}</code>
              </li>
            ))}
          </ul>
        </dd>
        {label("ui-card-checked")}
        <dd lang={staff} data-assured={entry.assured_date}>
          {entry.assured_label.staff}
        </dd>
        {label("directory-confidence")}
        <dd lang={staff} className={`confidence confidence-${entry.confidence}`} data-confidence={entry.confidence}>
          {t(staffTexts, `directory-confidence-${entry.confidence}`)}
        </dd>
      </dl>
    </article>
  );
}

// ---------------------------------------------------------------------------------------------

/** The desk's saved live records, newest first: only what a record holds. */
export function RecordsScreen({ initial = 0, onBack, onError }: { initial?: number; onBack: () => void; onError: (e: unknown, reopen: ToolScreen) => void }) {
  const { staff } = useLangs();
  const [page, setPage] = useState(initial);
  const [data, setData] = useState<RecordsPage | null>(null);
  const { run } = useLatestRequest();

  useEffect(() => {
    run(api.records(page, staff), setData, (e) => onError(e, { kind: "records", page }));
  }, [page, staff, onError, run]);

  return (
    <section className="records" aria-labelledby="records-title" data-loaded={data !== null}>
      <ScreenHeader titleId="records-title" noteId="records-note" onBack={onBack} />
      {data && !data.available && (
        <p className="error" role="alert">
          <S id="records-unavailable" />
        </p>
      )}
      {data && data.available && (
        <>
          <p className="records-count" data-total={data.total}>
            <S id="records-total" /> <strong>{data.total}</strong>
          </p>
          {data.records.length === 0 && (
            <p className="records-none">
              <S id="records-none" />
            </p>
          )}
          <ol className="record-list">
            {data.records.map((r) => (
              <li key={r.id}>
                <RecordEntry record={r} />
              </li>
            ))}
          </ol>
          {data.pages > 1 && (
            <nav className="actions pager">
              <button type="button" className="secondary-button previous" disabled={page === 0} onClick={() => setPage(page - 1)}>
                <S id="records-previous" />
              </button>
              <span className="page-number">
                <S id="records-page" /> {`${page + 1} / ${data.pages}`}
              </span>
              <button type="button" className="secondary-button next" disabled={page + 1 >= data.pages} onClick={() => setPage(page + 1)}>
                <S id="records-next" />
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}

function RecordEntry({ record }: { record: RecordsPage["records"][number] }) {
  const { staff } = useLangs();
  const id = `record-${record.id}`;
  return (
    <article className="record" aria-labelledby={id} data-month={record.month}>
      <h2 id={id} className="record-month">
        <S id="records-month" /> <time dateTime={record.month}>{record.month}</time>
      </h2>
      <dl className="record-fields">
        {record.fields.map((f) => (
          <div key={f.dimension.id} className="record-field" data-dimension={f.dimension.id}>
            <dt lang={staff}>{f.dimension.label}</dt>
            <dd>
              {f.values.map((v) => (
                <span key={v.id} className="category" lang={staff} data-category={v.id}>
                  {v.label}
                </span>
              ))}
            </dd>
          </div>
        ))}
        <div className="record-field record-referrals" data-dimension="service">
          <dt>
            <S id="records-referrals" />
          </dt>
          <dd>
            {record.referrals.length === 0 ? (
              <S id="records-no-referrals" />
            ) : (
              <ol className="referral-names">
                {record.referrals.map((s) => (
                  <li key={s.id} lang={staff} data-service={s.id}>
                    {s.label}
                  </li>
                ))}
              </ol>
            )}
          </dd>
        </div>
      </dl>
    </article>
  );
}
