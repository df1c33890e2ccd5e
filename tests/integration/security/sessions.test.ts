import "../helpers/production-mode";
import { randomBytes } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  authPost,
  createTestAuth,
  PASSWORD,
  PRODUCTION_URL,
  sessionCookie,
  signIn,
  signUp,
  type TestAuth,
  tokenOf,
} from "../helpers/auth-http";
import { createTrpcServer, procedureRequest, type TrpcServer } from "../helpers/trpc-http";
import { enableTwoFactor } from "../helpers/two-factor";

let t: TestDatabase;
let a: TestAuth;
let server: TrpcServer;

beforeAll(async () => {
  t = await createTestDatabase();
  a = createTestAuth(t, { baseURL: PRODUCTION_URL });
  server = createTrpcServer(t.db, a.getSession);
});
afterAll(async () => {
  await a?.close();
  await t?.drop();
});

/** The status a protected procedure answers this cookie with: 200 signed in, 401 not. */
async function scenarioListStatus(cookie: string): Promise<number> {
  const response = await server.handle(procedureRequest("scenario.list", "query", { cookie }));
  return response.status;
}

async function signedInCookie(response: Response): Promise<string> {
  const cookie = sessionCookie(response);
  if (response.status !== 200 || !cookie) {
    throw new Error(`Expected a session, got ${response.status}: ${await response.text()}`);
  }
  return cookie;
}

const sessionTokens = async (userId: string) =>
  (await t.db.session.findMany({ where: { userId }, select: { token: true } })).map((s) => s.token);

describe("session tokens", () => {
  it("are new at every sign-in, never the one the request came with", async () => {
    const account = await signUp(a);
    const first = await signedInCookie(await signIn(a, account.email));
    // Signing in while holding a session, or with a token an attacker planted (session
    // fixation), still issues a fresh token.
    const planted = `__Secure-better-auth.session_token=${randomBytes(16).toString("hex")}.c2ln`;
    const second = await signedInCookie(
      await authPost(
        a,
        "/sign-in/email",
        { email: account.email, password: PASSWORD },
        { cookie: `${first}; ${planted}` },
      ),
    );
    const tokens = [account.cookie, first, second].map(tokenOf);
    expect(new Set(tokens).size).toBe(3);
    expect(tokens).not.toContain(tokenOf(planted));
    expect((await sessionTokens(account.userId)).sort()).toEqual([...tokens].sort());
    expect(second).toMatch(/^__Secure-/);
  });
});

describe("a session that has ended", () => {
  it("after sign-out: the old cookie is cleared and gets 401 from the API", async () => {
    const account = await signUp(a);
    expect(await scenarioListStatus(account.cookie)).toBe(200);

    const out = await authPost(a, "/sign-out", {}, { cookie: account.cookie });
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie().join("\n")).toMatch(/session_token=;.*Max-Age=0/i);
    expect(await sessionTokens(account.userId)).toEqual([]);
    // A copy of the cookie kept from before sign-out.
    expect(await scenarioListStatus(account.cookie)).toBe(401);
    expect(await a.getSession(new Headers({ cookie: account.cookie }))).toBeNull();
  });

  it("after sign-out an admin's cookie is a stranger's: 401, not 403", async () => {
    const account = await signUp(a);
    await t.db.user.update({ where: { id: account.userId }, data: { role: "admin" } });
    // Admins need two-factor authentication; turning it on replaces the session cookie.
    const { cookie } = await enableTwoFactor(a, account.cookie);
    const list = () => server.handle(procedureRequest("admin.users.list", "query", { cookie }));
    expect((await list()).status).toBe(200);
    await authPost(a, "/sign-out", {}, { cookie });
    expect((await list()).status).toBe(401);
  });

  it("deleted from the database: 401", async () => {
    const account = await signUp(a);
    await t.db.session.deleteMany({ where: { token: tokenOf(account.cookie) } });
    expect(await scenarioListStatus(account.cookie)).toBe(401);
  });

  it("past its expiry: 401", async () => {
    const account = await signUp(a);
    await t.db.session.updateMany({
      where: { token: tokenOf(account.cookie) },
      data: { expiresAt: new Date(Date.now() - 1_000) },
    });
    expect(await scenarioListStatus(account.cookie)).toBe(401);
  });

  it("revoked through Better Auth from another session: 401, while the other keeps working", async () => {
    const account = await signUp(a);
    const laptop = await signedInCookie(await signIn(a, account.email));
    const phone = await signedInCookie(await signIn(a, account.email));

    const revoked = await authPost(
      a,
      "/revoke-session",
      { token: tokenOf(laptop) },
      { cookie: phone },
    );
    expect(revoked.status).toBe(200);
    expect(await scenarioListStatus(laptop)).toBe(401);
    expect(await scenarioListStatus(phone)).toBe(200);

    const others = await authPost(a, "/revoke-other-sessions", {}, { cookie: phone });
    expect(others.status).toBe(200);
    expect(await scenarioListStatus(account.cookie)).toBe(401);
    expect(await scenarioListStatus(phone)).toBe(200);
    expect(await sessionTokens(account.userId)).toEqual([tokenOf(phone)]);
  });

  it("cannot be revoked by another user: their token is not theirs to end", async () => {
    const victim = await signUp(a);
    const attacker = await signUp(a);
    await authPost(
      a,
      "/revoke-session",
      { token: tokenOf(victim.cookie) },
      { cookie: attacker.cookie },
    );
    expect(await scenarioListStatus(victim.cookie)).toBe(200);
  });

  it("with a forged signature: 401", async () => {
    const account = await signUp(a);
    const [name] = account.cookie.split("=");
    const forged = `${name}=${tokenOf(account.cookie)}.${randomBytes(32).toString("base64url")}`;
    expect(await scenarioListStatus(forged)).toBe(401);
  });
});

describe("cross-site requests (Better Auth's production origin check)", () => {
  const evil = { origin: "https://evil.example" };

  it("a sign-in posted from another site is refused and starts no session", async () => {
    const account = await signUp(a);
    const before = await sessionTokens(account.userId);
    const response = await authPost(
      a,
      "/sign-in/email",
      { email: account.email, password: PASSWORD },
      { ...evil, cookie: account.cookie },
    );
    expect(response.status).toBe(403);
    expect(sessionCookie(response)).toBeNull();
    expect(await sessionTokens(account.userId)).toEqual(before);
  });

  it("a sign-out posted from another site leaves the session working", async () => {
    const account = await signUp(a);
    const response = await authPost(a, "/sign-out", {}, { ...evil, cookie: account.cookie });
    expect(response.status).toBe(403);
    expect(await scenarioListStatus(account.cookie)).toBe(200);
  });
});
