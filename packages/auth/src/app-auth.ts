import { type AuthDatabase, Role } from "@aiml/db";
import { logger } from "@aiml/logger";
import { type Auth, createAuth } from "./auth";
import { type EnvSource, processEnv, readAuthEnv } from "./env";
import { type Mailer, mailerFromEnv } from "./mail";

export interface AuthSessionUser {
  id: string;
  email: string;
  role: Role;
  emailVerified: boolean;
  twoFactorEnabled: boolean;
  /** The session's own id (to mark it among the user's sessions). */
  sessionId: string;
}

/**
 * The auth the app runs, configured from the environment. Tests build it the same way, so
 * they exercise the production settings (limits, cookies) rather than a test-only copy.
 */
export function createAppAuth(
  db: AuthDatabase,
  source: EnvSource = processEnv(),
  { mailer }: { mailer?: Mailer } = {},
): Auth {
  const env = readAuthEnv(source);
  const production = env.NODE_ENV === "production" && env.BETTER_AUTH_URL.startsWith("https:");
  return createAuth({
    db,
    secret: env.BETTER_AUTH_SECRET,
    baseURL: env.BETTER_AUTH_URL,
    trustedOrigins: env.AUTH_TRUSTED_ORIGINS,
    production,
    mailer:
      mailer ??
      mailerFromEnv(source, {
        deployed: production,
        baseURL: env.BETTER_AUTH_URL,
        log: logger,
      }),
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
  const twoFactorEnabled = (result.user as { twoFactorEnabled?: boolean | null }).twoFactorEnabled;
  return {
    id: result.user.id,
    email: result.user.email,
    role,
    emailVerified: result.user.emailVerified,
    twoFactorEnabled: twoFactorEnabled === true,
    sessionId: result.session.id,
  };
}
