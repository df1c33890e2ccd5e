import { formatChartValue, timeAxis } from "@aiml/domain";
import { type LineSeries, TimeSeriesChart, TimeSeriesDrawing } from "../charts/time-series-chart";
import { type Caller, creditOf, formatPeriod, indexBaseName, type OpenChart } from "./open-chart";

const SECTORS = {
  dataset: "indeed-postings-us-sectors-2024-10",
  metric: "sector_postings_index",
} as const;
const drawn: { sector: string; color: LineSeries["color"]; dashed?: boolean }[] = [
  { sector: "All sectors (national total)", color: "marker", dashed: true },
  { sector: "Software Development", color: "bar" },
  { sector: "Mathematics", color: "highlight" },
  { sector: "Scientific Research & Development", color: "third" },
];

/** Tech sectors' postings against all postings, monthly, under Indeed's method before Nov 2024. */
export async function sectorPostingsChart(caller: Caller): Promise<OpenChart | null> {
  const data = await caller.openData.timeSeries({
    ...SECTORS,
    filters: { sector: drawn.map((d) => d.sector) },
  });
  const ordered = drawn.flatMap((d) => {
    const s = data.series.find((x) => x.dimensions.sector === d.sector);
    return s ? [{ ...d, s }] : [];
  });
  const all = ordered[0]?.s;
  const first = all?.points[0];
  const last = all?.points.at(-1);
  if (!all || !first || !last) return null;
  const series: LineSeries[] = ordered.map(({ sector, color, dashed, s }) => ({
    key: s.key,
    label: sector === "All sectors (national total)" ? "All postings" : sector,
    color,
    dashed,
    points: s.points.map((p) => ({
      date: p.period,
      value: p.value,
      period: `${formatPeriod(p.period, "month")} (monthly mean)`,
    })),
  }));
  const software = ordered.find((o) => o.sector === "Software Development")?.s.points.at(-1);
  const base = indexBaseName(data.indexBase);
  const label = `Job postings by sector to ${formatPeriod(last.period, "month")} (${base} = 100, older method): software development at ${formatChartValue(software?.value ?? 0, "index")} against ${formatChartValue(last.value, "index")} for all postings.`;
  const props = {
    series,
    unit: "index" as const,
    axis: timeAxis(first.period, last.period),
    label,
    reference: { value: 100, label: `${base} = 100` },
    source: `${creditOf(data.source)}; older method`,
  };
  return {
    id: "sector-postings",
    title: "Tech sectors against all postings, 2020–2024 (older method)",
    description: `Monthly means of Indeed's seasonally adjusted sector indices, ${base} = 100, as published before Indeed changed its method in November 2024.`,
    figure: <TimeSeriesChart id="sector-postings" title="Postings by sector" {...props} />,
    drawing: (standalone) => <TimeSeriesDrawing {...props} standalone={standalone} />,
    notes: [
      "Older method: these indices come from Indeed's series as published before November 2024 and are not comparable with the current national index above.",
    ],
    sources: [data.source],
    table: {
      caption: "Postings index by sector and month",
      columns: ["Month", ...series.map((s) => s.label)],
      rows: all.points.map((p) => [
        formatPeriod(p.period, "month"),
        ...ordered.map(({ s }) => {
          const v = s.points.find((q) => q.period === p.period)?.value;
          return v === undefined ? "—" : formatChartValue(v, "index");
        }),
      ]),
    },
    csv: [
      ["month", "sector", "index", "observations", "source", "licence"],
      ...ordered.flatMap(({ sector, s }) =>
        s.points.map((p) => [
          p.period,
          sector,
          p.value,
          p.n,
          data.source.publisher,
          data.source.licenceName,
        ]),
      ),
    ],
  };
}
