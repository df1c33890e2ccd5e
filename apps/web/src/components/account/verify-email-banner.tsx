import type { Session } from "@aiml/api";
import { ResendVerification } from "./resend-verification";

/**
 * Unconfirmed accounts may use the app; this asks them to confirm their address, which is what
 * a password reset is mailed to.
 */
export function VerifyEmailBanner({ session }: { session: Session }) {
  if (session.user.emailVerified !== false) return null;
  return (
    <p
      data-testid="verify-email-banner"
      className="mb-6 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      Please confirm your email address: we sent a link to{" "}
      <span className="font-medium">{session.user.email}</span>.{" "}
      <ResendVerification email={session.user.email} />
    </p>
  );
}
