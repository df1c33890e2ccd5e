import { RevisionWatch, revisionWatch, stopRevisionWatch, watchedDataRevision } from "@aiml/cache";
import { createPrismaClient, type Database } from "@aiml/db";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import { datasetIdOf, LEVELS_SLUG, MEDIAN_KEY } from "./helpers/admin-fixtures";
import { createUserCaller } from "./helpers/users";

// Two app instances: separate clients, pools and watches on one database.
let t: TestDatabase;
let instanceA: Database;
let instanceB: Database;
const watches: RevisionWatch[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  instanceA = createPrismaClient(t.url);
  instanceB = createPrismaClient(t.url);
});
afterEach(() => {
  for (const watch of watches.splice(0)) watch.stop();
});
afterAll(async () => {
  stopRevisionWatch(t.db);
  await instanceA?.$disconnect();
  await instanceB?.$disconnect();
  await t?.drop();
});

const watchOnB = (name: string, options: ConstructorParameters<typeof RevisionWatch>[1] = {}) => {
  const watch = new RevisionWatch(instanceB, options, name);
  watches.push(watch);
  return watch;
};

/** A publish through instance A, as far as the revision goes (the data is not what is tested). */
const bumpThroughA = async () =>
  (
    await instanceA.dataRevision.update({
      where: { id: 1 },
      data: { revision: { increment: 1 } },
    })
  ).revision;

/** Ends the watch's listening connection from the server side, as a restart or a proxy would. */
const cutConnection = async (name: string) => {
  const ended = await instanceA.$queryRaw<{ ended: boolean }[]>`
    SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE application_name = ${name}`;
  expect(ended.map((row) => row.ended)).toEqual([true]);
};

/** Milliseconds until the watch's revision, taken from memory, is `revision`. */
async function msUntilSeen(watch: RevisionWatch, revision: number): Promise<number> {
  const started = performance.now();
  await vi.waitFor(() => expect(watch.revision()).toBe(revision), { timeout: 5_000, interval: 5 });
  return performance.now() - started;
}

it("another instance's publish is pushed: seen within a second, with no read per request", async () => {
  const watch = watchOnB("aiml-test-watch-push", { checkMs: 60_000 });
  await vi.waitFor(() => expect(watch.mode).toBe("listening"));
  const revision = await bumpThroughA();
  // No check runs within the minute: only the notification can bring it.
  expect(await msUntilSeen(watch, revision)).toBeLessThan(1_000);
  expect(typeof watch.revision()).toBe("number");
});

it("with the listening connection cut, polling through the pool takes over", async () => {
  const name = "aiml-test-watch-cut";
  const watch = watchOnB(name, { reconnectMs: 60_000 });
  await vi.waitFor(() => expect(watch.mode).toBe("listening"));
  await cutConnection(name);
  await vi.waitFor(() => expect(watch.mode).toBe("polling"));

  const revision = await bumpThroughA();
  expect(await msUntilSeen(watch, revision)).toBeLessThan(1_000);
  // Seen by a poll (the connection is not opened again within the minute), and kept in memory.
  expect(watch.mode).toBe("polling");
  expect(typeof watch.revision()).toBe("number");
});

it("opens the connection again after a cut and listens as before", async () => {
  const name = "aiml-test-watch-reconnect";
  const watch = watchOnB(name, { reconnectMs: 200, checkMs: 60_000, trustMs: 60_000 });
  await vi.waitFor(() => expect(watch.mode).toBe("listening"));
  await cutConnection(name);
  await vi.waitFor(() => expect(watch.mode).toBe("polling"));
  await vi.waitFor(() => expect(watch.mode).toBe("listening"), { timeout: 5_000 });

  const revision = await bumpThroughA();
  expect(await msUntilSeen(watch, revision)).toBeLessThan(1_000);
});

it("a revision no check confirms for a second is not used: it is read per request", async () => {
  const watch = watchOnB("aiml-test-watch-stale", { checkMs: 100, trustMs: 1_000 });
  await vi.waitFor(() => expect(watch.mode).toBe("listening"));
  expect(typeof watch.revision()).toBe("number");
  // A transaction holding the revision's row blocks every read of it: no check can answer.
  await instanceA.$transaction(
    async (tx) => {
      await tx.$executeRaw`LOCK TABLE "DataRevision" IN ACCESS EXCLUSIVE MODE`;
      await vi.waitFor(() => expect(watch.revision()).toBeInstanceOf(Promise), {
        timeout: 3_000,
      });
    },
    { timeout: 10_000 },
  );
  await vi.waitFor(() => expect(typeof watch.revision()).toBe("number"), { timeout: 5_000 });
});

it("a publish through this instance is used by its next request, before any notification", async () => {
  const admin = await createUserCaller(t, "admin");
  const datasetId = await datasetIdOf(t.db, LEVELS_SLUG);
  // Neither notifications (connection cut, not reopened) nor checks (hourly) reach this watch.
  const hour = 3_600_000;
  const watch = revisionWatch(t.db, { checkMs: hour, trustMs: hour, reconnectMs: hour });
  await vi.waitFor(() => expect(watch.mode).toBe("listening"));
  await cutConnection("aiml-revision-watch");
  await vi.waitFor(() => expect(watch.mode).toBe("polling"));
  const before = await watchedDataRevision(t.db);

  const draft = await admin.caller.admin.drafts.start({ datasetId });
  const rows = (await admin.caller.admin.drafts.get({ datasetId })).draft?.rows ?? [];
  const median = rows.find((r) => r.key === MEDIAN_KEY);
  if (!median) throw new Error("the draft lacks the median");
  const saved = await admin.caller.admin.drafts.save({
    datasetId,
    draftId: draft.id,
    revision: draft.revision,
    changes: { upsert: [{ ...median, value: 876_543 }], delete: [] },
  });
  if (saved.status !== "saved") throw new Error("the save was refused");
  await admin.caller.admin.drafts.publish({
    datasetId,
    draftId: draft.id,
    revision: saved.revision,
  });

  expect(watchedDataRevision(t.db)).toBe(before + 1);
});
