import { Fragment, useCallback, useEffect, useRef, useState } from "react";
import * as api from "./api";
import type {
  About,
  DataCheck,
  LocaleView,
  PurgeCounts,
  PurgeError,
  SettingsError,
  SettingsForm,
  SettingsRequest,
  SettingsScreen as SettingsData,
} from "./bindings";
import { S, useLangs } from "./i18n";
import { ErrorKinds } from "./Screens";
import { ScreenHeader } from "./ScreenHeader";
import { useLatestRequest } from "./useLatestRequest";
import { rb, plainText } from "./Ruby";

/** The form's fields; each has its own error, shown beside it. */
type Field = "desk" | "staff_lang" | "client_lang" | "idle_seconds" | "retention_years" | "review_months";

/** The field a refusal is about (a write error belongs to no field). */
function fieldOf(error: SettingsError): Field | null {
  switch (error.field) {
    case "desk":
      return "desk";
    case "language":
      return error.key;
    case "idle":
      return "idle_seconds";
    case "retention":
    case "retention_not_confirmed":
      return "retention_years";
    case "review":
      return "review_months";
    case "write":
      return null;
  }
}

const toRequest = (s: SettingsForm): SettingsRequest => ({
  desk: s.desk,
  staff_lang: s.staff_lang,
  client_lang: s.client_lang,
  idle_seconds: String(s.idle_seconds),
  retention_years: String(s.retention_years),
  review_months: String(s.review_months),
});

/** The fields Rust refused, if that is why the save failed. */
const refusedFields = (e: unknown): SettingsError[] | null => (api.isCommandError(e) && e.kind === "settings" ? e.fields : null);

/** The message of a refused field: `settings-error-<field>`, but a desk label is a desk code. */
const errorMessage = (field: SettingsError["field"]) => (field === "desk" ? "settings-error-desk-code" : `settings-error-${field}`);

/** Why Rust refused the purge, if it did. */
const purgeRefusal = (e: unknown): PurgeError | null => (api.isCommandError(e) && e.kind === "purge" ? e.purge : null);

export interface SettingsProps {
  onBack: () => void;
  onError: (e: unknown) => void;
  /** The settings now in force, after a save. */
  onSaved: (settings: SettingsForm) => void;
}

