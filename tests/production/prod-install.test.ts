// The production server runs on an install without dev dependencies: the built repository is
// copied, installed with `pnpm install --prod` (from the local store, offline), and started as
// `npm start` starts it (`pnpm --filter @aiml/web serve`); it must answer its health check and
// a page. Needs the production build (`pnpm build`) first.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pnpmCommand } from "../../scripts/pnpm.mjs";

const repoRoot = path.resolve(import.meta.dirname, "../..");
/** Build outputs git ignores that the server needs. */
const builtDirs = ["apps/web/.next", "packages/db/src/generated"];

let copy: string;
let server: ChildProcess | undefined;
let baseUrl: string;
let output = "";

function runPnpm(args: string[], cwd: string) {
  const [command = "pnpm", ...rest] = pnpmCommand;
  return spawnSync(command, [...rest, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, CI: "true" },
  });
}

/** The repository's files (tracked, or new and not ignored) and its build, in a fresh folder. */
function copyBuiltRepository(): string {
  for (const dir of builtDirs) {
    if (!fs.existsSync(path.join(repoRoot, dir))) throw new Error(`${dir} is missing: build first`);
  }
  const target = fs.mkdtempSync(path.join(os.tmpdir(), "aiml-prod-install-"));
  // The embedded Postgres runs as its own user when started as root: it must reach its binaries.
  fs.chmodSync(target, 0o755);
  const listed = spawnSync(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    {
      cwd: repoRoot,
      encoding: "utf8",
    },
  );
  for (const file of listed.stdout.split("\0").filter(Boolean)) {
    const from = path.join(repoRoot, file);
    if (!fs.existsSync(from) || file.startsWith("tests/.results/")) continue;
    fs.mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    fs.copyFileSync(from, path.join(target, file));
  }
  for (const dir of builtDirs) {
    fs.cpSync(path.join(repoRoot, dir), path.join(target, dir), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (source) => !source.includes(`${path.sep}.next${path.sep}cache`),
    });
  }
  return target;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function waitForHealth(url: string, timeoutMs: number): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (server?.exitCode !== null) throw new Error(`The server exited:\n${output}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return response;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`No healthy answer in ${timeoutMs} ms:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

beforeAll(async () => {
  copy = copyBuiltRepository();
  const install = runPnpm(["install", "--prod", "--frozen-lockfile", "--offline"], copy);
  expect(install.status, `${install.stdout}${install.stderr}`).toBe(0);
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  const [command = "pnpm", ...rest] = pnpmCommand;
  server = spawn(command, [...rest, "--filter", "@aiml/web", "serve", "--ephemeral"], {
    cwd: copy,
    detached: true,
    env: { ...process.env, PORT: String(port), LOG_LEVEL: "error", DATABASE_URL: "" },
  });
  server.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  server.stderr?.on("data", (chunk) => {
    output += chunk;
  });
}, 180_000);

afterAll(async () => {
  const running = server;
  if (running?.pid && running.exitCode === null) {
    const exited = new Promise((resolve) => running.once("exit", resolve));
    process.kill(-running.pid, "SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
  }
  if (copy) fs.rmSync(copy, { recursive: true, force: true });
}, 60_000);

describe("an install without dev dependencies", () => {
  it("has none of them", () => {
    for (const devOnly of ["typescript", "vitest", "@types/node", "tailwindcss"]) {
      expect(fs.existsSync(path.join(copy, "apps/web/node_modules", devOnly)), devOnly).toBe(false);
    }
  });

  it("starts the production server, which answers its health check and a page", async () => {
    const health = await waitForHealth(`${baseUrl}/api/health`, 120_000);
    expect(await health.json()).toMatchObject({ status: "ok", database: "up" });
    const page = await fetch(`${baseUrl}/pay`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("</html>");
  }, 150_000);
});
