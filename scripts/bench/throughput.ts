// Dashboard throughput against two yardsticks measured in the same run: a static hello-world
// page of the same build, and a bare Node http server sending the page's own gzipped bytes.
// Usage: pnpm bench:throughput [--smoke] [--rounds 3] [--seconds 5] [--connections 100]
//        [--paths /pay,/sources] (default: every published-data page)
//        [--client wrk|autocannon] (default: wrk where installed)

import { startApp } from "@aiml/script-lib/app";
import { readArgs } from "./lib/args";
import {
  bareNodeOk,
  measureThroughput,
  printThroughput,
  throughputClient,
  throughputOk,
} from "./lib/throughput";

const args = readArgs({ rounds: 3, seconds: 5 }, ["paths", "client"]);
const client = throughputClient(args.client);
const app = await startApp({ verbose: args.verbose });
try {
  const { paths, client: _, ...rest } = args;
  const options = { ...rest, client };
  const rows = await measureThroughput(app.base, { ...options, paths: paths?.split(",") });
  printThroughput(rows, options);
  // A smoke run checks that every page answers; its timings mean little.
  const ok = args.smoke
    ? rows.every((r) => r.failures === 0)
    : rows.every((r) => throughputOk(r) && bareNodeOk(r));
  process.exitCode = ok ? 0 : 1;
} finally {
  await app.stop();
}
