import { observationStatistics, type ParsedSeries } from "@aiml/domain";
import type pg from "pg";

type Queryable = Pick<pg.PoolClient, "query">;

/** The first day of an observation's storage block (see ObservationBlock in schema.prisma). */
export const BLOCK_START_SQL = `CASE s."precision"
    WHEN 'day' THEN date_trunc('month', o.period)::date
    WHEN 'year' THEN make_date(extract(year FROM o.period)::int / 10 * 10, 1, 1)
    WHEN 'span' THEN make_date(extract(year FROM o.period)::int / 10 * 10, 1, 1)
    ELSE date_trunc('year', o.period)::date
  END`;

/** The staged columns besides the period that blocks keep as arrays. */
const blockColumns = ["period_end", ...observationStatistics, "flags"] as const;

/**
 * A column of observations in a block, or NULL when no observation of the block has one. A
 * column no staged observation has is NULL outright: gathering a million NULLs into arrays only
 * to throw them away is a good part of a large import's time.
 */
const arrayOf = (column: string, staged: ReadonlySet<string>) =>
  staged.has(column)
    ? `CASE WHEN count(o.${column}) > 0 THEN array_agg(o.${column} ORDER BY o.period) END`
    : "NULL";

/**
 * Creates the session's staging table for observations (dropped at commit). Rows go in by
 * series key; buildBlocks then groups them into blocks inside Postgres.
 */
export async function createObservationStage(client: Queryable): Promise<void> {
  await client.query(`CREATE TEMP TABLE IF NOT EXISTS open_data_stage (
    series_key text NOT NULL,
    period date NOT NULL,
    period_end date,
    value float8, mean float8, p10 float8, p25 float8, p50 float8, p75 float8, p90 float8,
    count float8,
    flags text
  ) ON COMMIT DROP`);
}

/**
 * Links new series to a version (replacing any series of the same key the version held) and
 * returns their ids by key. The series rows are new: series are never changed once written.
 */
export async function insertSeries(
  client: Queryable,
  params: { datasetId: string; versionId: string; series: Omit<ParsedSeries, "observations">[] },
): Promise<Map<string, number>> {
  const specs = params.series.map((s) => ({
    key: s.key,
    metric: s.metric,
    unit: s.unit,
    precision: s.precision,
    indexBase: s.indexBase,
    countMeaning: s.countMeaning,
    ...s.dimensions,
    attributes: s.attributes,
  }));
  const { rows } = await client.query<{ id: number; key: string }>(
    `WITH specs AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(
         key text, metric text, unit text, "precision" text, "indexBase" date, "countMeaning" text,
         "socCode" text, occupation text, state text, sector text, currency text,
         "postingsType" text, "seasonalAdjustment" text, attributes jsonb)
     ), inserted AS (
       INSERT INTO "ObservationSeries" ("datasetId", key, metric, unit, "precision", "indexBase",
         "countMeaning", "socCode", occupation, state, sector, currency, "postingsType",
         "seasonalAdjustment", attributes)
       SELECT $2, key, metric, unit::"ObservationUnit", "precision"::"PeriodPrecision",
         "indexBase", "countMeaning", "socCode", occupation, state, sector, currency,
         "postingsType", "seasonalAdjustment", attributes
       FROM specs
       RETURNING id, key
     )
     INSERT INTO "VersionSeries" ("versionId", "seriesKey", "seriesId")
     SELECT $3, key, id FROM inserted
     ON CONFLICT ("versionId", "seriesKey") DO UPDATE SET "seriesId" = EXCLUDED."seriesId"
     RETURNING "seriesId" AS id, "seriesKey" AS key`,
    [JSON.stringify(specs), params.datasetId, params.versionId],
  );
  return new Map(rows.map((r) => [r.key, r.id]));
}

/** Observations of parsed series into the staging table, a few thousand per statement. */
export async function stageObservations(
  client: Queryable,
  series: ParsedSeries[],
): Promise<number> {
  const BATCH = 5_000;
  const columns: unknown[][] = Array.from({ length: 12 }, () => []);
  let staged = 0;
  const flush = async () => {
    if (columns[0]?.length === 0) return;
    await client.query(
      `INSERT INTO open_data_stage SELECT * FROM unnest($1::text[], $2::date[], $3::date[],
         $4::float8[], $5::float8[], $6::float8[], $7::float8[], $8::float8[], $9::float8[],
         $10::float8[], $11::float8[], $12::text[])`,
      columns,
    );
    for (const column of columns) column.length = 0;
  };
  for (const s of series) {
    for (const o of s.observations) {
      const row = [
        s.key,
        o.period,
        o.periodEnd,
        o.value,
        o.mean,
        o.p10,
        o.p25,
        o.p50,
        o.p75,
        o.p90,
        o.count,
        o.flags ? o.flags.join(";") : null,
      ];
      for (const [i, value] of row.entries()) columns[i]?.push(value);
      staged += 1;
      if (columns[0]?.length === BATCH) await flush();
    }
  }
  await flush();
  return staged;
}

/**
 * Groups the staged observations of a version's series into blocks, in one statement, and
 * empties the stage. Returns the number of blocks written.
 */
export async function buildBlocks(
  client: Queryable,
  versionId: string,
  /** The columns some staged observation has a value in, when the caller knows (all: unknown). */
  staged: ReadonlySet<string> = new Set(blockColumns),
): Promise<number> {
  const arrays = blockColumns.map((c) => arrayOf(c, staged)).join(", ");
  const { rowCount } = await client.query(
    `INSERT INTO "ObservationBlock" ("seriesId", "blockStart", "lastPeriod", periods,
       "periodEnds", value, mean, p10, p25, p50, p75, p90, count, flags)
     SELECT s.id, b.block_start, max(o.period), array_agg(o.period ORDER BY o.period), ${arrays}
     FROM open_data_stage o
     JOIN "VersionSeries" vs ON vs."versionId" = $1 AND vs."seriesKey" = o.series_key
     JOIN "ObservationSeries" s ON s.id = vs."seriesId"
     CROSS JOIN LATERAL (SELECT ${BLOCK_START_SQL} AS block_start) b
     GROUP BY s.id, b.block_start`,
    [versionId],
  );
  await client.query("TRUNCATE open_data_stage");
  return rowCount ?? 0;
}

/** Writes parsed series as new series of a version: series rows, links, then blocks. */
export async function writeSeries(
  client: Queryable,
  params: { datasetId: string; versionId: string; series: ParsedSeries[] },
): Promise<{ series: number; observations: number; blocks: number }> {
  await createObservationStage(client);
  await insertSeries(client, params);
  const observations = await stageObservations(client, params.series);
  const blocks = await buildBlocks(client, params.versionId);
  return { series: params.series.length, observations, blocks };
}
