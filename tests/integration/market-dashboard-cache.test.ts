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

const dashboard = (highlight: string[] = [], allRows = false) =>
  createCaller(createInnerContext({ db: t.db, session: null })).market.dashboard({
    page: "pay",
    filters: { comp: "all", highlight },
    allRows,
  });

it("builds a dashboard once per input and data revision, keeping the 50 latest inputs", async () => {
  const first = await dashboard();
  expect(await dashboard()).toBe(first);
  expect(await dashboard(["Google"])).not.toBe(first);

  await t.db.dataRevision.update({ where: { id: 1 }, data: { revision: { increment: 1 } } });
  const afterPublish = await dashboard();
  expect(afterPublish).not.toBe(first);
  expect(afterPublish).toEqual(first);

  for (let i = 0; i < 50; i++) await dashboard([`Company ${i}`]);
  expect(await dashboard()).not.toBe(afterPublish);
});

it("does not keep every-row builds (CSV downloads): they can be large", async () => {
  const all = await dashboard([], true);
  expect(await dashboard([], true)).not.toBe(all);
  expect(await dashboard([], true)).toEqual(all);
});
