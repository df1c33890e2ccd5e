// Dashboard throughput against a static hello-world page of the same build, in the same run.
// Usage: pnpm bench:throughput [--smoke] [--rounds 3] [--seconds 5] [--connections 100]
//        [--paths /pay,/sources] (default: every published-data page)

import { startApp } from "./lib/app-server";
import { readArgs } from "./lib/args";
import { measureThroughput, printThroughput, throughputOk } from "./lib/throughput";

const args = readArgs({ rounds: 3, seconds: 5 }, ["paths"]);
const app = await startApp({ verbose: args.verbose });
try {
  const { paths, ...options } = args;
  const rows = await measureThroughput(app.base, { ...options, paths: paths?.split(",") });
  printThroughput(rows, options);
  // A smoke run checks that every page answers; its timings mean little.
  const ok = args.smoke ? rows.every((r) => r.failures === 0) : rows.every(throughputOk);
  process.exitCode = ok ? 0 : 1;
} finally {
  await app.stop();
}
