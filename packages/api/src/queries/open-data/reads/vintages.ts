import type { Database } from "@aiml/db";
import { compareStated, officialCounterparts } from "@aiml/domain";
import { findPublishedFiguresByRef } from "../../market/reads/published-figures";
import { statisticColumn } from "../series-sql";
import { findPublishedByFormat, type OpenDataSource } from "./source";

export interface OfficialValue {
  datasetSlug: string;
  period: string;
  periodEnd: string | null;
  value: number;
  source: OpenDataSource;
}

export interface Gap {
  period: string;
  value: number;
  /** official − stated */
  difference: number;
  differencePercent: number | null;
  /** Whether they agree at the stated figure's precision. */
  agrees: boolean;
}

export interface ArticleVintage {
  id: string;
  measure: string;
  socCode: string;
  stated: {
    datasetSlug: string;
    key: string;
    label: string;
    value: number;
    approximate: boolean;
    quote: string | null;
    publisher: string;
    asOf: string;
  } | null;
  /** Every official value of the series, oldest first: its vintages. */
  official: OfficialValue[];
  /** The official value the article's figure is nearest to: the release it most likely quotes. */
  nearest: Gap | null;
  /** The latest official value against the article's. */
  latest: Gap | null;
}

export interface SameMeasure {
  socCode: string;
  occupation: string | null;
  state: string;
  period: string;
  values: { datasetSlug: string; value: number }[];
  /** Largest − smallest. */
  spread: number;
}

function gap(stated: { value: number; approximate: boolean }, official: OfficialValue): Gap {
  const c = compareStated(stated.value, official.value, { approximate: stated.approximate });
  return {
    period: official.period,
    value: official.value,
    difference: official.value - stated.value,
    differencePercent: c.differencePercent,
    agrees: c.agrees,
  };
}

async function officialValues(
  db: Database,
  counterpart: (typeof officialCounterparts)[number],
): Promise<OfficialValue[]> {
  const values: OfficialValue[] = [];
  for (const dataset of await findPublishedByFormat(db, [...counterpart.importFormats])) {
    const rows = await db.$queryRaw<{ period: string; periodEnd: string | null; value: number }[]>`
      SELECT o.period::text AS period, o.period_end::text AS "periodEnd", o.v AS value
      FROM "VersionSeries" vs
      JOIN "ObservationSeries" s ON s.id = vs."seriesId"
      JOIN "ObservationBlock" b ON b."seriesId" = s.id
      CROSS JOIN LATERAL unnest(b.periods, b."periodEnds", ${statisticColumn(counterpart.statistic)})
        AS o(period, period_end, v)
      WHERE vs."versionId" = ${dataset.versionId} AND s.metric = ${counterpart.metric}
        AND s."socCode" = ${counterpart.socCode} AND s.state = 'US' AND o.v IS NOT NULL
      ORDER BY o.period`;
    for (const r of rows)
      values.push({ datasetSlug: dataset.source.datasetSlug, ...r, source: dataset.source });
  }
  return values.sort((a, b) => a.period.localeCompare(b.period));
}

/**
 * Article figures that quote an official series now held as open data, each beside every
 * official vintage: how far apart they are, and which release the article most likely quotes.
 * Neither replaces the other.
 */
export async function articleVintages(db: Database): Promise<ArticleVintage[]> {
  const figures = await findPublishedFiguresByRef(
    db,
    officialCounterparts.map((c) => c.figure),
  );
  return Promise.all(
    officialCounterparts.map(async (counterpart) => {
      const figure = figures.get(`${counterpart.figure.datasetSlug}/${counterpart.figure.key}`);
      const official = await officialValues(db, counterpart);
      const stated =
        figure && figure.value !== null
          ? {
              datasetSlug: figure.source.datasetSlug,
              key: figure.key,
              label: figure.label,
              value: figure.value,
              approximate: figure.approximate,
              quote: figure.quote,
              publisher: figure.source.publisher,
              asOf: figure.source.asOf,
            }
          : null;
      const gaps = stated ? official.map((o) => gap(stated, o)) : [];
      const nearest = gaps.reduce<Gap | null>(
        (best, g) => (!best || Math.abs(g.difference) < Math.abs(best.difference) ? g : best),
        null,
      );
      return {
        id: counterpart.id,
        measure: counterpart.measure,
        socCode: counterpart.socCode,
        stated,
        official,
        nearest,
        latest: gaps.at(-1) ?? null,
      };
    }),
  );
}

/**
 * The same measure (a median annual wage) for the same occupation, area and period in two or
 * more published datasets, with how far apart they are.
 */
export async function sameMeasureAcrossDatasets(db: Database): Promise<SameMeasure[]> {
  const rows = await db.$queryRaw<SameMeasure[]>`
    WITH x AS (
      SELECT s."socCode", s.state, o.period, d.slug, o.p50, s.occupation
      FROM "Dataset" d
      JOIN "VersionSeries" vs ON vs."versionId" = d."publishedVersionId"
      JOIN "ObservationSeries" s ON s.id = vs."seriesId"
      JOIN "ObservationBlock" b ON b."seriesId" = s.id
      CROSS JOIN LATERAL unnest(b.periods, b.p50) AS o(period, p50)
      WHERE d."importFormat" IS NOT NULL AND s.metric = 'annual_wage' AND o.p50 IS NOT NULL
    )
    SELECT "socCode", max(occupation) AS occupation, state, period::text AS period,
      json_agg(json_build_object('datasetSlug', slug, 'value', p50) ORDER BY slug) AS values,
      max(p50) - min(p50) AS spread
    FROM x GROUP BY "socCode", state, period
    HAVING count(DISTINCT slug) > 1
    ORDER BY "socCode", state, period`;
  return rows;
}
