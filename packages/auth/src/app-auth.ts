import { type AuthDatabase, Role } from "@aiml/db";
import { type Auth, createAuth } from "./auth";
import { type EnvSource, readAuthEnv } from "./env";

export interface AuthSessionUser {
  id: string;
  email: string;
  role: Role;
}

/**
 * The auth the app runs, configured from the environment. Tests build it the same way, so
 * they exercise the production settings (limits, cookies) rather than a test-only copy.
 */
export function createAppAuth(db: AuthDatabase, source?: EnvSource): Auth {
  const env = readAuthEnv(source);
  return createAuth({
    db,
    secret: env.BETTER_AUTH_SECRET,
    baseURL: env.BETTER_AUTH_URL,
    trustedOrigins: env.AUTH_TRUSTED_ORIGINS,
    production: env.NODE_ENV === "production" && env.BETTER_AUTH_URL.startsWith("https:"),
  });
}

/** The signed-in user for these request headers (their session cookie), or null. */
export async function getSessionUser(
  auth: Auth,
  headers: Headers,
): Promise<AuthSessionUser | null> {
  const result = await auth.api.getSession({ headers });
  if (!result) return null;
  const role = (result.user as { role?: string }).role === Role.admin ? Role.admin : Role.user;
  return { id: result.user.id, email: result.user.email, role };
}
