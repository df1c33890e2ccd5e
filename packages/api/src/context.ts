import type { Database } from "@aiml/db";

export type Role = "user" | "admin";

export interface SessionUser {
  id: string;
  email: string;
  role: Role;
}

export interface Session {
  user: SessionUser;
}

/** What every procedure sees; built directly in tests. */
export interface Context {
  db: Database;
  session: Session | null;
}

export function createInnerContext(opts: Context): Context {
  return { db: opts.db, session: opts.session };
}

export interface RequestContextOptions {
  headers: Headers;
  db: Database;
  /** Resolves the signed-in user from the request headers (cookies). */
  getSession: (headers: Headers) => Promise<Session | null>;
}

export async function createTRPCContext(opts: RequestContextOptions): Promise<Context> {
  const session = await opts.getSession(opts.headers);
  return createInnerContext({ db: opts.db, session });
}
