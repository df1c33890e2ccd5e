// Imports a 100,000-row CSV through the production build, over HTTP as an admin, and prints how
// long the preview and the commit took, the app's peak extra memory, and the latency of a cheap
// request (GET /api/health) sent over and over while the import runs. Run `pnpm build` first.
// --open-data: a 1,000,000-row SYNTHETIC file of an open-data layout (Indeed's states layout)
// into a new open-data dataset, with the open data first grown to 10 million SYNTHETIC
// observations (--series daily series, 1990–2030; 0: none), against that targets.
// Usage: pnpm bench:import [--rows 100000] [--runs 3] [--open-data [--series 676]]
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import { repoRoot as root, rssMb, startApp } from "@aiml/script-lib/app";
import { enableTwoFactor, signUp } from "@aiml/script-lib/auth";
import { median, percentile } from "@aiml/script-lib/stats";
import { generateOpenDataScale, statesLayoutCsv } from "./lib/open-data-scale";

const { values: args } = parseArgs({
  options: {
    rows: { type: "string" },
    runs: { type: "string", default: "3" },
    "open-data": { type: "boolean", default: false },
    series: { type: "string", default: "676" },
  },
});
const OPEN_DATA = args["open-data"];
const ROWS = Number(args.rows ?? (OPEN_DATA ? 1_000_000 : 100_000));
const RUNS = Number(args.runs);
const TARGET = OPEN_DATA
  ? { totalS: 20, extraRssMb: 300, probeP99Ms: 150 }
  : { totalS: 5, extraRssMb: 200, probeP99Ms: 100 };
const DOCUMENT_ID = "001_c0608c5ff0a8a3af"; // a seeded source document

const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "aiml-bench-import-"));
const urlFile = path.join(tempDir, "database-url");
const app = await startApp({
  env: { E2E_DATABASE_URL_FILE: urlFile },
  verbose: Boolean(process.env.BENCH_VERBOSE),
});
const base = app.base;
const stop = async () => {
  await app.stop();
  fs.rmSync(tempDir, { recursive: true, force: true });
};
process.on("SIGINT", () => {
  void stop().finally(() => process.exit(130));
});

// ─── The app process and its memory ───

interface ProcessEntry {
  pid: number;
  ppid: number;
  cmd: string;
}

function processTable(): ProcessEntry[] {
  const table: ProcessEntry[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").replaceAll("\0", " ");
      table.push({ pid: Number(entry), ppid, cmd });
    } catch {}
  }
  return table;
}

function descendantsOf(pid: number, table: ProcessEntry[]): ProcessEntry[] {
  const descendants = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of table) {
      if (descendants.has(p.ppid) && !descendants.has(p.pid)) {
        descendants.add(p.pid);
        grew = true;
      }
    }
  }
  return table.filter((p) => descendants.has(p.pid));
}

/**
 * CPU ticks used so far by the app (all its threads) and by each Postgres process. On a busy
 * machine wall times stretch; CPU time shows the work itself.
 */
interface CpuTicks {
  app: number;
  db: Map<number, number>;
}

function cpuTicks(pid: number): CpuTicks {
  const ticks = (p: number): number | null => {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return Number(fields[11]) + Number(fields[12]);
    } catch {
      return null;
    }
  };
  const postgres = descendantsOf(app.rootPid, processTable()).filter((p) => /postgres/.test(p.cmd));
  const db = new Map<number, number>();
  for (const p of postgres) {
    const t = ticks(p.pid);
    if (t !== null) db.set(p.pid, t);
  }
  return { app: ticks(pid) ?? 0, db };
}

/**
 * CPU seconds between two readings. A Postgres process that ended in between is left out (its
 * last ticks are gone with it), one that started counts from zero.
 */
function cpuSecondsBetween(before: CpuTicks, after: CpuTicks) {
  let db = 0;
  for (const [p, t] of after.db) db += t - (before.db.get(p) ?? 0);
  return { app: (after.app - before.app) / 100, db: db / 100 };
}

/** Samples the app's RSS until stopped; returns the peak. */
function watchRss(pid: number): () => number {
  let peak = rssMb(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, 20);
  return () => {
    clearInterval(timer);
    return Math.max(peak, rssMb(pid));
  };
}

// ─── HTTP as an admin ───

let cookie = "";

