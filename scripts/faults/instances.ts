// Fault 11: two instances of the production build on one Postgres, behind nginx (round-robin,
// X-Forwarded-For set to the client's address). A publish through either instance, or through
// nginx, must show on the publishing instance's next request and on the other instance's
// pages within a second (their data revision is pushed by Postgres: see RevisionWatch), also
// with the notification connections cut; the tRPC API on the very next request. The failed
// sign-in limits (5 per account, 20 per client address, in Postgres) must
// hold across instances. Usage: pnpm faults:instances (after pnpm build; needs nginx).
import type { RouterOutputs } from "@aiml/api";
import { findFreePort } from "@aiml/db/lifecycle";
import { clientAddress, PASSWORD, signIn, signUp, uniqueEmail } from "@aiml/script-lib/auth";
import { getPage, query } from "@aiml/script-lib/http";
import { type DataPoint, publishDraft, saveDraft, startDraft } from "./lib/admin";
import { type AppInstance, startApp } from "./lib/app";
import { startNginx } from "./lib/nginx";
import { type FaultDatabase, startFaultDatabase } from "./lib/postgres";
import { makeAdmin } from "./lib/promote";
import { log, runFault, type Verdict } from "./lib/verdict";

/** A seeded figure the Overview shows as its "median total comp" headline. */
const LEVELS_SLUG = "levels-fyi-ml-engineers-2025";
const MEDIAN_KEY = "total-comp.median.top-companies";
const WRONG_PASSWORD = "not the right password";

type Overview = RouterOutputs["market"]["overview"];
type Draft = NonNullable<RouterOutputs["admin"]["drafts"]["get"]["draft"]>;

interface Target {
  name: string;
  url: string;
}

/**
 * The Overview's median as a visitor of `target` sees it, through tRPC and in the page's HTML
 * (in either order: through nginx, round-robin then sends each to the other instance).
 */
async function medianSeenAt(target: Target, expected: number, pageFirst = false) {
  const readApi = async () => {
    const overview = await query<Overview>(target.url, "market.overview");
    const value = overview.data?.headlines.find((h) => h.id === "median-total-comp")?.figure?.value;
    const from = overview.headers?.get("x-upstream");
    return {
      ok: value === expected,
      text: `tRPC ${value ?? overview.status}${from ? ` from ${from}` : ""}`,
      from,
    };
  };
  const readPage = async () => {
    const page = await getPage(`${target.url}/`);
    // The page shows the figure formatted ("$304,778"); its raw number is not in the HTML.
    const ok = page.status === 200 && page.body.includes(expected.toLocaleString("en-US"));
    const from = page.headers?.get("x-upstream");
    return {
      ok,
      text: `page ${ok ? "shows it" : `does not (${page.status})`}${from ? ` from ${from}` : ""}`,
      from,
    };
  };
  const reads = pageFirst
    ? [await readPage(), await readApi()]
    : [await readApi(), await readPage()];
  return {
    ok: reads.every((r) => r.ok),
    seen: `${target.name}: ${reads.map((r) => r.text).join(", ")}`,
    upstreams: reads.map((r) => r.from),
  };
}

/** The instances' listening connections (application_name of RevisionWatch), ended by Postgres. */
async function cutNotificationConnections(database: FaultDatabase): Promise<number> {
  const rows = await database.query<{ ended: boolean }>(
    `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE application_name = 'aiml-revision-watch'`,
  );
  return rows.filter((row) => row.ended).length;
}

/** A publish shows on a page within this long on every instance (at once on the publisher). */
const SEEN_WITHIN_MS = 1_000;

