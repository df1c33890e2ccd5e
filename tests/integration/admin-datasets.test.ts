import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditActions,
  datasetIdOf,
  LEVELS_SLUG,
  metadata,
  outcome,
} from "./helpers/admin-fixtures";
import { anonymousCaller, createUserCaller } from "./helpers/users";

let t: TestDatabase;
let admin: Awaited<ReturnType<typeof createUserCaller>>;

beforeAll(async () => {
  t = await createTestDatabase();
  admin = await createUserCaller(t, "admin");
});
afterAll(async () => {
  await t?.drop();
});

describe("admin.datasets.list", () => {
  it("shows each dataset's published version, point count, draft and last change", async () => {
    const datasets = await admin.caller.admin.datasets.list();
    const levels = datasets.find((d) => d.slug === LEVELS_SLUG);
    expect(levels).toMatchObject({
      title: "Levels.fyi: ML engineer compensation at major tech companies",
      publisher: "Levels.fyi",
      asOf: "2025-01-01",
      publishedVersionNumber: 1,
      dataPointCount: 6,
      hasDraft: false,
      draftId: null,
      // Seeded, so changed by no one yet.
      lastEditedBy: null,
      lastEditedAt: expect.any(Date),
    });
  });
});

describe("creating a dataset", () => {
  it("starts it with an empty draft, unpublished, and records who created it", async () => {
    const created = await admin.caller.admin.datasets.create({
      metadata: metadata({ slug: "new-one" }),
    });
    expect(created).toMatchObject({
      metadata: metadata({ slug: "new-one" }),
      published: null,
      draft: { number: 1, revision: 0, dataPointCount: 0 },
    });
    const listed = (await admin.caller.admin.datasets.list()).find((d) => d.slug === "new-one");
    expect(listed).toMatchObject({
      publishedVersionNumber: null,
      dataPointCount: 0,
      hasDraft: true,
      draftId: created.draft?.id,
      lastEditedBy: admin.email,
    });
    const [entry] = await t.db.auditLog.findMany({ where: { datasetId: created.id } });
    expect(entry).toMatchObject({
      action: "dataset.create",
      actorId: admin.id,
      actorEmail: admin.email,
      after: expect.objectContaining({ slug: "new-one", title: "Test dataset", draftVersion: 1 }),
    });
    // Nothing public until a publish.
    const { datasets } = await anonymousCaller(t.db).market.sources();
    expect(datasets.map((d) => d.slug)).not.toContain("new-one");
  });

  it("refuses a slug that is taken, and a source URL that is not http(s)", async () => {
    await expect(
      admin.caller.admin.datasets.create({ metadata: metadata({ slug: LEVELS_SLUG }) }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining(LEVELS_SLUG) });
    expect(
      await outcome(
        admin.caller.admin.datasets.create({
          metadata: metadata({ slug: "bad-url", sourceUrl: "javascript:alert(1)" }),
        }),
      ),
    ).toBe("BAD_REQUEST");
    expect(await t.db.dataset.count({ where: { slug: "bad-url" } })).toBe(0);
  });
});

describe("editing metadata", () => {
  it("records the changed fields before and after, and shows on the next public read", async () => {
    const id = await datasetIdOf(t.db, LEVELS_SLUG);
    const public1 = await anonymousCaller(t.db).market.sources();
    expect(public1.datasets.find((d) => d.slug === LEVELS_SLUG)?.publisher).toBe("Levels.fyi");

    const current = await admin.caller.admin.datasets.get({ id });
    const updated = await admin.caller.admin.datasets.update({
      id,
      metadata: {
        ...current.metadata,
        publisher: "Levels.fyi (via Hakia)",
        sourceUrl: "https://levels.fyi/",
      },
    });
    expect(updated.metadata).toMatchObject({ publisher: "Levels.fyi (via Hakia)" });

    const entry = await t.db.auditLog.findFirstOrThrow({
      where: { datasetId: id, action: "dataset.update" },
    });
    expect(entry.before).toEqual({ publisher: "Levels.fyi", sourceUrl: null });
    expect(entry.after).toEqual({
      publisher: "Levels.fyi (via Hakia)",
      sourceUrl: "https://levels.fyi/",
    });
    const public2 = await anonymousCaller(t.db).market.sources();
    expect(public2.datasets.find((d) => d.slug === LEVELS_SLUG)?.publisher).toBe(
      "Levels.fyi (via Hakia)",
    );
  });

  it("writes nothing when nothing changed", async () => {
    const id = await datasetIdOf(t.db, "bls-2024");
    const current = await admin.caller.admin.datasets.get({ id });
    await admin.caller.admin.datasets.update({ id, metadata: current.metadata });
    expect(await auditActions(t.db, id)).toEqual(["dataset.seed"]);
  });

  it("answers NOT_FOUND for a dataset that does not exist", async () => {
    expect(await outcome(admin.caller.admin.datasets.get({ id: "nope" }))).toBe("NOT_FOUND");
    expect(
      await outcome(admin.caller.admin.datasets.update({ id: "nope", metadata: metadata() })),
    ).toBe("NOT_FOUND");
  });
});
