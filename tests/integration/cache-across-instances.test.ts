import { createCaller, createInnerContext } from "@aiml/api";
import { createPrismaClient, type Database } from "@aiml/db";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, expect, it } from "vitest";

let t: TestDatabase;
let instanceA: Database;
let instanceB: Database;

beforeAll(async () => {
  t = await createTestDatabase();
  // Two app instances: separate clients, pools and in-process caches, one database.
  instanceA = createPrismaClient(t.url);
  instanceB = createPrismaClient(t.url);
});
afterAll(async () => {
  await instanceA?.$disconnect();
  await instanceB?.$disconnect();
  await t?.drop();
});

const callerOf = (db: Database) => createCaller(createInnerContext({ db, session: null }));
const googleMedian = async (db: Database) => {
  const { charts } = await callerOf(db).market.dashboard({
    page: "pay",
    filters: { comp: "all", highlight: [] },
  });
  return charts.find((c) => c.id === "pay-by-company")?.rows.find((r) => r.company === "Google")
    ?.value;
};

it("a change published through one instance shows on the next read of another", async () => {
  expect(await googleMedian(instanceA)).toBe(344000);
  expect(await googleMedian(instanceB)).toBe(344000);

  // A publish on instance B: the data and the shared revision change in one transaction.
  await instanceB.$transaction([
    instanceB.dataPoint.updateMany({
      where: {
        key: "total-comp.median.google",
        version: { publishedOf: { is: { slug: "levels-fyi-ml-engineers-2025" } } },
      },
      data: { value: "350000" },
    }),
    instanceB.dataRevision.update({ where: { id: 1 }, data: { revision: { increment: 1 } } }),
  ]);

  expect(await googleMedian(instanceA)).toBe(350000);
});
