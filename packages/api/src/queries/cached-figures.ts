import type { Database } from "@aiml/db";
import type { BenchmarkFigure } from "@aiml/domain";
import { cachedByRevision } from "../cache/revision-cache";
import { findPublishedFigures } from "./published-figures";

/** Every published figure, read once per data revision and shared by all market reads. */
export function publishedFigures(db: Database): Promise<BenchmarkFigure[]> {
  return cachedByRevision(db, "published-figures", () => findPublishedFigures(db));
}
