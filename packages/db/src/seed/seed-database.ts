import type { DatasetSeed } from "@aiml/domain";
import { dataPointRow, isoDateToDate } from "../benchmarks/data-point-row";
import type { Database } from "../client";
import { createOpenDataDataset } from "../open-data/seed-open-data";
import { loadSeedFiles, type SeedFiles } from "./load-seed-files";

export interface SeedReport {
  documentsCreated: number;
  datasetsCreated: string[];
  datasetsKept: string[];
  dataPointsCreated: number;
  /** Observations of the open-data datasets created (prisma/seed/open-data). */
  observationsCreated: number;
  metricDefinitionsCreated: number;
}

const SEED_NOTE = "Imported from the seed documents";

async function createSeededDataset(db: Database, seed: DatasetSeed): Promise<number> {
  return db.$transaction(async (tx) => {
    const dataset = await tx.dataset.create({
      data: {
        slug: seed.slug,
        title: seed.title,
        publisher: seed.publisher,
        sourceUrl: seed.sourceUrl ?? null,
        asOf: isoDateToDate(seed.asOf),
        asOfPrecision: seed.asOfPrecision,
        methodology: seed.methodology ?? null,
      },
    });
    const version = await tx.datasetVersion.create({
      data: {
        datasetId: dataset.id,
        number: 1,
        status: "published",
        note: SEED_NOTE,
        publishedAt: new Date(),
      },
    });
    const rows = seed.dataPoints.map((point, i) => dataPointRow(point, version.id, i));
    await tx.dataPoint.createMany({ data: rows });
    await tx.dataset.update({
      where: { id: dataset.id },
      data: { publishedVersionId: version.id },
    });
    await tx.auditLog.create({
      data: {
        action: "dataset.seed",
        entityType: "Dataset",
        entityId: dataset.id,
        datasetId: dataset.id,
        after: { slug: seed.slug, version: 1, dataPoints: rows.length },
        note: SEED_NOTE,
      },
    });
    return rows.length;
  });
}

/**
 * Loads the seed documents and datasets, then the open-data datasets. Idempotent: a dataset whose slug exists is left as it
 * is (after the first seed, admins own the data), so a second run changes nothing.
 */
export async function seedDatabase(
  db: Database,
  files: SeedFiles = loadSeedFiles(),
): Promise<SeedReport> {
  const report: SeedReport = {
    documentsCreated: 0,
    datasetsCreated: [],
    datasetsKept: [],
    dataPointsCreated: 0,
    observationsCreated: 0,
    metricDefinitionsCreated: 0,
  };

  const documents = await db.sourceDocument.createMany({
    data: files.documents.map((d) => ({
      id: d.id,
      title: d.title,
      author: d.author ?? null,
      publisher: d.publisher ?? null,
      url: d.url ?? null,
      publishedOn: d.publishedOn ? isoDateToDate(d.publishedOn) : null,
      description: d.description ?? null,
    })),
    skipDuplicates: true,
  });
  report.documentsCreated = documents.count;

  const existing = new Set(
    (await db.dataset.findMany({ select: { slug: true } })).map((d) => d.slug),
  );
  for (const dataset of files.datasets) {
    if (existing.has(dataset.slug)) {
      report.datasetsKept.push(dataset.slug);
      continue;
    }
    try {
      report.dataPointsCreated += await createSeededDataset(db, dataset);
      report.datasetsCreated.push(dataset.slug);
    } catch (error) {
      // Another instance seeding at the same moment created it first.
      if ((error as { code?: string }).code !== "P2002") throw error;
      report.datasetsKept.push(dataset.slug);
    }
  }

  for (const file of files.openData) {
    if (existing.has(file.seed.slug)) {
      report.datasetsKept.push(file.seed.slug);
      continue;
    }
    try {
      report.observationsCreated += await createOpenDataDataset(db, file);
      report.datasetsCreated.push(file.seed.slug);
    } catch (error) {
      if ((error as { code?: string }).code !== "P2002") throw error;
      report.datasetsKept.push(file.seed.slug);
    }
  }

  // A definition whose name exists is left as admins left it.
  const definitions = await db.metricDefinition.createMany({
    data: files.metricDefinitions,
    skipDuplicates: true,
  });
  report.metricDefinitionsCreated = definitions.count;

  if (report.datasetsCreated.length > 0 || report.metricDefinitionsCreated > 0) {
    await db.dataRevision.upsert({
      where: { id: 1 },
      create: { id: 1, revision: 1 },
      update: { revision: { increment: 1 } },
    });
  }
  return report;
}
