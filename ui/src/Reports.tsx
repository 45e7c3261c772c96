import { useEffect, useMemo, useState } from "react";
import * as api from "./api";
import type { CategoryView, CellView, ExportOutcome, LineChartView, PeriodChoices, ReportRequest, ReportScreen as ReportData, TableView } from "./bindings";
import { S, t, useLangs } from "./i18n";
import { ScreenHeader } from "./ScreenHeader";
import type { ToolScreen } from "./state";
import { useLatestRequest } from "./useLatestRequest";

/** Lines drawn besides the total: the categories with the largest counts over the period. */
const MAX_LINES = 5;

/** Each line has its own colour and dash, so lines can be told apart without colour too. */
const LINE_STYLES: { color: string; dash: string }[] = [
  { color: "#1f5f8b", dash: "" },
  { color: "#b35900", dash: "10 5" },
  { color: "#1d6b35", dash: "3 4" },
  { color: "#7b2d8b", dash: "14 4 3 4" },
  { color: "#a4161a", dash: "6 3" },
];
const TOTAL_STYLE = { color: "#1b1f24", dash: "" };

// The line chart's drawing area, in SVG user units.
const CHART = { width: 820, height: 300, left: 56, right: 16, top: 16, bottom: 40 };

function count(cell: CellView): number | null {
  return cell.kind === "count" ? cell.count : null;
}

/** A table cell or a value: the count, or the `<k` marker explained by `title`. */
function Cell({ cell, hidden }: { cell: CellView; hidden: string }) {
  if (cell.kind === "count") return <span data-value={cell.count}>{cell.count}</span>;
  return (
    <abbr className="suppressed" title={hidden} data-suppressed="true">
      {cell.marker}
    </abbr>
  );
}

