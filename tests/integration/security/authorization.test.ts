import { ADMIN_NEEDS_TWO_FACTOR, createCaller, createInnerContext } from "@aiml/api";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, outcome } from "../helpers/admin-fixtures";
import { createTestAuth, signUp } from "../helpers/auth-http";
import {
  authorizationMatrix,
  databaseSnapshot,
  type MatrixFixtures,
  type Persona,
  personas,
} from "../helpers/authorization-matrix";
import { callPath, routedProcedures } from "../helpers/procedures";
import { enableTwoFactor } from "../helpers/two-factor";
import { anonymousCaller, createUserCaller } from "../helpers/users";

let t: TestDatabase;
let admin: Awaited<ReturnType<typeof createUserCaller>>;
let user: Awaited<ReturnType<typeof createUserCaller>>;
let callers: Record<Persona, Caller>;
let fixtures: MatrixFixtures;

beforeAll(async () => {
  t = await createTestDatabase();
  admin = await createUserCaller(t, "admin");
  user = await createUserCaller(t.db, "user");
  const otherUser = await createUserCaller(t.db, "user");
  callers = {
    anonymous: anonymousCaller(t.db),
    user: user.caller,
    otherUser: otherUser.caller,
    admin: admin.caller,
  };
  fixtures = { db: t.db, owner: user.caller, admin: admin.caller };
});
afterAll(async () => {
  await t?.drop();
});

const matrixPaths = Object.keys(authorizationMatrix).sort();

describe("authorization matrix", () => {
  it("has an entry for every procedure of the router, and none for a procedure it lacks", () => {
    const routed = routedProcedures().map((p) => p.path);
    expect(routed.filter((path) => !matrixPaths.includes(path))).toEqual([]);
    expect(matrixPaths.filter((path) => !routed.includes(path))).toEqual([]);
  });

  describe.each(personas)("as %s", (persona) => {
    it.each(matrixPaths)("%s", async (path) => {
      const entry = authorizationMatrix[path];
      if (!entry) throw new Error(`No matrix entry for ${path}`);
      const input = await entry.input?.(fixtures);
      const expected = entry.access[persona];
      const before = expected === "OK" ? null : await databaseSnapshot(t.db);

      expect(await outcome(callPath(callers[persona], path, input))).toBe(expected);
      // A refused call changes nothing.
      if (before) expect(await databaseSnapshot(t.db)).toEqual(before);
    });
  });
});

describe("admin role", () => {
  it("answers an admin only once their two-factor authentication is on", async () => {
    const a = createTestAuth(t);
    try {
      const account = await signUp(a);
      await t.db.user.update({ where: { id: account.userId }, data: { role: "admin" } });
      const session = {
        user: { id: account.userId, email: account.email, role: "admin" as const },
      };
      const caller = createCaller(createInnerContext({ db: t.db, session }));
      for (const call of [caller.admin.datasets.list(), caller.admin.users.list()]) {
        await expect(call).rejects.toMatchObject({
          code: "FORBIDDEN",
          message: ADMIN_NEEDS_TWO_FACTOR,
        });
      }
      // Set up for real: the password, then a first code from the authenticator.
      await enableTwoFactor(a, account.cookie);
      expect(await outcome(caller.admin.datasets.list())).toBe("OK");
      // Turned off again (as Better Auth's disable endpoint does): refused again.
      await t.db.user.update({ where: { id: account.userId }, data: { twoFactorEnabled: false } });
      expect(await outcome(caller.admin.datasets.list())).toBe("FORBIDDEN");
    } finally {
      await a.close();
    }
  });

  it("is read from the database on every call: a demoted admin is refused at once", async () => {
    const other = await createUserCaller(t, "admin");
    expect(await outcome(other.caller.admin.datasets.list())).toBe("OK");

    await admin.caller.admin.users.setRole({ userId: other.id, role: "user" });
    // The session still says "admin"; the database no longer does.
    expect(other.session.user.role).toBe("admin");
    expect(await outcome(other.caller.admin.datasets.list())).toBe("FORBIDDEN");

    // Promoted, but without two-factor authentication: refused with the way forward.
    await admin.caller.admin.users.setRole({ userId: user.id, role: "admin" });
    await expect(user.caller.admin.datasets.list()).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: ADMIN_NEEDS_TWO_FACTOR,
    });
    expect(ADMIN_NEEDS_TWO_FACTOR).toContain("/account");
    await admin.caller.admin.users.setRole({ userId: user.id, role: "user" });
    expect(await outcome(user.caller.admin.datasets.list())).toBe("FORBIDDEN");
  });

  it("is never taken from the session: a session that claims admin is refused", async () => {
    const claimsAdmin = (id: string) =>
      createCaller(
        createInnerContext({
          db: t.db,
          session: { user: { id, email: "claims@example.test", role: "admin" } },
        }),
      );
    expect(await outcome(claimsAdmin(user.id).admin.users.list())).toBe("FORBIDDEN");
    // A session whose user no longer exists.
    expect(await outcome(claimsAdmin("deleted-user").admin.users.list())).toBe("FORBIDDEN");
  });
});
