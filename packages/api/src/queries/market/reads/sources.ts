import type { Database } from "@aiml/db";

export function findPublishedDatasets(db: Database) {
  return db.dataset.findMany({
    where: { publishedVersionId: { not: null } },
    orderBy: [{ publisher: "asc" }, { title: "asc" }],
    select: {
      slug: true,
      title: true,
      publisher: true,
      sourceUrl: true,
      asOf: true,
      asOfPrecision: true,
      methodology: true,
      licenceName: true,
      licenceUrl: true,
      attribution: true,
      importFormat: true,
      publishedVersion: { select: { number: true, publishedAt: true } },
    },
  });
}

export function findSourceDocuments(db: Database) {
  return db.sourceDocument.findMany({ orderBy: { id: "asc" } });
}
