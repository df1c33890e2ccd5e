import { verifyAccountPassword } from "@aiml/auth";
import type { Database } from "@aiml/db";
import { AppError } from "../../../errors";

/**
 * Deletes the user's account after checking their password: their scenarios, sessions, sign-in
 * methods and two-factor settings go with it (foreign keys cascade); dataset versions they made
 * keep their data and lose the link. The audit log is append-only and keeps its rows: entries
 * they made keep their actor id, which no longer leads to anyone. The deletion itself is audited
 * under that id alone. The last admin cannot delete their account.
 */
export async function deleteAccount(db: Database, userId: string, password: string) {
  if (!(await verifyAccountPassword(db, userId, password))) {
    throw new AppError("BAD_REQUEST", "That password is not right.");
  }
  return db.$transaction(async (tx) => {
    // The admins' rows are locked first, as a demotion does: two last admins deleting their
    // accounts at once run one after the other, and the second sees the first's change.
    const admins = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "user" WHERE "role" = 'admin' ORDER BY "id" FOR UPDATE`;
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { role: true, createdAt: true, _count: { select: { scenarios: true } } },
    });
    if (!user) throw new AppError("UNAUTHORIZED", "Sign in first.");
    if (user.role === "admin" && admins.length <= 1) {
      throw new AppError(
        "BAD_REQUEST",
        "You are the last admin, so this account cannot be deleted: promote another account to admin first.",
      );
    }
    await tx.auditLog.create({
      data: {
        actorId: userId,
        actorEmail: null,
        action: "user.delete",
        entityType: "User",
        entityId: userId,
        before: {
          role: user.role,
          createdAt: user.createdAt.toISOString(),
          scenarios: user._count.scenarios,
        },
        note: "Account deleted by its owner",
      },
    });
    // Password-reset tokens name the user in their value; they have no foreign key.
    await tx.verification.deleteMany({ where: { value: userId } });
    await tx.user.delete({ where: { id: userId } });
    return { deleted: true as const };
  });
}
