import { expect, type Page } from "@playwright/test";
import * as OTPAuth from "otpauth";
import { PASSWORD } from "./helpers";

/**
 * Turns on two-factor authentication for the page's signed-in account through Better Auth's
 * endpoints (with the page's cookies, as the account page does), answering the first code from
 * an authenticator (otpauth). Returns the authenticator and the backup codes.
 */
export async function enableTwoFactorByApi(page: Page, password = PASSWORD) {
  const origin = new URL(page.url()).origin;
  const enabled = await page.request.post("/api/auth/two-factor/enable", {
    data: { password },
    headers: { origin },
  });
  expect(enabled.status(), await enabled.text()).toBe(200);
  const { totpURI, backupCodes } = (await enabled.json()) as {
    totpURI: string;
    backupCodes: string[];
  };
  const totp = authenticatorFor(totpURI);
  const verified = await page.request.post("/api/auth/two-factor/verify-totp", {
    data: { code: totp.generate() },
    headers: { origin },
  });
  expect(verified.status(), await verified.text()).toBe(200);
  return { totp, backupCodes };
}

/** The authenticator app for a setup URI (otpauth://totp/...). */
export function authenticatorFor(uri: string): OTPAuth.TOTP {
  const totp = OTPAuth.URI.parse(uri);
  if (!(totp instanceof OTPAuth.TOTP)) throw new Error(`not a TOTP URI: ${uri}`);
  return totp;
}