/** The desk's settings, the log and its retention, the site override file, the data check. */
export function SettingsScreen({ onBack, onError, onSaved }: SettingsProps) {
  const { staff } = useLangs();
  const [data, setData] = useState<SettingsData | null>(null);

  const { run } = useLatestRequest();

  useEffect(() => {
    run(api.settingsView(staff), setData, onError);
  }, [staff, onError, run]);

  const saved = useCallback(
    (d: SettingsData) => {
      setData(d);
      onSaved(d.settings);
    },
    [onSaved],
  );

  const reload = useCallback(() => api.settingsView(staff).then(setData), [staff]);

  return (
    <section className="settings" aria-labelledby="settings-title" data-loaded={data !== null}>
      <ScreenHeader titleId="settings-title" noteId="settings-note" onBack={onBack} />
      {data && (
        <>
          <SettingsFormSection initial={data.settings} onSaved={saved} onError={onError} />
          <LogSection data={data} />
          <PurgeSection data={data} reload={reload} onError={onError} />
          <OverrideSection data={data} reload={reload} />
          <CheckSection startup={data.check} onError={onError} />
          <AboutSection onError={onError} />
        </>
      )}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------

function SettingsFormSection({
  initial,
  onSaved,
  onError,
}: {
  initial: SettingsForm;
  onSaved: (d: SettingsData) => void;
  onError: (e: unknown) => void;
}) {
  const { staff, locales } = useLangs();
  const [form, setForm] = useState<SettingsRequest>(() => toRequest(initial));
  const [errors, setErrors] = useState<SettingsError[]>([]);
  const [outcome, setOutcome] = useState<"saved" | "refused" | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome, errors]);

  const set = (change: Partial<SettingsRequest>) => {
    setForm((f) => ({ ...f, ...change }));
    setOutcome(null);
  };

  const submit = () => {
    api
      .saveSettings(form, staff)
      .then((d) => {
        setErrors([]);
        setForm(toRequest(d.settings));
        setOutcome("saved");
        onSaved(d);
      })
      .catch((e: unknown) => {
        const fields = refusedFields(e);
        if (!fields) return onError(e);
        setErrors(fields);
        setOutcome("refused");
      });
  };

  const errorOf = (field: Field) => errors.find((e) => fieldOf(e) === field);
  const errorId = (field: Field) => `settings-${field}-error`;
  const describedBy = (field: Field, help?: string) => [help, errorOf(field) ? errorId(field) : undefined].filter(Boolean).join(" ") || undefined;
  const fieldError = (field: Field) => {
    const error = errorOf(field);
    return (
      error && (
        <p id={errorId(field)} className="field-error" data-field={error.field}>
          <S id={errorMessage(error.field)} />
        </p>
      )
    );
  };
  const writeError = errors.find((e) => e.field === "write");

  const languageField = (field: "staff_lang" | "client_lang", label: string) => (
    <div className="field">
      <label htmlFor={`settings-${field}`}>
        <S id={label} />
      </label>
      <LanguageSelect
        id={`settings-${field}`}
        value={form[field]}
        locales={locales}
        invalid={errorOf(field) !== undefined}
        describedBy={describedBy(field)}
        onChange={(tag) => set({ [field]: tag })}
      />
      {fieldError(field)}
    </div>
  );

  // The bounds only guide the browser's spinner; Rust checks every value and names the field.
  const numberField = (field: "idle_seconds" | "retention_years" | "review_months", labelId: string, min: number, max: number) => (
    <div className="field">
      <label htmlFor={`settings-${field}`}>
        <S id={labelId} />
      </label>
      <input
        id={`settings-${field}`}
        name={field}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={form[field]}
        aria-invalid={errorOf(field) !== undefined}
        aria-describedby={describedBy(field)}
        onChange={(e) => set({ [field]: e.target.value })}
      />
      {fieldError(field)}
    </div>
  );

  return (
    <div className="settings-section settings-form-section">
      <form
        className="settings-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="field">
          <label htmlFor="settings-desk">
            <S id="settings-desk" />
          </label>
          <input
            id="settings-desk"
            name="desk"
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={form.desk}
            aria-invalid={errorOf("desk") !== undefined}
            aria-describedby={describedBy("desk", "settings-desk-code-help")}
            onChange={(e) => set({ desk: e.target.value })}
          />
          <p id="settings-desk-code-help" className="field-help">
            <S id="settings-desk-code-help" />
          </p>
          {fieldError("desk")}
        </div>
        {languageField("staff_lang", "settings-staff-lang")}
        {languageField("client_lang", "settings-client-lang")}
        {numberField("idle_seconds", "settings-idle", 2, 3600)}
        {numberField("retention_years", "settings-retention", 1, 10)}
        {numberField("review_months", "settings-review", 1, 60)}
        {outcome === "saved" && (
          <div className="settings-outcome saved" role="status" tabIndex={-1} ref={outcomeRef} data-outcome="saved">
            <S id="settings-saved" />
          </div>
        )}
        {outcome === "refused" && (
          <div className="settings-outcome error" role="alert" tabIndex={-1} ref={outcomeRef} data-outcome="refused">
            <p>
              <S id="settings-not-saved" />
            </p>
            <ul className="settings-errors">
              {errors.map((e, i) => (
                <li key={i} data-field={e.field}>
                  <S id={`settings-error-${e.field}`} />
                </li>
              ))}
            </ul>
            {writeError?.field === "write" && (
              <p className="detail">
                <code>{writeError.path}</code> {writeError.detail}
              </p>
            )}
          </div>
        )}
        <div className="actions">
          <button type="submit" className="primary-button settings-save">
            <S id="settings-save" />
          </button>
        </div>
      </form>
    </div>
  );
}

function LanguageSelect(props: {
  id: string;
  value: string;
  locales: LocaleView[];
  invalid: boolean;
  describedBy: string | undefined;
  onChange: (tag: string) => void;
}) {
  const { id, value, locales, invalid, describedBy, onChange } = props;
  return (
    <select id={id} value={value} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)}>
      {locales.map((l) => (
        <option key={l.tag} value={l.tag} lang={l.tag}>
          {plainText(l.name)}
        </option>
      ))}
    </select>
  );
}

// ---------------------------------------------------------------------------------------------

