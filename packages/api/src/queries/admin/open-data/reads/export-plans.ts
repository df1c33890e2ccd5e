import type { Database } from "@aiml/db";
import { Prisma } from "@aiml/db";
import { AppError } from "../../../../errors";
import { datasetNotFound } from "../../not-found-errors";
import { countObservationChanges } from "../../reads/observation-changes";
import { findVersion } from "../../reads/versions";
import { diffRowsSql, FROM_VERSION, TO_VERSION } from "./export-sql";

type Version = Awaited<ReturnType<typeof findVersion>>;

async function openDataset(db: Database, datasetId: string) {
  const dataset = await db.dataset.findUnique({
    where: { id: datasetId },
    select: {
      slug: true,
      title: true,
      publisher: true,
      sourceUrl: true,
      licenceName: true,
      licenceUrl: true,
      attribution: true,
      importFormat: true,
    },
  });
  if (!dataset) throw datasetNotFound();
  return dataset;
}

/** The `# …` lines every open-data CSV starts with: what it is, whose it is, under which licence. */
function csvNotes(dataset: Awaited<ReturnType<typeof openDataset>>, what: string): string[] {
  return [
    `${dataset.title} (${dataset.slug}): ${what}`,
    `Publisher: ${dataset.publisher}${dataset.sourceUrl ? `, ${dataset.sourceUrl}` : ""}`,
    `Licence: ${dataset.licenceName ?? "not stated"}${dataset.licenceUrl ? ` (${dataset.licenceUrl})` : ""}`,
    ...(dataset.attribution ? [`Attribution: ${dataset.attribution}`] : []),
  ];
}

const versionName = (v: Version) => `version ${v.number} (${v.status})`;

/**
 * What an export of an open-data version needs (file name, notes), once the caller may have it;
 * null for a dataset of article figures (exported by admin.versions.exportCsv).
 */
export async function versionExportPlan(
  db: Database,
  params: { datasetId: string; versionId: string },
) {
  const dataset = await openDataset(db, params.datasetId);
  const version = await findVersion(db, params.datasetId, params.versionId);
  if (!dataset.importFormat) return null;
  return {
    filename: `${dataset.slug}-v${version.number}.csv`,
    versionId: version.id,
    notes: [...csvNotes(dataset, `${versionName(version)}, in the open-data-long import layout`)],
  };
}

async function versionPair(
  db: Database,
  params: { datasetId: string; fromVersionId: string; toVersionId: string },
) {
  const dataset = await openDataset(db, params.datasetId);
  if (!dataset.importFormat) {
    throw new AppError("BAD_REQUEST", "This dataset holds article figures, not open data.");
  }
  const [from, to] = await Promise.all([
    findVersion(db, params.datasetId, params.fromVersionId),
    findVersion(db, params.datasetId, params.toVersionId),
  ]);
  return { dataset, from, to };
}

/** What a CSV of the differences between two open-data versions needs. */
export async function diffExportPlan(
  db: Database,
  params: { datasetId: string; fromVersionId: string; toVersionId: string },
) {
  const { dataset, from, to } = await versionPair(db, params);
  return {
    filename: `${dataset.slug}-v${from.number}-to-v${to.number}-diff.csv`,
    from: from.id,
    to: to.id,
    notes: csvNotes(
      dataset,
      `observations added, removed or changed from ${versionName(from)} to ${versionName(to)}`,
    ),
  };
}

interface SeriesChange {
  seriesKey: string;
  added: number;
  removed: number;
  changed: number;
}

/**
 * The differences between two open-data versions summed up per series (those with any), with
 * the totals; series both versions share are the same rows and are not read.
 */
export async function seriesDiff(
  db: Database,
  params: {
    datasetId: string;
    fromVersionId: string;
    toVersionId: string;
    offset: number;
    limit: number;
  },
) {
  const { from, to } = await versionPair(db, params);
  const links = (versionId: string) =>
    Prisma.sql`SELECT "seriesKey", "seriesId" FROM "VersionSeries" WHERE "versionId" = ${versionId}`;
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT set_config('aiml.export_from', ${from.id}, true),
      set_config('aiml.export_to', ${to.id}, true)`;
    const [page] = await tx.$queryRaw<{ total: number; series: SeriesChange[] }[]>`
      WITH g AS (
        SELECT series_key AS "seriesKey",
          count(*) FILTER (WHERE change = 'added')::int AS added,
          count(*) FILTER (WHERE change = 'removed')::int AS removed,
          count(*) FILTER (WHERE change = 'changed')::int AS changed
        FROM (${Prisma.raw(diffRowsSql(FROM_VERSION, TO_VERSION))}) d
        GROUP BY series_key)
      SELECT (SELECT count(*) FROM g)::int AS total,
        (SELECT COALESCE(json_agg(p ORDER BY p."seriesKey"), '[]'::json)
         FROM (SELECT * FROM g ORDER BY "seriesKey" OFFSET ${params.offset} LIMIT ${params.limit}) p)
          AS series`;
    const counts = await countObservationChanges(tx, links(from.id), links(to.id));
    return {
      from: { id: from.id, number: from.number, status: from.status },
      to: { id: to.id, number: to.number, status: to.status },
      counts,
      seriesWithChanges: page?.total ?? 0,
      offset: params.offset,
      series: page?.series ?? [],
    };
  });
}
