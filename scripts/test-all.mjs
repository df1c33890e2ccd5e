// The one command that runs every test: lint, typecheck, unit and integration tests (vitest,
// real Postgres), then end-to-end tests (Playwright, real Chromium, production build).
// Set TEST_EXTERNAL_DATABASE_URL to also run the database suites against that server.
// Its last line is the total over all suites: "N passed, N failed".
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { ensureChromium } from "./ensure-chromium.mjs";
import { pnpm, pnpmOrExit, pnpmToFile } from "./pnpm.mjs";

const root = path.resolve(import.meta.dirname, "..");
const resultsDir = path.join(root, "tests/.results");

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

const steps = [];
/** `counted` steps have no report of their own: each adds one pass or one failure to the totals. */
function step(name, args, { env, kind, counted = false } = {}) {
  console.log(`\n=== ${name} ===`);
  const code = pnpm(args, { cwd: root, env });
  steps.push({ name, kind, counted, ok: code === 0 });
  return code === 0;
}

pnpmOrExit(["install", "--frozen-lockfile"], { cwd: root });
fs.rmSync(resultsDir, { recursive: true, force: true });
fs.mkdirSync(resultsDir, { recursive: true });

step("lint and format (biome)", ["exec", "biome", "ci", "."]);
step("dependency rules (dependency-cruiser)", ["run", "--silent", "check:deps"], { counted: true });
step("typecheck", ["turbo", "run", "typecheck", "--output-logs=errors-only"]);
step(
  "unit tests (vitest, packages/*/test)",
  ["turbo", "run", "test", "--concurrency=1", "--continue"],
  {
    kind: "vitest",
  },
);
// The same suites against an external server (DATABASE_URL), when one is provided for it. It
// runs beside the embedded-server pass (each suite runs its files one at a time, so two passes
// use both cores) and its output is printed when both have finished.
const external = process.env.TEST_EXTERNAL_DATABASE_URL;
const externalName = "integration tests against TEST_EXTERNAL_DATABASE_URL";
const externalLog = path.join(resultsDir, "integration-external-db.log");
const externalPass =
  external &&
  pnpmToFile(
    // --only: the Prisma client is already generated; restoring it again would race the other pass.
    ["turbo", "run", "test:integration", "--filter=@aiml/tests", "--only", "--continue"],
    externalLog,
    {
      cwd: root,
      env: { DATABASE_URL: external, TEST_REPORT_SUFFIX: "-external-db", FORCE_COLOR: "1" },
    },
  );
step(
  "integration tests (vitest, real Postgres: tests/integration, scripts/bench/test)",
  ["turbo", "run", "test:integration", "--concurrency=1", "--continue"],
  { kind: "vitest" },
);
if (externalPass) {
  const code = await externalPass;
  console.log(`\n=== ${externalName} ===`);
  process.stdout.write(fs.readFileSync(externalLog, "utf8"));
  steps.push({ name: externalName, kind: "vitest", counted: false, ok: code === 0 });
}
const built = step("production build", [
  "turbo",
  "run",
  "build",
  "--filter=@aiml/web",
  "--output-logs=errors-only",
]);
if (built) {
  step(
    "production install without dev dependencies: start and health check",
    ["run", "test:production"],
    {
      kind: "vitest",
    },
  );
}
const chromium = ensureChromium();
if (!chromium) steps.push({ name: "find a Chromium for the browser tests", ok: false });
if (built && chromium) {
  const appPort = await freePort();
  let smtpPort = await freePort();
  while (smtpPort === appPort) smtpPort = await freePort();
  step("end-to-end tests (playwright)", ["--filter", "@aiml/tests", "e2e"], {
    env: {
      E2E_PORT: String(appPort),
      E2E_SMTP_PORT: String(smtpPort),
      CHROMIUM_PATH: chromium,
    },
    kind: "e2e",
  });
}

function countReport(report) {
  if (report.stats) {
    return {
      passed: report.stats.expected + (report.stats.flaky ?? 0),
      failed: report.stats.unexpected,
    };
  }
  // A test file that failed to load has no failing test of its own: count it as one failure.
  const brokenFiles = (report.testResults ?? []).filter(
    (r) => r.status === "failed" && !r.assertionResults?.some((a) => a.status === "failed"),
  ).length;
  return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + brokenFiles };
}

let passed = 0;
let failed = 0;
const failedByKind = { vitest: 0, e2e: 0 };
console.log("\n=== Summary ===");
for (const file of fs
  .readdirSync(resultsDir)
  .filter((f) => f.endsWith(".json"))
  .sort()) {
  const report = readJson(path.join(resultsDir, file));
  if (!report) continue;
  const counts = countReport(report);
  console.log(`  ${file.replace(/\.json$/, "")}: ${counts.passed} passed, ${counts.failed} failed`);
  passed += counts.passed;
  failed += counts.failed;
  failedByKind[file.startsWith("e2e") ? "e2e" : "vitest"] += counts.failed;
}
for (const s of steps.filter((s) => s.counted && s.ok)) {
  console.log(`  ${s.name}: 1 passed, 0 failed`);
  passed += 1;
}
// A step that failed without a failing test to show for it (lint, types, build, a crashed
// runner) counts as one failure, so the summary never reads "0 failed" on a red run.
for (const s of steps.filter((s) => !s.ok)) {
  console.log(`  step failed: ${s.name}`);
  if (!s.kind || failedByKind[s.kind] === 0) failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
