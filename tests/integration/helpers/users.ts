import { randomUUID } from "node:crypto";
import { createCaller, createInnerContext, type Session } from "@aiml/api";
import type { Database } from "@aiml/db";

/** A user row and a tRPC caller signed in as them. */
export async function createUserCaller(db: Database, role: "user" | "admin" = "user") {
  const id = randomUUID();
  const email = `${role}-${id.slice(0, 8)}@example.test`;
  await db.user.create({ data: { id, email, name: email, role } });
  const session: Session = { user: { id, email, role } };
  return { id, email, session, caller: createCaller(createInnerContext({ db, session })) };
}

export function anonymousCaller(db: Database) {
  return createCaller(createInnerContext({ db, session: null }));
}
