// Fault 10: concurrent writes over HTTP against the production build. Many parallel saves of
// one scenario from two sessions of its owner, and of one dataset draft from two admins, all
// based on the same revision: exactly one save per revision may succeed and every other one
// must get a 409 CONFLICT; no acknowledged save may be lost (the final state is the last
// acknowledged write, and every acknowledged change is there). Also parallel publishes of one
// draft. Usage: pnpm faults:concurrency (after pnpm build)
import type { RouterOutputs } from "@aiml/api";
import { secondSession, signUp } from "@aiml/script-lib/auth";
import { type CallResult, query } from "@aiml/script-lib/http";
import { countBy, describeLatencies } from "@aiml/script-lib/stats";
import { createDatasetWithDraft, dataPoint, publishDraft, saveDraft } from "./lib/admin";
import { startApp } from "./lib/app";
import { startFaultDatabase } from "./lib/postgres";
import { makeAdmin } from "./lib/promote";
import { createScenario, getScenario, updateScenario } from "./lib/scenarios";
import { log, runFault, type Verdict } from "./lib/verdict";

const ROUNDS = 10;
const SAVES_PER_ROUND = 8;
const FREE_FOR_ALL_MS = 5_000;
const WRITERS = 6;

const all: CallResult<unknown>[] = [];
const tracked = <T>(call: Promise<CallResult<T>>) =>
  call.then((result) => {
    all.push(result);
    return result;
  });

type Draft = NonNullable<RouterOutputs["admin"]["drafts"]["get"]["draft"]>;

/** Rounds of parallel writes that all start from the current revision. */
async function rounds(
  verdict: Verdict,
  what: string,
  write: (round: number, writer: number) => Promise<CallResult<unknown>>,
  check409: (result: CallResult<unknown>) => boolean,
) {
  const problems: string[] = [];
  const latencies: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const results = await Promise.all(
      Array.from({ length: SAVES_PER_ROUND }, (_, writer) => write(round, writer)),
    );
    latencies.push(...results.map((r) => r.ms));
    const won = results.filter((r) => r.status === 200).length;
    const refused = results.filter((r) => r.status === 409 && check409(r)).length;
    if (won !== 1 || refused !== SAVES_PER_ROUND - 1) {
      problems.push(`round ${round + 1}: ${countBy(results, (r) => r.status)}`);
    }
  }
  verdict.check(
    `${what}: in each of ${ROUNDS} rounds of ${SAVES_PER_ROUND} parallel saves from the same revision, exactly one succeeds and the others get a 409 CONFLICT`,
    problems.length === 0,
    problems.length > 0 ? problems.join("; ") : describeLatencies(latencies),
  );
}

