import "./helpers/production-mode";
import { createCaller, createInnerContext } from "@aiml/api";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { defaultScenarioInputs } from "@aiml/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { datasetIdOf, LEVELS_SLUG } from "./helpers/admin-fixtures";
import {
  authPost,
  createTestAuth,
  PASSWORD,
  sessionCookie,
  signIn,
  signUp,
  type TestAuth,
  tokenOf,
} from "./helpers/auth-http";
import { enableTwoFactor } from "./helpers/two-factor";
import { createUserCaller } from "./helpers/users";

let t: TestDatabase;
let a: TestAuth;

beforeAll(async () => {
  t = await createTestDatabase();
  a = createTestAuth(t);
});
afterAll(async () => {
  await a?.close();
  await t?.drop();
});

const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
const SAFARI_IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

/** A tRPC caller for a session cookie, with the session resolved as the app's context does. */
async function callerFor(cookie: string) {
  const session = await a.getSession(new Headers({ cookie }));
  if (!session) throw new Error("the cookie has no session");
  return createCaller(createInnerContext({ db: t.db, session }));
}

async function signInFrom(email: string, userAgent: string, ip: string): Promise<string> {
  const response = await authPost(
    a,
    "/sign-in/email",
    { email, password: PASSWORD },
    { "user-agent": userAgent, "x-forwarded-for": ip },
  );
  const cookie = sessionCookie(response);
  if (!cookie) throw new Error(`sign-in failed: ${response.status}`);
  return cookie;
}

const alive = async (cookie: string) => (await a.getSession(new Headers({ cookie }))) !== null;

