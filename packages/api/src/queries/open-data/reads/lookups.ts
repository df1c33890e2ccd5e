import { type Database, Prisma } from "@aiml/db";
import { isoDate } from "@aiml/domain";
import { observationsAt } from "./observations-at";
import { findPublishedByFormat, type OpenDataSource } from "./source";

export interface FxRate {
  currency: string;
  year: number;
  unitsPerUsd: number;
  usdPerUnit: number | null;
  method: string | null;
  source: OpenDataSource;
}

/** The annual average exchange rate of a currency against the dollar, or null. */
export async function fxRate(
  db: Database,
  input: { currency: string; year: number },
): Promise<FxRate | null> {
  for (const dataset of await findPublishedByFormat(db, ["fx-annual-usd"])) {
    const rows = await observationsAt(db, {
      versionId: dataset.versionId,
      metrics: ["fx_units_per_usd", "fx_usd_per_unit"],
      conditions: Prisma.sql`AND s.currency = ${input.currency}`,
      period: isoDate(input.year),
    });
    const units = rows.find((r) => r.metric === "fx_units_per_usd");
    if (units?.value == null) continue;
    const inverse = rows.find((r) => r.metric === "fx_usd_per_unit");
    return {
      currency: input.currency,
      year: input.year,
      unitsPerUsd: units.value,
      usdPerUnit: inverse?.value ?? null,
      method: units.attributes?.method ?? null,
      source: dataset.source,
    };
  }
  return null;
}

export interface PriceParity {
  state: string;
  stateName: string | null;
  year: number;
  allItems: number | null;
  goods: number | null;
  housing: number | null;
  utilities: number | null;
  otherServices: number | null;
  source: OpenDataSource;
}

const rppMetrics = {
  allItems: "rpp_all_items",
  goods: "rpp_goods",
  housing: "rpp_housing",
  utilities: "rpp_utilities",
  otherServices: "rpp_other_services",
} as const;

/** A state's regional price parities in a year (US = 100), or null. */
export async function priceParity(
  db: Database,
  input: { state: string; year: number },
): Promise<PriceParity | null> {
  for (const dataset of await findPublishedByFormat(db, ["bea-rpp-states"])) {
    const rows = await observationsAt(db, {
      versionId: dataset.versionId,
      metrics: Object.values(rppMetrics),
      conditions: Prisma.sql`AND s.state = ${input.state}`,
      period: isoDate(input.year),
    });
    if (rows.length === 0) continue;
    const value = (metric: string) => rows.find((r) => r.metric === metric)?.value ?? null;
    return {
      state: input.state,
      stateName: rows[0]?.attributes?.stateName ?? null,
      year: input.year,
      allItems: value(rppMetrics.allItems),
      goods: value(rppMetrics.goods),
      housing: value(rppMetrics.housing),
      utilities: value(rppMetrics.utilities),
      otherServices: value(rppMetrics.otherServices),
      source: dataset.source,
    };
  }
  return null;
}

export interface OewsWages {
  socCode: string;
  occupation: string | null;
  state: string;
  year: number;
  employment: number | null;
  mean: number | null;
  p10: number | null;
  p25: number | null;
  p50: number | null;
  p75: number | null;
  p90: number | null;
  hourlyMean: number | null;
  hourlyMedian: number | null;
  /** Percentiles BLS left out because they are at or above its top wage band. */
  topCoded: string[];
  source: OpenDataSource;
}

const TOP_CODED = /^a_(pct(\d\d)|median|mean)>=top_code$/;

function topCodedFields(flags: string | null): string[] {
  return (flags ?? "").split(";").flatMap((flag) => {
    const match = TOP_CODED.exec(flag);
    if (!match) return [];
    return [match[2] ? `p${match[2]}` : match[1] === "median" ? "p50" : "mean"];
  });
}

/**
 * OEWS wages of an occupation in May of a year: national for "US", else from a state file.
 * Searches every published OEWS dataset of the area's kind, the most recent first.
 */
