import pg from "pg";

/** Ids of generated rows start with this; nothing else in the app makes such ids. */
const prefix = "bench-";

export interface ScaleReport {
  datasets: number;
  dataPoints: number;
  publishedDataPoints: number;
  seconds: number;
}

/**
 * Grows the published benchmark data `fold`-fold: every published dataset gets `fold - 1`
 * synthetic siblings ("<slug>-synthetic-0001", …), each with one published version holding the
 * same figures, every value varied by a reproducible factor between 0.85 and 1.15 (rounded to
 * the unit's precision; shares stay ≤ 100 %, ranks unchanged) and no quote or source document.
 * One transaction; it bumps the data revision, so running apps show the data on their next
 * request.
 */
export async function generateScaleData(databaseUrl: string, fold: number): Promise<ScaleReport> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const existing = await client.query(`SELECT 1 FROM "Dataset" WHERE id LIKE $1 LIMIT 1`, [
      `${prefix}%`,
    ]);
    if (existing.rowCount) throw new Error("this database already holds generated scale data");
    await client.query("BEGIN");
    await client.query(
      `CREATE TEMP TABLE scale_copy ON COMMIT DROP AS
       SELECT d.id AS source_dataset, d."publishedVersionId" AS source_version, k,
              $1 || d.id || '-' || k AS dataset_id, $1 || 'v-' || d.id || '-' || k AS version_id
       FROM "Dataset" d CROSS JOIN generate_series(1, $2::int - 1) AS k
       WHERE d."publishedVersionId" IS NOT NULL AND d.id NOT LIKE $1 || '%'`,
      [prefix, fold],
    );
    await client.query(
      `INSERT INTO "Dataset" (id, slug, title, publisher, "sourceUrl", "asOf", "asOfPrecision",
                              methodology, "updatedAt")
       SELECT c.dataset_id, d.slug || '-synthetic-' || lpad(c.k::text, 4, '0'),
              d.title || ' (synthetic sample ' || c.k || ')', d.publisher, NULL, d."asOf",
              d."asOfPrecision",
              'Synthetic benchmark data (scripts/bench): the figures of "' || d.slug ||
              '" with every value varied by up to 15 %. Not real data.', now()
       FROM scale_copy c JOIN "Dataset" d ON d.id = c.source_dataset`,
    );
    await client.query(
      `INSERT INTO "DatasetVersion" (id, "datasetId", number, status, note, "updatedAt", "publishedAt")
       SELECT version_id, dataset_id, 1, 'published', 'Synthetic benchmark data', now(), now()
       FROM scale_copy`,
    );
    const points = await client.query(
      `INSERT INTO "DataPoint" (id, "versionId", key, metric, statistic, unit, value, low, high,
                                "highOpen", approximate, role, company, industry, level, location,
                                specialization, skill, education, year, "baseYear", label, note,
                                "sortOrder")
       SELECT $1 || 'p-' || c.k || '-' || p.id, c.version_id, p.key, p.metric, p.statistic, p.unit,
              ${vary("p.value")}, ${vary("p.low")}, ${vary("p.high")}, p."highOpen", p.approximate, p.role, p.company,
              p.industry, p.level, p.location, p.specialization, p.skill, p.education, p.year,
              p."baseYear", p.label, 'Synthetic: varied from the source figure.', p."sortOrder"
       FROM scale_copy c
       JOIN "DataPoint" p ON p."versionId" = c.source_version
       CROSS JOIN LATERAL (
         SELECT 0.85 + 0.3 * ((hashtext(p.id || ':' || c.k) & 65535) / 65535.0) AS factor
       ) f`,
      [prefix],
    );
    await client.query(
      `UPDATE "Dataset" d SET "publishedVersionId" = c.version_id
       FROM scale_copy c WHERE d.id = c.dataset_id`,
    );
    await client.query(
      `INSERT INTO "DataRevision" (id, revision, "updatedAt") VALUES (1, 1, now())
       ON CONFLICT (id) DO UPDATE SET revision = "DataRevision".revision + 1, "updatedAt" = now()`,
    );
    await client.query("COMMIT");
    await client.query(`ANALYZE "Dataset", "DatasetVersion", "DataPoint"`);
    const totals = await client.query<{ datasets: string; points: string; published: string }>(
      `SELECT (SELECT count(*) FROM "Dataset") AS datasets,
              (SELECT count(*) FROM "DataPoint") AS points,
              (SELECT count(*) FROM "DataPoint" p JOIN "Dataset" d
                 ON d."publishedVersionId" = p."versionId") AS published`,
    );
    const row = totals.rows[0];
    if (!points.rowCount || !row) throw new Error("nothing was generated: no published datasets?");
    return {
      datasets: Number(row.datasets),
      dataPoints: Number(row.points),
      publishedDataPoints: Number(row.published),
      seconds: (performance.now() - started) / 1000,
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** A figure's column times the factor, rounded as its unit is written (NULL stays NULL). */
function vary(column: string): string {
  const v = `${column} * f.factor`;
  const money = `CASE WHEN abs(${v}) >= 10000 THEN round(${v}, -3) ELSE round(${v}) END`;
  return `CASE WHEN ${column} IS NULL THEN NULL ELSE CASE p.unit
    WHEN 'usd_per_year' THEN ${money}
    WHEN 'usd' THEN ${money}
    WHEN 'percent' THEN least(100, round(${v}, 1))
    WHEN 'percent_change' THEN round(${v}, 1)
    WHEN 'count' THEN round(${v})
    WHEN 'ratio' THEN round(${v}, 2)
    ELSE ${column}
  END END`;
}
