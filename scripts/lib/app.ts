// Starts the production build for the scripts, in one of two ways: `startApp` as `npm start`
// does (apps/web/scripts/serve.ts prepares the database), `startAppServer` as the bare server
// (apps/web/src/serving/server.ts) on a database the caller prepared. Each runs in its own process
// group, stopped or killed whole.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { webServerArgs } from "@aiml/web/server-command";
import { freePort, waitForHealth } from "./http";
import { scriptOutboxDir } from "./outbox";

export const repoRoot = path.resolve(import.meta.dirname, "../..");
const appDir = path.join(repoRoot, "apps/web");

export interface AppServer {
  base: string;
  /** The root of the app's process tree (pnpm running serve.ts): Postgres is under it too. */
  rootPid: number;
  /** The app server process (apps/web/src/serving/server.ts), for RSS samples and profiles. */
  nextPid: number;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Serve on this database (migrated and seeded on start); a throwaway one when unset. */
  databaseUrl?: string;
  /** Extra environment for the server, e.g. NODE_OPTIONS for a CPU profile. */
  env?: Record<string, string>;
  /** Show the server's output (off: it would mix with the tables). */
  verbose?: boolean;
}

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name in `stat` may hold spaces and parentheses: the ppid follows the last ")".
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) children.push(Number(entry));
    } catch {}
  }
  return children;
}

function commandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

/** The app server process under the process tree of `root`. */
function findNextServer(root: number): number | undefined {
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    // The app server names its process "next-server (aiml)", as `next start` does its own.
    if (/^next-server /.test(commandLine(pid))) return pid;
    queue.push(...childrenOf(pid));
  }
  return undefined;
}

function exitOf(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
}

/** Starts the built app (run `pnpm build` first) and waits until /api/health answers. */
export async function startApp(options: StartOptions = {}): Promise<AppServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const args = ["--silent", "--filter", "@aiml/web", "serve"];
  if (!options.databaseUrl) args.push("--ephemeral");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
    BENCH_ROUTES: "1",
    // One load generator is one client: its reads are still counted (the counting's cost is
    // in every figure) but never refused. See "Public read limits" in the README.
    PUBLIC_READ_LIMIT: "1000000000",
    // No SMTP server here: the sign-ups' confirmation mails go where signUp reads them.
    MAIL_OUTBOX_DIR: scriptOutboxDir(),
    ...options.env,
  };
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  else delete env.DATABASE_URL;

  const child = spawn("pnpm", args, {
    cwd: repoRoot,
    env,
    stdio: options.verbose ? "inherit" : "ignore",
    detached: true,
  });
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {}
  };
  const killOnExit = () => signalGroup("SIGKILL");
  process.on("exit", killOnExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    // SIGTERM lets serve.ts stop Postgres and delete its folder (and Node write a --cpu-prof).
    signalGroup("SIGTERM");
    await Promise.race([exitOf(child), sleep(20_000)]);
    signalGroup("SIGKILL");
    process.off("exit", killOnExit);
  };

  try {
    await waitForHealth(base, {
      timeoutMs: 120_000,
      stillStarting: () => {
        if (child.exitCode !== null) throw new Error("the app exited during start-up");
      },
    });
  } catch (error) {
    await stop();
    throw error instanceof Error && error.message.startsWith("The app did not answer")
      ? new Error("the app did not start within two minutes (did you run `pnpm build`?)")
      : error;
  }
  const nextPid = child.pid ? findNextServer(child.pid) : undefined;
  if (!nextPid) {
    await stop();
    throw new Error("could not find the app server process");
  }
  return { base, rootPid: child.pid as number, nextPid, stop };
}

/** The resident set size of a process in MB, from /proc/<pid>/status. */
export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(status.match(/^VmRSS:\s+(\d+) kB/m)?.[1]);
  return kb / 1024;
}

export function assertBuilt(): void {
  if (!fs.existsSync(path.join(appDir, ".next/BUILD_ID"))) {
    throw new Error("No production build: run `pnpm build` first.");
  }
}

export interface ServerOptions {
  databaseUrl: string;
  /** A free one when not given. */
  port?: number;
  /** BETTER_AUTH_URL: the address users reach the app at (the load balancer's, behind one). */
  publicUrl?: string;
  /** Further origins allowed to POST to the auth endpoints. */
  trustedOrigins?: string[];
  /** Names the log file. */
  name?: string;
  /** Instances that share a secret accept each other's sessions. */
  authSecret: string;
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

let logDir: string | undefined;
let started = 0;

function logTail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/** Starts the bare production server on the given database and waits until it is healthy. */
export async function startAppServer(options: ServerOptions): Promise<AppInstance> {
  assertBuilt();
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const name = options.name ?? `app-${port}`;
  logDir ??= fs.mkdtempSync(path.join(os.tmpdir(), "aiml-app-logs-"));
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
      BETTER_AUTH_SECRET: options.authSecret,
      BETTER_AUTH_URL: publicUrl,
      AUTH_TRUSTED_ORIGINS: origins.join(","),
      // nginx, and a script standing in for clients behind it, are on loopback.
      TRUSTED_PROXIES: "loopback",
      // A script's steady load is one client reading as fast as it can.
      PUBLIC_READ_LIMIT: "1000000000",
      // No SMTP server here: the sign-ups' confirmation mails go where signUp reads them.
      MAIL_OUTBOX_DIR: scriptOutboxDir(),
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
  try {
    await waitForHealth(url, {
      timeoutMs: 90_000,
      stillStarting: () => {
        if (child.exitCode !== null || child.signalCode !== null) {
          throw new Error(`The app exited while starting:\n${logTail(logFile)}`);
        }
      },
    });
  } catch (error) {
    await signal("SIGKILL");
    throw error instanceof Error && error.message.startsWith("The app did not answer")
      ? new Error(`${error.message}:\n${logTail(logFile)}`)
      : error;
  }
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
