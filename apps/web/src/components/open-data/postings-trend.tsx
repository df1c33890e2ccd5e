import {
  type ChartPeriod,
  chartPeriodNames,
  formatChartValue,
  periodStart,
  timeAxis,
} from "@aiml/domain";
import { type LineSeries, TimeSeriesChart, TimeSeriesDrawing } from "../charts/time-series-chart";
import {
  type Caller,
  creditOf,
  formatDayRange,
  formatPeriod,
  indexBaseName,
  type OpenChart,
} from "./open-chart";

export const POSTINGS = { dataset: "indeed-postings-us", metric: "postings_index" } as const;
const MAX_POINTS = 80;

const typeLabels: Record<string, { label: string; color: LineSeries["color"]; dashed: boolean }> = {
  total: { label: "All postings", color: "bar", dashed: false },
  new: { label: "New postings (up to 7 days old)", color: "second", dashed: true },
};

/** The national postings index and its latest value, as drawn: from SQL buckets, never daily. */
export async function readPostingsTrend(caller: Caller, period: ChartPeriod) {
  // The latest date first, so the period counts back from it.
  const latest = await caller.openData.timeSeries({
    ...POSTINGS,
    filters: { postingsType: "total", seasonalAdjustment: "sa" },
    maxPoints: 2,
  });
  const lastPoint = latest.series[0]?.points.at(-1);
  if (!lastPoint) return null;
  const last = lastPoint.periodEnd ?? lastPoint.period;
  const from = periodStart(last, period) ?? undefined;
  return caller.openData.timeSeries({
    ...POSTINGS,
    filters: { postingsType: ["total", "new"], seasonalAdjustment: "sa" },
    from,
    maxPoints: MAX_POINTS,
  });
}

export async function postingsTrendChart(
  caller: Caller,
  period: ChartPeriod = "all",
): Promise<OpenChart | null> {
  const data = await readPostingsTrend(caller, period);
  if (!data || data.series.length === 0) return null;
  const ordered = ["total", "new"].flatMap((t) =>
    data.series.filter((s) => s.dimensions.postingsType === t),
  );
  const describePoint = (p: { period: string; periodEnd: string | null }) =>
    formatDayRange(p.period, p.periodEnd);
  const series: LineSeries[] = ordered.map((s) => {
    const style = typeLabels[s.dimensions.postingsType ?? "total"] ?? typeLabels.total;
    return {
      key: s.key,
      label: style?.label ?? s.key,
      color: style?.color ?? "bar",
      dashed: style?.dashed,
      points: s.points.map((p) => ({ date: p.period, value: p.value, period: describePoint(p) })),
    };
  });
  const total = ordered[0];
  const first = total?.points[0];
  const last = total?.points.at(-1);
  if (!total || !first || !last) return null;
  const base = indexBaseName(data.indexBase);
  const lastDate = formatPeriod(last.periodEnd ?? last.period, "day");
  const change = last.value - 100;
  const label = `Job postings are ${Math.abs(change).toFixed(1)}% ${change >= 0 ? "above" : "below"} their ${base} level as of ${lastDate} (index ${formatChartValue(last.value, "index")}; ${base} = 100)${period === "all" ? "" : `, over the last ${chartPeriodNames[period].toLowerCase()}`}.`;
  const axis = timeAxis(first.period, last.periodEnd ?? last.period);
  const props = {
    series,
    unit: "index" as const,
    axis,
    label,
    reference: { value: 100, label: `${base} = 100` },
    source: creditOf(data.source),
  };
  return {
    id: "postings-trend",
    title: "Job postings on Indeed, United States",
    description: `Seasonally adjusted index of job postings, ${base} = 100; ${period === "all" ? "the whole series" : `the last ${chartPeriodNames[period].toLowerCase()}`} to ${lastDate}. Each point is the mean of the days it spans (the series is daily).`,
    figure: <TimeSeriesChart id="postings-trend" title="Job postings" {...props} />,
    drawing: (standalone) => <TimeSeriesDrawing {...props} standalone={standalone} />,
    notes: [],
    sources: [data.source],
    table: {
      caption: "Job postings index by period",
      columns: ["Period", ...series.map((s) => s.label)],
      rows: total.points.map((p) => [
        describePoint(p),
        ...ordered.map((s) => {
          const v = s.points.find((q) => q.period === p.period)?.value;
          return v === undefined ? "—" : formatChartValue(v, "index");
        }),
      ]),
    },
    csv: [
      [
        "period_start",
        "period_end",
        "postings_type",
        "index",
        "min",
        "max",
        "days",
        "source",
        "licence",
      ],
      ...ordered.flatMap((s) =>
        s.points.map((p) => [
          p.period,
          p.periodEnd,
          s.dimensions.postingsType,
          p.value,
          p.min,
          p.max,
          p.n,
          data.source.publisher,
          data.source.licenceName,
        ]),
      ),
    ],
  };
}
