// Playwright cannot download its own browser here, so the browser tests use a system Chromium:
// CHROMIUM_PATH, or a known install path, or Debian's package installed on the spot (as root).
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** The system Chromium the browser tests and Lighthouse drive (CI installs Debian's). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Headless, in a container as root, with nothing running in the background to skew timings. */
export const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function found() {
  if (process.env.CHROMIUM_PATH)
    return fs.existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  return candidates.find((p) => fs.existsSync(p));
}

/** The browser's path, or undefined with a message saying how to get one. */
export function ensureChromium() {
  const existing = found();
  if (existing) return existing;
  const canApt =
    process.getuid?.() === 0 &&
    spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status === 0;
  if (canApt) {
    console.log("Installing Debian's chromium for the browser tests");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
    const installed = found();
    if (installed) return installed;
  }
  console.error(
    "No Chromium found for the browser tests. Install one (Debian: `apt-get install chromium`) " +
      "or set CHROMIUM_PATH to a Chromium or Chrome executable.",
  );
  return undefined;
}
