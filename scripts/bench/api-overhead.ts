// The tRPC path's cost: the public market queries over HTTP against a plain route handler that
// sends the same bytes, in the same run.
// Usage: pnpm bench:api [--smoke] [--rounds 3] [--seconds 10] [--connections 100]

import { startApp } from "@aiml/script-lib/app";
import { apiOk, measureApiOverhead, printApiOverhead } from "./lib/api-overhead";
import { readArgs } from "./lib/args";

const args = readArgs({ rounds: 3, seconds: 10 });
const app = await startApp({ verbose: args.verbose });
try {
  const rows = await measureApiOverhead(app.base, args);
  printApiOverhead(rows, args);
  const ok = args.smoke ? rows.every((r) => r.failures === 0) : rows.every(apiOk);
  process.exitCode = ok ? 0 : 1;
} finally {
  await app.stop();
}
