import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { type ScenarioInputsDraft, scenarioInputsSchema } from "@aiml/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymousCaller, createUserCaller } from "./helpers/users";

let t: TestDatabase;
let alice: Awaited<ReturnType<typeof createUserCaller>>;
let bob: Awaited<ReturnType<typeof createUserCaller>>;

beforeAll(async () => {
  t = await createTestDatabase();
  alice = await createUserCaller(t.db);
  bob = await createUserCaller(t.db);
});
afterAll(async () => {
  await t?.drop();
});

const offer = (over: Partial<ScenarioInputsDraft> = {}) =>
  scenarioInputsSchema.parse({
    name: "Recruiter's offer",
    baseSalaryCents: 280_000_00,
    signingBonusCents: 500_000_00,
    equityGrantCents: 2_000_000_00,
    vestingSchedule: "even4",
    ...over,
  });

describe("saved scenarios", () => {
  it("saves, lists, opens, renames, duplicates, edits and deletes", async () => {
    const created = await alice.caller.scenario.create({ inputs: offer() });
    expect(created.result.annualizedTotal).toBe(905_000_00);
    expect(created.revision).toBe(0);

    expect((await alice.caller.scenario.list()).map((s) => s.name)).toEqual(["Recruiter's offer"]);
    const opened = await alice.caller.scenario.get({ id: created.id });
    expect(opened.inputs.baseSalaryCents).toBe(280_000_00);

    const renamed = await alice.caller.scenario.rename({
      id: created.id,
      revision: 0,
      name: "Lab offer",
    });
    expect(renamed).toMatchObject({ name: "Lab offer", revision: 1 });

    const copy = await alice.caller.scenario.duplicate({ id: created.id });
    expect(copy.name).toBe("Copy of Lab offer");
    expect(copy.id).not.toBe(created.id);

    const edited = await alice.caller.scenario.update({
      id: created.id,
      revision: 1,
      inputs: offer({ name: "Lab offer", baseSalaryCents: 300_000_00 }),
    });
    expect(edited.revision).toBe(2);
    expect(edited.result.years[0]?.base).toBe(300_000_00);

    await alice.caller.scenario.delete({ id: copy.id });
    expect((await alice.caller.scenario.list()).map((s) => s.id)).toEqual([created.id]);
  });

  it("reports a conflict when the scenario changed since it was opened, and keeps the newer save", async () => {
    const s = await alice.caller.scenario.create({ inputs: offer({ name: "Two tabs" }) });
    await alice.caller.scenario.update({
      id: s.id,
      revision: 0,
      inputs: offer({ name: "Tab one" }),
    });
    await expect(
      alice.caller.scenario.update({ id: s.id, revision: 0, inputs: offer({ name: "Tab two" }) }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("changed elsewhere"),
    });
    expect((await alice.caller.scenario.get({ id: s.id })).name).toBe("Tab one");
  });

  it("lets exactly one of many parallel saves from the same revision win", async () => {
    const s = await alice.caller.scenario.create({ inputs: offer({ name: "Race" }) });
    const saves = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        alice.caller.scenario.update({
          id: s.id,
          revision: 0,
          inputs: offer({ name: `Save ${i}` }),
        }),
      ),
    );
    expect(saves.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      saves
        .filter((r) => r.status === "rejected")
        .map((r) => (r as PromiseRejectedResult).reason.code),
    ).toEqual(Array(7).fill("CONFLICT"));
    expect((await alice.caller.scenario.get({ id: s.id })).revision).toBe(1);
  });

  it("validates inputs on the server with field messages and saves nothing half-valid", async () => {
    const before = await t.db.scenario.count();
    await expect(
      alice.caller.scenario.create({
        inputs: {
          ...offer(),
          baseSalaryCents: -5,
          vestingSchedule: "custom",
          customVestingPercents: [50, 40],
        },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await t.db.scenario.count()).toBe(before);
  });

  it("compares two to four scenarios", async () => {
    const a = await alice.caller.scenario.create({ inputs: offer({ name: "A" }) });
    const b = await alice.caller.scenario.create({
      inputs: offer({ name: "B", signingBonusCents: 0, equityGrantCents: 0 }),
    });
    const { scenarios, comparison } = await alice.caller.scenario.compare({ ids: [a.id, b.id] });
    expect(scenarios.map((s) => s.name)).toEqual(["A", "B"]);
    expect(comparison.rows).toHaveLength(2);
    await expect(alice.caller.scenario.compare({ ids: [a.id] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("places a scenario against the benchmarks it matches, with their sources", async () => {
    const s = await alice.caller.scenario.create({
      inputs: offer({
        name: "Google senior",
        company: "Google",
        level: "senior",
        baseSalaryCents: 180_000_00,
      }),
    });
    const { comparisons } = await alice.caller.scenario.marketPosition({ id: s.id });
    const google = comparisons.find((c) => c.matchedOn === "company");
    expect(google?.figure.company).toBe("Google");
    expect(google?.compared).toBe("total");
    expect(google?.position.aboveStatedTop).toBe(true);
    const seniorBase = comparisons.find(
      (c) => c.matchedOn === "level" && c.figure.key === "base-salary.senior",
    );
    expect(seniorBase?.position.position).toBe("within");
    expect(seniorBase?.figure.source.publisher).toContain("Signify");
  });

  it("shows the new position after new benchmarks are published", async () => {
    const s = await alice.caller.scenario.create({
      inputs: offer({
        name: "Entry offer",
        level: "entry",
        baseSalaryCents: 130_000_00,
        signingBonusCents: 0,
      }),
    });
    const entryBand = async () =>
      (await alice.caller.scenario.marketPosition({ id: s.id })).comparisons.find(
        (c) => c.figure.key === "base-salary.entry",
      )?.position;
    expect(await entryBand()).toMatchObject({ position: "within" });

    // A publish raises the entry band above this offer (data and revision in one transaction).
    await t.db.$transaction([
      t.db.dataPoint.updateMany({
        where: { key: "base-salary.entry", version: { publishedOf: { isNot: null } } },
        data: { low: "140000", high: "190000", value: "160000" },
      }),
      t.db.dataRevision.update({ where: { id: 1 }, data: { revision: { increment: 1 } } }),
    ]);
    expect(await entryBand()).toMatchObject({ position: "below" });
  });

  it("exports a scenario as CSV", async () => {
    const s = await alice.caller.scenario.create({ inputs: offer({ name: '=HYPERLINK("x")' }) });
    const { csv, filename } = await alice.caller.scenario.exportCsv({ id: s.id });
    expect(filename).toMatch(/\.csv$/);
    expect(csv).toContain("'=HYPERLINK");
    expect(csv.split("\r\n")[0]).toContain("Year");
  });
});

describe("only the owner can reach a scenario", () => {
  it("gives every other user 'not found' from every procedure", async () => {
    const mine = await alice.caller.scenario.create({ inputs: offer({ name: "Private" }) });
    const other = await alice.caller.scenario.create({ inputs: offer({ name: "Private 2" }) });
    const attempts = {
      get: () => bob.caller.scenario.get({ id: mine.id }),
      update: () =>
        bob.caller.scenario.update({ id: mine.id, revision: 0, inputs: offer({ name: "pwned" }) }),
      rename: () => bob.caller.scenario.rename({ id: mine.id, revision: 0, name: "pwned" }),
      duplicate: () => bob.caller.scenario.duplicate({ id: mine.id }),
      delete: () => bob.caller.scenario.delete({ id: mine.id }),
      compare: () => bob.caller.scenario.compare({ ids: [mine.id, other.id] }),
      marketPosition: () => bob.caller.scenario.marketPosition({ id: mine.id }),
      exportCsv: () => bob.caller.scenario.exportCsv({ id: mine.id }),
    };
    for (const [name, attempt] of Object.entries(attempts)) {
      await expect(attempt(), name).rejects.toMatchObject({
        code: "NOT_FOUND",
        message: "No such scenario.",
      });
    }
    // Mixing one's own scenario with another's reveals nothing either.
    const bobs = await bob.caller.scenario.create({ inputs: offer({ name: "Bob's" }) });
    await expect(bob.caller.scenario.compare({ ids: [bobs.id, mine.id] })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    expect(await bob.caller.scenario.list()).toHaveLength(1);
    const untouched = await alice.caller.scenario.get({ id: mine.id });
    expect(untouched).toMatchObject({ name: "Private", revision: 0 });
  });

  it("asks anonymous callers to sign in", async () => {
    await expect(anonymousCaller(t.db).scenario.list()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});
