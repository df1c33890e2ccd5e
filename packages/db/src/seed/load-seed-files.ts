import fs from "node:fs";
import path from "node:path";
import {
  type DatasetSeed,
  datasetSeedSchema,
  type MetricDefinitionInput,
  type SourceDocumentInput,
  sourceDocumentSchema,
} from "@aiml/domain";
import { z } from "zod";
import {
  loadMetricDefinitionSeeds,
  loadOpenDataSeeds,
  type OpenDataSeedFile,
} from "../open-data/load-open-data-seeds";
import { seedDir } from "../paths";

export interface SeedFiles {
  documents: SourceDocumentInput[];
  datasets: DatasetSeed[];
  /** prisma/seed/open-data: one dataset per folder, its data.csv beside its SOURCE.md. */
  openData: OpenDataSeedFile[];
  /** prisma/seed/open-data/metrics.json. */
  metricDefinitions: MetricDefinitionInput[];
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`Cannot read seed file ${file}: ${(error as Error).message}`);
  }
}

function parseOrThrow<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new Error(`Invalid seed file ${file}:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/** Reads and validates prisma/seed: documents.json and one file per dataset in datasets/. */
export function loadSeedFiles(dir = seedDir): SeedFiles {
  const documentsFile = path.join(dir, "documents.json");
  const documents = parseOrThrow(
    z.array(sourceDocumentSchema),
    readJson(documentsFile),
    documentsFile,
  );
  const datasetsDir = path.join(dir, "datasets");
  const datasets = fs
    .readdirSync(datasetsDir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => {
      const file = path.join(datasetsDir, name);
      return parseOrThrow(datasetSeedSchema, readJson(file), file);
    });

  const openData = loadOpenDataSeeds(path.join(dir, "open-data"));
  const documentIds = new Set(documents.map((d) => d.id));
  const slugs = new Set<string>(openData.map((f) => f.seed.slug));
  if (slugs.size !== openData.length) throw new Error("Two open-data seed folders share a slug");
  for (const dataset of datasets) {
    if (slugs.has(dataset.slug))
      throw new Error(`Two seed datasets share the slug ${dataset.slug}`);
    slugs.add(dataset.slug);
    for (const point of dataset.dataPoints) {
      if (point.document && !documentIds.has(point.document)) {
        throw new Error(`${dataset.slug}/${point.key} names unknown document ${point.document}`);
      }
    }
  }
  const metricDefinitions = loadMetricDefinitionSeeds(path.join(dir, "open-data"));
  return { documents, datasets, openData, metricDefinitions };
}