/** medianSeenAt, asked again until it shows or the second after `since` is over. */
async function medianSeenWithin(
  target: Target,
  expected: number,
  since: number,
  pageFirst = false,
) {
  for (;;) {
    const result = await medianSeenAt(target, expected, pageFirst);
    const ms = performance.now() - since;
    if (result.ok || ms > SEEN_WITHIN_MS) {
      return {
        ...result,
        ok: result.ok && ms <= SEEN_WITHIN_MS,
        seen: `${result.seen} after ${Math.round(ms)} ms`,
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function checkPublishes(
  verdict: Verdict,
  database: FaultDatabase,
  instances: AppInstance[],
  balancer: Target,
  adminCookie: string,
) {
  const [datasetRow] = await database.query<{ id: string }>(
    `SELECT id FROM "Dataset" WHERE slug = $1`,
    [LEVELS_SLUG],
  );
  if (!datasetRow) throw new Error("the seeded dataset is missing");
  const datasetId = datasetRow.id;
  const direct = instances.map((i) => ({ name: i.name, url: i.url }));
  const cookie = { cookie: adminCookie };

  let value = 300_000 + Math.floor(Math.random() * 9_000);
  const rounds = [
    ...[...direct, balancer].map((through) => ({ through, cut: false })),
    { through: direct[0] as Target, cut: true },
  ];
  for (const { through, cut } of rounds) {
    value += 1_111;
    // Every instance has the current figures cached before the publish.
    for (const target of [...direct, balancer, balancer])
      await query(target.url, "market.overview");

    const draft = await startDraft(through.url, cookie, datasetId);
    const current = await query<{ draft: Draft | null }>(
      through.url,
      "admin.drafts.get",
      { datasetId, limit: 5_000 },
      cookie,
    );
    const row = current.data?.draft?.rows.find((r) => r.key === MEDIAN_KEY);
    if (!row) throw new Error("the median figure is missing from the draft");
    const ref = { datasetId, draftId: draft.id, revision: draft.revision };
    const saved = await saveDraft(
      through.url,
      ref,
      { upsert: [{ ...(row as DataPoint), value }] },
      cookie,
    );
    const revision = (saved.data as { revision?: number } | undefined)?.revision;
    if (revision === undefined) throw new Error(`saving the draft failed: ${saved.status}`);
    const ended = cut ? await cutNotificationConnections(database) : 0;
    if (cut && ended !== instances.length) {
      throw new Error(`${ended} notification connections ended, not ${instances.length}`);
    }
    const published = await publishDraft(through.url, { ...ref, revision }, cookie);
    if (published.status !== 200) throw new Error(`publishing failed: ${published.status}`);
    const publishedAt = performance.now();

    // The publishing instance's next request (when known), then each other instance and two
    // requests through nginx (one per upstream) within a second.
    const others = direct.filter((d) => d.url !== through.url);
    const seen = [];
    if (others.length < direct.length) seen.push(await medianSeenAt(through, value));
    for (const target of others) seen.push(await medianSeenWithin(target, value, publishedAt));
    seen.push(
      await medianSeenWithin(balancer, value, publishedAt),
      await medianSeenWithin(balancer, value, publishedAt, true),
    );
    const upstreams = new Set(seen.flatMap((s) => s.upstreams).filter(Boolean));
    verdict.check(
      `a publish through ${through.name}${cut ? ", notification connections cut," : ""} shows ${others.length < direct.length ? `on its next request and ` : ""}within ${SEEN_WITHIN_MS} ms on ${[...others.map((o) => o.name), "nginx (tRPC and page from each upstream)"].join(" and ")}`,
      seen.every((s) => s.ok) && upstreams.size === 2,
      `median ${value}; ${seen.map((s) => s.seen).join("; ")}`,
    );
  }
}

async function throttleFailures(database: FaultDatabase, key: string): Promise<number> {
  const [row] = await database.query<{ failures: number }>(
    `SELECT failures FROM sign_in_throttle WHERE key = $1`,
    [key],
  );
  return row?.failures ?? 0;
}

async function checkSignInLimits(
  verdict: Verdict,
  database: FaultDatabase,
  instances: AppInstance[],
  balancer: Target,
) {
  const [a, b] = instances;
  if (!a || !b) throw new Error("two instances expected");

  // 5 failures per account: alternate the instances, each attempt from another address.
  const account = await signUp(a.url, "locked");
  const attempts = [];
  for (let i = 0; i < 6; i++) {
    const target = i % 2 === 0 ? a : b;
    const answer = await signIn(target.url, account.email, WRONG_PASSWORD, {
      "x-forwarded-for": clientAddress(),
    });
    attempts.push(`${target.name} ${answer.status}`);
  }
  const right = await signIn(a.url, account.email, PASSWORD, {
    "x-forwarded-for": clientAddress(),
  });
  attempts.push(`right password on ${a.name} ${right.status}`);
  verdict.check(
    "5 failed sign-ins for one account, alternating instances: the 6th gets 429 wherever it lands, and so does the right password",
    attempts.slice(0, 5).every((s) => s.endsWith(" 401")) &&
      attempts[5]?.endsWith(" 429") === true &&
      right.status === 429 &&
      Number(right.retryAfter) > 0,
    `${attempts.join(", ")}; Retry-After ${right.retryAfter}`,
  );

  // 20 failures per client address: one address, a new account each time, alternating instances.
  const address = clientAddress();
  const perClient = [];
  for (let i = 0; i < 22; i++) {
    const target = i % 2 === 0 ? a : b;
    const answer = await signIn(target.url, uniqueEmail("nobody"), WRONG_PASSWORD, {
      "x-forwarded-for": address,
    });
    perClient.push(answer.status);
  }
  verdict.check(
    "20 failed sign-ins from one client address, alternating instances: the 21st and 22nd (one on each instance) get 429",
    perClient.slice(0, 20).every((s) => s === 401) &&
      perClient[20] === 429 &&
      perClient[21] === 429,
    `statuses: ${perClient.join(" ")}`,
  );

  // Through nginx: round-robin spreads one account's attempts over both instances.
  const viaNginx = await signUp(a.url, "via-nginx");
  const spread: string[] = [];
  for (let i = 0; i < 6; i++) {
    const answer = await signIn(balancer.url, viaNginx.email, WRONG_PASSWORD);
    spread.push(`${answer.status} from ${answer.upstream}`);
  }
  const upstreams = new Set(spread.map((s) => s.split(" from ")[1]));
  verdict.check(
    "through nginx (round-robin over both instances), the 6th failed sign-in for one account gets 429",
    spread.slice(0, 5).every((s) => s.startsWith("401")) &&
      spread[5]?.startsWith("429") === true &&
      upstreams.size === 2,
    spread.join(", "),
  );

  // nginx passes the address it sees: a client cannot pick another with its own header.
  const counted = await throttleFailures(database, "client:127.0.0.1");
  const remaining = 20 - counted;
  const spoofed: number[] = [];
  for (let i = 0; i <= remaining; i++) {
    const answer = await signIn(balancer.url, uniqueEmail("spoof"), WRONG_PASSWORD, {
      "x-forwarded-for": clientAddress(),
    });
    spoofed.push(answer.status);
  }
  verdict.check(
    "through nginx, a client sending its own X-Forwarded-For still reaches its per-address limit (nginx sets the header)",
    counted > 0 &&
      spoofed.slice(0, remaining).every((s) => s === 401) &&
      spoofed[remaining] === 429,
    `${counted} failures already counted for 127.0.0.1; then ${spoofed.join(" ")} with a different made-up X-Forwarded-For each time`,
  );
}

await runFault("Two instances behind nginx", async (verdict) => {
  const database = await startFaultDatabase();
  const balancerPort = await findFreePort();
  const publicUrl = `http://127.0.0.1:${balancerPort}`;
  // Both instances know the address users reach them at: nginx's.
  const instances = await Promise.all(
    ["A", "B"].map((name) =>
      startApp({
        databaseUrl: database.url,
        publicUrl,
        trustedOrigins: [publicUrl],
        name: `instance ${name}`,
      }),
    ),
  );
  const balancer = {
    name: "nginx",
    ...(await startNginx(
      instances.map((i) => i.url),
      balancerPort,
    )),
  };
  log(`Instances ${instances.map((i) => i.url).join(", ")} behind ${balancer.url}`);

  const first = instances[0]?.url ?? "";
  const admin = await makeAdmin(database, first, await signUp(first, "admin"));
  await checkPublishes(verdict, database, instances, balancer, admin.cookie);
  await checkSignInLimits(verdict, database, instances, balancer);
});
