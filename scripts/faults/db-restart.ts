// Fault 8: the database restarts under load. Steady load (dashboard pages, public tRPC reads,
// the health check, scenario saves and creates) runs against the production build while its
// Postgres is stopped for 5 s and started again. While it is down every request must answer
// fast with a 503; once it is back the app must recover by itself; every acknowledged write
// must still be there. Usage: pnpm faults:db-restart (after pnpm build)

import { signUp } from "@aiml/script-lib/auth";
import { type CallResult, getPage, type PageResult, query } from "@aiml/script-lib/http";
import { countBy, describeLatencies, percentile } from "@aiml/script-lib/stats";
import { startApp } from "./lib/app";
import { proxyServesOutagePage } from "./lib/build";
import { startFaultDatabase } from "./lib/postgres";
import { createScenario, getScenario, updateScenario } from "./lib/scenarios";
import { log, runFault, type Verdict } from "./lib/verdict";

const OUTAGE_MS = 5_000;
const BEFORE_MS = 5_000;
const AFTER_MS = 8_000;
const RECOVERY_BUDGET_MS = 5_000;
const OUTAGE_P99_BUDGET_MS = 1_000;
const DATABASE_MESSAGE = /database is temporarily unavailable/i;
/** Reads after a conflict: not steady load, so left out of the per-kind checks. */
const REREAD = "scenario.get after a 409";

interface Sample {
  kind: string;
  start: number;
  end: number;
  status: number;
  /** Whether the answer says what it should for its status (e.g. a 503 names the database). */
  clear: boolean;
  note?: string;
}

const t0 = performance.now();
const now = () => performance.now() - t0;
const samples: Sample[] = [];
let stopping = false;

function record(kind: string, start: number, status: number, clear: boolean, note?: string) {
  samples.push({ kind, start, end: now(), status, clear, note });
}

function recordCall(kind: string, start: number, result: CallResult<unknown>) {
  const clear =
    result.status === 503 ? DATABASE_MESSAGE.test(result.error?.message ?? "") : !result.failure;
  record(kind, start, result.status, clear, result.failure ?? result.error?.message);
}

function recordPage(kind: string, start: number, page: PageResult) {
  const clear =
    page.status === 503
      ? /Temporarily unavailable/.test(page.body) && page.headers?.get("retry-after") !== null
      : page.status === 200;
  record(kind, start, page.status, clear, page.failure);
}

const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Repeats `once` until the load stops, with a short pause so that fast 503s do not spin. */
async function loop(once: () => Promise<void>, pauseMs = 20) {
  while (!stopping) {
    await once();
    await pause(pauseMs);
  }
}

interface Writer {
  id: string;
  revision: number;
  acknowledged: { revision: number; name: string }[];
  /** Saves that got no 2xx: they may or may not have been applied. */
  unknown: number;
}

/**
 * Saves one scenario over and over, each save based on the revision the last acknowledged one
 * returned, as an editor would. A failed save may still have been applied: the next save then
 * gets a 409, and the writer reads the scenario again. It ends on an acknowledged save.
 */
async function writeLoop(base: string, cookie: string, writer: Writer, label: string) {
  let sequence = 0;
  let lastAcknowledged = true;
  while (!stopping || !lastAcknowledged) {
    const name = `${label} save ${++sequence}`;
    let start = now();
    const saved = await updateScenario(
      base,
      { id: writer.id, revision: writer.revision, name },
      { cookie },
    );
    recordCall("scenario.update", start, saved);
    lastAcknowledged = saved.data !== undefined;
    if (saved.data) {
      writer.revision = saved.data.revision;
      writer.acknowledged.push({ revision: saved.data.revision, name });
    } else if (saved.status === 409) {
      start = now();
      const current = await getScenario(base, writer.id, { cookie });
      recordCall(REREAD, start, current);
      if (current.data) writer.revision = current.data.revision;
    } else {
      writer.unknown++;
    }
    await pause(20);
  }
}

