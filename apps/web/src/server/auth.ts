import "server-only";
import type { Session } from "@aiml/api";
import { type Auth, createAppAuth, getSessionUser } from "@aiml/auth";
import { getAuthDb } from "@aiml/db";
import { noteRequestUser } from "@aiml/logger/request-log";

let auth: Auth | undefined;

/** The app's Better Auth instance, created on first use (never during `next build`). */
export function getAuth(): Auth {
  auth ??= createAppAuth(getAuthDb());
  return auth;
}

/** The signed-in user for these request headers, or null. */
export async function getSessionFromHeaders(headers: Headers): Promise<Session | null> {
  const found = await getSessionUser(getAuth(), headers);
  if (!found) return null;
  const { sessionId, ...user } = found;
  noteRequestUser(headers, user.id);
  return { user, sessionId };
}
