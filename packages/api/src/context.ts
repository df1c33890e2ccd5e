import type { Database, Role } from "@aiml/db";
import { type Logger, logger, REQUEST_ID_HEADER, requestIdFrom } from "@aiml/logger";

/** The account roles: Prisma's enum, generated from prisma/schema.prisma. */
export type { Role };

export interface SessionUser {
  id: string;
  email: string;
  role: Role;
  /** As the session lookup read them; procedures that depend on them read the database. */
  emailVerified?: boolean;
  twoFactorEnabled?: boolean;
}

export interface Session {
  user: SessionUser;
  /** The id of the session this request came with (its row in `session`), when known. */
  sessionId?: string;
}

/** What every procedure sees; built directly in tests. */
export interface Context {
  db: Database;
  session: Session | null;
  /** This call's logger: its lines carry the request id. */
  log: Logger;
}

export interface InnerContextOptions {
  db: Database;
  session: Session | null;
  /** The process's logger unless given (tests pass one that captures). */
  log?: Logger;
}

export function createInnerContext(opts: InnerContextOptions): Context {
  return { db: opts.db, session: opts.session, log: opts.log ?? logger };
}

export interface RequestContextOptions {
  headers: Headers;
  db: Database;
  /** Resolves the signed-in user from the request headers (cookies). */
  getSession: (headers: Headers) => Promise<Session | null>;
  log?: Logger;
}

export async function createTRPCContext(opts: RequestContextOptions): Promise<Context> {
  const session = await opts.getSession(opts.headers);
  const requestId = requestIdFrom(opts.headers.get(REQUEST_ID_HEADER));
  const log = (opts.log ?? logger).child({ requestId });
  return createInnerContext({ db: opts.db, session, log });
}