// biome-ignore lint/suspicious/noExplicitAny: the bench reads fields of many procedures' answers.
type Json = any;
/** Calls that may be sent twice: a kept-alive connection that the server closed is retried. */
const idempotent = new Set(["admin.drafts.start"]);

async function trpc(procedure: string, input: unknown, method = "POST"): Promise<Json> {
  const url = new URL(`/api/trpc/${procedure}`, base);
  const init: RequestInit = {
    method,
    headers: { cookie, origin: base, "content-type": "application/json" },
  };
  if (method === "GET") url.searchParams.set("input", JSON.stringify({ json: input }));
  else init.body = JSON.stringify({ json: input });
  const retry = method === "GET" || idempotent.has(procedure);
  const response = await fetch(url, init).catch((error: Error & { cause?: { code?: string } }) => {
    if (retry && error.cause?.code === "UND_ERR_SOCKET") return fetch(url, init);
    throw error;
  });
  const body = (await response.json()) as Json;
  if (!response.ok || body.error) {
    throw new Error(`${procedure}: ${response.status} ${JSON.stringify(body.error?.json ?? body)}`);
  }
  return body.result.data.json;
}

/** Sends the file as the app's import panel does: its bytes as the body of an upload route. */
async function upload(
  datasetId: string,
  step: "preview" | "commit",
  content: Buffer,
  params: Record<string, string>,
): Promise<Json> {
  const url = new URL(`/api/admin/datasets/${datasetId}/import/${step}`, base);
  url.search = new URLSearchParams({ fileName: "bench.csv", ...params }).toString();
  const response = await fetch(url, {
    method: "POST",
    headers: { cookie, origin: base, "content-type": "application/octet-stream" },
    body: new Uint8Array(content),
  });
  const body = (await response.json()) as Json;
  if (!response.ok) throw new Error(`${step}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

/** An admin's session: sign-up, promotion, then two-factor authentication, which admins need. */
async function signUpAdmin() {
  const account = await signUp(base, "bench");
  execFileSync("pnpm", ["--silent", "admin:promote", account.email], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: fs.readFileSync(urlFile, "utf8").trim() },
    stdio: "ignore",
  });
  cookie = (await enableTwoFactor(base, account)).cookie;
}

// ─── The file ───

/** A valid file of `rows` rows; `run` makes each file different, so no check is reused. */
function csvFile(rows: number, run: number | string): Buffer {
  if (OPEN_DATA) return statesLayoutCsv(rows, variantOf(run));
  const lines = [
    "key,label,metric,statistic,unit,value,low,high,company,location,year,document,note",
  ];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `bench.${i},ML engineer base salary at Company ${i},base_salary,range,usd_per_year,${150_000 + (i % 1000)},${120_000 + (i % 1000)},${190_000 + (i % 1000)},"Company ${i}, Inc.",United States,2025,${DOCUMENT_ID},Run ${run} row ${i}`,
    );
  }
  return Buffer.from(`${lines.join("\n")}\n`);
}

/** A number per run name ("3", "3-direct", "warm-up"), for the open-data file's values. */
function variantOf(run: number | string): number {
  let n = 0;
  for (const c of String(run)) n = (n * 31 + c.charCodeAt(0)) % 997;
  return n / 100;
}

// ─── Probing a cheap request while the import runs ───

/** Sends GET /api/health one after another until stopped; returns each latency in ms. */
function probe(): () => Promise<number[]> {
  const latencies: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const start = performance.now();
      await fetch(`${base}/api/health`)
        .then((r) => r.arrayBuffer())
        .catch(() => fetch(`${base}/api/health`).then((r) => r.arrayBuffer()));
      latencies.push(performance.now() - start);
      await sleep(20);
    }
  })();
  return async () => {
    running = false;
    await loop;
    return latencies;
  };
}

/** Polls the import's progress until stopped; returns the reports seen and when each stage began. */
function pollProgress(progressId: string) {
  const seen = new Set<string>();
  const stages = new Map<string, number>();
  const start = performance.now();
  let running = true;
  const loop = (async () => {
    while (running) {
      const progress = await trpc("admin.import.progress", { progressId }, "GET").catch(() => null);
      if (progress) {
        seen.add(`${progress.stage} ${progress.done}/${progress.total}`);
        if (!stages.has(progress.stage)) stages.set(progress.stage, performance.now() - start);
      }
      await sleep(100);
    }
  })();
  return async () => {
    running = false;
    await loop;
    const timeline = [...stages].map(([stage, ms]) => `${stage} from ${(ms / 1000).toFixed(1)} s`);
    return { reports: seen.size, timeline: timeline.join(", ") };
  };
}

// ─── One import ───

async function importOnce(datasetId: string, rows: number, run: number | string, pid: number) {
  const content = csvFile(rows, run);
  const draft = await trpc("admin.drafts.start", { datasetId });
  const baseline = rssMb(pid);
  const idleProbe = probe();
  await sleep(1500);
  const idle = await idleProbe();

  const peakRss = watchRss(pid);
  const busyProbe = probe();
  const previewId = randomBytes(16).toString("hex");
  const previewProgress = pollProgress(previewId);
  let start = performance.now();
  const cpuAtStart = cpuTicks(pid);
  const preview = await upload(datasetId, "preview", content, { progressId: previewId });
  const previewS = (performance.now() - start) / 1000;
  const cpuAfterPreview = cpuTicks(pid);
  const previewSeen = await previewProgress();
  if (!preview.canApply)
    throw new Error(`the file cannot be applied: ${preview.issues[0]?.message}`);

  const commitId = randomBytes(16).toString("hex");
  const commitProgress = pollProgress(commitId);
  start = performance.now();
  const commit = await upload(datasetId, "commit", content, {
    draftId: draft.id,
    revision: String(draft.revision),
    progressId: commitId,
  });
  const commitS = (performance.now() - start) / 1000;
  const cpuAfterCommit = cpuTicks(pid);
  const previewCpu = cpuSecondsBetween(cpuAtStart, cpuAfterPreview);
  const commitCpu = cpuSecondsBetween(cpuAfterPreview, cpuAfterCommit);
  const commitSeen = await commitProgress();
  const busy = await busyProbe();
  const extraRss = peakRss() - baseline;
  if (commit.status !== "applied" || commit.dataPointCount !== rows) {
    throw new Error(`the import was not applied: ${JSON.stringify(commit).slice(0, 300)}`);
  }
  // Leave the dataset as it was for the next run.
  await trpc("admin.drafts.discard", { datasetId, draftId: draft.id, revision: commit.revision });

  // The same import in one request, as an API client may send it: a commit with no preview
  // before it (a new file, so no check is reused): upload, parse, validate, apply.
  const direct = csvFile(rows, `${run}-direct`);
  const directDraft = await trpc("admin.drafts.start", { datasetId });
  const directBaseline = rssMb(pid);
  const directPeakRss = watchRss(pid);
  start = performance.now();
  const directCommit = await upload(datasetId, "commit", direct, {
    draftId: directDraft.id,
    revision: String(directDraft.revision),
  });
  const directS = (performance.now() - start) / 1000;
  const directExtraRss = directPeakRss() - directBaseline;
  if (directCommit.status !== "applied" || directCommit.dataPointCount !== rows) {
    throw new Error(
      `the direct import was not applied: ${JSON.stringify(directCommit).slice(0, 300)}`,
    );
  }
  await trpc("admin.drafts.discard", {
    datasetId,
    draftId: directDraft.id,
    revision: directCommit.revision,
  });
  return {
    previewS,
    commitS,
    totalS: previewS + commitS,
    directS,
    previewAppCpu: previewCpu.app,
    previewDbCpu: previewCpu.db,
    commitAppCpu: commitCpu.app,
    commitDbCpu: commitCpu.db,
    extraRss,
    directExtraRss,
    idleP99: percentile(idle, 99),
    busyP50: median(busy),
    busyP99: percentile(busy, 99),
    busyMax: Math.max(...busy),
    probes: busy.length,
    progress: previewSeen.reports + commitSeen.reports,
    timeline: `preview: ${previewSeen.timeline}; commit: ${commitSeen.timeline}`,
  };
}

// ─── Main ───

await signUpAdmin();
if (OPEN_DATA && Number(args.series) > 0) {
  const databaseUrl = fs.readFileSync(urlFile, "utf8").trim();
  const grown = await generateOpenDataScale(databaseUrl, {
    series: Number(args.series),
    from: "1990-01-01",
    to: "2030-12-31",
  });
  console.log(
    `Open data grown by ${grown.observations.toLocaleString("en-US")} SYNTHETIC observations (${grown.series} daily series) in ${grown.seconds.toFixed(1)} s`,
  );
}
const pid = app.nextPid;
const datasetId = OPEN_DATA
  ? (
      await trpc("admin.datasets.create", {
        metadata: {
          slug: "synthetic-import-bench",
          title: "SYNTHETIC import benchmark (not real data)",
          publisher: "Synthetic benchmark data (not real)",
          asOf: "2026-01-01",
          asOfPrecision: "day",
          importFormat: "indeed-postings-us-states",
        },
      })
    ).id
  : (await trpc("admin.datasets.list", undefined, "GET"))[0].id;

// Warm-up: a small import loads the code paths, so the runs measure the import, not start-up.
await importOnce(datasetId, 100, "warm-up", pid);

const runs: Awaited<ReturnType<typeof importOnce>>[] = [];
for (let run = 1; run <= RUNS; run++) {
  const result = await importOnce(datasetId, ROWS, run, pid);
  runs.push(result);
  console.log(
    `run ${run}: preview ${result.previewS.toFixed(2)} s, commit ${result.commitS.toFixed(2)} s, ` +
      `one-request import ${result.directS.toFixed(2)} s, ` +
      `extra RSS ${result.extraRss.toFixed(0)} MB (one request ${result.directExtraRss.toFixed(0)} MB), /api/health p99 ${result.busyP99.toFixed(0)} ms ` +
      `(max ${result.busyMax.toFixed(0)} ms, ${result.probes} requests; idle p99 ${result.idleP99.toFixed(0)} ms), ` +
      `${result.progress} progress reports seen\n  stages (first seen by polling every 100 ms): ${result.timeline}`,
  );
}
await stop();

const sizeMb = csvFile(ROWS, 1).length / 1e6;
console.log(
  `\nCSV import of ${ROWS.toLocaleString("en-US")} rows (${sizeMb.toFixed(1)} MB) into a draft, over HTTP against the production build: ${RUNS} runs\n`,
);
type Metric = keyof (typeof runs)[number];
const rowsOut: [string, Metric, number, string | null, ((v: number) => boolean)?][] = [
  ["preview: upload, parse, validate, compare (s)", "previewS", 2, null],
  ["commit: upload, write in one transaction (s)", "commitS", 2, null],
  ["preview + commit (s)", "totalS", 2, null],
  [
    "one-request import: upload, parse, validate, apply (s)",
    "directS",
    2,
    `≤ ${TARGET.totalS}`,
    (v) => v <= TARGET.totalS,
  ],
  ["  preview CPU: app process, all threads (s)", "previewAppCpu", 2, null],
  ["  preview CPU: Postgres (s)", "previewDbCpu", 2, null],
  ["  commit CPU: app process, all threads (s)", "commitAppCpu", 2, null],
  ["  commit CPU: Postgres (s)", "commitDbCpu", 2, null],
  [
    "peak extra RSS of the app, preview + commit (MB)",
    "extraRss",
    0,
    `≤ ${TARGET.extraRssMb}`,
    (v) => v <= TARGET.extraRssMb,
  ],
  [
    "peak extra RSS of the app, one-request import (MB)",
    "directExtraRss",
    0,
    `≤ ${TARGET.extraRssMb}`,
    (v) => v <= TARGET.extraRssMb,
  ],
  ["GET /api/health during the import, p50 (ms)", "busyP50", 0, null],
  [
    "GET /api/health during the import, p99 (ms)",
    "busyP99",
    0,
    `≤ ${TARGET.probeP99Ms}`,
    (v) => v <= TARGET.probeP99Ms,
  ],
  ["GET /api/health during the import, max (ms)", "busyMax", 0, null],
  ["GET /api/health while idle, p99 (ms)", "idleP99", 0, null],
  ["progress reports seen (preview + commit)", "progress", 0, null],
];
console.log(
  `${"metric".padEnd(56)} ${"median".padStart(8)} ${"min–max".padStart(15)}  target   verdict`,
);
let allOk = true;
for (const [label, key, digits, target, check] of rowsOut) {
  const values = runs.map((r) => r[key] as number);
  const med = median(values);
  // Every run must meet a target, not just the median.
  const ok = check ? values.every(check) : null;
  if (ok === false) allOk = false;
  const range = `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
  console.log(
    `${label.padEnd(56)} ${med.toFixed(digits).padStart(8)} ${range.padStart(15)}  ${(target ?? "").padEnd(7)}  ${ok === null ? "" : ok ? "ok" : "MISSED"}`,
  );
}
process.exit(allOk ? 0 : 1);
