import fs from "node:fs";
import path from "node:path";
import { openDataSeedDir, readCsvRecords } from "@aiml/db/open-data";

/** The shipped data.csv of a seed folder, as records: the tests' independent reading of it. */
export function seedCsv(folder: string): Record<string, string>[] {
  return readCsvRecords(fs.readFileSync(path.join(openDataSeedDir, folder, "data.csv"), "utf8"))
    .records;
}

export const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
