import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, expect, it, vi } from "vitest";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

// Next bundles pages and route handlers apart, so a process can hold two copies of the module.
const freshModuleCopy = async () => {
  vi.resetModules();
  return import("@aiml/cache");
};

it("shares one load per revision between copies of the module in one process", async () => {
  const pages = await freshModuleCopy();
  const api = await freshModuleCopy();
  expect(api.cachedByRevision).not.toBe(pages.cachedByRevision);

  let loads = 0;
  const load = async () => ++loads;
  expect(await pages.cachedByRevision(t.db, "figures", load)).toBe(1);
  expect(await api.cachedByRevision(t.db, "figures", load)).toBe(1);
  expect(loads).toBe(1);

  await t.db.dataRevision.update({ where: { id: 1 }, data: { revision: { increment: 1 } } });
  expect(await api.cachedByRevision(t.db, "figures", load)).toBe(2);
  expect(await pages.cachedByRevision(t.db, "figures", load)).toBe(2);
});
