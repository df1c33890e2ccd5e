import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "@aiml/db/lifecycle";
import { webServerArgs } from "../../../apps/web/server/command";
import { log, onCleanup } from "./verdict";

export const repoRoot = path.resolve(import.meta.dirname, "../../..");
const appDir = path.join(repoRoot, "apps/web");
const logDir = fs.mkdtempSync(path.join(os.tmpdir(), "aiml-faults-logs-"));

/** One secret for every instance a script starts, so that they accept each other's sessions. */
const authSecret = randomBytes(32).toString("base64url");

export interface AppOptions {
  databaseUrl: string;
  /** A free one when not given. */
  port?: number;
  /** BETTER_AUTH_URL: the address users reach the app at (the load balancer's, behind one). */
  publicUrl?: string;
  /** Further origins allowed to POST to the auth endpoints. */
  trustedOrigins?: string[];
  /** Names the log file. */
  name?: string;
}

export interface AppInstance {
  name: string;
  url: string;
  port: number;
  pid: number;
  logFile: string;
  /** Ctrl-C: SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
  /** A crash: SIGKILL (no cleanup of any kind), then waits for the exit. */
  kill(): Promise<void>;
}

export function assertBuilt(): void {
  if (!fs.existsSync(path.join(appDir, ".next/BUILD_ID"))) {
    throw new Error("No production build: run `pnpm build` first.");
  }
}

function exitOf(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
}

function logTail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

async function waitUntilHealthy(url: string, child: ChildProcess, logFile: string) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The app exited while starting:\n${logTail(logFile)}`);
    }
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`The app did not answer /api/health within 90 s:\n${logTail(logFile)}`);
}

let started = 0;

/** Starts the production server (apps/web/server/main.ts) on the given database, waits until healthy. */
export async function startApp(options: AppOptions): Promise<AppInstance> {
  assertBuilt();
  const port = options.port ?? (await findFreePort());
  const url = `http://127.0.0.1:${port}`;
  const name = options.name ?? `app-${port}`;
  const logFile = path.join(logDir, `${name}-${++started}.log`);
  const out = fs.openSync(logFile, "a");
  const publicUrl = options.publicUrl ?? url;
  const origins = [url, `http://localhost:${port}`, ...(options.trustedOrigins ?? [])];
  const child = spawn(process.execPath, webServerArgs(appDir), {
    cwd: appDir,
    // Its own process group: a kill reaches every process the server may have started.
    detached: true,
    stdio: ["ignore", out, out],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: options.databaseUrl,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      BETTER_AUTH_SECRET: authSecret,
      BETTER_AUTH_URL: publicUrl,
      AUTH_TRUSTED_ORIGINS: origins.join(","),
      // No SMTP server here: the sign-ups' confirmation mails are written beside the logs.
      MAIL_OUTBOX_DIR: path.join(logDir, "outbox"),
    },
  });
  fs.closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new Error("Could not start the app server");
  const exited = exitOf(child);
  const signal = async (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name);
    } catch {}
    await exited;
  };
  onCleanup(() => signal("SIGKILL"));
  await waitUntilHealthy(url, child, logFile);
  log(`${name} is up at ${url} (pid ${pid}, log ${logFile})`);
  return {
    name,
    url,
    port,
    pid,
    logFile,
    stop: () => signal("SIGTERM"),
    kill: () => signal("SIGKILL"),
  };
}