export async function oewsWages(
  db: Database,
  input: { socCode: string; state: string; year: number },
): Promise<OewsWages | null> {
  const format = input.state === "US" ? "bls-oews-national" : "bls-oews-state";
  for (const dataset of await findPublishedByFormat(db, [format])) {
    const rows = await observationsAt(db, {
      versionId: dataset.versionId,
      metrics: ["annual_wage", "hourly_wage"],
      conditions: Prisma.sql`AND s."socCode" = ${input.socCode} AND s.state = ${input.state}`,
      period: isoDate(input.year, 5),
    });
    const annual = rows.find((r) => r.metric === "annual_wage");
    if (!annual) continue;
    const hourly = rows.find((r) => r.metric === "hourly_wage");
    return {
      socCode: input.socCode,
      occupation: annual.occupation,
      state: input.state,
      year: input.year,
      employment: annual.count,
      mean: annual.mean,
      p10: annual.p10,
      p25: annual.p25,
      p50: annual.p50,
      p75: annual.p75,
      p90: annual.p90,
      hourlyMean: hourly?.mean ?? null,
      hourlyMedian: hourly?.p50 ?? null,
      topCoded: topCodedFields(annual.flags),
      source: dataset.source,
    };
  }
  return null;
}

export interface ProjectionRow {
  socCode: string;
  occupation: string | null;
  rowType: string | null;
  /** Thousands of jobs. */
  employmentBase: number | null;
  employmentTarget: number | null;
  change: number | null;
  changePercent: number | null;
  /** Average openings a year over the span, thousands. */
  annualOpenings: number | null;
  selfEmployedPercent: number | null;
  medianWage: number | null;
  entryEducation: string | null;
}

export interface ProjectionsResult {
  source: OpenDataSource;
  baseYear: number;
  targetYear: number;
  rows: ProjectionRow[];
}

/** The latest published employment projections, one row per SOC code. */
export async function employmentProjections(
  db: Database,
  input: { socCodes?: string[] },
): Promise<ProjectionsResult | null> {
  const [dataset] = await findPublishedByFormat(db, ["bls-employment-projections-2024-34"]);
  if (!dataset) return null;
  const rows = await observationsAt(db, {
    versionId: dataset.versionId,
    metrics: [
      "employment",
      "employment_change",
      "employment_change_percent",
      "annual_openings",
      "self_employed_percent",
      "annual_wage",
    ],
    conditions: input.socCodes
      ? Prisma.sql`AND s."socCode" = ANY(${input.socCodes}::text[])`
      : Prisma.empty,
    period: null,
  });
  const span = rows.find((r) => r.periodEnd !== null);
  const baseYear = Number((span?.period ?? "0").slice(0, 4));
  const targetYear = Number((span?.periodEnd ?? "0").slice(0, 4));
  const bySoc = new Map<string, ProjectionRow>();
  for (const r of rows) {
    if (!r.socCode) continue;
    let row = bySoc.get(r.socCode);
    if (!row) {
      row = {
        socCode: r.socCode,
        occupation: r.occupation,
        rowType: r.attributes?.rowType ?? null,
        employmentBase: null,
        employmentTarget: null,
        change: null,
        changePercent: null,
        annualOpenings: null,
        selfEmployedPercent: null,
        medianWage: null,
        entryEducation: r.attributes?.entryEducation ?? null,
      };
      bySoc.set(r.socCode, row);
    }
    const year = Number(r.period.slice(0, 4));
    if (r.metric === "employment" && year === baseYear) row.employmentBase = r.value;
    else if (r.metric === "employment" && year === targetYear) row.employmentTarget = r.value;
    else if (r.metric === "employment_change") row.change = r.value;
    else if (r.metric === "employment_change_percent") row.changePercent = r.value;
    else if (r.metric === "annual_openings") row.annualOpenings = r.value;
    else if (r.metric === "self_employed_percent") row.selfEmployedPercent = r.value;
    else if (r.metric === "annual_wage") row.medianWage = r.p50;
  }
  return {
    source: dataset.source,
    baseYear,
    targetYear,
    rows: [...bySoc.values()].sort((a, b) => a.socCode.localeCompare(b.socCode)),
  };
}