/** Statistics of live records for a month, quarter or fiscal year: tables and charts, small counts hidden, CSV export. */
export function ReportsScreen({
  initial,
  onBack,
  onError,
}: {
  /** The report to open with (that of a request that failed, for Retry), or `null` for the defaults. */
  initial?: ReportRequest | null;
  onBack: () => void;
  /** A request failed; `reopen` is the screen as it was, to open again on Retry. */
  onError: (e: unknown, reopen: ToolScreen) => void;
}) {
  const { staff, staffTexts } = useLangs();
  // `null` until the first answer: Rust then fills in the defaults (this fiscal year).
  const [request, setRequest] = useState<ReportRequest | null>(initial ?? null);
  // The last answer and the request (and language) it answers: busy until it answers the current one.
  const [answer, setAnswer] = useState<{ request: ReportRequest | null; staff: string; data: ReportData } | null>(null);
  const [exported, setExported] = useState<ExportOutcome | "busy" | null>(null);
  // Answers that arrive after a newer request are dropped.
  const { run } = useLatestRequest();

  useEffect(() => {
    run(
      api.report(request, staff),
      (data) => setAnswer({ request, staff, data }),
      (e) => onError(e, { kind: "reports", request }),
    );
  }, [request, staff, onError, run]);
  const data = answer?.data ?? null;
  const busy = answer === null || answer.request !== request || answer.staff !== staff;

  const shown = data?.request ?? null;
  const change = (c: Partial<ReportRequest>) => {
    if (!shown) return;
    const next = { ...shown, ...c };
    if (next.second === next.dimension) next.second = "";
    setExported(null);
    setRequest(next);
  };

  const exportCsv = () => {
    if (!shown) return;
    setExported("busy");
    api
      .exportReport(shown, staff)
      .then(setExported)
      .catch((e: unknown) => onError(e, { kind: "reports", request: shown }));
  };

  const report = data?.report ?? null;
  const hidden = report?.suppressed_label ?? "";

  return (
    <section className="reports" aria-labelledby="reports-title" data-loaded={data !== null && !busy}>
      <ScreenHeader titleId="reports-title" noteId="reports-note" onBack={onBack} />
      {data && !data.available && (
        <p className="error" role="alert">
          <S id="reports-unavailable" />
        </p>
      )}
      {data && data.available && shown && (
        <form className="filters report-controls" onSubmit={(e) => e.preventDefault()}>
          <div className="filter-row">
            <PeriodSelect value={shown.period} periods={data.periods} onChange={(period) => change({ period })} />
            <div className="field">
              <label htmlFor="report-dimension">
                <S id="reports-dimension" />
              </label>
              <select id="report-dimension" value={shown.dimension} onChange={(e) => change({ dimension: e.target.value })}>
                {data.dimensions.map((d) => (
                  <option key={d.id} value={d.id} lang={staff}>
                    {d.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="report-second">
                <S id="reports-second-dimension" />
              </label>
              <select id="report-second" value={shown.second} onChange={(e) => change({ second: e.target.value })}>
                <option value="" lang={staff}>
                  {t(staffTexts, "reports-no-second")}
                </option>
                {data.dimensions
                  .filter((d) => d.id !== shown.dimension)
                  .map((d) => (
                    <option key={d.id} value={d.id} lang={staff}>
                      {d.label}
                    </option>
                  ))}
              </select>
            </div>
          </div>
          <p className="note period-note">
            <S id="reports-period-note" />
          </p>
          <div className="actions export-row">
            <button type="button" className="secondary-button export-csv" onClick={exportCsv} disabled={busy || exported === "busy"}>
              <S id="reports-export" />
            </button>
            <ExportStatus outcome={exported} />
          </div>
        </form>
      )}
      <p className="report-busy" role="status" aria-live="polite">
        {busy && <S id="reports-loading" />}
      </p>
      {data && data.available && report && (
        <div className="report-body" aria-busy={busy}>
          <p className="report-summary">
            <span className="report-records" data-records={data.records}>
              <S id="reports-records" /> <strong>{data.records}</strong>
            </span>
            <span className="report-legend" lang={staff}>
              {hidden}
            </span>
          </p>
          {data.records === 0 && (
            <p className="report-empty">
              <S id="reports-empty" />
            </p>
          )}
          {report.bar && (
            <section className="chart bar-chart" aria-labelledby="bar-title">
              <h2 id="bar-title">
                <S id="reports-bar-title" />{" "}
                <span className="chart-dimension" lang={staff}>
                  {report.bar.dimension.label}
                </span>
              </h2>
              <BarChart bars={report.bar.bars} hidden={hidden} />
            </section>
          )}
          {report.line && (
            <section className="chart line-chart" aria-labelledby="line-title">
              <h2 id="line-title">
                <S id="reports-line-title" />{" "}
                <span className="chart-dimension" lang={staff}>
                  {report.line.dimension.label}
                </span>
              </h2>
              <p className="note">
                <S id="reports-line-note" />
              </p>
              <LineChart line={report.line} bars={report.bar?.bars ?? []} />
            </section>
          )}
          {report.tables.map((table, i) => (
            <ReportTable key={table.period ?? i} table={table} hidden={hidden} transpose={report.line !== null} />
          ))}
        </div>
      )}
    </section>
  );
}

/** The publication period: a fiscal year, a quarter or a month (no other ranges exist). */
function PeriodSelect({ value, periods, onChange }: { value: string; periods: PeriodChoices; onChange: (p: string) => void }) {
  const { staff, staffTexts } = useLangs();
  const groups: [string, CategoryView[]][] = [
    ["reports-period-fiscal-years", periods.fiscal_years],
    ["reports-period-quarters", periods.quarters],
    ["reports-period-months", periods.months],
  ];
  return (
    <div className="field">
      <label htmlFor="report-period">
        <S id="reports-period" />
      </label>
      <select id="report-period" value={value} onChange={(e) => onChange(e.target.value)}>
        {groups.map(([label, choices]) => (
          <optgroup key={label} label={t(staffTexts, label)} lang={staff}>
            {choices.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

function ExportStatus({ outcome }: { outcome: ExportOutcome | "busy" | null }) {
  return (
    <p className="export-status" role="status" data-outcome={outcome === null || outcome === "busy" ? "" : outcome.kind}>
      {outcome !== null && outcome !== "busy" && outcome.kind === "saved" && (
        <>
          <S id="reports-exported" /> <code className="export-path">{outcome.path}</code>
          {" · "}
          <S id="reports-export-records" /> <strong>{outcome.records}</strong>
        </>
      )}
      {outcome !== null && outcome !== "busy" && outcome.kind === "cancelled" && <S id="reports-export-cancelled" />}
      {outcome !== null && outcome !== "busy" && outcome.kind === "failed" && (
        <span className="error-inline">
          <S id="reports-export-failed" /> <code>{outcome.detail}</code>
        </span>
      )}
    </p>
  );
}

/** One bar per category over the whole period; a hidden count is a hatched stub with its marker. */
function BarChart({ bars, hidden }: { bars: { category: CategoryView; value: CellView }[]; hidden: string }) {
  const { staff } = useLangs();
  const max = Math.max(1, ...bars.map((b) => count(b.value) ?? 0));
  return (
    <ol className="bars">
      {bars.map((b) => {
        const n = count(b.value);
        const width = n === null ? 0 : (n / max) * 100;
        return (
          <li key={b.category.id} className="bar-row" data-category={b.category.id}>
            <span className="bar-label" lang={staff}>
              {b.category.label}
            </span>
            <span className="bar-track" aria-hidden="true">
              <span className={n === null ? "bar bar-hidden" : "bar"} style={n === null ? undefined : { width: `${width}%` }} />
            </span>
            <span className="bar-value">
              <Cell cell={b.value} hidden={hidden} />
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** A step for the y axis: 1, 2 or 5 times a power of ten, about four steps to the top. */
function niceStep(max: number): number {
  const raw = Math.max(1, max / 4);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw);
  return step ?? 10 * power;
}

/** Months across, counts up; the total and the largest categories; a hidden count is a gap. */
function LineChart({ line, bars }: { line: LineChartView; bars: { category: CategoryView; value: CellView }[] }) {
  const { staff } = useLangs();
  const largest = useMemo(() => {
    const totals = new Map(bars.map((b) => [b.category.id, count(b.value) ?? 0]));
    return [...line.series]
      .filter((s) => (totals.get(s.category.id) ?? 0) > 0)
      .sort((a, b) => (totals.get(b.category.id) ?? 0) - (totals.get(a.category.id) ?? 0))
      .slice(0, MAX_LINES);
  }, [line, bars]);
  const drawn = [{ series: line.totals, style: TOTAL_STYLE, total: true }, ...largest.map((series, i) => ({ series, style: LINE_STYLES[i % LINE_STYLES.length] ?? TOTAL_STYLE, total: false }))];
  const values = drawn.flatMap((d) => d.series.points.map((p) => count(p.value) ?? 0));
  const step = niceStep(Math.max(1, ...values));
  const top = Math.max(step, Math.ceil(Math.max(1, ...values) / step) * step);
  const innerW = CHART.width - CHART.left - CHART.right;
  const innerH = CHART.height - CHART.top - CHART.bottom;
  const months = line.months;
  const x = (i: number) => CHART.left + (months.length <= 1 ? innerW / 2 : (i / (months.length - 1)) * innerW);
  const y = (v: number) => CHART.top + innerH - (v / top) * innerH;
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
  // Label every month when there is room, else every third; January always shows its year.
  const every = months.length > 18 ? 3 : 1;

  return (
    <figure className="line-figure">
      <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-labelledby="line-title" className="line-svg">
        {ticks.map((v) => (
          <g key={v}>
            <line x1={CHART.left} x2={CHART.width - CHART.right} y1={y(v)} y2={y(v)} className="grid-line" />
            <text x={CHART.left - 8} y={y(v) + 5} textAnchor="end" className="axis-text">
              {v}
            </text>
          </g>
        ))}
        {months.map((m, i) =>
          i % every === 0 || i === months.length - 1 ? (
            <text key={m} x={x(i)} y={CHART.height - 14} textAnchor="middle" className="axis-text">
              {i === 0 || m.endsWith("-01") ? m : m.slice(5)}
            </text>
          ) : null,
        )}
        {drawn.map(({ series, style, total }) => {
          // Runs of consecutive known points: a hidden month breaks the line.
          const runs: [number, number][][] = [[]];
          series.points.forEach((p, i) => {
            const v = count(p.value);
            if (v === null) runs.push([]);
            else runs[runs.length - 1]?.push([x(i), y(v)]);
          });
          return (
            <g key={series.category.id} data-series={series.category.id} className={total ? "series series-total" : "series"}>
              {runs
                .filter((r) => r.length > 1)
                .map((r, i) => (
                  <polyline key={i} points={r.map(([a, b]) => `${a},${b}`).join(" ")} fill="none" stroke={style.color} strokeWidth={total ? 4 : 2.5} strokeDasharray={style.dash || undefined} />
                ))}
              {runs.flat().map(([a, b], i) => (
                <circle key={i} cx={a} cy={b} r={total ? 4.5 : 3.5} fill={style.color} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="legend">
          {drawn.map(({ series, style, total }) => (
            <li key={series.category.id}>
              <svg width="40" height="12" aria-hidden="true">
                <line x1="0" x2="40" y1="6" y2="6" stroke={style.color} strokeWidth={total ? 4 : 2.5} strokeDasharray={style.dash || undefined} />
              </svg>
              <span lang={staff}>{series.category.label}</span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

/**
 * One protected table. A one-dimension report's table (months down, categories across) is shown
 * with categories down and months across, which reads better with long category names.
 */
function ReportTable({ table, hidden, transpose }: { table: TableView; hidden: string; transpose: boolean }) {
  const { staff, staffTexts } = useLangs();
  const rows = transpose ? table.columns : table.rows;
  const columns = transpose ? table.rows : table.columns;
  const cell = (r: number, c: number) => (transpose ? table.cells[c]?.[r] : table.cells[r]?.[c]);
  const rowTotals = transpose ? table.column_totals : table.row_totals;
  const columnTotals = transpose ? table.row_totals : table.column_totals;
  const corner = transpose ? table.column_dimension : table.row_dimension;
  const across = transpose ? table.row_dimension : table.column_dimension;
  return (
    <section className="report-table" data-period={table.period ?? undefined}>
      <h2>{table.period ? <span>{table.period}</span> : <S id="reports-table-title" />}</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={table.period ?? t(staffTexts, "reports-table-title")}>
        <table data-rows={corner.id} data-columns={across.id}>
          <thead>
            <tr>
              <th scope="col" lang={staff}>
                {corner.label}
              </th>
              {columns.map((c) => (
                <th key={c.id} scope="col" lang={staff} data-column={c.id}>
                  {c.label}
                </th>
              ))}
              <th scope="col" lang={staff} data-column="total">
                {table.total_label}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, ri) => (
              <tr key={r.id} data-row={r.id}>
                <th scope="row" lang={staff}>
                  {r.label}
                </th>
                {columns.map((c, ci) => {
                  const v = cell(ri, ci);
                  return (
                    <td key={c.id} data-column={c.id}>
                      {v && <Cell cell={v} hidden={hidden} />}
                    </td>
                  );
                })}
                <td data-column="total" className="total">
                  {rowTotals[ri] && <Cell cell={rowTotals[ri]} hidden={hidden} />}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-row="total">
              <th scope="row" lang={staff}>
                {table.total_label}
              </th>
              {columns.map((c, ci) => (
                <td key={c.id} data-column={c.id} className="total">
                  {columnTotals[ci] && <Cell cell={columnTotals[ci]} hidden={hidden} />}
                </td>
              ))}
              <td data-column="total" className="total">
                <Cell cell={table.total} hidden={hidden} />
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
