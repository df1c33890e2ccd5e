import type { Logger } from "@aiml/logger";
import type { Mailer } from "../mail/mailer";
import { accountMailOptions } from "./account-mail";
import { hideExistingAccounts } from "./hide-existing-accounts";
import { twoFactorPlugin } from "./two-factor";

/**
 * The account features added to Better Auth: mails (reset, verification), the hiding of
 * registered emails at sign-up, and two-factor authentication. Returns the pieces createAuth spreads into its options.
 */
export function accountFeatures(options: { mailer: Mailer; log: Logger; appURL: string }) {
  const mail = accountMailOptions(options);
  return {
    password: mail.password,
    emailVerification: mail.emailVerification,
    plugins: [hideExistingAccounts({ mailOwner: mail.mailExistingAccount }), twoFactorPlugin()],
  };
}
