import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  datasetIdOf,
  LEVELS_SLUG,
  MEDIAN_KEY,
  outcome,
  point,
  SEEDED_MEDIAN,
} from "./helpers/admin-fixtures";
import { createUserCaller } from "./helpers/users";

let t: TestDatabase;
let alice: Awaited<ReturnType<typeof createUserCaller>>;
let bob: Awaited<ReturnType<typeof createUserCaller>>;

beforeAll(async () => {
  t = await createTestDatabase();
  alice = await createUserCaller(t, "admin");
  bob = await createUserCaller(t, "admin");
});
afterAll(async () => {
  await t?.drop();
});

/** A fresh draft of a seeded dataset: its id, the draft's id and revision. */
async function startEditing(slug: string) {
  const datasetId = await datasetIdOf(t.db, slug);
  const draft = await alice.caller.admin.drafts.start({ datasetId });
  return { datasetId, draftId: draft.id, revision: draft.revision };
}

const draftRevision = async (draftId: string) =>
  (await t.db.datasetVersion.findUniqueOrThrow({ where: { id: draftId } })).revision;

describe("starting to edit", () => {
  it("copies the published points into a new draft version, once", async () => {
    const datasetId = await datasetIdOf(t.db, LEVELS_SLUG);
    expect((await alice.caller.admin.drafts.get({ datasetId })).draft).toBeNull();

    const started = await alice.caller.admin.drafts.start({ datasetId });
    expect(started).toMatchObject({ number: 2, revision: 0, created: true });
    const again = await bob.caller.admin.drafts.start({ datasetId });
    expect(again).toMatchObject({ id: started.id, created: false });

    const { draft } = await alice.caller.admin.drafts.get({ datasetId });
    expect(draft).toMatchObject({
      id: started.id,
      number: 2,
      basedOnVersionNumber: 1,
      createdBy: alice.email,
      totalRows: 6,
      errorCount: 0,
    });
    expect(draft?.rows.find((r) => r.key === MEDIAN_KEY)).toMatchObject({
      value: SEEDED_MEDIAN,
      role: "ML engineer",
      document: "001_c0608c5ff0a8a3af",
    });
    const pages = await alice.caller.admin.drafts.get({ datasetId, offset: 4, limit: 10 });
    expect(pages.draft?.rows).toHaveLength(2);
  });
});

describe("saving a draft", () => {
  it("adds, changes and deletes rows, while the public pages keep the published version", async () => {
    const { datasetId, draftId, revision } = await startEditing("signify-technology-2025-2026");
    const before = (await alice.caller.admin.drafts.get({ datasetId, limit: 1000 })).draft;
    const [first, second] = before?.rows ?? [];
    if (!first || !second) throw new Error("the seeded dataset has fewer than two points");

    const saved = await alice.caller.admin.drafts.save({
      datasetId,
      draftId,
      revision,
      changes: {
        upsert: [{ ...first, label: `${first.label} (checked)` }, point({ key: "added.point" })],
        delete: [second.key],
      },
      note: "Checked against the article",
    });
    expect(saved).toMatchObject({
      status: "saved",
      revision: revision + 1,
      counts: { added: 1, changed: 1, removed: 1 },
      errorCount: 0,
    });

    const after = (await alice.caller.admin.drafts.get({ datasetId, limit: 1000 })).draft;
    expect(after?.revision).toBe(revision + 1);
    expect(after?.rows[0]).toMatchObject({ key: first.key, label: `${first.label} (checked)` });
    expect(after?.rows.at(-1)).toMatchObject({ key: "added.point", value: 150_000 });
    expect(after?.rows.map((r) => r.key)).not.toContain(second.key);
    expect(after?.lastEditedBy).toBe(alice.email);

    const entry = await t.db.auditLog.findFirstOrThrow({
      where: { action: "draft.save", entityId: draftId },
    });
    expect(entry).toMatchObject({ actorEmail: alice.email, note: "Checked against the article" });
    expect(entry.after).toMatchObject({
      revision: revision + 1,
      counts: { added: 1, changed: 1, removed: 1 },
      changed: [{ key: first.key, changes: [{ field: "label", before: first.label }] }],
    });

    const published = await t.db.dataset.findUniqueOrThrow({
      where: { id: datasetId },
      select: { publishedVersion: { select: { _count: { select: { dataPoints: true } } } } },
    });
    expect(published.publishedVersion?._count.dataPoints).toBe(before?.totalRows);
  });

  it("returns quality warnings and saves; errors block the save and write nothing", async () => {
    const { datasetId, draftId, revision } = await startEditing("indeed-2025");

    const warned = await alice.caller.admin.drafts.save({
      datasetId,
      draftId,
      revision,
      changes: {
        upsert: [
          point({
            key: "outside",
            statistic: "median",
            value: 300_000,
            low: 100_000,
            high: 200_000,
          }),
        ],
        delete: [],
      },
    });
    expect(warned).toMatchObject({ status: "saved", revision: revision + 1, errorCount: 0 });
    expect(warned.issues).toContainEqual(
      expect.objectContaining({ severity: "warning", code: "value-outside-range", key: "outside" }),
    );

    const blocked = await alice.caller.admin.drafts.save({
      datasetId,
      draftId,
      revision: revision + 1,
      changes: {
        upsert: [
          point({ key: "negative", value: -5 }),
          point({ key: "undocumented", document: "no-such-document", company: "Acme" }),
        ],
        delete: [],
      },
    });
    expect(blocked.status).toBe("invalid");
    expect(blocked.issues.filter((i) => i.severity === "error")).toEqual([
      expect.objectContaining({ code: "unknown-document", key: "undocumented" }),
      expect.objectContaining({
        code: "negative-money",
        key: "negative",
        message: expect.stringMatching(/^"negative": Value \(-\$5\) is negative/),
      }),
    ]);
    expect(await draftRevision(draftId)).toBe(revision + 1);
    expect(await t.db.dataPoint.count({ where: { versionId: draftId, key: "negative" } })).toBe(0);
  });

  it("rejects rows the shared schema refuses, and change sets that contradict themselves", async () => {
    const { datasetId, draftId, revision } = await startEditing("bls-2024");
    const save = (upsert: ReturnType<typeof point>[], del: string[] = []) =>
      outcome(
        alice.caller.admin.drafts.save({
          datasetId,
          draftId,
          revision,
          changes: { upsert, delete: del },
        }),
      );
    expect(await save([point({ value: undefined })])).toBe("BAD_REQUEST");
    expect(await save([point({ key: "Not A Key" })])).toBe("BAD_REQUEST");
    expect(await save([point(), point()])).toBe("BAD_REQUEST");
    expect(await save([point()], [point().key])).toBe("BAD_REQUEST");
    expect(await save([], ["no-such-row"])).toBe("BAD_REQUEST");
    expect(await draftRevision(draftId)).toBe(revision);
  });
});

