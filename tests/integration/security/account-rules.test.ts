import "../helpers/production-mode";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  authPost,
  createTestAuth,
  freshIp,
  PASSWORD,
  PRODUCTION_URL,
  sessionCookie,
  signIn,
  signUp,
  type TestAuth,
  tokenOf,
  uniqueEmail,
} from "../helpers/auth-http";

let t: TestDatabase;
let a: TestAuth;

beforeAll(async () => {
  t = await createTestDatabase();
  a = createTestAuth(t, { baseURL: PRODUCTION_URL });
});
afterAll(async () => {
  await a?.close();
  await t?.drop();
});

const signUpWith = (fields: Record<string, unknown>) =>
  authPost(
    a,
    "/sign-up/email",
    { email: uniqueEmail(), password: PASSWORD, name: "Test", ...fields },
    { "x-forwarded-for": freshIp() },
  );

async function messageOf(response: Response): Promise<string> {
  return ((await response.json()) as { message?: string }).message ?? "";
}

describe("new passwords", () => {
  it.each([
    ["ten spaces", " ".repeat(10)],
    ["tabs and spaces", "\t \t \t \t \t \t"],
    ["a common password", "password12"],
    ["a common password in capitals", "PASSWORD123"],
    ["another common one", "qwertyuiop"],
    ["digits in a row", "1234567890"],
  ])("%s is refused at sign-up with a clear message", async (_, password) => {
    const email = uniqueEmail();
    const response = await signUpWith({ email, password });
    expect(response.status).toBe(400);
    expect(await messageOf(response)).toMatch(/only spaces|most common/);
    expect(await t.db.user.count({ where: { email } })).toBe(0);
  });

  it("an uncommon passphrase is accepted", async () => {
    expect((await signUpWith({ password: "violet lantern harbour" })).status).toBe(200);
  });

  it("is checked when a password is changed too", async () => {
    const account = await signUp(a);
    const response = await authPost(
      a,
      "/change-password",
      { currentPassword: PASSWORD, newPassword: "password123" },
      { cookie: account.cookie },
    );
    expect(response.status).toBe(400);
    expect(await messageOf(response)).toMatch(/most common/);
  });
});

describe("a password change", () => {
  it("ends every other session of the account, even when the client asks to keep them", async () => {
    const account = await signUp(a);
    const laptop = sessionCookie(await signIn(a, account.email));
    const phone = sessionCookie(await signIn(a, account.email));
    if (!laptop || !phone) throw new Error("sign-in failed");
    const changed = await authPost(
      a,
      "/change-password",
      {
        currentPassword: PASSWORD,
        newPassword: "a brand new passphrase",
        revokeOtherSessions: false,
      },
      { cookie: phone },
    );
    expect(changed.status).toBe(200);
    const sessionOf = (cookie: string) => a.getSession(new Headers({ cookie }));
    expect(await sessionOf(laptop)).toBeNull();
    expect(await sessionOf(account.cookie)).toBeNull();
    // The session that changed it goes on (Better Auth issues it a fresh token).
    const kept = await t.db.session.findMany({ where: { userId: account.userId } });
    expect(kept).toHaveLength(1);
    expect([tokenOf(laptop), tokenOf(account.cookie)]).not.toContain(kept[0]?.token);
  });
});

describe("stored account fields have a maximum length", () => {
  it.each([
    ["a 101-character name", { name: "n".repeat(101) }, /name can be at most 100/],
    ["a 5,000,000-character name", { name: "n".repeat(5_000_000) }, /larger than/],
    ["a 255-character email", { email: `${"e".repeat(243)}@example.test` }, /email/i],
    ["a 2,049-character image", { image: `https://x.test/${"i".repeat(2034)}` }, /image/],
  ])("%s is refused at sign-up", async (_, fields, message) => {
    const response = await signUpWith(fields);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const body = await response.text();
    expect(body).toMatch(message);
    expect(await t.db.user.count({ where: { name: { startsWith: "nnnnnnnnnn" } } })).toBe(0);
  });

  it("a name of 100 characters is fine, and a longer one cannot be set later", async () => {
    expect((await signUpWith({ name: "n".repeat(100) })).status).toBe(200);
    const account = await signUp(a);
    const renamed = await authPost(
      a,
      "/update-user",
      { name: "m".repeat(101) },
      { cookie: account.cookie },
    );
    expect(renamed.status).toBe(400);
    const user = await t.db.user.findUniqueOrThrow({ where: { id: account.userId } });
    expect(user.name).toBe("Test");
  });

  it("every write to the user table is checked, whichever endpoint makes it", async () => {
    const account = await signUp(a);
    const context = await a.auth.$context;
    await expect(
      context.internalAdapter.updateUser(account.userId, { name: "x".repeat(5_000) }),
    ).rejects.toThrow(/at most 100/);
  });

  it("a session keeps at most 512 characters of the User-Agent", async () => {
    const account = await signUp(a);
    const response = await authPost(
      a,
      "/sign-in/email",
      { email: account.email, password: PASSWORD },
      { "user-agent": "U".repeat(8_000), "x-forwarded-for": freshIp() },
    );
    const cookie = sessionCookie(response);
    if (!cookie) throw new Error(`sign-in failed: ${response.status}`);
    const session = await t.db.session.findFirstOrThrow({ where: { token: tokenOf(cookie) } });
    expect(session.userAgent?.length).toBe(512);
  });
});