await runFault("Concurrent writes", async (verdict) => {
  const database = await startFaultDatabase();
  const app = await startApp({ databaseUrl: database.url, name: "app" });
  const base = app.url;

  // ---- One scenario, two sessions of its owner (scenarios are owner-only).
  const owner = await signUp(base, "owner");
  const sessions = [owner.cookie, await secondSession(base, owner.email)];
  const created = await createScenario(base, "shared", { cookie: owner.cookie });
  if (!created.data) throw new Error(`could not create a scenario: ${created.status}`);
  const scenarioId = created.data.id;
  let scenarioRevision = created.data.revision;
  const scenarioAcks = new Map<number, string>();

  log("Scenario: rounds of parallel saves from one revision");
  await rounds(
    verdict,
    "scenario saves from two sessions",
    async (round, writer) => {
      const name = `round ${round} writer ${writer}`;
      const result = await tracked(
        updateScenario(
          base,
          {
            id: scenarioId,
            revision: scenarioRevision,
            name,
            baseSalaryCents: 10_000_000 + writer,
          },
          { cookie: sessions[writer % 2] },
        ),
      );
      if (result.data) {
        scenarioAcks.set(result.data.revision, name);
        scenarioRevision = result.data.revision;
      }
      return result;
    },
    (r) => r.error?.code === "CONFLICT" && /changed elsewhere/.test(r.error.message),
  );

  log(
    `Scenario: ${WRITERS} writers, each saving on the revision it last read, for ${FREE_FOR_ALL_MS / 1000} s`,
  );
  const scenarioStart = scenarioRevision;
  const ffaAcks = new Map<number, string[]>();
  let rejected = 0;
  const until = performance.now() + FREE_FOR_ALL_MS;
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, writer) => {
      const cookie = sessions[writer % 2];
      let sequence = 0;
      while (performance.now() < until) {
        const current = await tracked(getScenario(base, scenarioId, { cookie }));
        if (!current.data) continue;
        const name = `writer ${writer} save ${++sequence}`;
        const saved = await tracked(
          updateScenario(
            base,
            { id: scenarioId, revision: current.data.revision, name },
            { cookie },
          ),
        );
        if (saved.data) {
          ffaAcks.set(saved.data.revision, [...(ffaAcks.get(saved.data.revision) ?? []), name]);
        } else if (saved.status === 409) rejected++;
      }
    }),
  );
  const [scenarioRow] = await database.query<{ revision: number; name: string }>(
    `SELECT revision, name FROM "Scenario" WHERE id = $1`,
    [scenarioId],
  );
  const acknowledged = [...ffaAcks.values()].flat().length;
  const duplicates = [...ffaAcks].filter(([, names]) => names.length > 1);
  const lastAck = ffaAcks.get(Math.max(...ffaAcks.keys()))?.[0];
  verdict.check(
    "scenario: no acknowledged save is lost (one acknowledged save per revision, the final state is the last one)",
    acknowledged > 0 &&
      duplicates.length === 0 &&
      scenarioRow?.revision === scenarioStart + acknowledged &&
      scenarioRow?.name === lastAck,
    `${acknowledged} acknowledged, ${rejected} refused with 409; revision ${scenarioStart}→${scenarioRow?.revision}; final "${scenarioRow?.name}", last acknowledged "${lastAck}"`,
  );

  // ---- One dataset draft, two admins.
  const admins = [
    await makeAdmin(database, base, await signUp(base, "admin-a")),
    await makeAdmin(database, base, await signUp(base, "admin-b")),
  ];
  const cookies = admins.map((a) => a.cookie);
  const ref = await createDatasetWithDraft(base, { cookie: cookies[0] }, "Concurrency test");
  let draftRevision = ref.revision;
  const savedKeys = new Map<string, number>();
  const refusedKeys = new Set<string>();

  const saveKey = async (
    cookie: string | undefined,
    revision: number,
    key: string,
    value: number,
  ) => {
    const result = await tracked(
      saveDraft(base, { ...ref, revision }, { upsert: [dataPoint(key, value)] }, { cookie }),
    );
    if (result.status === 200) savedKeys.set(key, value);
    else if (result.status === 409) refusedKeys.add(key);
    return result;
  };

  log("Draft: rounds of parallel saves from one revision");
  await rounds(
    verdict,
    "draft saves from two admins",
    async (round, writer) => {
      const result = await saveKey(
        cookies[writer % 2],
        draftRevision,
        `round-${round}-writer-${writer}`,
        100_000 + round * 100 + writer,
      );
      const data = result.data as { revision?: number } | undefined;
      if (data?.revision !== undefined) draftRevision = data.revision;
      return result;
    },
    (r) => {
      // The conflict tells the admin what the draft holds now.
      const details = r.error?.details as { state?: string; currentRevision?: number } | undefined;
      return r.error?.code === "CONFLICT" && details?.state === "edited";
    },
  );

  log(
    `Draft: ${WRITERS} admin writers, each saving on the revision it last read, for ${FREE_FOR_ALL_MS / 1000} s`,
  );
  const draftStart = draftRevision;
  let draftAcks = 0;
  const draftUntil = performance.now() + FREE_FOR_ALL_MS;
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, writer) => {
      const cookie = cookies[writer % 2];
      let sequence = 0;
      while (performance.now() < draftUntil) {
        const current = await tracked(
          query<{ draft: Draft | null }>(
            base,
            "admin.drafts.get",
            { datasetId: ref.datasetId, limit: 1 },
            { cookie },
          ),
        );
        const revision = current.data?.draft?.revision;
        if (revision === undefined) continue;
        const saved = await saveKey(
          cookie,
          revision,
          `writer-${writer}-save-${++sequence}`,
          200_000 + sequence,
        );
        if (saved.status === 200) draftAcks++;
      }
    }),
  );
  const rows = await database.query<{ key: string; value: string }>(
    `SELECT key, value::text FROM "DataPoint" WHERE "versionId" = $1`,
    [ref.draftId],
  );
  const [draftRow] = await database.query<{ revision: number; saves: number }>(
    `SELECT v.revision, (SELECT count(*)::int FROM "AuditLog" a
       WHERE a.action = 'draft.save' AND a."entityId" = v.id) AS saves
     FROM "DatasetVersion" v WHERE v.id = $1`,
    [ref.draftId],
  );
  const stored = new Map(rows.map((r) => [r.key, Number(r.value)]));
  const missing = [...savedKeys].filter(([key, value]) => stored.get(key) !== value);
  const leaked = [...refusedKeys].filter((key) => stored.has(key));
  verdict.check(
    "draft: every acknowledged save's row is in the draft, no refused save's row is, and each acknowledged save is one revision and one audit entry",
    missing.length === 0 &&
      leaked.length === 0 &&
      stored.size === savedKeys.size &&
      draftRow?.revision === ref.revision + savedKeys.size &&
      draftRow?.saves === savedKeys.size,
    `${draftAcks} acknowledged in ${FREE_FOR_ALL_MS / 1000} s (revision ${draftStart}→${draftRow?.revision}); ${savedKeys.size} acknowledged in all, ${stored.size} rows, ${draftRow?.saves} audit entries, ${refusedKeys.size} refused, ${missing.length} missing, ${leaked.length} written despite a 409`,
  );

  log("Draft: parallel publishes of the same revision");
  const reviewed = { ...ref, revision: draftRow?.revision ?? -1 };
  const publishes = await Promise.all(
    Array.from({ length: SAVES_PER_ROUND }, (_, i) =>
      tracked(publishDraft(base, reviewed, { cookie: cookies[i % 2] })),
    ),
  );
  const [published] = await database.query<{ published: number; audits: number }>(
    `SELECT (SELECT count(*)::int FROM "DatasetVersion" WHERE "datasetId" = $1 AND status = 'published') AS published,
       (SELECT count(*)::int FROM "AuditLog" WHERE action = 'version.publish' AND "datasetId" = $1) AS audits`,
    [ref.datasetId],
  );
  verdict.check(
    `draft: of ${SAVES_PER_ROUND} parallel publishes exactly one succeeds, the others get a 409, and one version is published once`,
    publishes.filter((p) => p.status === 200).length === 1 &&
      publishes.filter((p) => p.status === 409).length === SAVES_PER_ROUND - 1 &&
      published?.published === 1 &&
      published.audits === 1,
    `${countBy(publishes, (p) => p.status)}; ${published?.published} published version, ${published?.audits} publish audit entries`,
  );

  const unexpected = all.filter((r) => r.status === 0 || r.status >= 500);
  verdict.check(
    "no request failed with a 5xx or went unanswered",
    unexpected.length === 0,
    `${all.length} requests: ${countBy(all, (r) => r.status)}`,
  );
});
