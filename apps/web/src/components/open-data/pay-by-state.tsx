import {
  adjustForPriceParity,
  currentSocCode,
  type DashboardFilters,
  formatChartValue,
  stateNames,
  trackedOccupation,
} from "@aiml/domain";
import { StateMap, StateMapDrawing, type StateValue } from "../charts/state-map";
import { type Caller, creditOf, type OpenChart, rankedEnds } from "./open-chart";

const WAGES = { dataset: "bls-oews-state-tech-wages-2023", metric: "annual_wage" } as const;
const PARITIES = { dataset: "bea-rpp-states", metric: "rpp_all_items" } as const;

/**
 * Mean annual pay by state for an occupation, as published or divided by the state's regional
 * price parity (what it buys at national-average prices).
 */
export async function payByStateChart(
  caller: Caller,
  filters: DashboardFilters,
): Promise<OpenChart | null> {
  const occupation = trackedOccupation(filters.occupation);
  const socCode = currentSocCode(filters.occupation);
  const wages = await caller.openData.latestByState({
    ...WAGES,
    filters: { socCode },
    statistic: "mean",
  });
  if (!wages.at || wages.rows.length === 0) return null;
  const adjusted = filters.prices === "adjusted";
  const parities = adjusted
    ? await caller.openData.latestByState({ ...PARITIES, at: wages.at })
    : null;
  const parityOf = new Map(parities?.rows.map((r) => [r.state, r]) ?? []);
  const year = wages.at.slice(0, 4);
  const rows = wages.rows
    .filter((r) => r.state in stateNames)
    .flatMap((r) => {
      const parity = parityOf.get(r.state)?.value;
      if (adjusted && !parity) return [];
      return [
        {
          state: r.state,
          name: stateNames[r.state] ?? r.state,
          nominal: r.value,
          parity: parity ?? null,
          value: adjusted && parity ? adjustForPriceParity(r.value, parity) : r.value,
        },
      ];
    })
    .sort((a, b) => b.value - a.value);
  const [top] = rows;
  const bottom = rows.at(-1);
  if (!top || !bottom) return null;
  const basis = adjusted ? "adjusted for state price levels" : "as published (nominal)";
  const money = (v: number) => formatChartValue(v, "usd_per_year");
  const label = `${occupation.label}, mean annual pay by state in May ${year}, ${basis}: highest ${top.name} at ${money(top.value)}, lowest ${bottom.name} at ${money(bottom.value)}.`;
  const values: StateValue[] = rows.map((r) => ({ state: r.state, name: r.name, value: r.value }));
  const props = { values, unit: "usd_per_year" as const, label, selected: filters.state ?? null };
  const sources = [wages.source, ...(parities ? [parities.source] : [])];
  const parityYear = parities?.rows[0]?.period.slice(0, 4);
  return {
    id: "pay-by-state",
    title: `Pay by state: ${occupation.label.toLowerCase()}`,
    description: adjusted
      ? `Mean annual wage in May ${year} divided by each state's regional price parity for ${parityYear} (U.S. = 100): what the pay buys at national-average prices.`
      : `Mean annual wage in May ${year}, in each state's own dollars.`,
    figure: (
      <StateMap
        id="pay-by-state"
        title="Pay by state"
        period={`May ${year}`}
        source={sources.map(creditOf).join(" · ")}
        {...props}
      />
    ),
    drawing: (standalone) => <StateMapDrawing {...props} standalone={standalone} />,
    beside: {
      caption: "Highest and lowest five, and the picked state (all in the table below)",
      rows: rankedEnds(rows, (v) => v.state === filters.state).map(({ rank, item: v }) => ({
        rank,
        label: v.name,
        value: money(v.value),
        picked: v.state === filters.state,
      })),
    },
    notes: adjusted
      ? ["Adjusted figures are computed: published pay × 100 ÷ the state's price parity."]
      : [],
    sources,
    table: {
      caption: `Mean annual pay by state, ${occupation.label}, ${basis}`,
      columns: adjusted
        ? ["State", "Rank", "Adjusted pay (computed)", "Published pay", "Price parity"]
        : ["State", "Rank", "Mean annual pay"],
      rows: rows.map((r, i) =>
        adjusted
          ? [
              r.name,
              String(i + 1),
              money(r.value),
              money(r.nominal),
              formatChartValue(r.parity ?? 0, "price_parity"),
            ]
          : [r.name, String(i + 1), money(r.value)],
      ),
      highlightRow: filters.state ? rows.findIndex((r) => r.state === filters.state) : undefined,
    },
    csv: [
      [
        "state",
        "state_name",
        "soc_code",
        "year",
        "mean_annual_wage",
        "price_parity",
        "adjusted_wage",
        "basis",
      ],
      ...rows.map((r) => [
        r.state,
        r.name,
        socCode,
        year,
        r.nominal,
        r.parity,
        adjusted ? r.value : null,
        adjusted ? "adjusted" : "nominal",
      ]),
    ],
  };
}
