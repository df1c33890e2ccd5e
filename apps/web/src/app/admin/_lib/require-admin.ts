import "server-only";
import { requireSession } from "~/server/session";

/**
 * For admin pages: redirects to sign-in when signed out; null for a signed-in non-admin or an
 * admin without two-factor authentication (the admin layout tells them why, so the page renders
 * nothing and queries nothing).
 * Layouts and pages render in parallel, so every page checks too before it queries.
 */
export async function requireAdmin(next: string) {
  const session = await requireSession(next);
  return session.user.role === "admin" && session.user.twoFactorEnabled ? session : null;
}
