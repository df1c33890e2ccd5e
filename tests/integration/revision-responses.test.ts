import { revisionResponses } from "@aiml/cache";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, expect, it } from "vitest";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

const bumpRevision = () =>
  t.db.dataRevision.update({ where: { id: 1 }, data: { revision: { increment: 1 } } });

function store(maxEntryBytes = 1_000) {
  return revisionResponses<string>(() => t.db, {
    maxBytes: 10_000,
    maxEntryBytes,
    sizeOf: (value) => value.length,
  });
}

it("produces once for concurrent misses, then serves what it kept", async () => {
  const responses = store();
  let produced = 0;
  const produce = async () => {
    produced++;
    await new Promise((r) => setTimeout(r, 20));
    return { value: `page ${produced}`, keep: true };
  };
  const results = await Promise.all(Array.from({ length: 8 }, () => responses.get("/a", produce)));
  expect(produced).toBe(1);
  expect(results.map((r) => r.value)).toEqual(Array(8).fill("page 1"));
  expect(await responses.get("/a", produce)).toEqual({ value: "page 1", hit: true });
});

it("does not keep what was produced while the revision changed", async () => {
  const responses = store();
  let produced = 0;
  const publishMeanwhile = async () => {
    produced++;
    if (produced === 1) await bumpRevision();
    return { value: `page ${produced}`, keep: true };
  };
  // The first request still gets its page: it started before the publish.
  expect(await responses.get("/b", publishMeanwhile)).toEqual({ value: "page 1", hit: false });
  expect(await responses.get("/b", publishMeanwhile)).toEqual({ value: "page 2", hit: false });
  expect(await responses.get("/b", publishMeanwhile)).toEqual({ value: "page 2", hit: true });
});

it("keeps nothing it was told not to, or larger than an entry may be", async () => {
  const responses = store(10);
  let produced = 0;
  const produce = (keep: boolean, value: string) => async () => {
    produced++;
    return { value, keep };
  };
  await responses.get("/error", produce(false, "error"));
  expect(await responses.get("/error", produce(false, "error"))).toEqual({
    value: "error",
    hit: false,
  });
  await responses.get("/big", produce(true, "x".repeat(11)));
  expect((await responses.get("/big", produce(true, "x".repeat(11)))).hit).toBe(false);
  expect(produced).toBe(4);
});

it("a publish makes every kept value stale at once", async () => {
  const responses = store();
  await responses.get("/c", async () => ({ value: "before", keep: true }));
  await bumpRevision();
  expect(await responses.get("/c", async () => ({ value: "after", keep: true }))).toEqual({
    value: "after",
    hit: false,
  });
});
