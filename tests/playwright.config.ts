import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumFlags, chromiumPath } from "../scripts/ensure-chromium.mjs";
import { e2eSmtpPort } from "./e2e/mail-settings";

const port = Number(process.env.E2E_PORT ?? 3199);
const baseURL = `http://127.0.0.1:${port}`;
/** Where the test server writes its database's URL (read by tests/e2e/database.ts). */
const databaseUrlFile = path.join(import.meta.dirname, `.results/e2e-database-url-${port}`);

/**
 * Each worker process reads this config, so each gets its own client address: per-client
 * limits (sign-ups, failed sign-ins) then count per worker, as they would per person. The
 * server believes the header because it comes from loopback, its TRUSTED_PROXIES (below).
 */
const workerClientAddress = `198.51.100.${1 + Math.floor(Math.random() * 254)}`;

const chromium = {
  ...devices["Desktop Chrome"],
  extraHTTPHeaders: { "x-forwarded-for": workerClientAddress },
  launchOptions: {
    // Playwright cannot download its own browser here: use the system Chromium.
    executablePath: chromiumPath,
    args: chromiumFlags,
  },
};

/** Specs whose admin writes change what the public pages show. */
const changesPublishedData = /(admin|stored-xss|company-practices)\.spec\.ts/;

export default defineConfig({
  testDir: "./e2e",
  // The SMTP server the app sends its mails to (password resets, verification).
  globalSetup: "./e2e/mail-server.setup.ts",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [
    ["list"],
    ["json", { outputFile: path.join(import.meta.dirname, ".results/e2e.json") }],
  ],
  // Two workers share two cores with the server and its database: allow for a slow answer.
  expect: { timeout: 10_000 },
  // A sign-up takes four pages now (form, mail link, confirmation, landing): a test that signs
  // up, then signs in elsewhere or sets up 2FA, passes 30 s on a loaded machine.
  timeout: 60_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
  },
  projects: [
    { name: "chromium", testIgnore: changesPublishedData, use: chromium },
    // Admin tests change published figures: they run after the public pages' tests.
    { name: "admin", testMatch: changesPublishedData, dependencies: ["chromium"], use: chromium },
  ],
  webServer: {
    // The production build on a throwaway embedded Postgres (or DATABASE_URL's server).
    command: "pnpm --filter @aiml/web serve --ephemeral",
    url: `${baseURL}/api/health`,
    env: {
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
      E2E_DATABASE_URL_FILE: databaseUrlFile,
      // The browsers stand in for clients behind a proxy on loopback (see workerClientAddress).
      TRUSTED_PROXIES: "loopback",
      SMTP_URL: `smtp://127.0.0.1:${e2eSmtpPort}`,
      MAIL_FROM: "AI/ML Job Market <no-reply@example.test>",
      // One JSON line per request would bury the test output: errors only, unless asked.
      LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
    },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
