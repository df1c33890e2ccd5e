import "server-only";
import type { Session } from "@aiml/api";
import { type Auth, createAuth, readAuthEnv } from "@aiml/auth";
import { getAuthDb } from "@aiml/db";
import { noteRequestUser } from "@aiml/logger/request-log";

let auth: Auth | undefined;

/** The app's Better Auth instance, created on first use (never during `next build`). */
export function getAuth(): Auth {
  if (!auth) {
    const env = readAuthEnv();
    const extra = (process.env.AUTH_TRUSTED_ORIGINS ?? "")
      .split(",")
      .map((o) => o.trim())
      .filter(Boolean);
    auth = createAuth({
      db: getAuthDb(),
      secret: env.BETTER_AUTH_SECRET,
      baseURL: env.BETTER_AUTH_URL,
      trustedOrigins: extra,
      production: env.NODE_ENV === "production" && env.BETTER_AUTH_URL.startsWith("https:"),
    });
  }
  return auth;
}

/** The signed-in user for these request headers, or null. */
export async function getSessionFromHeaders(headers: Headers): Promise<Session | null> {
  const result = await getAuth().api.getSession({ headers });
  if (!result) return null;
  noteRequestUser(headers, result.user.id);
  const role = (result.user as { role?: string }).role === "admin" ? "admin" : "user";
  return { user: { id: result.user.id, email: result.user.email, role } };
}
