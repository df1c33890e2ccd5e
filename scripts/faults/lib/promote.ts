import { type Account, enableTwoFactor } from "@aiml/script-lib/auth";
import type { FaultDatabase } from "./postgres";

/** Makes an account an admin, as `pnpm admin:promote` would. */
export async function promote(database: FaultDatabase, email: string): Promise<void> {
  const rows = await database.query(
    `UPDATE "user" SET role = 'admin' WHERE email = $1 RETURNING id`,
    [email],
  );
  if (rows.length !== 1) throw new Error(`no account ${email} to promote`);
}

/** Makes an account an admin as a person would: promotion, then two-factor authentication. */
export async function makeAdmin(
  database: FaultDatabase,
  base: string,
  account: Account,
): Promise<Account> {
  await promote(database, account.email);
  return enableTwoFactor(base, account);
}
