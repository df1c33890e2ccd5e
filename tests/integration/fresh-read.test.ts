import { createCaller, createInnerContext } from "@aiml/api";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, expect, it } from "vitest";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

it("under concurrent requests, a publish is seen by every read that starts after it", async () => {
  const caller = createCaller(createInnerContext({ db: t.db, session: null }));
  const before = await Promise.all(Array.from({ length: 50 }, () => caller.market.dimensions()));
  expect(new Set(before.map((d) => d.companies.includes("Example Robotics")))).toEqual(
    new Set([false]),
  );

  // Publish a figure for a new company (data and revision in one transaction) while reads run.
  const inFlight = Array.from({ length: 50 }, () => caller.market.dimensions());
  const point = await t.db.dataPoint.findFirstOrThrow({
    where: { company: { not: null }, version: { publishedOf: { isNot: null } } },
  });
  await t.db.$transaction([
    t.db.dataPoint.update({ where: { id: point.id }, data: { company: "Example Robotics" } }),
    t.db.dataRevision.update({ where: { id: 1 }, data: { revision: { increment: 1 } } }),
  ]);
  await Promise.all(inFlight);

  const after = await Promise.all(Array.from({ length: 50 }, () => caller.market.dimensions()));
  for (const d of after) expect(d.companies).toContain("Example Robotics");
});
