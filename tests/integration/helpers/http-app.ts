import { createCaller, createInnerContext } from "@aiml/api";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { createTestAuth, type SignedUp, signUp, type TestAuth } from "./auth-http";
import type { MatrixFixtures, Persona } from "./authorization-matrix";
import { createTrpcServer, type TrpcServer } from "./trpc-http";
import { enableTwoFactor } from "./two-factor";

export interface HttpApp {
  t: TestDatabase;
  auth: TestAuth;
  server: TrpcServer;
  /** Each persona's session cookie (null: anonymous), from a real sign-up. */
  cookies: Record<Persona, string | null>;
  fixtures: MatrixFixtures;
  close(): Promise<void>;
}

/**
 * The tRPC endpoint on a fresh test database, with a signed-up user (who owns the fixtures'
 * scenarios), another user and an admin.
 */
export async function startHttpApp(): Promise<HttpApp> {
  const t = await createTestDatabase();
  const auth = createTestAuth(t);
  const server = createTrpcServer(t.db, auth.getSession);
  const [user, otherUser, admin] = [await signUp(auth), await signUp(auth), await signUp(auth)];
  await t.db.user.update({ where: { id: admin.userId }, data: { role: "admin" } });
  // Admins need two-factor authentication; turning it on issues a new session cookie.
  const adminCookie = (await enableTwoFactor(auth, admin.cookie)).cookie;
  const callerFor = (account: SignedUp, role: "user" | "admin") =>
    createCaller(
      createInnerContext({
        db: t.db,
        session: { user: { id: account.userId, email: account.email, role } },
      }),
    );
  return {
    t,
    auth,
    server,
    cookies: {
      anonymous: null,
      user: user.cookie,
      otherUser: otherUser.cookie,
      admin: adminCookie,
    },
    fixtures: { db: t.db, owner: callerFor(user, "user"), admin: callerFor(admin, "admin") },
    async close() {
      await auth.close();
      await t.drop();
    },
  };
}
