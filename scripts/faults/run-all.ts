// Runs every fault script in turn and prints a verdict table; exits non-zero if any failed.
// Usage: pnpm faults (after pnpm build)
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { assertBuilt } from "./lib/app";
import type { FaultSummary } from "./lib/verdict";

const faults = [
  { item: 8, script: "db-restart.ts", title: "Database restart under load" },
  { item: 9, script: "crash.ts", title: "Crash mid-write" },
  { item: 10, script: "concurrency.ts", title: "Concurrent writes" },
  { item: 11, script: "instances.ts", title: "Two instances behind nginx" },
];

assertBuilt();
const tsx = createRequire(import.meta.url).resolve("tsx/cli");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aiml-faults-summary-"));
const rows = faults.map((fault) => {
  const summaryFile = path.join(dir, `${fault.item}.json`);
  const started = Date.now();
  const run = spawnSync(process.execPath, [tsx, path.join(import.meta.dirname, fault.script)], {
    stdio: "inherit",
    env: { ...process.env, FAULTS_SUMMARY_FILE: summaryFile },
  });
  let summary: FaultSummary | undefined;
  try {
    summary = JSON.parse(fs.readFileSync(summaryFile, "utf8"));
  } catch {}
  const checks = summary ? summary.checks : [];
  console.log("");
  return {
    ...fault,
    ok: run.status === 0 && summary?.ok === true,
    checks: `${checks.filter((c) => c.ok).length}/${checks.length}`,
    failed: checks.filter((c) => !c.ok).map((c) => c.name),
    seconds: summary?.seconds ?? Math.round((Date.now() - started) / 1000),
  };
});
fs.rmSync(dir, { recursive: true, force: true });

console.log("Fault scripts (issue #6)\n");
console.log("item  fault                          verdict  checks   time");
for (const r of rows) {
  console.log(
    `${String(r.item).padEnd(5)} ${r.title.padEnd(30)} ${(r.ok ? "PASS" : "FAIL").padEnd(8)} ${r.checks.padEnd(8)} ${r.seconds} s`,
  );
  for (const name of r.failed) console.log(`      failed: ${name}`);
}
process.exit(rows.every((r) => r.ok) ? 0 : 1);
