import type { Logger } from "@aiml/logger";
import type { Mailer } from "../mail/mailer";
import { accountMailOptions } from "./account-mail";
import { twoFactorPlugin } from "./two-factor";
import { uniformSignUpAnswer } from "./uniform-sign-up-answer";

/**
 * The account features added to Better Auth: mails (reset, verification, sign-ups with a taken
 * email), one answer for every sign-up, and two-factor authentication. Returns the pieces
 * createAuth spreads into its options.
 */
export function accountFeatures(options: { mailer: Mailer; log: Logger; appURL: string }) {
  const mail = accountMailOptions(options);
  return {
    password: mail.password,
    emailVerification: mail.emailVerification,
    plugins: [uniformSignUpAnswer(), twoFactorPlugin()],
  };
}