describe("sessions", () => {
  it("lists the user's devices with the current one marked, and signs others out", async () => {
    const { email, cookie: first } = await signUp(a);
    const laptop = await signInFrom(email, FIREFOX, "198.51.100.7");
    const phone = await signInFrom(email, SAFARI_IPHONE, "203.0.113.9");
    const other = await signUp(a);

    const caller = await callerFor(laptop);
    const sessions = await caller.account.sessions();
    expect(sessions).toHaveLength(3);
    const current = sessions.filter((s) => s.current);
    expect(current).toHaveLength(1);
    expect(current[0]).toMatchObject({
      device: "Firefox 128 on Linux (desktop)",
      ipAddress: "198.51.100.7",
    });
    expect(sessions.find((s) => s.ipAddress === "203.0.113.9")?.device).toBe(
      "Safari 17 on iOS (mobile)",
    );
    expect(JSON.stringify(sessions)).not.toContain(tokenOf(laptop));

    // One other device.
    const phoneSession = sessions.find((s) => s.ipAddress === "203.0.113.9");
    await caller.account.revokeSession({ id: phoneSession?.id ?? "" });
    expect(await alive(phone)).toBe(false);
    expect(await alive(laptop)).toBe(true);

    // Not the current one (signing out does that), and never another user's.
    await expect(caller.account.revokeSession({ id: current[0]?.id ?? "" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const othersSession = (await (await callerFor(other.cookie)).account.sessions())[0];
    await expect(
      caller.account.revokeSession({ id: othersSession?.id ?? "" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await alive(other.cookie)).toBe(true);

    // Every other one.
    await signInFrom(email, FIREFOX, "198.51.100.8");
    expect(await caller.account.revokeOtherSessions()).toEqual({ revoked: 2 });
    expect(await alive(first)).toBe(false);
    expect(await alive(laptop)).toBe(true);
    expect(await caller.account.sessions()).toHaveLength(1);
    expect(await alive(other.cookie)).toBe(true);
  });
});

describe("data export", () => {
  it("holds the account, sessions, scenarios and audit entries, and no secrets", async () => {
    const { email, cookie } = await signUp(a);
    const { cookie: twoFactorCookie } = await enableTwoFactor(a, cookie);
    const caller = await callerFor(twoFactorCookie);
    const scenario = await caller.scenario.create({
      inputs: { ...defaultScenarioInputs, name: "My offer", company: "OpenAI" },
    });

    const data = await caller.account.exportData();
    expect(data.account).toMatchObject({ email, twoFactorEnabled: true, role: "user" });
    expect(data.signInMethods).toEqual([expect.objectContaining({ method: "email and password" })]);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.scenarios).toEqual([
      expect.objectContaining({
        id: scenario.id,
        name: "My offer",
        inputs: expect.objectContaining({ company: "OpenAI" }),
      }),
    ]);

    // Nothing secret: no password hash, session token or two-factor secret anywhere in it.
    const text = JSON.stringify(data);
    const authRows = await a.authDb.account.findFirstOrThrow({ where: { user: { email } } });
    const secrets = [
      authRows.password,
      tokenOf(twoFactorCookie),
      ...(await a.authDb.twoFactor.findMany({ where: { user: { email } } })).flatMap((r) => [
        r.secret,
        r.backupCodes,
      ]),
      ...(await a.authDb.session.findMany({ where: { user: { email } } })).map((s) => s.token),
    ];
    for (const secret of secrets) expect(secret && text.includes(secret)).toBeFalsy();
    expect(text).not.toMatch(/"(password|token|secret|backupCodes)"/);
  });

  it("includes the audit entries an admin made", async () => {
    const admin = await createUserCaller(t, "admin");
    const other = await createUserCaller(t.db);
    await admin.caller.admin.users.setRole({ userId: other.id, role: "admin" });
    const data = await admin.caller.account.exportData();
    expect(data.auditLog).toEqual([
      expect.objectContaining({ action: "user.role", actorId: admin.id, entityId: other.id }),
    ]);
  });
});

describe("account deletion", () => {
  it("needs the password, then removes the account, its scenarios and sessions", async () => {
    const { email, cookie, userId } = await signUp(a);
    const second = sessionCookie(await signIn(a, email));
    const caller = await callerFor(cookie);
    await caller.scenario.create({ inputs: { ...defaultScenarioInputs, name: "Kept?" } });
    await expect(
      caller.account.deleteAccount({ password: "not my password" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "That password is not right." });
    expect(await t.db.user.count({ where: { id: userId } })).toBe(1);

    expect(await caller.account.deleteAccount({ password: PASSWORD })).toEqual({ deleted: true });
    expect(await t.db.user.count({ where: { id: userId } })).toBe(0);
    expect(await t.db.scenario.count({ where: { userId } })).toBe(0);
    expect(await t.db.session.count({ where: { userId } })).toBe(0);
    expect(await t.db.account.count({ where: { userId } })).toBe(0);
    expect(await alive(cookie)).toBe(false);
    expect(await alive(second ?? "")).toBe(false);
    expect((await signIn(a, email)).status).toBe(401);

    // Audited under the account's id alone.
    const entry = await t.db.auditLog.findFirstOrThrow({
      where: { action: "user.delete", entityId: userId },
    });
    expect(entry).toMatchObject({ actorId: userId, actorEmail: null, entityType: "User" });
    expect(JSON.stringify(entry)).not.toContain(email);
  });

  it("keeps the audit log as it was (append-only) and the admin's published versions", async () => {
    const [first, second] = [
      await createUserCaller(t, "admin"),
      await createUserCaller(t, "admin"),
    ];
    await first.caller.admin.users.setRole({
      userId: (await createUserCaller(t.db)).id,
      role: "admin",
    });
    const datasetId = await datasetIdOf(t.db, LEVELS_SLUG);
    const draft = await first.caller.admin.drafts.start({ datasetId });
    await first.caller.admin.drafts.publish({
      datasetId,
      draftId: draft.id,
      revision: draft.revision,
    });
    const before = await t.db.auditLog.findMany({ where: { actorId: first.id } });
    expect(before.length).toBeGreaterThan(0);
    await first.caller.account.deleteAccount({ password: PASSWORD });
    const after = await t.db.auditLog.findMany({
      where: { actorId: first.id, action: { not: "user.delete" } },
    });
    expect(after).toEqual(before);
    // The version they published stays published, without the link to them.
    const version = await t.db.datasetVersion.findUniqueOrThrow({ where: { id: draft.id } });
    expect(version).toMatchObject({ status: "published", publishedById: null, createdById: null });
    expect(await outcomeOf(second.caller.admin.datasets.list())).toBe("OK");
  });

  it("refuses to delete the last admin", async () => {
    const t2 = await createTestDatabase();
    try {
      const only = await createUserCaller(t2, "admin");
      await expect(only.caller.account.deleteAccount({ password: PASSWORD })).rejects.toMatchObject(
        {
          code: "BAD_REQUEST",
          message: expect.stringContaining("last admin"),
        },
      );
      expect(await t2.db.user.count({ where: { id: only.id } })).toBe(1);
    } finally {
      await t2.drop();
    }
  });
});

async function outcomeOf(call: Promise<unknown>) {
  try {
    await call;
    return "OK";
  } catch (error) {
    return (error as { code?: string }).code;
  }
}
