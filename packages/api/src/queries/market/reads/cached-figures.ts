import { cachedByRevision } from "@aiml/cache";
import type { Database } from "@aiml/db";
import type { BenchmarkFigure } from "@aiml/domain";
import type { Logger } from "@aiml/logger";
import { findPublishedFigures } from "./published-figures";

export const publishedFiguresKey = "published-figures";

/** Every published figure, read once per data revision and shared by all market reads. */
export function publishedFigures(db: Database): Promise<BenchmarkFigure[]> {
  return cachedByRevision(db, publishedFiguresKey, () => findPublishedFigures(db));
}

/**
 * Starts reading the published figures once a change to them has committed, so that the next
 * visitor does not wait for the read (with a hundred thousand figures, seconds). This instance
 * only: the others read them on their next request. A failure is logged; that request retries.
 */
export function refreshPublishedFigures(db: Database, log: Logger): void {
  publishedFigures(db).catch((error: unknown) => {
    log.warn({ err: error }, "reading the published figures after a change failed");
  });
}
