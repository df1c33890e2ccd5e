// The first page request after a change to the published data, with the data grown 1000-fold
// (--fold): after a publish through the app (which starts reading the new figures at once on
// its instance), and after the revision was bumped outside it (as another instance's publish
// looks to this one). Each is timed right away and after a pause (--wait, seconds), as a visitor
// who comes a little later. No target: it shows what the read after a publish saves.
// Usage: pnpm bench:after-publish [--smoke] [--fold 1000] [--rounds 3] [--wait 4] [--path /demand]
import { setTimeout as sleep } from "node:timers/promises";
import { startApp } from "@aiml/script-lib/app";
import { enableTwoFactor, signUp } from "@aiml/script-lib/auth";
import { formatSpread, spread } from "@aiml/script-lib/stats";
import pg from "pg";
import { readArgs } from "./lib/args";
import { generateScaleData } from "./lib/scale-data";
import { startScaleDatabase } from "./lib/scale-database";
import { printTable } from "./lib/table";

const args = readArgs({ rounds: 3, seconds: 0 }, ["fold", "wait", "path"] as const);
const fold = Number(args.fold ?? (args.smoke ? 2 : 1000));
const rounds = args.smoke ? 1 : args.rounds;
const waitMs = Number(args.wait ?? (args.smoke ? 0.5 : 4)) * 1000;
const path = args.path ?? "/demand";

const db = await startScaleDatabase();
const app = await startApp({ databaseUrl: db.databaseUrl, verbose: args.verbose });
const sql = new pg.Client({ connectionString: db.databaseUrl });
await sql.connect();

async function timed(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return performance.now() - started;
}

/**
 * Signs up an account and makes it an admin (promotion, then two-factor authentication, which
 * admins need); returns its cookie.
 */
async function adminCookie(): Promise<string> {
  const account = await signUp(app.base, "bench");
  await sql.query(`UPDATE "user" SET role = 'admin' WHERE email = $1`, [account.email]);
  return (await enableTwoFactor(app.base, account)).cookie;
}

try {
  const report = await generateScaleData(db.databaseUrl, fold);
  console.log(`${fold}-fold data: ${report.publishedDataPoints} published figures\n`);
  const page = `${app.base}${path}`;
  await timed(page);

  const cookie = await adminCookie();
  const trpc = async <T>(procedure: string, input: unknown): Promise<T> => {
    const response = await fetch(`${app.base}/api/trpc/${procedure}`, {
      method: "POST",
      headers: { cookie, origin: app.base, "content-type": "application/json" },
      body: JSON.stringify({ json: input }),
    });
    if (!response.ok) throw new Error(`${procedure}: ${response.status}`);
    const body = (await response.json()) as { result: { data: { json: T } } };
    return body.result.data.json;
  };
  const { rows } = await sql.query<{ id: string }>(
    `SELECT id FROM "Dataset" WHERE "publishedVersionId" IS NOT NULL ORDER BY slug LIMIT 1`,
  );
  const datasetId = rows[0]?.id;
  if (!datasetId) throw new Error("no published dataset");

  const publishThroughApp = async () => {
    const draft = await trpc<{ id: string; revision: number }>("admin.drafts.start", { datasetId });
    await trpc("admin.drafts.publish", { datasetId, draftId: draft.id, revision: draft.revision });
  };
  const bumpOutside = async () => {
    await sql.query(`UPDATE "DataRevision" SET revision = revision + 1, "updatedAt" = now()`);
  };

  const cases = [
    {
      label: "publish through this instance, request right away",
      change: publishThroughApp,
      wait: 0,
    },
    {
      label: `publish through this instance, request ${waitMs / 1000} s later`,
      change: publishThroughApp,
      wait: waitMs,
    },
    {
      label: "publish elsewhere (revision bumped), request right away",
      change: bumpOutside,
      wait: 0,
    },
    {
      label: `publish elsewhere (revision bumped), request ${waitMs / 1000} s later`,
      change: bumpOutside,
      wait: waitMs,
    },
  ];
  const times = cases.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    for (const [i, c] of cases.entries()) {
      await c.change();
      await sleep(c.wait);
      times[i]?.push(await timed(page));
      // The next change starts from a warm server.
      await timed(page);
    }
  }
  printTable(
    [`first ${path} request after a change to the published data`, "ms"],
    cases.map((c, i) => [c.label, formatSpread(spread(times[i] ?? []))]),
  );
} finally {
  await sql.end();
  await app.stop();
  await db.stop();
}
