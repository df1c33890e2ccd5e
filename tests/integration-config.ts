import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { vitestConfig } from "@aiml/vitest-config";
import type { ViteUserConfig } from "vitest/config";

/**
 * The suites whose outcome depends on the database server more than on the app: the second
 * pass, against an external server (INTEGRATION_FILES=server-dependent, with DATABASE_URL).
 * Every other suite runs on the embedded server only; the SQL of every procedure runs in the
 * second pass too, through the authorization matrix.
 */
const serverDependent = [
  // The schema and the data on that server: migrations, seeding, roles, backup and restore.
  "integration/db/migrations.test.ts",
  "integration/db/seed.test.ts",
  "integration/db/set-role.test.ts",
  "integration/open-data/seed.test.ts",
  "integration/backup.test.ts",
  // COPY, triggers and the import's privileges (session_replication_role, has_parameter_privilege).
  "integration/admin-import.test.ts",
  "integration/admin-import-pipeline.test.ts",
  "integration/open-data/import.test.ts",
  "integration/open-data/long-layout.test.ts",
  "integration/account-data.test.ts",
  // LISTEN/NOTIFY, and state that instances share through the server.
  "integration/revision-watch.test.ts",
  "integration/cache-across-instances.test.ts",
  "integration/published-figures-refresh.test.ts",
  "integration/import-progress-across-instances.test.ts",
  "integration/security/public-read-limit.test.ts",
  "integration/security/sign-in-lockout.test.ts",
  // A lost connection, transactions and locks.
  "integration/database-faults.test.ts",
  "integration/admin-publish.test.ts",
  // Every procedure's queries (the matrix calls each one), and the open-data SQL in detail.
  "integration/security/authorization.test.ts",
  "integration/no-writes-on-get.test.ts",
  "integration/open-data/reads.test.ts",
];

function allFiles(): string[] {
  const dir = path.join(import.meta.dirname, "integration");
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".test.ts"))
    .map((file) => `integration/${file.split(path.sep).join("/")}`)
    .sort();
}

/** Files that switch their process to production mode (integration/helpers/production-mode.ts). */
const inProductionMode = (file: string) =>
  fs.readFileSync(path.join(import.meta.dirname, file), "utf8").includes("/production-mode");

/**
 * One of the two runs of the integration suites. "shared": files that share one process and the
 * modules it has loaded (isolate: false): loading the app's modules again for each file was
 * most of the suites' time. "production mode": files that switch the process to production
 * mode before Better Auth loads, each in a process of its own. Each file gets its own database.
 * A shared file must leave `process.env` and process-wide state as it found them: what it
 * changes reaches the files after it (and the processes they start).
 */
export function integrationConfig(run: "shared" | "production mode"): ViteUserConfig {
  const files = process.env.INTEGRATION_FILES === "server-dependent" ? serverDependent : allFiles();
  const production = run === "production mode";
  return vitestConfig(production ? "integration-production-mode" : "integration", {
    include: files.filter((file) => inProductionMode(file) === production),
    isolate: production,
    globalSetup: [fileURLToPath(import.meta.resolve("@aiml/db/testing/global-setup"))],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  });
}
