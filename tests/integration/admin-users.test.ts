import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outcome } from "./helpers/admin-fixtures";
import { createUserCaller } from "./helpers/users";

let t: TestDatabase;
let root: Awaited<ReturnType<typeof createUserCaller>>;

beforeAll(async () => {
  t = await createTestDatabase();
  // The only admin of this database until a test promotes someone.
  root = await createUserCaller(t, "admin");
});
afterAll(async () => {
  await t?.drop();
});

const adminCount = () => t.db.user.count({ where: { role: "admin" } });

describe("admin.users.list", () => {
  it("lists users with their role, a page at a time", async () => {
    const others = [await createUserCaller(t.db), await createUserCaller(t.db)];
    const first = await root.caller.admin.users.list({ limit: 2 });
    expect(first.users).toHaveLength(2);
    expect(first.users[0]).toEqual({
      id: root.id,
      email: root.email,
      name: root.email,
      role: "admin",
      createdAt: expect.any(Date),
    });
    expect(first.nextCursor).toBe(first.users[1]?.id);
    const second = await root.caller.admin.users.list({ limit: 2, cursor: first.nextCursor ?? "" });
    const all = [...first.users, ...second.users].map((u) => u.id);
    expect(all).toEqual(expect.arrayContaining([root.id, ...others.map((o) => o.id)]));
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("changing roles", () => {
  it("refuses to demote the last admin, with a message saying what to do", async () => {
    await expect(
      root.caller.admin.users.setRole({ userId: root.id, role: "user" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: `${root.email} is the last admin and cannot be demoted: promote another user to admin first.`,
    });
    expect(await adminCount()).toBe(1);
  });

  it("promotes and demotes, recording each change", async () => {
    // With two-factor authentication on, so the promotion lets her act as an admin.
    const carol = await createUserCaller(t, "user", { twoFactor: true });
    const promoted = await root.caller.admin.users.setRole({ userId: carol.id, role: "admin" });
    expect(promoted).toMatchObject({ id: carol.id, role: "admin" });
    await carol.caller.admin.users.setRole({ userId: carol.id, role: "user" });
    expect(await outcome(carol.caller.admin.users.list())).toBe("FORBIDDEN");

    const entries = await t.db.auditLog.findMany({
      where: { action: "user.role", entityId: carol.id },
      orderBy: { createdAt: "asc" },
    });
    expect(entries.map((e) => [e.actorEmail, e.before, e.after])).toEqual([
      [root.email, { email: carol.email, role: "user" }, { email: carol.email, role: "admin" }],
      [carol.email, { email: carol.email, role: "admin" }, { email: carol.email, role: "user" }],
    ]);
  });

  it("keeps one admin when two admins demote each other at the same moment", async () => {
    const dave = await createUserCaller(t, "user", { twoFactor: true });
    await root.caller.admin.users.setRole({ userId: dave.id, role: "admin" });
    expect(await adminCount()).toBe(2);

    const results = await Promise.allSettled([
      root.caller.admin.users.setRole({ userId: dave.id, role: "user" }),
      dave.caller.admin.users.setRole({ userId: root.id, role: "user" }),
    ]);
    const failures = results.filter((r) => r.status === "rejected");
    expect(failures).toHaveLength(1);
    expect((failures[0] as PromiseRejectedResult).reason).toMatchObject({
      code: expect.stringMatching(/^(BAD_REQUEST|FORBIDDEN)$/),
    });
    expect(await adminCount()).toBe(1);
  });

  it("answers NOT_FOUND for an unknown user", async () => {
    const admin = await createUserCaller(t, "admin");
    expect(
      await outcome(admin.caller.admin.users.setRole({ userId: "nobody", role: "admin" })),
    ).toBe("NOT_FOUND");
  });
});
