import { readdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type DatasetSeed, datasetSeedSchema } from "../../src";
import type { FigureLike } from "../../src/market";
import { figureRefKey } from "../../src/market";

/** prisma/seed/datasets, from packages/domain/test/market. */
export const seedDir = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "../../../../prisma/seed/datasets",
);

/** One seed file, validated by the shared schema. */
export function readSeed(slug: string): DatasetSeed {
  return datasetSeedSchema.parse(
    JSON.parse(readFileSync(resolve(seedDir, `${slug}.json`), "utf8")),
  );
}

export function readAllSeeds(): DatasetSeed[] {
  return readdirSync(seedDir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => readSeed(f.slice(0, -".json".length)));
}

/** Every seed figure as the dashboards would read it, keyed `${datasetSlug}/${key}`. */
export function seedLookup(): Map<string, FigureLike> {
  const map = new Map<string, FigureLike>();
  for (const d of readAllSeeds()) {
    for (const p of d.dataPoints) {
      map.set(figureRefKey({ datasetSlug: d.slug, key: p.key }), {
        value: p.value ?? null,
        low: p.low ?? null,
        high: p.high ?? null,
        unit: p.unit,
        highOpen: p.highOpen,
        approximate: p.approximate,
        label: p.label,
      });
    }
  }
  return map;
}
