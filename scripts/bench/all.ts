// Runs every benchmark in turn and sums up which met their targets. The flags (e.g. --smoke)
// go to this package's scripts; bench:js takes none, and bench:import (when the repository has
// it) gets `--runs 1` in a smoke run.
// Usage: pnpm bench [--smoke]
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "@aiml/script-lib/app";

const flags = process.argv.slice(2);
const smoke = flags.includes("--smoke");
const rootScripts: Record<string, string> = JSON.parse(
  fs.readFileSync(path.join(repoRoot, "package.json"), "utf8"),
).scripts;

const runs: [string, string[]][] = [["bench:js", []]];
if (rootScripts["bench:import"]) runs.push(["bench:import", smoke ? ["--runs", "1"] : []]);
for (const name of ["lighthouse", "throughput", "api", "scale", "after-publish", "soak"]) {
  runs.push([`bench:${name}`, flags]);
}

const results: [string, number | null][] = [];
for (const [script, args] of runs) {
  console.log(`\n### pnpm ${script} ${args.join(" ")}\n`);
  const { status } = spawnSync("pnpm", ["--silent", "run", script, ...args], {
    cwd: repoRoot,
    stdio: "inherit",
  });
  results.push([script, status]);
}

console.log("\n### Summary\n");
for (const [script, status] of results) {
  console.log(
    `${status === 0 ? "ok  " : "MISS"}  ${script}${status === 0 ? "" : ` (exit ${status})`}`,
  );
}
process.exitCode = results.every(([, status]) => status === 0) ? 0 : 1;