function checkOutage(verdict: Verdict, window: { from: number; to: number }, pagesWired: boolean) {
  const during = samples.filter((s) => s.start >= window.from && s.end <= window.to);
  for (const kind of steadyKinds()) {
    const mine = during.filter((s) => s.kind === kind);
    const page = kind.startsWith("page ");
    const latencies = mine.map((s) => s.end - s.start);
    const p99 = percentile(latencies, 99);
    const statuses = countBy(mine, (s) => s.status);
    const expected503 = !page || pagesWired;
    const answered = expected503
      ? mine.every((s) => s.status === 503 && s.clear)
      : // Without the proxy a page cannot answer 503 (see database-outage.ts): it must still
        // answer fast, with its error boundary (200) or Next's error page (500).
        mine.every((s) => s.status === 200 || s.status === 500);
    verdict.check(
      `while the database is down, ${kind} answers ${expected503 ? "503 with a clear message" : "200 (error boundary) or 500, as Next does without the proxy's outage page,"} within ${OUTAGE_P99_BUDGET_MS} ms (p99)`,
      mine.length > 0 && answered && p99 <= OUTAGE_P99_BUDGET_MS,
      `${statuses}; ${describeLatencies(latencies)}`,
    );
  }
}

const steadyKinds = () => [...new Set(samples.map((s) => s.kind))].filter((k) => k !== REREAD);
const succeeded = (s: Sample) => s.status >= 200 && s.status < 300;
/** A save based on a revision that an unacknowledged save already moved on is rightly refused. */
const answeredNormally = (s: Sample) =>
  succeeded(s) || (s.kind === "scenario.update" && s.status === 409);

function checkRecovery(verdict: Verdict, databaseBack: number) {
  const firstSuccess: string[] = [];
  let worst = 0;
  let ok = true;
  for (const kind of steadyKinds()) {
    const after = samples.filter((s) => s.kind === kind && s.start >= databaseBack);
    const first = after.find(succeeded);
    const lateFailures = after.filter(
      (s) => s.start >= databaseBack + RECOVERY_BUDGET_MS && !answeredNormally(s),
    );
    const late = after.filter((s) => s.start >= databaseBack + RECOVERY_BUDGET_MS);
    if (!first || lateFailures.length > 0 || late.length === 0) ok = false;
    const recovered = first ? first.end - databaseBack : Number.POSITIVE_INFINITY;
    worst = Math.max(worst, recovered);
    firstSuccess.push(`${kind} ${first ? `${Math.round(recovered)} ms` : "never"}`);
  }
  verdict.check(
    `after the database is back, every kind of request succeeds again within ${RECOVERY_BUDGET_MS / 1000} s, without restarting the app`,
    ok && worst <= RECOVERY_BUDGET_MS,
    `first success after the restart: ${firstSuccess.join(", ")}`,
  );
}

