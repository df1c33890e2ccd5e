import type { Database } from "@aiml/db";
import { AppError } from "../../../errors";

/** What the account page shows about the signed-in user. */
export async function accountOverview(db: Database, userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      email: true,
      name: true,
      role: true,
      emailVerified: true,
      twoFactorEnabled: true,
      createdAt: true,
    },
  });
  if (!user) throw new AppError("UNAUTHORIZED", "Sign in first.");
  return user;
}
