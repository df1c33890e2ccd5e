import { twoFactor } from "better-auth/plugins";

export const TWO_FACTOR_ISSUER = "AI/ML Job Market";

/**
 * TOTP (any authenticator app) with ten single-use backup codes. Enabling needs the password
 * and a first code from the app; from then on, sign-in asks for a code (or a backup code).
 * Better Auth locks the second step after repeated wrong codes.
 */
export const twoFactorPlugin = () =>
  twoFactor({
    issuer: TWO_FACTOR_ISSUER,
    backupCodeOptions: { amount: 10, length: 10 },
  });
