import type { Database, Role } from "@aiml/db";
import { AppError } from "../../../errors";
import { userSelect } from "../user-select";
import { type Actor, recordAudit } from "./audit";

/**
 * Promotes or demotes a user. The admins' rows are locked first (SELECT … FOR UPDATE), so two
 * admins demoting each other at once run one after the other and the second sees the first's
 * change: there is always at least one admin left.
 */
export async function setUserRole(
  db: Database,
  actor: Actor,
  params: { userId: string; role: Role },
) {
  return db.$transaction(async (tx) => {
    const admins = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "user" WHERE "role" = 'admin' ORDER BY "id" FOR UPDATE`;
    const user = await tx.user.findUnique({ where: { id: params.userId }, select: userSelect });
    if (!user) throw new AppError("NOT_FOUND", "No such user.");
    if (user.role === params.role) return user;
    if (params.role === "user" && admins.length <= 1) {
      throw new AppError(
        "BAD_REQUEST",
        `${user.email} is the last admin and cannot be demoted: promote another user to admin first.`,
      );
    }
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { role: params.role },
      select: userSelect,
    });
    await recordAudit(tx, actor, {
      action: "user.role",
      entityType: "User",
      entityId: user.id,
      before: { email: user.email, role: user.role },
      after: { email: user.email, role: updated.role },
    });
    return updated;
  });
}
