import type { Database, Prisma } from "@aiml/db";
import { AppError } from "../../../errors";

/** What a page shows beside an open-data figure: who published it, under which licence. */
export interface OpenDataSource {
  datasetSlug: string;
  title: string;
  publisher: string;
  sourceUrl: string | null;
  asOf: string;
  asOfPrecision: "year" | "month" | "day";
  licenceName: string | null;
  licenceUrl: string | null;
  attribution: string | null;
  methodology: string | null;
  /** The published version's number. */
  version: number;
}

export interface PublishedOpenDataset {
  datasetId: string;
  versionId: string;
  source: OpenDataSource;
}

const sourceSelect = {
  id: true,
  slug: true,
  title: true,
  publisher: true,
  sourceUrl: true,
  asOf: true,
  asOfPrecision: true,
  licenceName: true,
  licenceUrl: true,
  attribution: true,
  methodology: true,
  publishedVersion: { select: { id: true, number: true } },
} satisfies Prisma.DatasetSelect;

type SourceRow = Prisma.DatasetGetPayload<{ select: typeof sourceSelect }>;

function toPublished(row: SourceRow): PublishedOpenDataset | null {
  if (!row.publishedVersion) return null;
  return {
    datasetId: row.id,
    versionId: row.publishedVersion.id,
    source: {
      datasetSlug: row.slug,
      title: row.title,
      publisher: row.publisher,
      sourceUrl: row.sourceUrl,
      asOf: row.asOf.toISOString().slice(0, 10),
      asOfPrecision: row.asOfPrecision,
      licenceName: row.licenceName,
      licenceUrl: row.licenceUrl,
      attribution: row.attribution,
      methodology: row.methodology,
      version: row.publishedVersion.number,
    },
  };
}

export const openDatasetNotFound = (slug: string) =>
  new AppError("NOT_FOUND", `No published open-data dataset "${slug}".`);

/** A published open-data dataset by slug; NOT_FOUND for an unknown or unpublished one. */
export async function findPublishedOpenDataset(
  db: Database,
  slug: string,
): Promise<PublishedOpenDataset> {
  const row = await db.dataset.findFirst({
    where: { slug, importFormat: { not: null } },
    select: sourceSelect,
  });
  const published = row ? toPublished(row) : null;
  if (!published) throw openDatasetNotFound(slug);
  return published;
}

/** The published datasets in one import format, most recent as-of date first. */
export async function findPublishedByFormat(
  db: Database,
  formats: string[],
): Promise<PublishedOpenDataset[]> {
  const rows = await db.dataset.findMany({
    where: { importFormat: { in: formats }, publishedVersionId: { not: null } },
    orderBy: [{ asOf: "desc" }, { slug: "asc" }],
    select: sourceSelect,
  });
  return rows.map(toPublished).filter((d): d is PublishedOpenDataset => d !== null);
}
