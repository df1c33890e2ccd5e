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
  const page = (pathname: string, token?: string) => {
    const url = new URL(pathname, appURL);
    if (token) url.searchParams.set("token", token);
    return url.toString();
  };
  return {
    password: {
      resetPasswordTokenExpiresIn: MAIL_LINK_SECONDS,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, token }: { user: { email: string }; token: string }) =>
        send(passwordResetMail(user.email, page("/reset-password", token)), "password-reset"),
    },
    /** For a sign-up with an email that already has an account: tells its owner. */
    mailExistingAccount: (email: string) =>
      send(
        existingAccountMail(email, page("/sign-in"), page("/forgot-password")),
        "existing-account",
      ),
    emailVerification: {
      sendOnSignUp: true,
      expiresIn: MAIL_LINK_SECONDS,
      sendVerificationEmail: async ({ user, token }: { user: { email: string }; token: string }) =>
        send(verificationMail(user.email, page("/verify-email", token)), "verification"),
    },
  };
}