function LogSection({ data }: { data: SettingsData }) {
  const { log } = data;
  return (
    <section className="settings-section settings-log" aria-labelledby="settings-log-title" data-writable={log.writable}>
      <h2 id="settings-log-title">
        <S id="settings-log" />
      </h2>
      <p className={log.writable ? "log-state writable" : "log-state closed error"}>
        <S id={log.writable ? "settings-log-writable" : "settings-log-closed"} />
      </p>
      <dl className="card-details settings-details">
        <dt>
          <S id="settings-data-dir" />
        </dt>
        <dd>
          <code className="data-dir">{data.data_dir}</code>
        </dd>
        {log.records !== null && (
          <>
            <dt>
              <S id="settings-log-records" />
            </dt>
            <dd className="log-records" data-count={log.records}>
              {log.records}
            </dd>
          </>
        )}
      </dl>
      {log.error && (
        <div className="error" role="alert">
          <p>
            <S id="records-unavailable" />
          </p>
          <p className="detail">{log.error}</p>
        </div>
      )}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------

function PurgeSection({ data, reload, onError }: { data: SettingsData; reload: () => Promise<void>; onError: (e: unknown) => void }) {
  const { staff } = useLangs();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<PurgeCounts | null>(null);
  const [failed, setFailed] = useState<PurgeError | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);

  // The focus goes to the result after a purge, and back to the button when it was cancelled.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  useEffect(() => {
    if (!busy && failed?.kind === "cancelled") buttonRef.current?.focus();
  }, [busy, failed]);

  const preview = data.purge;
  // Rust asks for confirmation in the system's own dialog (modal, in the staff language) and
  // deletes only when a person presses Yes there; the page cannot answer it.
  const purge = () => {
    if (!preview) return;
    setBusy(true);
    setFailed(null);
    setDone(null);
    api
      .purgeOldRecords(preview, staff)
      .then(async (counts) => {
        setDone(counts);
        await reload();
      })
      .catch(async (e: unknown) => {
        const refused = purgeRefusal(e);
        if (!refused) return onError(e);
        setFailed(refused);
        // The figures changed since they were read: show the new ones before anyone confirms again.
        if (refused.kind === "changed") await reload();
      })
      .finally(() => setBusy(false));
  };

  const nothing = preview !== null && preview.records + preview.training_results === 0;
  return (
    <section className="settings-section settings-purge" aria-labelledby="settings-purge-title">
      <h2 id="settings-purge-title">
        <S id="settings-purge-title" />
      </h2>
      {!data.log.writable && (
        <p className="error purge-closed">
          <S id="settings-log-closed" />
        </p>
      )}
      {preview && (
        <>
          <dl className="card-details settings-details purge-preview" data-records={preview.records} data-training-results={preview.training_results}>
            <dt>
              <S id="settings-retention" />
            </dt>
            <dd className="purge-retention">{data.settings.retention_years}</dd>
            <dt>
              <S id="settings-purge-cutoff" />
            </dt>
            <dd>
              <time className="purge-cutoff" dateTime={preview.cutoff}>
                {preview.cutoff}
              </time>
            </dd>
            <dt>
              <S id="settings-purge-count" />
            </dt>
            <dd className="purge-records">{preview.records}</dd>
            <dt>
              <S id="settings-purge-training" />
            </dt>
            <dd className="purge-training">{preview.training_results}</dd>
          </dl>
          {nothing && (
            <p className="note purge-nothing">
              <S id="settings-purge-nothing" />
            </p>
          )}
          <div className="actions">
            <button type="button" className="secondary-button purge-button" ref={buttonRef} disabled={nothing || busy} aria-busy={busy} onClick={purge}>
              <S id="settings-purge-button" />
            </button>
          </div>
        </>
      )}
      {done && (
        <p className="purge-done" role="status" tabIndex={-1} ref={doneRef} data-records={done.records} data-training-results={done.training_results}>
          <S id="settings-purge-done" /> <strong>{done.records}</strong>
        </p>
      )}
      {failed && (
        <div
          className={failed.kind === "cancelled" ? "note purge-failed" : "error purge-failed"}
          role={failed.kind === "cancelled" ? "status" : "alert"}
          data-kind={failed.kind}
        >
          <p>
            <S id={{ log_closed: "settings-log-closed", changed: "settings-purge-changed", failed: "settings-purge-failed", cancelled: "settings-purge-cancelled" }[failed.kind]} />
          </p>
          {failed.kind === "failed" && <p className="detail">{failed.detail}</p>}
        </div>
      )}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------

function OverrideSection({ data, reload }: { data: SettingsData; reload: () => Promise<void> }) {
  const { staff } = useLangs();
  const { path, status } = data.override_file;
  // Creating the file from the commented example, when there is none: the outcome, or why not.
  const [created, setCreated] = useState<{ ok: true } | { ok: false; detail: string } | null>(null);
  const create = () => {
    api
      .createOverride()
      .then(() => {
        setCreated({ ok: true });
        return reload();
      })
      .catch((e: unknown) => setCreated({ ok: false, detail: api.errorText(e) }));
  };
  const statusText = {
    absent: "settings-override-absent",
    loaded: "settings-override-loaded",
    invalid: "settings-override-invalid",
  }[status.status];
  return (
    <section className="settings-section settings-override" aria-labelledby="settings-override-title" data-status={status.status}>
      <h2 id="settings-override-title">
        <S id="settings-override-title" />
      </h2>
      <p className={status.status === "invalid" ? "override-state error" : "override-state"}>
        <S id={statusText} />
      </p>
      <dl className="card-details settings-details">
        <dt>
          <S id="settings-override-path" />
        </dt>
        <dd>
          <code className="override-path">{path}</code>
        </dd>
        {status.status === "loaded" &&
          (
            [
              ["settings-override-local", "local", status.local],
              ["settings-override-changed", "changed", status.changed],
            ] as const
          ).map(([label, kind, services]) => (
            <Fragment key={kind}>
              <dt>
                <S id={label} /> <span className={`override-${kind}-count`}>{`(${services.length})`}</span>
              </dt>
              <dd>
                <ul className={`sources-list override-${kind}`}>
                  {services.map((s) => (
                    <li key={s.id} lang={staff} data-service={s.id}>
                      {rb(s.label)}
                    </li>
                  ))}
                </ul>
              </dd>
            </Fragment>
          ))}
      </dl>
      {!data.override_file.exists && !created?.ok && (
        <div className="actions">
          <button type="button" className="settings-override-create" onClick={create}>
            <S id="settings-override-create" />
          </button>
        </div>
      )}
      {created?.ok && (
        <p className="override-created" role="status">
          <S id="settings-override-created" />
        </p>
      )}
      {created && !created.ok && (
        <div className="error override-create-failed" role="alert">
          <p>
            <S id="settings-override-create-failed" />
          </p>
          <p className="detail">{created.detail}</p>
        </div>
      )}
      {status.status === "invalid" && (
        <>
          <ErrorKinds kinds={status.kinds} />
          <ErrorLines className="override-errors" lines={status.errors} />
        </>
      )}
      <p className="settings-review-due">
        <S id="settings-review-due" /> <strong className="review-due-count" data-count={data.review_due}>{data.review_due}</strong>
      </p>
      <p className="field-help">
        <S id="settings-review-help" />
      </p>
    </section>
  );
}

function ErrorLines({ className, lines }: { className: string; lines: string[] }) {
  return (
    <ul className={`problem-errors ${className}`}>
      {lines.map((line, i) => (
        <li key={i}>
          <code>{line}</code>
        </li>
      ))}
    </ul>
  );
}

// ---------------------------------------------------------------------------------------------

function CheckSection({ startup, onError }: { startup: DataCheck; onError: (e: unknown) => void }) {
  const [again, setAgain] = useState<DataCheck | null>(null);
  const [busy, setBusy] = useState(false);
  const check = again ?? startup;
  const ok = check.errors.length === 0;
  const counts = check.counts;
  const recheck = () => {
    setBusy(true);
    api
      .checkData()
      .then(setAgain)
      .catch(onError)
      .finally(() => setBusy(false));
  };
  return (
    <section
      className="settings-section settings-check"
      aria-labelledby="settings-check-title"
      aria-busy={busy}
      data-ok={ok}
      data-source={again ? "disk" : "startup"}
    >
      <h2 id="settings-check-title">
        <S id="settings-check-title" />
      </h2>
      <p className={ok ? "check-state check-ok" : "check-state error"} role={again ? "status" : undefined}>
        <S id={ok ? "settings-check-ok" : "settings-check-failed"} />
      </p>
      {counts && (
        <dl className="card-details settings-details check-counts">
          {(
            [
              ["settings-check-questions", "questions"],
              ["settings-check-rules", "rules"],
              ["settings-check-services", "services"],
              ["settings-check-languages", "languages"],
            ] as const
          ).map(([label, key]) => (
            <Fragment key={key}>
              <dt>
                <S id={label} />
              </dt>
              <dd data-count={key}>{counts[key]}</dd>
            </Fragment>
          ))}
        </dl>
      )}
      {!ok && (
        <>
          <ErrorKinds kinds={check.kinds} />
          <ErrorLines className="check-errors" lines={check.errors} />
        </>
      )}
      {again && (
        <p className="note check-restart">
          <S id="settings-check-restart" />
        </p>
      )}
      <div className="actions">
        <button type="button" className="secondary-button check-again" disabled={busy} onClick={recheck}>
          <S id="settings-check-again" />
        </button>
      </div>
    </section>
  );
}

// ---------------------------------------------------------------------------------------------

/** What this build is: its version and the date of its directory data. */
function AboutSection({ onError }: { onError: (e: unknown) => void }) {
  const [about, setAbout] = useState<About | null>(null);
  useEffect(() => {
    let current = true;
    api
      .about()
      .then((a) => {
        if (current) setAbout(a);
      })
      .catch(onError);
    return () => {
      current = false;
    };
  }, [onError]);
  return (
    <section className="settings-section settings-about" aria-labelledby="settings-about-title">
      <h2 id="settings-about-title">
        <S id="settings-about-title" />
      </h2>
      {about && (
        <dl className="card-details settings-details">
          <dt>
            <S id="settings-about-version" />
          </dt>
          <dd className="about-version">{about.version}</dd>
          <dt>
            <S id="settings-about-data-date" />
          </dt>
          <dd className="about-data-date">
            <time dateTime={about.data_date}>{about.data_date}</time>
          </dd>
        </dl>
      )}
    </section>
  );
}
