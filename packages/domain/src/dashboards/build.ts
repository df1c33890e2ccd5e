import type { BenchmarkFigure, FigureSource } from "../benchmarks/figure";
import type { Unit } from "../benchmarks/vocabulary";
import { derivedFigures } from "../market/catalogue";
import {
  buildFigureLookup,
  type DerivedFigureResult,
  evaluateDerivedFigure,
  figureRefKey,
  formulaInputs,
} from "../market/derived";
import { type ChartSpec, chartsForPage, type SortOrder } from "./charts";
import type { DashboardFilters } from "./filters";
import { levelName } from "./labels";
import type { DashboardPage } from "./pages";
import { sortValue } from "./sort-value";

export interface ChartRow extends BenchmarkFigure {
  rowLabel: string;
  highlighted: boolean;
}

/**
 * The most rows a chart shows, in its sort order (highlighted rows are always shown as well):
 * beyond that a chart stops being readable. The CSV download has every row.
 */
export const MAX_CHART_ROWS = 25;

export interface ChartView {
  id: string;
  title: string;
  description: string;
  kind: ChartSpec["kind"];
  unit: Unit | null;
  rows: ChartRow[];
  /** Rows that matched but are not in `rows` (see MAX_CHART_ROWS). */
  omittedRows: number;
  /** Why the chart is empty, when it is. */
  emptyMessage: string | null;
  /** Figures the filters left out, with the reason. */
  hiddenNote: string | null;
  sources: FigureSource[];
  /** Figures computed from the shown ones, each with the source's own figure where it states one. */
  computed: ComputedFigure[];
}

export type ComputedFigure = Omit<DerivedFigureResult, "definition"> & {
  title: string;
  explanation: string;
};

function sortRows(rows: ChartRow[], order: SortOrder): ChartRow[] {
  const sorted = [...rows];
  if (order === "value-desc") sorted.sort((a, b) => sortValue(b) - sortValue(a));
  if (order === "value-asc") sorted.sort((a, b) => sortValue(a) - sortValue(b));
  if (order === "label") sorted.sort((a, b) => a.rowLabel.localeCompare(b.rowLabel));
  return sorted;
}

function distinctSources(rows: ChartRow[]): FigureSource[] {
  const seen = new Map<string, FigureSource>();
  for (const r of rows)
    if (!seen.has(r.source.datasetSlug)) seen.set(r.source.datasetSlug, r.source);
  return [...seen.values()];
}

/** The first `max` rows, and any highlighted row after them. */
function topRows(rows: ChartRow[], max: number): ChartRow[] {
  if (rows.length <= max) return rows;
  return [...rows.slice(0, max), ...rows.slice(max).filter((r) => r.highlighted)];
}

const compMetrics = { base: ["base_salary"], total: ["total_comp"] } as const;

function buildChart(
  spec: ChartSpec,
  figures: BenchmarkFigure[],
  filters: DashboardFilters,
  maxRows: number,
): ChartView {
  const selected = figures.filter(spec.select);
  let rows = selected;
  const hidden: string[] = [];

  if (spec.filters?.comp && filters.comp !== "all") {
    const keep: readonly string[] = compMetrics[filters.comp];
    const before = rows.length;
    rows = rows.filter((f) => keep.includes(f.metric));
    if (before > rows.length) {
      hidden.push(
        `${before - rows.length} figure(s) hidden: not ${filters.comp === "base" ? "base salary" : "total compensation"}, or the source does not say which.`,
      );
    }
  }
  if (spec.filters?.level && filters.level) {
    const before = rows.length;
    rows = rows.filter((f) => f.level === filters.level);
    if (before > rows.length)
      hidden.push(`${before - rows.length} figure(s) for other or unstated levels hidden.`);
  }

  const highlight = new Set(filters.highlight.map((h) => h.toLowerCase()));
  const chartRows: ChartRow[] = rows.map((f) => ({
    ...f,
    rowLabel: spec.label(f),
    highlighted:
      spec.filters?.highlight === "company" && highlight.has((f.company ?? "").toLowerCase()),
  }));
  const sorted = sortRows(chartRows, filters.sort ?? spec.defaultSort);
  const shown = topRows(sorted, maxRows);

  let emptyMessage: string | null = null;
  if (sorted.length === 0) {
    emptyMessage =
      selected.length === 0
        ? "No published dataset provides these figures yet."
        : `No figures match the current filters${filters.level ? ` (level: ${levelName(filters.level)})` : ""}.`;
  }
  return {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    kind: spec.kind,
    unit: spec.unit ?? null,
    rows: shown,
    omittedRows: sorted.length - shown.length,
    emptyMessage,
    hiddenNote: hidden.length > 0 ? hidden.join(" ") : null,
    sources: distinctSources(shown),
    computed: [],
  };
}

/**
 * Places each computed figure on the chart that shows the figure it checks (the source's stated
 * value), or else its first input; one whose anchor is filtered out is not shown either.
 */
function attachComputedFigures(charts: ChartView[], figures: BenchmarkFigure[]): void {
  const lookup = buildFigureLookup(figures);
  const chartByRef = new Map<string, ChartView>();
  for (const chart of charts) {
    for (const row of chart.rows) {
      chartByRef.set(figureRefKey({ datasetSlug: row.source.datasetSlug, key: row.key }), chart);
    }
  }
  for (const definition of derivedFigures) {
    const anchor = definition.stated?.ref ?? formulaInputs(definition.formula)[0]?.input.ref;
    const chart = anchor && chartByRef.get(figureRefKey(anchor));
    if (!chart) continue;
    const { definition: _omit, ...result } = evaluateDerivedFigure(definition, lookup);
    if (result.status !== "computed") continue;
    chart.computed.push({
      ...result,
      title: definition.title,
      explanation: definition.explanation,
    });
  }
}

/** Every chart of a dashboard page, from the published figures and the page's filters. */
export function buildDashboard(
  page: DashboardPage,
  figures: BenchmarkFigure[],
  filters: DashboardFilters,
  { maxRows = MAX_CHART_ROWS }: { maxRows?: number } = {},
): ChartView[] {
  const charts = chartsForPage(page).map((spec) => buildChart(spec, figures, filters, maxRows));
  attachComputedFigures(charts, figures);
  return charts;
}

/** Companies a highlight filter can name, for notices about unknown names. */
export function knownCompanies(figures: BenchmarkFigure[]): string[] {
  return [...new Set(figures.map((f) => f.company).filter((c): c is string => c !== null))].sort();
}
