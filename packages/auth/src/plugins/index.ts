import type { Logger } from "@aiml/logger";
import type { Mailer } from "../mail/mailer";
import { accountMailOptions } from "./account-mail";
import { hideExistingAccounts } from "./hide-existing-accounts";

/**
 * The account features added to Better Auth: mails (reset, verification) and the hiding of
 * registered emails at sign-up. Returns the pieces createAuth spreads into its options.
 */
export function accountFeatures(options: { mailer: Mailer; log: Logger; appURL: string }) {
  const mail = accountMailOptions(options);
  return {
    password: mail.password,
    emailVerification: mail.emailVerification,
    plugins: [hideExistingAccounts({ mailOwner: mail.mailExistingAccount })],
  };
}
