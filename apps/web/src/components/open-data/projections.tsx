import { formatChartValue, summarizeBars, trackedOccupations, yearAxis } from "@aiml/domain";
import { BarChart, BarChartDrawing } from "../charts/bar-chart";
import { type LineSeries, TimeSeriesChart, TimeSeriesDrawing } from "../charts/time-series-chart";
import { barRow } from "./chart-rows";
import { type Caller, creditOf, type OpenChart } from "./open-chart";

/** The occupations the growth charts compare: the tracked AI/ML ones and two yardsticks. */
const compared = [
  ...trackedOccupations.map((o) => ({ socCode: o.socCodes[o.socCodes.length - 1] as string })),
  { socCode: "15-1200" },
  { socCode: "00-0000" },
];
const colors: LineSeries["color"][] = ["highlight", "bar", "third", "second", "marker"];

export async function readProjections(caller: Caller) {
  return caller.openData.projections({ socCodes: compared.map((c) => c.socCode) });
}

/** BLS's projected employment per occupation as a path from the base year (= 100) to the target. */
export async function projectionPathsChart(caller: Caller): Promise<OpenChart | null> {
  const data = await readProjections(caller);
  if (!data) return null;
  const rows = compared.flatMap((c) => {
    const row = data.rows.find((r) => r.socCode === c.socCode);
    return row && row.changePercent !== null ? [{ ...row, changePercent: row.changePercent }] : [];
  });
  if (rows.length === 0) return null;
  const { baseYear, targetYear } = data;
  const series: LineSeries[] = rows.map((r, i) => ({
    key: r.socCode,
    label: r.occupation ?? r.socCode,
    color: colors[i % colors.length] ?? "bar",
    dashed: r.socCode === "00-0000" || r.socCode === "15-1200",
    points: [
      { date: `${baseYear}-01-01`, value: 100, period: `${baseYear} (= 100)` },
      {
        date: `${targetYear}-01-01`,
        value: 100 + r.changePercent,
        period: `${targetYear}: ${r.changePercent >= 0 ? "+" : ""}${r.changePercent}% (${formatChartValue(r.employmentTarget ?? 0, "count_thousands")} jobs)`,
      },
    ],
  }));
  const fastest = [...rows].sort((a, b) => b.changePercent - a.changePercent)[0];
  const all = rows.find((r) => r.socCode === "00-0000");
  const label = `Projected employment, ${baseYear}–${targetYear}: ${fastest?.occupation} grow fastest at ${fastest?.changePercent}%${all ? `, against ${all.changePercent}% for all occupations` : ""}.`;
  const props = {
    series,
    unit: "index" as const,
    axis: yearAxis(baseYear, targetYear),
    label,
    reference: { value: 100, label: `${baseYear} = 100` },
    source: creditOf(data.source),
    height: 260,
  };
  return {
    id: "projection-paths",
    title: `Projected employment, ${baseYear} to ${targetYear}`,
    description: `BLS employment projections: each occupation's ${baseYear} employment = 100 and its projected ${targetYear} level. A projection, not a measurement; dashed lines are the yardsticks.`,
    figure: <TimeSeriesChart id="projection-paths" title="Projected employment" {...props} />,
    drawing: (standalone) => <TimeSeriesDrawing {...props} standalone={standalone} />,
    notes: [],
    sources: [data.source],
    table: {
      caption: "Projected employment per occupation",
      columns: [
        "Occupation",
        `${baseYear} jobs`,
        `${targetYear} jobs`,
        "Change",
        "Openings a year",
      ],
      rows: rows.map((r) => [
        r.occupation ?? r.socCode,
        r.employmentBase === null ? "—" : formatChartValue(r.employmentBase, "count_thousands"),
        r.employmentTarget === null ? "—" : formatChartValue(r.employmentTarget, "count_thousands"),
        `${r.changePercent >= 0 ? "+" : ""}${r.changePercent}%`,
        r.annualOpenings === null ? "—" : formatChartValue(r.annualOpenings, "count_thousands"),
      ]),
    },
    csv: [
      [
        "soc_code",
        "occupation",
        "employment_base_thousands",
        "employment_target_thousands",
        "change_percent",
        "annual_openings_thousands",
        "base_year",
        "target_year",
        "source",
      ],
      ...rows.map((r) => [
        r.socCode,
        r.occupation,
        r.employmentBase,
        r.employmentTarget,
        r.changePercent,
        r.annualOpenings,
        baseYear,
        targetYear,
        data.source.publisher,
      ]),
    ],
  };
}

/** Average openings a year per occupation (new jobs plus replacements), ranked. */
export async function annualOpeningsChart(caller: Caller): Promise<OpenChart | null> {
  const data = await readProjections(caller);
  if (!data) return null;
  const rows = data.rows
    .filter((r) => r.annualOpenings !== null && r.socCode !== "00-0000")
    .filter((r) => compared.some((c) => c.socCode === r.socCode))
    .sort((a, b) => (b.annualOpenings ?? 0) - (a.annualOpenings ?? 0))
    .map((r) =>
      barRow({
        id: `openings-${r.socCode}`,
        label: r.occupation ?? r.socCode,
        value: Math.round((r.annualOpenings ?? 0) * 1000),
        unit: "count",
        source: data.source,
      }),
    );
  if (rows.length === 0) return null;
  const title = `Openings a year, ${data.baseYear}–${data.targetYear}`;
  const label = summarizeBars({ title, rows, omittedRows: 0 });
  return {
    id: "annual-openings",
    title,
    description:
      "BLS's projected average openings a year: new jobs plus those left by people who retire or change occupation.",
    figure: <BarChart id="annual-openings" rows={rows} unit="count" label={label} title={title} />,
    drawing: (standalone) => (
      <BarChartDrawing rows={rows} unit="count" label={label} standalone={standalone} />
    ),
    notes: [],
    sources: [data.source],
    table: {
      caption: title,
      columns: ["Occupation", "Openings a year"],
      rows: rows.map((r) => [r.rowLabel, formatChartValue(r.value ?? 0, "count")]),
    },
    csv: [
      ["occupation", "annual_openings", "source"],
      ...rows.map((r) => [r.rowLabel, r.value, data.source.publisher]),
    ],
  };
}
