import { type DashboardFilters, formatChartValue, stateNames, timeAxis } from "@aiml/domain";
import { StateMap, StateMapDrawing, type StateValue } from "../charts/state-map";
import { TimeSeriesChart, TimeSeriesDrawing } from "../charts/time-series-chart";
import {
  type Caller,
  creditOf,
  formatDayRange,
  formatPeriod,
  indexBaseName,
  type OpenChart,
  rankedEnds,
} from "./open-chart";

const STATES = { dataset: "indeed-postings-us-states", metric: "postings_index" } as const;

/** Latest postings index by state: a tile map and a ranked table; a picked state is outlined. */
export async function postingsByStateChart(
  caller: Caller,
  filters: DashboardFilters,
): Promise<OpenChart | null> {
  const data = await caller.openData.latestByState({ ...STATES });
  const values: StateValue[] = data.rows
    .filter((r) => r.state in stateNames)
    .map((r) => ({ state: r.state, name: stateNames[r.state] ?? r.state, value: r.value }))
    .sort((a, b) => b.value - a.value);
  const [top] = values;
  const bottom = values.at(-1);
  if (!top || !bottom || !data.at) return null;
  const at = formatPeriod(data.at, "day");
  const base = indexBaseName(data.indexBase);
  const selected = filters.state ?? null;
  const picked = values.find((v) => v.state === selected);
  const label = `Job postings by state, week ending ${at}: highest ${top.name} at ${formatChartValue(top.value, "index")}, lowest ${bottom.name} at ${formatChartValue(bottom.value, "index")} (${base} = 100)${picked ? `; ${picked.name} ${formatChartValue(picked.value, "index")}` : ""}.`;
  const source = creditOf(data.source);
  const props = { values, unit: "index" as const, label, selected };
  return {
    id: "postings-by-state",
    title: "Job postings by state",
    description: `Seasonally adjusted postings index per state (each state's ${base} = 100), week ending ${at}. Darker tiles: more postings against that state's own ${base} level.`,
    figure: (
      <StateMap
        id="postings-by-state"
        title="Job postings by state"
        period={`Week ending ${at}`}
        source={source}
        {...props}
      />
    ),
    drawing: (standalone) => <StateMapDrawing {...props} standalone={standalone} />,
    beside: {
      caption: "Highest and lowest five, and the picked state (all in the table below)",
      rows: rankedEnds(values, (v) => v.state === filters.state).map(({ rank, item: v }) => ({
        rank,
        label: v.name,
        value: formatChartValue(v.value, "index"),
        picked: v.state === filters.state,
      })),
    },
    notes: [],
    sources: [data.source],
    table: {
      caption: "Job postings index by state, ranked",
      columns: ["State", "Rank", "Index", "Week"],
      rows: values.map((v, i) => [
        v.name,
        String(i + 1),
        formatChartValue(v.value, "index"),
        formatPeriod(data.rows.find((r) => r.state === v.state)?.period ?? data.at ?? "", "day"),
      ]),
      highlightRow: picked ? values.indexOf(picked) : undefined,
    },
    csv: [
      ["state", "state_name", "rank", "index", "week", "source", "licence"],
      ...values.map((v, i) => [
        v.state,
        v.name,
        i + 1,
        v.value,
        data.rows.find((r) => r.state === v.state)?.period ?? null,
        data.source.publisher,
        data.source.licenceName,
      ]),
    ],
  };
}

/** The picked state's weekly index against the national one. */
export async function stateTrendChart(
  caller: Caller,
  filters: DashboardFilters,
): Promise<OpenChart | null> {
  const state = filters.state;
  if (!state) return null;
  const [stateData, national] = await Promise.all([
    caller.openData.timeSeries({ ...STATES, filters: { state }, maxPoints: 80 }),
    caller.openData.timeSeries({
      dataset: "indeed-postings-us",
      metric: "postings_index",
      filters: { postingsType: "total", seasonalAdjustment: "sa" },
      maxPoints: 80,
    }),
  ]);
  const s = stateData.series[0];
  const n = national.series[0];
  const first = s?.points[0];
  const last = s?.points.at(-1);
  if (!s || !n || !first || !last) return null;
  const name = stateNames[state] ?? state;
  const end = last.periodEnd ?? last.period;
  const base = indexBaseName(stateData.indexBase);
  const series = [
    {
      key: "state",
      label: name,
      color: "highlight" as const,
      points: s.points.map((p) => ({
        date: p.period,
        value: p.value,
        period: formatDayRange(p.period, p.periodEnd),
      })),
    },
    {
      key: "us",
      label: "United States",
      color: "bar" as const,
      dashed: true,
      points: n.points
        .filter((p) => p.period >= first.period && p.period <= end)
        .map((p) => ({
          date: p.period,
          value: p.value,
          period: formatDayRange(p.period, p.periodEnd),
        })),
    },
  ];
  const props = {
    series,
    unit: "index" as const,
    axis: timeAxis(first.period, end),
    label: `Job postings in ${name}: index ${formatChartValue(last.value, "index")} in the week ending ${formatPeriod(end, "day")} (${base} = 100).`,
    reference: { value: 100, label: `${base} = 100` },
    source: creditOf(stateData.source),
  };
  return {
    id: "postings-state-trend",
    title: `Job postings in ${name} and the United States`,
    description: `Seasonally adjusted index, ${base} = 100, drawn from means over equal stretches of time.`,
    figure: (
      <TimeSeriesChart id="postings-state-trend" title={`Job postings in ${name}`} {...props} />
    ),
    drawing: (standalone) => <TimeSeriesDrawing {...props} standalone={standalone} />,
    notes: [],
    sources: [stateData.source, national.source],
    table: {
      caption: `Job postings index in ${name}`,
      columns: ["Period", name],
      rows: series[0]?.points.map((p) => [p.period, formatChartValue(p.value ?? 0, "index")]) ?? [],
    },
    csv: [
      ["period_start", "period_end", "state", "index", "weeks", "source", "licence"],
      ...s.points.map((p) => [
        p.period,
        p.periodEnd,
        state,
        p.value,
        p.n,
        stateData.source.publisher,
        stateData.source.licenceName,
      ]),
    ],
  };
}
