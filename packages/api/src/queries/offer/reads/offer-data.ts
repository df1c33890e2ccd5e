import type { Database } from "@aiml/db";
import {
  type BriefCitation,
  type Currency,
  currencies,
  distributionInputSchema,
  type FxRate,
  isUsState,
  latestByStateInputSchema,
  type OfficialWages,
  openDataDimensionsInputSchema,
  type PercentileKey,
  percentileKeys,
  type StateParity,
  timeSeriesInputSchema,
} from "@aiml/domain";
import { AppError } from "../../../errors";
import {
  type OpenDataSource,
  openDataDimensions,
  openDataDistribution,
  openDataLatestByState,
  openDataTimeSeries,
} from "../../open-data/reads";

// The open datasets the offer calculator reads (slugs as seeded; see docs/open-data-api.md).
export const FX_DATASET = "fed-fx-annual-usd";
export const RPP_DATASET = "bea-rpp-states";
export const OEWS_NATIONAL_DATASET = "bls-oews-national-tech-wages";
export const OEWS_STATE_DATASET = "bls-oews-state-tech-wages-2023";

/** What the calculator shows under an open-data figure. */
export interface OfferDataSource {
  datasetSlug: string;
  title: string;
  publisher: string;
  asOf: string;
  licenceName: string | null;
  attribution: string | null;
  version: number;
}

export function offerSource(source: OpenDataSource): OfferDataSource {
  return {
    datasetSlug: source.datasetSlug,
    title: source.title,
    publisher: source.publisher,
    asOf: source.asOf.slice(
      0,
      source.asOfPrecision === "year" ? 4 : source.asOfPrecision === "month" ? 7 : 10,
    ),
    licenceName: source.licenceName,
    attribution: source.attribution,
    version: source.version,
  };
}

export function briefCitation(source: OfferDataSource): BriefCitation {
  return {
    publisher: source.publisher,
    title: source.title,
    asOf: source.asOf,
    licence: source.licenceName,
    attribution: source.attribution,
  };
}

/** A dataset that is not (or no longer) published reads as no data, not as an error. */
async function orNull<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    if ((error as { code?: string }).code === "NOT_FOUND") return null;
    throw error;
  }
}

/** Every published annual exchange rate of the supported currencies. */
export async function offerFxRates(
  db: Database,
): Promise<{ rates: FxRate[]; source: OfferDataSource } | null> {
  const data = await orNull(
    openDataTimeSeries(
      db,
      timeSeriesInputSchema.parse({
        dataset: FX_DATASET,
        metric: "fx_units_per_usd",
        filters: { currency: currencies.filter((c) => c !== "USD") },
        maxSeries: 20,
      }),
    ),
  );
  if (!data) return null;
  const rates: FxRate[] = data.series.flatMap((series) => {
    const currency = series.dimensions.currency as Currency | null;
    if (!currency || !(currencies as readonly string[]).includes(currency)) return [];
    return series.points.flatMap((p) =>
      p.value === null
        ? []
        : [{ currency, year: Number(p.period.slice(0, 4)), unitsPerUsd: p.value }],
    );
  });
  return { rates, source: offerSource(data.source) };
}

/** The latest rate of each currency (what the calculator page sends to the browser). */
export function latestRates(rates: FxRate[]): FxRate[] {
  const latest = new Map<string, FxRate>();
  for (const rate of rates) {
    const seen = latest.get(rate.currency);
    if (!seen || rate.year > seen.year) latest.set(rate.currency, rate);
  }
  // Keep only the latest year every listed currency shares, so side-by-side figures use one year.
  const year = Math.min(...[...latest.values()].map((r) => r.year));
  return rates.filter((r) => r.year === year);
}

/** The latest all-items price parity of every state. */
export async function offerParities(
  db: Database,
): Promise<{ parities: StateParity[]; source: OfferDataSource } | null> {
  const data = await orNull(
    openDataLatestByState(
      db,
      latestByStateInputSchema.parse({ dataset: RPP_DATASET, metric: "rpp_all_items" }),
    ),
  );
  if (!data) return null;
  const parities: StateParity[] = data.rows.flatMap((row) =>
    isUsState(row.state)
      ? [{ state: row.state, year: Number(row.period.slice(0, 4)), rppAllItems: row.value }]
      : [],
  );
  return { parities, source: offerSource(data.source) };
}

/** The US average parity (100 by definition, read from the data like every other). */
export async function usAverageParity(db: Database): Promise<number | null> {
  const data = await orNull(
    openDataLatestByState(
      db,
      latestByStateInputSchema.parse({
        dataset: RPP_DATASET,
        metric: "rpp_all_items",
        filters: { state: "US" },
      }),
    ),
  );
  return data?.rows.find((r) => r.state === "US")?.value ?? null;
}

/** Occupations with official wage figures, by SOC code. */
export async function offerOccupations(db: Database): Promise<{ code: string; title: string }[]> {
  const data = await orNull(
    openDataDimensions(
      db,
      openDataDimensionsInputSchema.parse({
        dataset: OEWS_NATIONAL_DATASET,
        metric: "annual_wage",
      }),
    ),
  );
  if (!data) return [];
  return data.values.socCode
    .map((v) => ({ code: v.value, title: v.label ?? v.value }))
    .filter((o) => /^\d{2}-\d{4}$/.test(o.code))
    .sort((a, b) => a.title.localeCompare(b.title));
}

const TOP_CODED = /^a_pct(\d\d)>=top_code$|^a_median>=top_code$/;

/** The latest published OEWS percentiles of an occupation in "US" or a state, or null. */
export async function officialWages(
  db: Database,
  socCode: string,
  area: string,
): Promise<{ wages: OfficialWages; source: OfferDataSource } | null> {
  const dataset = area === "US" ? OEWS_NATIONAL_DATASET : OEWS_STATE_DATASET;
  const data = await orNull(
    openDataDistribution(
      db,
      distributionInputSchema.parse({ dataset, metric: "annual_wage", socCode, state: area }),
    ),
  );
  if (!data) return null;
  const latest = [...data.points].reverse()[0];
  if (!latest) return null;
  const topCoded = latest.flags.flatMap((flag): PercentileKey[] => {
    const match = TOP_CODED.exec(flag);
    if (!match) return [];
    const key = match[1] ? (`p${match[1]}` as PercentileKey) : "p50";
    return percentileKeys.includes(key) ? [key] : [];
  });
  return {
    wages: {
      socCode,
      occupationTitle: data.occupation ?? socCode,
      area,
      year: Number(latest.period.slice(0, 4)),
      employment: latest.count,
      p10: latest.p10,
      p25: latest.p25,
      p50: latest.p50,
      p75: latest.p75,
      p90: latest.p90,
      topCoded,
    },
    source: offerSource(data.source),
  };
}
