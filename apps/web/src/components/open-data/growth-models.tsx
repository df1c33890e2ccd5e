import {
  compoundGrowthPath,
  type DashboardFilters,
  formatChartValue,
  projectFromHistory,
  yearAxis,
} from "@aiml/domain";
import { DistributionChart, DistributionDrawing } from "../charts/distribution-chart";
import { TimeSeriesChart, TimeSeriesDrawing } from "../charts/time-series-chart";
import { readOccupationWages } from "./occupation-wages";
import { type Caller, creditOf, type OpenChart } from "./open-chart";

const pct = (rate: number) => `${(rate * 100).toFixed(1)}%`;

/**
 * The ML market between the two sizes a source states, as a constant compound growth path: the
 * ends are the source's figures (marked), the years between are computed.
 */
export async function marketPathChart(caller: Caller): Promise<OpenChart | null> {
  const { charts } = await caller.market.dashboard({
    page: "growth",
    filters: { comp: "all", highlight: [] },
  });
  const stated = (charts.find((c) => c.id === "market-size")?.rows ?? [])
    .filter((r) => r.year !== null && r.value !== null)
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  const start = stated[0];
  const end = stated.at(-1);
  if (!start || !end || start === end || start.year === null || end.year === null) return null;
  const path = compoundGrowthPath(
    { year: start.year, value: start.value ?? 0 },
    { year: end.year, value: end.value ?? 0 },
  );
  if (path.length === 0) return null;
  const rate = ((end.value ?? 0) / (start.value ?? 1)) ** (1 / (end.year - start.year)) - 1;
  const compact = (v: number) => `$${(v / 1e9).toFixed(1)}B`;
  const label = `Machine-learning market: ${compact(start.value ?? 0)} in ${start.year} to ${compact(end.value ?? 0)} in ${end.year} as stated, a computed ${pct(rate)} a year.`;
  const props = {
    series: [
      {
        key: "path",
        label: `Computed path at ${pct(rate)} a year`,
        color: "projection" as const,
        dashed: true,
        points: path.map((p) => ({
          date: `${p.year}-01-01`,
          value: p.value,
          period: `${p.year}${p.computed ? " (computed)" : " (stated)"}`,
        })),
      },
    ],
    markers: [start, end].map((f) => ({
      date: `${f.year}-01-01`,
      value: f.value ?? 0,
      label: `Stated: ${compact(f.value ?? 0)} (${f.source.publisher})`,
    })),
    unit: "usd" as const,
    axis: yearAxis(start.year, end.year),
    label,
    includeZero: true,
    source: start.source.publisher,
  };
  return {
    id: "market-path",
    title: `Machine-learning market, ${start.year} to ${end.year}`,
    description:
      "The two market sizes the source states, joined by the constant yearly growth that links them.",
    figure: <TimeSeriesChart id="market-path" title="Machine-learning market" {...props} />,
    drawing: (standalone) => <TimeSeriesDrawing {...props} standalone={standalone} />,
    notes: [
      `Computed: the years between ${start.year} and ${end.year} are interpolated at the compound rate the two stated figures imply (${pct(rate)} a year); the source states only the ends.`,
    ],
    sources: [],
    figureSources: [
      start.source,
      ...(end.source.datasetSlug !== start.source.datasetSlug ? [end.source] : []),
    ],
    table: {
      caption: "Machine-learning market size by year",
      columns: ["Year", "Market size", "Stated or computed"],
      rows: path.map((p) => [String(p.year), compact(p.value), p.computed ? "computed" : "stated"]),
    },
    csv: [
      ["year", "market_size_usd", "kind", "source"],
      ...path.map((p) => [
        p.year,
        Math.round(p.value),
        p.computed ? "computed" : "stated",
        start.source.publisher,
      ]),
    ],
  };
}

/**
 * A model of pay to the projections' target year from the occupation's OEWS history: the median
 * keeps its compound growth since the last change of occupation code; the band keeps the slowest
 * and fastest growth over any stretch of that history.
 */
export async function payProjectionChart(
  caller: Caller,
  filters: DashboardFilters,
  toYear = 2034,
): Promise<OpenChart | null> {
  const wages = await readOccupationWages(caller, filters.occupation);
  if (!wages) return null;
  const { occupation, points, breaks, source } = wages;
  const lastBreak = breaks.at(-1);
  const breakYear = lastBreak ? Number(lastBreak.at.slice(0, 4)) : null;
  const history = points.flatMap(({ point }) =>
    point.p50 === null ? [] : [{ year: Number(point.period.slice(0, 4)), value: point.p50 }],
  );
  const model = projectFromHistory(history, toYear, { breakYear, window: 1 });
  const first = points[0];
  if (!model || !first) return null;
  const y0 = Number(first.point.period.slice(0, 4));
  const money = (v: number) => formatChartValue(v, "usd_per_year");
  const end = model.points.at(-1);
  const label = `${occupation.label}: a model continuing the median's ${model.fittedFrom}–${model.fittedTo} growth of ${pct(model.rate)} a year reaches ${money(end?.value ?? 0)} by ${toYear} (band ${money(end?.low ?? 0)} to ${money(end?.high ?? 0)}); not a forecast.`;
  const props = {
    points: points.map(({ point }) => ({
      date: `${point.period.slice(0, 4)}-01-01`,
      period: `May ${point.period.slice(0, 4)}`,
      p10: point.p10,
      p25: point.p25,
      p50: point.p50,
      p75: point.p75,
      p90: point.p90,
      topCoded: point.flags.some((f) => f.includes("pct90")),
    })),
    projection: model.points.map((p) => ({
      date: `${p.year}-01-01`,
      value: p.value,
      low: p.low,
      high: p.high,
    })),
    unit: "usd_per_year" as const,
    axis: yearAxis(y0, toYear),
    label,
    breaks: breaks.map((b) => ({ date: `${b.at.slice(0, 4)}-01-01`, label: b.description })),
    source: `${creditOf(source)}; projection computed`,
  };
  return {
    id: "pay-projection",
    title: `Pay to ${toYear}, modelled: ${occupation.label.toLowerCase()}`,
    description: `Median annual pay (nominal) from BLS OEWS, May ${y0}–May ${model.fittedTo}, continued to ${toYear} at its own past growth.`,
    figure: <DistributionChart id="pay-projection" title="Pay projection" {...props} />,
    drawing: (standalone) => <DistributionDrawing {...props} standalone={standalone} />,
    notes: [
      `A model, computed here, not a BLS figure: the median's compound growth over ${model.fittedFrom}–${model.fittedTo} (${pct(model.rate)} a year), with a band from the slowest to the fastest year-on-year growth in that stretch (${pct(model.lowRate)} to ${pct(model.highRate)} a year).`,
      ...(model.breakYear !== null
        ? [
            `Fitted only on ${model.fittedFrom} onwards: the occupation code changed in ${model.breakYear}, and earlier years describe a different group.`,
          ]
        : []),
    ],
    sources: [source],
    table: {
      caption: `Modelled median pay, ${occupation.label}`,
      columns: ["Year", "Median (model)", "Low", "High"],
      rows: model.points.map((p) => [String(p.year), money(p.value), money(p.low), money(p.high)]),
    },
    csv: [
      ["year", "median_model", "low", "high", "rate", "fitted_from", "fitted_to", "kind"],
      ...model.points.map((p) => [
        p.year,
        Math.round(p.value),
        Math.round(p.low),
        Math.round(p.high),
        model.rate,
        model.fittedFrom,
        model.fittedTo,
        p.year === model.fittedTo ? "published" : "model",
      ]),
    ],
  };
}
