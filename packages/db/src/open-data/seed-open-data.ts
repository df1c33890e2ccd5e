import { isoDateToDate } from "../benchmarks/data-point-row";
import type { Database } from "../client";
import { transactionConnection } from "../transaction-connection";
import type { OpenDataSeedFile } from "./load-open-data-seeds";
import { writeSeries } from "./write-series";

const SEED_NOTE = "Imported from the open-data seed files";

/** Creates an open-data dataset with its data as published version 1. Returns observations written. */
export async function createOpenDataDataset(db: Database, file: OpenDataSeedFile): Promise<number> {
  const { seed, data } = file;
  return db.$transaction(
    async (tx) => {
      const dataset = await tx.dataset.create({
        data: {
          slug: seed.slug,
          title: seed.title,
          publisher: seed.publisher,
          sourceUrl: seed.sourceUrl,
          asOf: isoDateToDate(seed.asOf),
          asOfPrecision: seed.asOfPrecision,
          methodology: seed.methodology,
          licenceName: seed.licenceName,
          licenceUrl: seed.licenceUrl,
          attribution: seed.attribution,
          importFormat: seed.importFormat,
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
      const written = await writeSeries(await transactionConnection(db, tx), {
        datasetId: dataset.id,
        versionId: version.id,
        series: data.series,
      });
      if (seed.breaks.length > 0) {
        await tx.seriesBreak.createMany({
          data: seed.breaks.map((b) => ({
            ...b,
            at: isoDateToDate(b.at),
            datasetId: dataset.id,
            versionId: version.id,
          })),
        });
      }
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
          after: {
            slug: seed.slug,
            version: 1,
            series: written.series,
            observations: written.observations,
            sourceRows: data.rows,
          },
          note: SEED_NOTE,
        },
      });
      return written.observations;
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}
