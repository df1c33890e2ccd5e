import type { Database } from "@aiml/db";
import { AppError } from "../../../errors";

/** Ends one of the user's other sessions (the current one signs out instead). */
export async function revokeSession(
  db: Database,
  userId: string,
  currentId: string | undefined,
  sessionId: string,
) {
  if (sessionId === currentId) {
    throw new AppError("BAD_REQUEST", "This is the session you are using: sign out instead.");
  }
  const { count } = await db.session.deleteMany({ where: { id: sessionId, userId } });
  if (count === 0) throw new AppError("NOT_FOUND", "No such session: it may have ended already.");
  return { revoked: count };
}

/** Ends every session of the user but the current one. */
export async function revokeOtherSessions(
  db: Database,
  userId: string,
  currentId: string | undefined,
) {
  const { count } = await db.session.deleteMany({
    where: { userId, ...(currentId ? { id: { not: currentId } } : {}) },
  });
  return { revoked: count };
}
