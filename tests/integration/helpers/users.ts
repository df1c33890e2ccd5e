import { randomUUID } from "node:crypto";
import { createCaller, createInnerContext, type Session } from "@aiml/api";
import type { Database } from "@aiml/db";
import type { TestDatabase } from "@aiml/db/testing";
import { createTestAuth, signUp } from "./auth-http";
import { enableTwoFactor, type TwoFactorSetup } from "./two-factor";

export interface UserCaller {
  id: string;
  email: string;
  session: Session;
  caller: ReturnType<typeof createCaller>;
  /** Admins only: their authenticator and backup codes. */
  twoFactor?: TwoFactorSetup;
}

/**
 * A user row and a tRPC caller signed in as them. An admin is made as a person would be: a real
 * sign-up, promotion, and two-factor authentication turned on (admins need it), so it takes the
 * test database itself rather than its client.
 */
export async function createUserCaller(db: Database): Promise<UserCaller>;
export async function createUserCaller(
  source: TestDatabase,
  role: "user" | "admin",
  options?: { twoFactor?: boolean },
): Promise<UserCaller>;
/** Without the test database an account cannot turn on two-factor authentication. */
export async function createUserCaller(
  source: Database,
  role: "user" | "admin",
  options: { twoFactor: false },
): Promise<UserCaller>;
export async function createUserCaller(
  source: Database,
  role: "user",
  options?: { twoFactor?: false },
): Promise<UserCaller>;
export async function createUserCaller(
  source: Database | TestDatabase,
  role: "user" | "admin" = "user",
  { twoFactor = role === "admin" }: { twoFactor?: boolean } = {},
): Promise<UserCaller> {
  if (twoFactor) {
    if (!("url" in source)) {
      throw new Error("An account with two-factor authentication needs the test database (t)");
    }
    return createTwoFactorCaller(source, role);
  }
  const db = "url" in source ? source.db : source;
  const id = randomUUID();
  const email = `${role}-${id.slice(0, 8)}@example.test`;
  await db.user.create({ data: { id, email, name: email, role } });
  const session: Session = { user: { id, email, role } };
  return { id, email, session, caller: createCaller(createInnerContext({ db, session })) };
}

/**
 * An account signed up through Better Auth with two-factor authentication on: an admin (as
 * `pnpm admin:promote` makes one), or a user whom a promotion makes a working admin at once.
 */
async function createTwoFactorCaller(t: TestDatabase, role: "user" | "admin"): Promise<UserCaller> {
  const auth = createTestAuth(t);
  try {
    const account = await signUp(auth, `${role}-${randomUUID().slice(0, 8)}@example.test`);
    await t.db.user.update({ where: { id: account.userId }, data: { role, name: account.email } });
    const twoFactor = await enableTwoFactor(auth, account.cookie);
    const session: Session = {
      user: { id: account.userId, email: account.email, role, twoFactorEnabled: true },
    };
    return {
      id: account.userId,
      email: account.email,
      session,
      caller: createCaller(createInnerContext({ db: t.db, session })),
      twoFactor,
    };
  } finally {
    await auth.close();
  }
}

export function anonymousCaller(db: Database) {
  return createCaller(createInnerContext({ db, session: null }));
}
