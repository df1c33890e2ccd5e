import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  DataDirInUseError,
  findFreePort,
  isProcessAlive,
  PortInUseError,
  type RunningServer,
  startEmbeddedServer,
} from "@aiml/db/lifecycle";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { makeTempDir } from "../helpers/temp-dir";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDataDir() {
  const temp = makeTempDir("aiml-lifecycle-");
  cleanups.push(temp.remove);
  return path.join(temp.dir, "data");
}

async function start(dataDir: string, port: number): Promise<RunningServer> {
  const server = await startEmbeddedServer({ dataDir, port });
  cleanups.push(() => server.stop());
  return server;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function postmasterPid(dataDir: string): number {
  return Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
}

/** Starts a server from another process, which the test can then kill. */
function startInChildProcess(dataDir: string, port: number): Promise<ChildProcess> {
  // tsx as a loader, not its CLI, so the server's owner is this one process.
  const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm")).href;
  const fixture = path.join(import.meta.dirname, "fixtures/start-server.ts");
  const child = spawn(process.execPath, ["--import", tsxLoader, fixture, dataDir, String(port)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  cleanups.push(() => {
    if (child.exitCode === null) child.kill("SIGKILL");
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("ready")) resolve(child);
    });
    child.on("exit", (code) => reject(new Error(`fixture exited with ${code}`)));
  });
}

describe("embedded Postgres", () => {
  it("keeps data across a restart and leaves no server running after stop", async () => {
    const dataDir = tempDataDir();
    const port = await findFreePort();
    const first = await startEmbeddedServer({ dataDir, port });
    const pid = postmasterPid(dataDir);
    await query(
      first.serverUrl,
      "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')",
    );
    await first.stop();
    expect(isProcessAlive(pid)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);

    const second = await start(dataDir, port);
    expect(await query(second.serverUrl, "SELECT note FROM kept")).toEqual([
      { note: "still here" },
    ]);
  });

  it("says clearly when its port is taken", async () => {
    const blocker = net.createServer();
    const port = await findFreePort();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    cleanups.push(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

    const attempt = startEmbeddedServer({ dataDir: tempDataDir(), port });
    await expect(attempt).rejects.toBeInstanceOf(PortInUseError);
    await expect(attempt).rejects.toThrow(`port ${port} is already in use`);
  });

  it("recovers from a stale lock file whose process id now belongs to another program", async () => {
    const dataDir = tempDataDir();
    const port = await findFreePort();
    await (await startEmbeddedServer({ dataDir, port })).stop();

    // After an unclean stop the lock names a pid that the OS may since have given to anything.
    const unrelated = spawn("sleep", ["30"]);
    cleanups.push(() => {
      unrelated.kill();
    });
    const lock = [
      String(unrelated.pid),
      dataDir,
      "0",
      String(port),
      "/tmp",
      "127.0.0.1",
      "0 0",
      "ready",
      "",
    ];
    fs.writeFileSync(path.join(dataDir, "postmaster.pid"), lock.join("\n"));

    const server = await start(dataDir, port);
    expect(await query(server.serverUrl, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
  });

  it("shuts down a server orphaned by a killed app and starts again with its data", async () => {
    const dataDir = tempDataDir();
    const port = await findFreePort();
    const owner = await startInChildProcess(dataDir, port);
    const orphanPid = postmasterPid(dataDir);
    owner.kill("SIGKILL");
    await new Promise((resolve) => owner.once("exit", resolve));
    expect(isProcessAlive(orphanPid)).toBe(true);

    const server = await start(dataDir, port);
    expect(isProcessAlive(orphanPid)).toBe(false);
    expect(await query(server.serverUrl, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
  });

  it("refuses a data folder that another running app is using", async () => {
    const dataDir = tempDataDir();
    const port = await findFreePort();
    const owner = await startInChildProcess(dataDir, port);
    const pid = postmasterPid(dataDir);

    await expect(
      startEmbeddedServer({ dataDir, port: await findFreePort() }),
    ).rejects.toBeInstanceOf(DataDirInUseError);
    expect(isProcessAlive(pid)).toBe(true);

    // The owner stops its server when it exits.
    owner.kill("SIGTERM");
    await new Promise((resolve) => owner.once("exit", resolve));
    for (let i = 0; i < 100 && isProcessAlive(pid); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(isProcessAlive(pid)).toBe(false);
  });

  it("refuses a non-empty folder that holds no cluster, leaving its files alone", async () => {
    const dataDir = tempDataDir();
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(path.join(dataDir, "notes.txt"), "mine");
    await expect(startEmbeddedServer({ dataDir, port: await findFreePort() })).rejects.toThrow(
      "holds no Postgres cluster",
    );
    expect(fs.readFileSync(path.join(dataDir, "notes.txt"), "utf8")).toBe("mine");
  });
});
