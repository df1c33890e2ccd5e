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
export const MAX_CHART_ROWS = 15;

/** The most sources a chart lists by name; its table names the source of every row. */
export const MAX_CHART_SOURCES = 6;

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
  /** The sources of the shown rows, first-seen first, at most MAX_CHART_SOURCES. */
  sources: FigureSource[];
  /** Sources of shown rows that are not in `sources`. */
  omittedSources: number;
  /** Figures computed from the shown ones, each with the source's own figure where it states one. */
  computed: ComputedFigure[];
}

export type ComputedFigure = Omit<DerivedFigureResult, "definition"> & {
  title: string;
  explanation: string;
};

const labelCollator = new Intl.Collator();

/**
 * The figures in a chart's order (stable). Each sort key is computed once per figure: with
 * the data grown a thousandfold a chart orders over a hundred thousand figures.
 */
function sortFigures(
  figures: BenchmarkFigure[],
  order: SortOrder,
  label: (f: BenchmarkFigure) => string,
): BenchmarkFigure[] {
  if (order === "source") return figures;
  if (order === "label") {
    const keyed = figures.map((figure) => ({ figure, key: label(figure) }));
    keyed.sort((a, b) => labelCollator.compare(a.key, b.key));
    return keyed.map((k) => k.figure);
  }
  const sign = order === "value-desc" ? -1 : 1;
  const keyed = figures.map((figure) => ({ figure, key: sortValue(figure) }));
  keyed.sort((a, b) => sign * (a.key - b.key));
  return keyed.map((k) => k.figure);
}

function distinctSources(rows: ChartRow[]): FigureSource[] {
  const seen = new Map<string, FigureSource>();
  for (const r of rows)
    if (!seen.has(r.source.datasetSlug)) seen.set(r.source.datasetSlug, r.source);
  return [...seen.values()];
}

/** The first `max` figures, and any highlighted one after them. */
function topFigures(
  figures: BenchmarkFigure[],
  max: number,
  highlighted: (f: BenchmarkFigure) => boolean,
): BenchmarkFigure[] {
  if (figures.length <= max) return figures;
  return [...figures.slice(0, max), ...figures.slice(max).filter(highlighted)];
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
  const highlighted = (f: BenchmarkFigure) =>
    spec.filters?.highlight === "company" && highlight.has((f.company ?? "").toLowerCase());
  const sorted = sortFigures(rows, filters.sort ?? spec.defaultSort, spec.label);
  const shown: ChartRow[] = topFigures(sorted, maxRows, highlighted).map((f) => ({
    ...f,
    rowLabel: spec.label(f),
    highlighted: highlighted(f),
  }));

  let emptyMessage: string | null = null;
  if (sorted.length === 0) {
    emptyMessage =
      selected.length === 0
        ? "No published dataset provides these figures yet."
        : `No figures match the current filters${filters.level ? ` (level: ${levelName(filters.level)})` : ""}.`;
  }
  const sources = distinctSources(shown);
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
    sources: sources.slice(0, MAX_CHART_SOURCES),
    omittedSources: Math.max(0, sources.length - MAX_CHART_SOURCES),
    computed: [],
  };
}

// The published figures stay the same array until the next publish: build each lookup once.
const lookups = new WeakMap<BenchmarkFigure[], Map<string, BenchmarkFigure>>();
function figureLookup(figures: BenchmarkFigure[]): Map<string, BenchmarkFigure> {
  let lookup = lookups.get(figures);
  if (!lookup) {
    lookup = buildFigureLookup(figures);
    lookups.set(figures, lookup);
  }
  return lookup;
}

/**
 * Places each computed figure on the chart that shows the figure it checks (the source's stated
 * value), or else its first input; one whose anchor is filtered out is not shown either.
 */
function attachComputedFigures(charts: ChartView[], figures: BenchmarkFigure[]): void {
  const lookup = figureLookup(figures);
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
