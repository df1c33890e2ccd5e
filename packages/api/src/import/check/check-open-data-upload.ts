import {
  createOpenDataImportChecker,
  type Observation,
  observationStatistics,
  openDataFormats,
} from "@aiml/domain";
import { issueReport } from "../../queries/admin/issue-report";
import { type CopyBatch, copyText, createCopyBatchWriter } from "../copy/copy-rows";
import type { ReportProgress } from "../progress/import-progress";
import { readCsvUpload } from "../upload/read-csv-upload";
import type { CheckReport } from "./check-upload";

/** The staging table's columns, in the order the COPY lines give them (see write-series.ts). */
export const OPEN_DATA_STAGE_COLUMNS =
  "series_key, period, period_end, value, mean, p10, p25, p50, p75, p90, count, flags";

const BATCH_ROWS = 10_000;
const PROGRESS_EVERY_ROWS = 5_000;

const number = (n: number | null) => (n === null ? "\\N" : String(n));

/** The staged columns an observation has a value in, added to `present`. */
function notePresent(o: Observation, present: Set<string>) {
  if (o.periodEnd !== null) present.add("period_end");
  for (const field of observationStatistics) if (o[field] !== null) present.add(field);
  if (o.flags) present.add("flags");
}

function copyLine(seriesKey: string, o: Observation): string {
  return `${copyText(seriesKey)}\t${o.period}\t${o.periodEnd ?? "\\N"}\t${number(o.value)}\t${number(
    o.mean,
  )}\t${number(o.p10)}\t${number(o.p25)}\t${number(o.p50)}\t${number(o.p75)}\t${number(
    o.p90,
  )}\t${number(o.count)}\t${o.flags ? copyText(o.flags.join(";")) : "\\N"}\n`;
}

/**
 * Reads and checks an upload in a dataset's open-data CSV layout (its `importFormat`): each
 * observation goes out at once as a COPY line for the staging table, in batches, to be written
 * while reading goes on; they are only used when the whole file is valid. CPU work only, run in
 * a worker thread. `pointCount` is the number of observations; `series` their series.
 */
export function checkOpenDataUpload(
  bytes: Uint8Array,
  formatId: string,
  report: ReportProgress,
  sendRows: (batch: CopyBatch) => void,
): CheckReport {
  const format = openDataFormats[formatId];
  if (!format) throw new Error(`Unknown open-data format ${formatId}`);
  const writer = createCopyBatchWriter(sendRows, BATCH_ROWS);
  const present = new Set<string>();
  const checker = createOpenDataImportChecker(format, (key, observation) => {
    writer.add(copyLine(key, observation));
    notePresent(observation, present);
  });
  report({ stage: "reading", done: 0, total: bytes.length });
  const problem = readCsvUpload(bytes, (record, done, total) => {
    checker.add(record);
    if (record.row % PROGRESS_EVERY_ROWS === 0) report({ stage: "reading", done, total });
  });
  writer.flush();
  if (problem) {
    return { rowCount: 0, canApply: false, pointCount: 0, sample: [], ...issueReport([problem]) };
  }
  const validation = checker.finish();
  return {
    rowCount: validation.rowCount,
    canApply: validation.observationCount > 0 && validation.issues.length === 0,
    pointCount: validation.observationCount,
    sample: [],
    series: validation.series,
    stagedColumns: [...present],
    ...issueReport(validation.issues),
  };
}
