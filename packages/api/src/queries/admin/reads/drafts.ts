import type { Database } from "@aiml/db";
import { checkPointSet } from "@aiml/domain";
import { issueReport } from "../issue-report";
import { datasetNotFound } from "../not-found-errors";
import { lastEditOf } from "./last-edit";
import { loadPointSetContext } from "./point-set-context";
import { loadVersionPoints } from "./version-points";
import { versionSeriesCounts } from "./version-series-counts";

/**
 * The dataset's draft with one page of its rows and the quality issues of all of them; `draft`
 * is null when nobody has started editing (see startDraft).
 */
export async function getDraft(
  db: Database,
  params: { datasetId: string; offset: number; limit: number },
) {
  const dataset = await db.dataset.findUnique({
    where: { id: params.datasetId },
    select: {
      id: true,
      slug: true,
      title: true,
      asOf: true,
      sourceUrl: true,
      importFormat: true,
    },
  });
  if (!dataset) throw datasetNotFound();
  const draft = await db.datasetVersion.findFirst({
    where: { datasetId: dataset.id, status: "draft" },
    include: { createdBy: { select: { email: true } } },
  });
  const info = { id: dataset.id, slug: dataset.slug, title: dataset.title };
  if (!draft) return { dataset: info, draft: null };

  const [points, context, lastEdit, basedOn, observations] = await Promise.all([
    loadVersionPoints(db, draft.id),
    loadPointSetContext(db, dataset),
    lastEditOf(db, draft.id),
    draft.basedOnId
      ? db.datasetVersion.findUnique({ where: { id: draft.basedOnId }, select: { number: true } })
      : null,
    // Open data: counted in SQL, read a page at a time through admin.observations.list.
    dataset.importFormat ? versionSeriesCounts(db, draft.id) : null,
  ]);
  return {
    dataset: info,
    draft: {
      id: draft.id,
      number: draft.number,
      revision: draft.revision,
      basedOnVersionNumber: basedOn?.number ?? null,
      createdBy: draft.createdBy?.email ?? null,
      createdAt: draft.createdAt,
      lastEditedBy: lastEdit?.by ?? null,
      lastEditedAt: lastEdit?.at ?? draft.updatedAt,
      totalRows: points.length,
      /** Open-data drafts: their series and observations (null for article datasets). */
      seriesCount: observations?.series ?? null,
      observationCount: observations?.observations ?? null,
      offset: params.offset,
      rows: points.slice(params.offset, params.offset + params.limit),
      ...issueReport(checkPointSet(points, context)),
    },
  };
}
