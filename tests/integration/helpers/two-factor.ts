import * as OTPAuth from "otpauth";
import { authPost, freshIp, PASSWORD, sessionCookie, type TestAuth } from "./auth-http";

export interface TwoFactorSetup {
  /** The session cookie Better Auth issues once the setup is confirmed (the old one ends). */
  cookie: string;
  /** The authenticator: `totp.generate()` gives the current code. */
  totp: OTPAuth.TOTP;
  backupCodes: string[];
}

/** A code from the authenticator that is not the current one (so it is refused). */
export function wrongCode(totp: OTPAuth.TOTP): string {
  const current = totp.generate();
  return current === "000000" ? "111111" : "000000";
}

/**
 * Turns on two-factor authentication as a user does on the account page: the password gets the
 * setup URI and backup codes, an authenticator (otpauth) makes the first code from the URI, and
 * that code confirms the setup.
 */
export async function enableTwoFactor(
  a: Pick<TestAuth, "handle" | "baseURL">,
  cookie: string,
  password = PASSWORD,
): Promise<TwoFactorSetup> {
  const headers = () => ({ cookie, "x-forwarded-for": freshIp() });
  const enabled = await authPost(a, "/two-factor/enable", { password }, headers());
  if (enabled.status !== 200) {
    throw new Error(`two-factor/enable answered ${enabled.status}: ${await enabled.text()}`);
  }
  const { totpURI, backupCodes } = (await enabled.json()) as {
    totpURI: string;
    backupCodes: string[];
  };
  const totp = OTPAuth.URI.parse(totpURI);
  if (!(totp instanceof OTPAuth.TOTP)) throw new Error(`not a TOTP URI: ${totpURI}`);
  const verified = await authPost(
    a,
    "/two-factor/verify-totp",
    { code: totp.generate() },
    headers(),
  );
  const newCookie = sessionCookie(verified);
  if (verified.status !== 200 || !newCookie) {
    throw new Error(`two-factor/verify-totp answered ${verified.status}: ${await verified.text()}`);
  }
  return { cookie: newCookie, totp, backupCodes };
}
