import fs from "node:fs";
import path from "node:path";
import {
  checkOpenDataHeader,
  type MetricDefinitionInput,
  metricDefinitionSchema,
  type OpenDataSeed,
  openDataFormats,
  openDataSeedSchema,
  type ParsedOpenData,
  parseOpenDataRecords,
} from "@aiml/domain";
import Papa from "papaparse";
import { z } from "zod";
import { seedDir } from "../paths";

export interface OpenDataSeedFile {
  /** The folder under prisma/seed/open-data. */
  folder: string;
  seed: OpenDataSeed;
  data: ParsedOpenData;
  /** Size of data.csv in bytes. */
  csvBytes: number;
}

export const openDataSeedDir = path.join(seedDir, "open-data");

/** Parses a CSV text with a header line into records (Papa Parse; quotes and BOM handled). */
export function readCsvRecords(text: string): {
  header: string[];
  records: Record<string, string>[];
} {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: true,
  });
  if (result.errors.length > 0) {
    const first = result.errors[0];
    throw new Error(`line ${(first?.row ?? 0) + 2}: ${first?.message}`);
  }
  return { header: result.meta.fields ?? [], records: result.data };
}

function loadFolder(dir: string, folder: string): OpenDataSeedFile {
  const base = path.join(dir, folder);
  const metaFile = path.join(base, "dataset.json");
  const parsed = openDataSeedSchema.safeParse(JSON.parse(fs.readFileSync(metaFile, "utf8")));
  if (!parsed.success) {
    throw new Error(`Invalid seed file ${metaFile}:\n${z.prettifyError(parsed.error)}`);
  }
  if (!fs.existsSync(path.join(base, "SOURCE.md"))) {
    throw new Error(`${base} has no SOURCE.md: provenance travels with the data`);
  }
  const csvFile = path.join(base, "data.csv");
  const text = fs.readFileSync(csvFile, "utf8");
  const format = openDataFormats[parsed.data.importFormat];
  if (!format) throw new Error(`${metaFile}: unknown import format`);
  const { header, records } = readCsvRecords(text);
  const headerProblem = checkOpenDataHeader(format, header);
  if (headerProblem) throw new Error(`${csvFile}: ${headerProblem}`);
  const data = parseOpenDataRecords(format, records);
  if (data.errorCount > 0) {
    const shown = data.errors.slice(0, 5).map((e) => `line ${e.line}: ${e.message}`);
    throw new Error(`${csvFile} has ${data.errorCount} bad rows:\n${shown.join("\n")}`);
  }
  return { folder, seed: parsed.data, data, csvBytes: Buffer.byteLength(text) };
}

/** Reads and checks every prisma/seed/open-data/<folder>/{dataset.json,data.csv,SOURCE.md}. */
export function loadOpenDataSeeds(dir = openDataSeedDir): OpenDataSeedFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((folder) => loadFolder(dir, folder));
}

/** prisma/seed/open-data/metrics.json: the definitions of the seeded datasets' metrics. */
export function loadMetricDefinitionSeeds(dir = openDataSeedDir): MetricDefinitionInput[] {
  const file = path.join(dir, "metrics.json");
  if (!fs.existsSync(file)) return [];
  const parsed = z
    .array(metricDefinitionSchema)
    .safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.success) {
    throw new Error(`Invalid seed file ${file}:\n${z.prettifyError(parsed.error)}`);
  }
  const names = new Set(parsed.data.map((m) => m.name));
  if (names.size !== parsed.data.length) throw new Error(`${file} defines a metric twice`);
  return parsed.data;
}
