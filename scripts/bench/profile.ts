// Where a page's server time goes: profiles the production server's CPU (V8's sampling profiler,
// as `--cpu-prof` would) while one page is under load, and prints the packages and functions
// with the most CPU time. The profile is kept for Chrome DevTools (Performance tab).
// Usage: pnpm --filter @aiml/bench profile [--path /demand] [--seconds 20] [--connections 100]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { startApp } from "@aiml/script-lib/app";
import { readArgs } from "./lib/args";
import { load } from "./lib/load";
import { printTable } from "./lib/table";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const args = readArgs({ rounds: 1, seconds: 20 }, ["path", "top"] as const);
const target = args.path ?? "/demand";
const top = Number(args.top ?? 25);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aiml-cpu-prof-"));

const app = await startApp({
  verbose: args.verbose,
  env: {
    NODE_OPTIONS: `--require ${path.join(import.meta.dirname, "lib/cpu-profiler.cjs")}`,
    AIML_CPU_PROFILE_DIR: dir,
  },
});
const file = path.join(dir, `server-${app.nextPid}.cpuprofile`);
let result: Awaited<ReturnType<typeof load>>;
try {
  await load({ url: `${app.base}${target}`, connections: 10, seconds: 2 });
  process.kill(app.nextPid, "SIGUSR2");
  result = await load({
    url: `${app.base}${target}`,
    connections: args.connections,
    seconds: args.seconds,
  });
  process.kill(app.nextPid, "SIGUSR2");
  for (let i = 0; i < 100 && !fs.existsSync(file); i++) await sleep(200);
} finally {
  await app.stop();
}
if (!fs.existsSync(file)) throw new Error(`the server wrote no profile to ${dir}`);
const profile: Profile = JSON.parse(fs.readFileSync(file, "utf8"));

/** "react-dom", "@prisma/client", "app" (the build's own chunks) or "node" (built-ins). */
function packageOf(url: string): string {
  const inModules = url.match(
    /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/,
  );
  if (inModules?.[1]) {
    const name = inModules[1];
    const compiled = url.match(/next\/dist\/compiled\/((?:@[^/]+\/)?[^/]+)/);
    return compiled?.[1] ? `next (compiled ${compiled[1]})` : name;
  }
  if (url.includes("/.next/")) return "app (.next chunks)";
  if (url.startsWith("node:") || url === "") return "node / native";
  return url;
}

const selfMs = new Map<number, number>();
profile.samples.forEach((id, i) => {
  selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
});
const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
for (const node of profile.nodes) {
  const ms = selfMs.get(node.id) ?? 0;
  const { functionName, url, lineNumber } = node.callFrame;
  const fn = `${functionName || "(anonymous)"} ${url ? `${path.basename(url)}:${lineNumber + 1}` : ""}`;
  const key = `${fn}\t${packageOf(url)}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  byPackage.set(packageOf(url), (byPackage.get(packageOf(url)) ?? 0) + ms);
}
const share = (ms: number) => `${((ms / total) * 100).toFixed(1)} %`;
const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);

console.log(
  `${target} under ${args.connections} connections for ${args.seconds} s: ${result.rps.toFixed(0)} req/s, p99 ${result.p99} ms. CPU profile of next-server: ${file}\n`,
);
console.log("Self time by package (idle = waiting for I/O)\n");
printTable(
  ["package", "self ms", "share"],
  sorted(byPackage).map(([name, ms]) => [name, ms.toFixed(0), share(ms)]),
);
console.log("\nSelf time by function\n");
printTable(
  ["function", "package", "self ms", "share"],
  sorted(byFunction).map(([key, ms]) => {
    const [fn = "", pkg = ""] = key.split("\t");
    return [fn.slice(0, 70), pkg, ms.toFixed(0), share(ms)];
  }),
);
