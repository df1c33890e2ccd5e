import { configDefaults, defineConfig, mergeConfig } from "vitest/config";
import integration from "./vitest.config";

/**
 * The integration suites for a second pass against an external server (DATABASE_URL): every
 * suite whose outcome can depend on the server, so not those below. They read no more of the
 * database than the other suites do, and run on the embedded server in the first pass.
 */
const serverIndependent = [
  // Hostile and malformed requests: the answer is decided by input handling, before any SQL.
  "integration/security/trpc-fuzz.test.ts",
  "integration/security/auth-fuzz.test.ts",
  "integration/security/cross-site-fuzz.test.ts",
  "integration/security/redirect-targets.test.ts",
  "integration/security/request-guards.test.ts",
  "integration/security/oversized-input.test.ts",
  "integration/security/input-regressions.test.ts",
  "integration/security/trusted-proxies.test.ts",
  "integration/security/trpc-boundaries.test.ts",
  // The authorization matrix over HTTP: the in-process matrix runs every procedure here too.
  "integration/security/authorization-http.test.ts",
  // Mail contents and flows.
  "integration/security/sign-up-enumeration.test.ts",
  "integration/account-mail.test.ts",
  "integration/two-factor.test.ts",
  // The embedded server's own lifecycle: these start embedded servers whatever DATABASE_URL is.
  "integration/db/lifecycle.test.ts",
  "integration/db/prepare-database.test.ts",
];

export default mergeConfig(
  integration,
  defineConfig({ test: { exclude: [...configDefaults.exclude, ...serverIndependent] } }),
);
