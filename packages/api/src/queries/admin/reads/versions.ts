import type { Database } from "@aiml/db";
import { dataPointsToCsv, diffDataPoints, limitDiff } from "@aiml/domain";
import { AppError } from "../../../errors";
import { datasetNotFound } from "../not-found-errors";
import type { Tx } from "../transaction";
import { loadVersionPoints } from "./version-points";

const versionNotFound = () => new AppError("NOT_FOUND", "No such version of this dataset.");

/** A dataset's versions, newest first, with who made and published each, and when. */
export async function listVersions(db: Database, datasetId: string) {
  const dataset = await db.dataset.findUnique({ where: { id: datasetId }, select: { id: true } });
  if (!dataset) throw datasetNotFound();
  const versions = await db.datasetVersion.findMany({
    where: { datasetId },
    orderBy: { number: "desc" },
    include: {
      createdBy: { select: { email: true } },
      publishedBy: { select: { email: true } },
      _count: { select: { dataPoints: true, series: true } },
    },
  });
  const numberById = new Map(versions.map((v) => [v.id, v.number]));
  return versions.map((v) => ({
    id: v.id,
    number: v.number,
    status: v.status,
    note: v.note,
    revision: v.revision,
    basedOnVersionNumber: v.basedOnId ? (numberById.get(v.basedOnId) ?? null) : null,
    createdBy: v.createdBy?.email ?? null,
    createdAt: v.createdAt,
    publishedBy: v.publishedBy?.email ?? null,
    publishedAt: v.publishedAt,
    dataPointCount: v._count.dataPoints,
    seriesCount: v._count.series,
  }));
}

/** A version of this dataset (never another dataset's, whatever id is asked for). */
export async function findVersion(db: Database, datasetId: string, versionId: string) {
  const version = await db.datasetVersion.findFirst({
    where: { id: versionId, datasetId },
    select: {
      id: true,
      number: true,
      status: true,
      dataset: { select: { slug: true, importFormat: true } },
    },
  });
  if (!version) throw versionNotFound();
  return version;
}

/** What changed from one version to another: added, removed and changed points by key. */
export async function diffVersions(
  db: Database,
  params: { datasetId: string; fromVersionId: string; toVersionId: string; limit: number },
) {
  const [from, to] = await Promise.all([
    findVersion(db, params.datasetId, params.fromVersionId),
    findVersion(db, params.datasetId, params.toVersionId),
  ]);
  const [before, after] = await Promise.all([
    loadVersionPoints(db, from.id),
    loadVersionPoints(db, to.id),
  ]);
  return {
    from: { id: from.id, number: from.number, status: from.status },
    to: { id: to.id, number: to.number, status: to.status },
    ...limitDiff(diffDataPoints(before, after), params.limit),
  };
}

/** A version's points as CSV in the import format, with formula-like text escaped. */
export async function exportVersionCsv(db: Database, datasetId: string, versionId: string) {
  const version = await findVersion(db, datasetId, versionId);
  if (version.dataset.importFormat) {
    // Millions of observations are never built into one string: they stream from Postgres.
    throw new AppError(
      "BAD_REQUEST",
      `This version holds open data: download it from /api/admin/datasets/${datasetId}/versions/${versionId}/csv.`,
    );
  }
  const points = await loadVersionPoints(db, version.id);
  return {
    filename: `${version.dataset.slug}-v${version.number}.csv`,
    csv: dataPointsToCsv(points),
    dataPointCount: points.length,
  };
}

/** The number for a dataset's next version: one above its highest. */
export async function nextVersionNumber(tx: Tx, datasetId: string): Promise<number> {
  const { _max } = await tx.datasetVersion.aggregate({
    where: { datasetId },
    _max: { number: true },
  });
  return (_max.number ?? 0) + 1;
}
