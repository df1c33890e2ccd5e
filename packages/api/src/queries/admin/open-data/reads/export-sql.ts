/*
 * The SQL of the open-data CSV exports, as text: COPY … TO STDOUT takes no bind parameters, so
 * the versions are read with current_setting() from settings the same transaction sets
 * (setExportVersions), never written into the text.
 */

export const FROM_VERSION = "current_setting('aiml.export_from')";
export const TO_VERSION = "current_setting('aiml.export_to')";

/** Text a spreadsheet would run as a formula gets a leading apostrophe (imports remove it). */
const safeText = (expression: string) =>
  `CASE WHEN ${expression} ~ '^[-=+@\\t\\r]' THEN '''' || ${expression} ELSE ${expression} END`;

const unnested = `CROSS JOIN LATERAL unnest(b.periods, b."periodEnds", b.value, b.mean, b.p10,
    b.p25, b.p50, b.p75, b.p90, b.count, b.flags)
    WITH ORDINALITY AS o(period, period_end, value, mean, p10, p25, p50, p75, p90, count, flags, n)`;

/**
 * A version's observations in the long layout (openDataLong's columns, in order), by series key
 * and period: series through the links' primary key, blocks through theirs, so Postgres streams
 * them without sorting 10 million rows.
 */
export const versionObservationsSql = (version: string) => `
  SELECT s.metric, s.unit::text AS unit, s."precision"::text AS "precision",
    o.period::text AS period, o.period_end::text AS period_end,
    s."socCode" AS soc_code, ${safeText("s.occupation")} AS occupation, s.state,
    ${safeText("s.sector")} AS sector, s.currency, s."postingsType" AS postings_type,
    s."seasonalAdjustment" AS seasonal_adjustment,
    o.value, o.mean, o.p10, o.p25, o.p50, o.p75, o.p90, o.count,
    ${safeText('s."countMeaning"')} AS count_meaning, s."indexBase"::text AS index_base,
    ${safeText("o.flags")} AS flags, ${safeText("s.attributes::text")} AS attributes
  FROM "VersionSeries" vs
  JOIN "ObservationSeries" s ON s.id = vs."seriesId"
  JOIN "ObservationBlock" b ON b."seriesId" = s.id
  ${unnested}
  WHERE vs."versionId" = ${version}
  ORDER BY vs."seriesKey", b."blockStart", o.n`;

const statistics = ["value", "mean", "p10", "p25", "p50", "p75", "p90", "count", "flags"];

/** The observations of the series one version links and the other does not (by series id). */
const onlyIn = (version: string, other: string) => `
  SELECT vs."seriesKey" AS series_key, o.period, o.period_end,
    ${statistics.map((c) => `o.${c}`).join(", ")}
  FROM "VersionSeries" vs
  JOIN "ObservationBlock" b ON b."seriesId" = vs."seriesId"
  ${unnested}
  WHERE vs."versionId" = ${version}
    AND vs."seriesId" NOT IN (SELECT "seriesId" FROM "VersionSeries" WHERE "versionId" = ${other})`;

const compared = (alias: string) =>
  `(${["period_end", ...statistics].map((c) => `${alias}.${c}`).join(", ")})`;

/**
 * Every observation added, removed or changed from one version to another, by series key and
 * period: series both versions link are the same rows and are never read.
 */
export const diffRowsSql = (from: string, to: string) => `
  SELECT CASE WHEN f.series_key IS NULL THEN 'added' WHEN t.series_key IS NULL THEN 'removed'
      ELSE 'changed' END AS change,
    COALESCE(t.series_key, f.series_key) AS series_key,
    COALESCE(t.period, f.period)::text AS period,
    COALESCE(t.period_end, f.period_end)::text AS period_end,
    ${statistics
      .map((c) =>
        c === "flags"
          ? `${safeText("f.flags")} AS flags_from, ${safeText("t.flags")} AS flags_to`
          : `f.${c} AS ${c}_from, t.${c} AS ${c}_to`,
      )
      .join(",\n    ")}
  FROM (${onlyIn(to, from)}) t
  FULL JOIN (${onlyIn(from, to)}) f ON f.series_key = t.series_key AND f.period = t.period
  WHERE f.series_key IS NULL OR t.series_key IS NULL
    OR ${compared("f")} IS DISTINCT FROM ${compared("t")}`;

/** The diff rows as the CSV download writes them. */
export const diffCsvSql = (from: string, to: string) => `
  SELECT change, series_key, period, period_end,
    ${statistics.map((c) => `${c}_from, ${c}_to`).join(", ")}
  FROM (${diffRowsSql(from, to)}) d
  ORDER BY series_key, period`;
