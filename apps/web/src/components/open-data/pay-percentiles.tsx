import { type DashboardFilters, formatChartValue, yearAxis } from "@aiml/domain";
import {
  DistributionChart,
  DistributionDrawing,
  type DistributionPoint,
} from "../charts/distribution-chart";
import { readOccupationWages } from "./occupation-wages";
import { type Caller, creditOf, type OpenChart } from "./open-chart";

const money = (v: number | null) => (v === null ? "—" : formatChartValue(v, "usd_per_year"));
const topCoded = (flags: string[]) => flags.some((f) => f.includes("pct90"));

/** National pay percentiles per year for an occupation, across its code changes. */
export async function payPercentilesChart(
  caller: Caller,
  filters: DashboardFilters,
  id = "pay-percentiles",
): Promise<OpenChart | null> {
  const wages = await readOccupationWages(caller, filters.occupation);
  if (!wages) return null;
  const { occupation, points, breaks, source } = wages;
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return null;
  const y0 = Number(first.point.period.slice(0, 4));
  const y1 = Number(last.point.period.slice(0, 4));
  const drawn: DistributionPoint[] = points.map(({ point }) => ({
    date: `${point.period.slice(0, 4)}-01-01`,
    period: `May ${point.period.slice(0, 4)}`,
    p10: point.p10,
    p25: point.p25,
    p50: point.p50,
    p75: point.p75,
    p90: point.p90,
    topCoded: topCoded(point.flags),
  }));
  const firstMedian = first.point.p50;
  const lastMedian = last.point.p50;
  const label = `${occupation.label}: median annual pay ${money(lastMedian)} in May ${y1}${
    firstMedian && lastMedian
      ? `, from ${money(firstMedian)} in May ${y0} (${lastMedian >= firstMedian ? "+" : ""}${(((lastMedian - firstMedian) / firstMedian) * 100).toFixed(1)}%, nominal${breaks.length > 0 ? ", across a change of occupation code" : ""})`
      : ""
  }; the middle half earned ${money(last.point.p25)} to ${money(last.point.p75)}.`;
  const props = {
    points: drawn,
    unit: "usd_per_year" as const,
    axis: yearAxis(y0, y1),
    label,
    breaks: breaks.map((b) => ({ date: `${b.at.slice(0, 4)}-01-01`, label: b.description })),
    source: creditOf(source),
  };
  return {
    id,
    title: `Pay percentiles over time: ${occupation.label.toLowerCase()}`,
    description: `U.S. annual wages, nominal dollars, May ${y0}–May ${y1}: the 10th to 90th and 25th to 75th percentile bands and the median.`,
    figure: <DistributionChart id={id} title={`Pay percentiles, ${occupation.label}`} {...props} />,
    drawing: (standalone) => <DistributionDrawing {...props} standalone={standalone} />,
    notes: [
      ...(drawn.some((p) => p.topCoded)
        ? [
            "▲ BLS publishes no exact 90th percentile in these years: it is at or above its top wage band, so the band is open-ended there.",
          ]
        : []),
    ],
    sources: [source],
    table: {
      caption: `Annual pay percentiles, ${occupation.label}`,
      columns: ["Year", "SOC code", "10th", "25th", "Median", "75th", "90th"],
      rows: points.map(({ socCode, point }) => [
        `May ${point.period.slice(0, 4)}`,
        socCode,
        money(point.p10),
        money(point.p25),
        money(point.p50),
        money(point.p75),
        topCoded(point.flags) ? "top band or more" : money(point.p90),
      ]),
    },
    csv: [
      [
        "period",
        "soc_code",
        "p10",
        "p25",
        "p50",
        "p75",
        "p90",
        "p90_top_coded",
        "employment",
        "source",
      ],
      ...points.map(({ socCode, point }) => [
        point.period,
        socCode,
        point.p10,
        point.p25,
        point.p50,
        point.p75,
        point.p90,
        topCoded(point.flags),
        point.count,
        source.publisher,
      ]),
    ],
  };
}
