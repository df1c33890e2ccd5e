import { syntheticStateCodes } from "../../scripts/bench/lib/open-data-scale";
import { checkOpenDataUpload } from "./src/import/check/check-open-data-upload";

function importCsv(rows: number) {
  const codes = syntheticStateCodes(400);
  const weeks = Math.ceil(rows / codes.length);
  const lines = ["date,state,index_sa"];
  const start = Date.UTC(1980, 0, 4);
  for (const code of codes)
    for (let w = 0; w < weeks && lines.length <= rows; w++) {
      lines.push(
        `${new Date(start + w * 7 * 86_400_000).toISOString().slice(0, 10)},${code},${(100 + ((w * 37) % 50) / 3).toFixed(2)}`,
      );
    }
  return new Uint8Array(Buffer.from(`${lines.join("\n")}\n`));
}
const bytes = importCsv(1_000_000);
globalThis.gc?.();
const t = performance.now();
const c0 = process.cpuUsage();
checkOpenDataUpload(
  bytes,
  "indeed-postings-us-states",
  () => {},
  () => {},
);
const c = process.cpuUsage(c0);
console.log(
  "cpu",
  ((c.user + c.system) / 1e6).toFixed(2),
  "full",
  ((performance.now() - t) / 1000).toFixed(2),
  "rss",
  (process.memoryUsage().rss / 1e6).toFixed(0),
);
