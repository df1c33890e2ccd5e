// Starts the production build (its server through apps/web/scripts/serve.ts) on a free port,
// on a throwaway embedded Postgres or on a given database, and stops its whole process group.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export const repoRoot = path.resolve(import.meta.dirname, "../../..");

export interface AppServer {
  base: string;
  /** The app server process (apps/web/server/main.ts), for RSS samples and profiles. */
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

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
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

function exited(child: ChildProcess): Promise<void> {
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
    await Promise.race([exited(child), sleep(20_000)]);
    signalGroup("SIGKILL");
    process.off("exit", killOnExit);
  };

  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error("the app exited during start-up");
    try {
      if ((await fetch(`${base}/api/health`)).ok) {
        const nextPid = child.pid ? findNextServer(child.pid) : undefined;
        if (!nextPid) throw new Error("could not find the app server process");
        return { base, nextPid, stop };
      }
    } catch (error) {
      if (error instanceof Error && error.message.startsWith("could not find")) {
        await stop();
        throw error;
      }
    }
    await sleep(500);
  }
  await stop();
  throw new Error("the app did not start within two minutes (did you run `pnpm build`?)");
}

/** The resident set size of a process in MB, from /proc/<pid>/status. */
export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(status.match(/^VmRSS:\s+(\d+) kB/m)?.[1]);
  return kb / 1024;
}