await runFault("Database restart under load", async (verdict) => {
  const database = await startFaultDatabase({ needsRestart: true });
  const app = await startApp({ databaseUrl: database.url, name: "app" });
  const base = app.url;
  const pagesWired = proxyServesOutagePage();
  log(
    pagesWired
      ? "The build's proxy serves the outage page: pages must answer 503 while the database is down"
      : "The build has no outage page in its proxy: pages cannot answer 503 (see database-outage.ts)",
  );

  const editor = await signUp(base, "editor");
  const creator = await signUp(base, "creator");
  const writers: Writer[] = [];
  for (let i = 0; i < 2; i++) {
    const created = await createScenario(base, `writer ${i}`, { cookie: editor.cookie });
    if (!created.data) throw new Error(`could not create a scenario: ${created.status}`);
    writers.push({
      id: created.data.id,
      revision: created.data.revision,
      acknowledged: [],
      unknown: 0,
    });
  }
  const createdIds = new Map<string, string>();
  let creates = 0;
  // The first request to each route compiles and caches; the load starts on a warm app.
  for (const path of ["/demand", "/", "/api/health"]) await getPage(`${base}${path}`);
  await query(base, "market.overview");

  const loops = [
    loop(async () => {
      const start = now();
      recordPage("page /demand", start, await getPage(`${base}/demand`));
    }),
    loop(async () => {
      const start = now();
      recordPage("page /", start, await getPage(`${base}/`));
    }),
    loop(async () => {
      const start = now();
      recordCall("tRPC market.overview", start, await query(base, "market.overview"));
    }),
    loop(async () => {
      const start = now();
      const health = await getPage(`${base}/api/health`);
      const clear =
        health.status === 503
          ? /"database":"down"/.test(health.body)
          : /"database":"up"/.test(health.body);
      record("GET /api/health", start, health.status, clear, health.failure);
    }, 100),
    loop(async () => {
      const start = now();
      const name = `created ${++creates}`;
      const created = await createScenario(base, name, { cookie: creator.cookie });
      recordCall("scenario.create", start, created);
      if (created.data) createdIds.set(created.data.id, name);
    }, 150),
    ...writers.map((w, i) => writeLoop(base, editor.cookie, w, `writer ${i}`)),
  ];

  await pause(BEFORE_MS);
  const stopBegins = now();
  log("Stopping Postgres");
  await database.stopServer();
  const down = now();
  log(
    `Postgres stopped (${Math.round(down - stopBegins)} ms); keeping it down ${OUTAGE_MS / 1000} s`,
  );
  await pause(OUTAGE_MS);
  const startBegins = now();
  await database.startServer();
  const back = now();
  log(
    `Postgres started again (${Math.round(back - startBegins)} ms); load continues ${AFTER_MS / 1000} s`,
  );
  await pause(AFTER_MS);
  stopping = true;
  await Promise.all(loops);

  console.log("\nRequests by kind and phase (status×count; latency):");
  const phases = [
    ["before", 0, stopBegins],
    ["stopping", stopBegins, down],
    ["down", down, startBegins],
    ["starting", startBegins, back],
    ["after", back, Number.POSITIVE_INFINITY],
  ] as const;
  for (const kind of [...new Set(samples.map((s) => s.kind))]) {
    console.log(`  ${kind}`);
    for (const [phase, from, to] of phases) {
      const mine = samples.filter((s) => s.kind === kind && s.start >= from && s.start < to);
      if (mine.length === 0) continue;
      console.log(
        `    ${phase.padEnd(9)} ${countBy(mine, (s) => s.status).padEnd(22)} ${describeLatencies(mine.map((s) => s.end - s.start))}`,
      );
    }
  }
  console.log("");

  const before = samples.filter((s) => s.end < stopBegins);
  verdict.check(
    "before the outage, every request succeeds",
    before.length > 0 && before.every((s) => succeeded(s) && s.clear),
    `${before.length} requests: ${countBy(before, (s) => s.status)}`,
  );
  checkOutage(verdict, { from: down, to: startBegins }, pagesWired);
  const unexpected = samples.filter(
    (s) =>
      s.status === 0 ||
      (s.status >= 500 && s.status !== 503 && !(s.kind.startsWith("page ") && !pagesWired)),
  );
  verdict.check(
    "no request is left without an answer or gets an unexpected 5xx at any time (stopping and starting included)",
    unexpected.length === 0,
    unexpected.length === 0
      ? `${samples.length} requests`
      : unexpected
          .slice(0, 5)
          .map((s) => `${s.kind} ${s.status} ${s.note ?? ""}`)
          .join("; "),
  );
  checkRecovery(verdict, back);

  // Every acknowledged write is in the database: the last save of each scenario, every create.
  const rows = await database.query<{ id: string; name: string; revision: number }>(
    `SELECT id, name, revision FROM "Scenario" WHERE id = ANY($1)`,
    [[...writers.map((w) => w.id), ...createdIds.keys()]],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const lostSaves = writers.filter((w) => {
    const last = w.acknowledged.at(-1);
    const row = byId.get(w.id);
    return !last || row?.revision !== last.revision || row.name !== last.name;
  });
  const acknowledgedSaves = writers.reduce((n, w) => n + w.acknowledged.length, 0);
  verdict.check(
    "every scenario holds its last acknowledged save (same revision and content)",
    lostSaves.length === 0,
    `${acknowledgedSaves} acknowledged saves over ${writers.length} scenarios, ${writers.reduce((n, w) => n + w.unknown, 0)} unacknowledged (each retried)`,
  );
  const lostCreates = [...createdIds].filter(([id, name]) => byId.get(id)?.name !== name);
  verdict.check(
    "every acknowledged create is in the database",
    lostCreates.length === 0 && createdIds.size > 0,
    `${createdIds.size} acknowledged, ${lostCreates.length} missing`,
  );
});
