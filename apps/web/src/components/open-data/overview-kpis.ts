import { currentSocCode, formatChartValue, periodStart, trackedOccupation } from "@aiml/domain";
import type { Kpi } from "./kpi-card";
import { OEWS } from "./occupation-wages";
import { type Caller, formatPeriod, indexBaseName } from "./open-chart";
import { POSTINGS } from "./postings-trend";
import { readProjections } from "./projections";

const signed = (n: number, digits = 1) => `${n >= 0 ? "+" : "−"}${Math.abs(n).toFixed(digits)}`;

/** The postings index now and a year earlier, with its last three years for the sparkline. */
async function postingsKpi(caller: Caller): Promise<Kpi | null> {
  const recent = await caller.openData.timeSeries({
    ...POSTINGS,
    filters: { postingsType: "total", seasonalAdjustment: "sa" },
    maxPoints: 2,
  });
  const lastBucket = recent.series[0]?.points.at(-1);
  if (!lastBucket) return null;
  const lastDay = lastBucket.periodEnd ?? lastBucket.period;
  const yearAgo = periodStart(lastDay, "1y") ?? lastDay;
  const [now, then, spark] = await Promise.all([
    caller.openData.timeSeries({
      ...POSTINGS,
      filters: { postingsType: "total", seasonalAdjustment: "sa" },
      from: lastDay,
    }),
    caller.openData.timeSeries({
      ...POSTINGS,
      filters: { postingsType: "total", seasonalAdjustment: "sa" },
      to: yearAgo,
      from: periodStart(yearAgo, "1y") ?? undefined,
    }),
    caller.openData.timeSeries({
      ...POSTINGS,
      filters: { postingsType: "total", seasonalAdjustment: "sa" },
      from: periodStart(lastDay, "3y") ?? undefined,
      maxPoints: 36,
    }),
  ]);
  const current = now.series[0]?.points.at(-1);
  const before = then.series[0]?.points.at(-1);
  if (!current || !before) return null;
  return {
    id: "postings",
    title: `Job postings on Indeed (${indexBaseName(now.indexBase, "short")} = 100)`,
    href: "/demand",
    value: formatChartValue(current.value, "index"),
    change: `${signed(current.value - before.value)} points since ${formatPeriod(before.period, "day")} (${formatChartValue(before.value, "index")}); as of ${formatPeriod(current.period, "day")}`,
    spark: spark.series[0]?.points.map((p) => p.value) ?? [],
    source: now.source,
  };
}

/** Data scientists' median pay, and its change since the first year the occupation existed. */
async function medianPayKpi(caller: Caller): Promise<Kpi | null> {
  const occupation = trackedOccupation("data-scientists");
  const d = await caller.openData.distribution({ ...OEWS, socCode: currentSocCode(occupation.id) });
  const points = d?.points.filter((p) => p.p50 !== null) ?? [];
  const first = points[0];
  const last = points.at(-1);
  if (!d || !first?.p50 || !last?.p50 || first === last) return null;
  const growth = ((last.p50 - first.p50) / first.p50) * 100;
  const y0 = first.period.slice(0, 4);
  return {
    id: "data-scientist-pay",
    title: "Data scientists' median pay (U.S.)",
    href: "/pay?occupation=data-scientists",
    value: formatChartValue(last.p50, "usd_per_year"),
    change: `${signed(growth)}% since May ${y0} (${formatChartValue(first.p50, "usd_per_year")}), nominal; May ${last.period.slice(0, 4)}`,
    note: `BLS publishes data scientists as their own occupation from May ${y0}: no ten-year series exists for them.`,
    spark: points.map((p) => p.p50 ?? 0),
    source: d.source,
  };
}

/** BLS's projected employment growth for data scientists against all occupations. */
async function projectionKpi(caller: Caller): Promise<Kpi | null> {
  const data = await readProjections(caller);
  const ds = data?.rows.find((r) => r.socCode === currentSocCode("data-scientists"));
  const all = data?.rows.find((r) => r.socCode === "00-0000");
  if (!data || !ds || ds.changePercent === null) return null;
  return {
    id: "projected-growth",
    title: `Data scientist jobs, projected ${data.baseYear}–${data.targetYear}`,
    href: "/growth",
    value: `${signed(ds.changePercent)}%`,
    change: `${formatChartValue(ds.employmentBase ?? 0, "count_thousands")} to ${formatChartValue(ds.employmentTarget ?? 0, "count_thousands")} jobs${all?.changePercent !== null && all ? `; all occupations ${signed(all.changePercent ?? 0)}%` : ""}`,
    spark: [ds.employmentBase ?? 0, ds.employmentTarget ?? 0],
    source: data.source,
  };
}

export async function overviewKpis(caller: Caller): Promise<Kpi[]> {
  const kpis = await Promise.all([
    postingsKpi(caller),
    medianPayKpi(caller),
    projectionKpi(caller),
  ]);
  return kpis.filter((k): k is Kpi => k !== null);
}
