import type { Logger } from "@aiml/logger";
import type { Mailer, MailMessage } from "../mail/mailer";
import { existingAccountMail, passwordResetMail, verificationMail } from "../mail/messages";

/** One hour: long enough to reach the inbox, short enough that an old mail is useless. */
export const MAIL_LINK_SECONDS = 60 * 60;

/**
 * A mail that cannot be sent is logged as an error, never thrown: the answer to the request
 * must not depend on whether the address has an account (and so whether a mail was sent).
 */
function sender(mailer: Mailer, log: Logger) {
  return async (message: MailMessage, kind: string) => {
    try {
      await mailer.send(message);
    } catch (err) {
      log.error({ event: "mail.failed", kind, err }, "A mail could not be sent");
    }
  };
}

/**
 * The page the sign-up asked to go to after the confirmation (its `callbackURL`, which Better
 * Auth puts in its own link), or null for its default. The app checks it again before use.
 */
function pageAfterVerification(betterAuthUrl: string): string | null {
  const next = URL.canParse(betterAuthUrl)
    ? new URL(betterAuthUrl).searchParams.get("callbackURL")
    : null;
  return next && next !== "/" ? next : null;
}

/** Better Auth's mail settings: password reset, email verification, attempts on taken emails. */
export function accountMailOptions({
  mailer,
  log,
  appURL,
}: {
  mailer: Mailer;
  log: Logger;
  /** The app's public URL; the links in mails lead to its pages. */
  appURL: string;
}) {
  const send = sender(mailer, log);
  const page = (pathname: string, params: Record<string, string | null> = {}) => {
    const url = new URL(pathname, appURL);
    for (const [name, value] of Object.entries(params)) {
      if (value) url.searchParams.set(name, value);
    }
    return url.toString();
  };
  return {
    password: {
      // A sign-up answers the same whether the email is taken or not, and signs no one in: the
      // account is used once its owner follows the mailed link (which signs them in).
      requireEmailVerification: true,
      autoSignIn: false,
      /** For a sign-up with an email that already has an account: tells its owner. */
      onExistingUserSignUp: async ({ user }: { user: { email: string } }) =>
        send(
          existingAccountMail(user.email, page("/sign-in"), page("/forgot-password")),
          "existing-account",
        ),
      resetPasswordTokenExpiresIn: MAIL_LINK_SECONDS,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, token }: { user: { email: string }; token: string }) =>
        send(passwordResetMail(user.email, page("/reset-password", { token })), "password-reset"),
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      expiresIn: MAIL_LINK_SECONDS,
      sendVerificationEmail: async ({
        user,
        url,
        token,
      }: {
        user: { email: string };
        url: string;
        token: string;
      }) =>
        send(
          verificationMail(
            user.email,
            page("/verify-email", { token, next: pageAfterVerification(url) }),
          ),
          "verification",
        ),
    },
  };
}