describe("two admins editing the same draft", () => {
  it("rejects the save based on an older revision with CONFLICT and the rows as they are now", async () => {
    const { datasetId, draftId, revision } = await startEditing("ziprecruiter-2025");
    const opened = (await bob.caller.admin.drafts.get({ datasetId })).draft;
    const row = opened?.rows[0];
    if (!row) throw new Error("the seeded dataset has no points");

    await alice.caller.admin.drafts.save({
      datasetId,
      draftId,
      revision,
      changes: { upsert: [{ ...row, note: "Alice's note" }], delete: [] },
    });
    const bobsSave = bob.caller.admin.drafts.save({
      datasetId,
      draftId,
      revision,
      changes: { upsert: [{ ...row, note: "Bob's note" }], delete: [] },
    });

    await expect(bobsSave).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining(`changed by ${alice.email}`),
      cause: {
        details: {
          draftId,
          baseRevision: revision,
          currentRevision: revision + 1,
          state: "edited",
          lastEdit: { by: alice.email },
          rows: [
            {
              key: row.key,
              yours: expect.objectContaining({ note: "Bob's note" }),
              current: expect.objectContaining({ note: "Alice's note" }),
            },
          ],
        },
      },
    });
    const current = (await bob.caller.admin.drafts.get({ datasetId })).draft;
    expect(current?.rows.find((r) => r.key === row.key)?.note).toBe("Alice's note");
    expect(current?.revision).toBe(revision + 1);
  });

  it("lets exactly one of several simultaneous saves from the same revision win", async () => {
    const { datasetId, draftId, revision } = await startEditing("wef-jobs-2030");
    const saves = await Promise.allSettled(
      [alice, bob, alice, bob].map((admin, i) =>
        admin.caller.admin.drafts.save({
          datasetId,
          draftId,
          revision,
          changes: { upsert: [point({ key: `race.${i}`, company: `Company ${i}` })], delete: [] },
        }),
      ),
    );
    expect(saves.filter((s) => s.status === "fulfilled")).toHaveLength(1);
    expect(
      saves.filter((s) => s.status === "rejected").map((s) => (s.reason as { code: string }).code),
    ).toEqual(["CONFLICT", "CONFLICT", "CONFLICT"]);
    expect(await draftRevision(draftId)).toBe(revision + 1);
    expect(
      await t.db.dataPoint.count({ where: { versionId: draftId, key: { startsWith: "race." } } }),
    ).toBe(1);
  });
});

describe("discarding a draft", () => {
  it("removes the draft and its rows only when it is still at the revision seen", async () => {
    const { datasetId, draftId, revision } = await startEditing("hakia-guide");
    await expect(
      alice.caller.admin.drafts.discard({ datasetId, draftId, revision: revision + 1 }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Nothing was discarded"),
    });
    await alice.caller.admin.drafts.discard({ datasetId, draftId, revision });
    expect(await t.db.datasetVersion.count({ where: { id: draftId } })).toBe(0);
    expect(await t.db.dataPoint.count({ where: { versionId: draftId } })).toBe(0);
    expect((await alice.caller.admin.drafts.get({ datasetId })).draft).toBeNull();
    expect(await alice.caller.admin.datasets.get({ id: datasetId })).toMatchObject({
      published: { number: 1, dataPointCount: 38 },
      draft: null,
    });
  });
});
