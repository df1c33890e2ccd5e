import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { datasetIdOf } from "../helpers/admin-fixtures";
import { anonymousCaller, createUserCaller } from "../helpers/users";

const SLUG = "bls-oews-national-tech-wages";

let t: TestDatabase;
let admin: Awaited<ReturnType<typeof createUserCaller>>;
let datasetId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  admin = await createUserCaller(t, "admin");
  datasetId = await datasetIdOf(t.db, SLUG);
});
afterAll(async () => {
  await t?.drop();
});

/** The breaks the public distribution chart of Data Scientists draws. */
const publicBreaks = async () => {
  const result = await anonymousCaller(t.db).openData.distribution({
    dataset: SLUG,
    metric: "annual_wage",
    socCode: "15-2051",
  });
  return result?.breaks ?? [];
};

const split2024 = {
  at: "2024-05-01",
  dimension: "socCode" as const,
  fromCodes: ["15-2051"],
  toCodes: ["15-2051", "15-2052"],
  description: "A made-up split of Data Scientists, for this test",
};

describe("series breaks in the admin", () => {
  it("creates, edits and deletes a break in a draft; the charts show it only once published; every change is audited", async () => {
    const seeded = await publicBreaks();
    expect(seeded.map((b) => b.at)).toEqual(["2021-05-01"]);

    const draft = await admin.caller.admin.drafts.start({ datasetId });
    const listed = await admin.caller.admin.breaks.list({ datasetId, versionId: draft.id });
    expect(listed).toHaveLength(15);

    const created = await admin.caller.admin.breaks.create({
      datasetId,
      draftId: draft.id,
      revision: draft.revision,
      break: split2024,
    });
    expect(created).toMatchObject({ revision: draft.revision + 1, break: split2024 });
    const id = created.break?.id ?? 0;
    // Not public before the publish.
    expect(await publicBreaks()).toEqual(seeded);

    const edited = await admin.caller.admin.breaks.update({
      datasetId,
      draftId: draft.id,
      revision: created.revision,
      breakId: id,
      break: { ...split2024, at: "2024-05-02", description: "  The reason, edited  " },
    });
    expect(edited.break).toMatchObject({ at: "2024-05-02", description: "The reason, edited" });

    // An edit based on an older revision of the draft is refused.
    await expect(
      admin.caller.admin.breaks.delete({
        datasetId,
        draftId: draft.id,
        revision: created.revision,
        breakId: id,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    await admin.caller.admin.drafts.publish({
      datasetId,
      draftId: draft.id,
      revision: edited.revision,
    });
    const published = await publicBreaks();
    expect(published.map((b) => [b.at, b.description])).toEqual([
      ["2021-05-01", seeded[0]?.description],
      ["2024-05-02", "The reason, edited"],
    ]);

    // Deleting it in the next draft leaves the published version as it was until that publish.
    const next = await admin.caller.admin.drafts.start({ datasetId });
    const copied = await admin.caller.admin.breaks.list({ datasetId, versionId: next.id });
    const copy = copied.find((b) => b.at === "2024-05-02");
    expect(copy).toBeDefined();
    const deleted = await admin.caller.admin.breaks.delete({
      datasetId,
      draftId: next.id,
      revision: next.revision,
      breakId: copy?.id ?? 0,
    });
    expect(await publicBreaks()).toHaveLength(2);
    await admin.caller.admin.drafts.publish({
      datasetId,
      draftId: next.id,
      revision: deleted.revision,
    });
    expect(await publicBreaks()).toEqual(seeded);

    const audit = await t.db.auditLog.findMany({
      where: { datasetId, action: { startsWith: "break." } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["break.create", admin.id],
      ["break.update", admin.id],
      ["break.delete", admin.id],
    ]);
    expect(audit[1]?.before).toMatchObject({ at: "2024-05-01" });
    expect(audit[1]?.after).toMatchObject({ at: "2024-05-02" });
  });

  it("refuses a break on a published version, another draft's break and bad input with 4xx", async () => {
    const dataset = await t.db.dataset.findUniqueOrThrow({ where: { id: datasetId } });
    await expect(
      admin.caller.admin.breaks.create({
        datasetId,
        draftId: dataset.publishedVersionId ?? "",
        revision: 0,
        break: split2024,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const draft = await admin.caller.admin.drafts.start({ datasetId });
    await expect(
      admin.caller.admin.breaks.delete({
        datasetId,
        draftId: draft.id,
        revision: draft.revision,
        breakId: 2_000_000,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const bad of [
      { ...split2024, at: "2024-02-30" },
      { ...split2024, fromCodes: [] },
      { ...split2024, description: "   " },
      { ...split2024, dimension: "state" },
    ]) {
      await expect(
        admin.caller.admin.breaks.create({
          datasetId,
          draftId: draft.id,
          revision: draft.revision,
          break: bad as typeof split2024,
        }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    await admin.caller.admin.drafts.discard({
      datasetId,
      draftId: draft.id,
      revision: draft.revision,
    });
  });
});
