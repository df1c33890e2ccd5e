import type { PointSetContext } from "@aiml/domain";
import { isoDate } from "../iso-date";
import type { Tx } from "../transaction";

/** What the quality rules need to know about a dataset, and which source documents exist. */
export async function loadPointSetContext(
  tx: Tx,
  dataset: { asOf: Date; sourceUrl: string | null },
): Promise<PointSetContext> {
  const documents = await tx.sourceDocument.findMany({ select: { id: true } });
  return {
    datasetAsOf: isoDate(dataset.asOf),
    hasSource: dataset.sourceUrl !== null,
    knownDocumentIds: new Set(documents.map((d) => d.id)),
  };
}
