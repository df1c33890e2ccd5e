import type { Database } from "@aiml/db";
import { verifyPassword } from "better-auth/crypto";

/**
 * Whether this is the user's password, checked against the hash Better Auth stored (the same
 * scrypt check its sign-in makes). An account without a password never matches.
 */
export async function verifyAccountPassword(
  db: Database,
  userId: string,
  password: string,
): Promise<boolean> {
  const account = await db.account.findFirst({
    where: { userId, providerId: "credential" },
    omit: { password: false },
  });
  if (!account?.password) return false;
  return verifyPassword({ hash: account.password, password });
}
