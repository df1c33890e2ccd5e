// Runs pnpm, using a global one when present, else the pinned version through npx.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";

const PNPM = "pnpm@10.34.9";

function hasGlobalPnpm() {
  return (
    spawnSync("pnpm", ["--version"], { stdio: "ignore", shell: process.platform === "win32" })
      .status === 0
  );
}

/** The command that runs pnpm here: a global pnpm, or the pinned version through npx. */
export const pnpmCommand = hasGlobalPnpm() ? ["pnpm"] : ["npx", "--yes", PNPM];

/** Runs `pnpm <args>` with inherited output; returns the exit code. */
export function pnpm(args, options = {}) {
  const [command, ...rest] = pnpmCommand;
  const result = spawnSync(command, [...rest, ...args], {
    stdio: "inherit",
    shell: process.platform === "win32",
    ...options,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...options.env },
  });
  return result.status ?? 1;
}

export function pnpmOrExit(args, options) {
  const code = pnpm(args, options);
  if (code !== 0) {
    console.error(`\n\`pnpm ${args.join(" ")}\` failed (exit code ${code}).`);
    process.exit(code);
  }
}

/** Runs `pnpm <args>` in the background with its output in `logFile`; resolves to the exit code. */
export function pnpmToFile(args, logFile, options = {}) {
  const [command, ...rest] = pnpmCommand;
  const out = fs.openSync(logFile, "w");
  const child = spawn(command, [...rest, ...args], {
    stdio: ["ignore", out, out],
    shell: process.platform === "win32",
    ...options,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...options.env },
  });
  return new Promise((resolve) => {
    child.on("error", () => resolve(1));
    child.on("close", (code) => {
      fs.closeSync(out);
      resolve(code ?? 1);
    });
  });
}
