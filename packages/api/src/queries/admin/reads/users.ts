import type { Database } from "@aiml/db";
import { userSelect } from "../user-select";

/** Users, oldest account first, one page at a time. */
export async function listUsers(db: Database, params: { cursor?: string; limit: number }) {
  const rows = await db.user.findMany({
    select: userSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: params.limit + 1,
    ...(params.cursor ? { cursor: { id: params.cursor }, skip: 1 } : {}),
  });
  const users = rows.slice(0, params.limit);
  return { users, nextCursor: rows.length > params.limit ? (users.at(-1)?.id ?? null) : null };
}
