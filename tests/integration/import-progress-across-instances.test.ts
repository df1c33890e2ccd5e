import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { datasetIdOf, LEVELS_SLUG } from "./helpers/admin-fixtures";
import { pollProgress } from "./helpers/progress-poll";
import { createUserCaller } from "./helpers/users";

// Behind a load balancer the upload and the polls of its progress may reach different app
// instances: the progress is kept in Postgres. Here the import runs in another process (its own
// memory, pool and worker) and this one, sharing only the database, asks how far it has got.

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

/** Runs the preview in another process; resolves with what it printed. */
async function importElsewhere(args: object): Promise<string> {
  const script = fileURLToPath(new URL("./helpers/import-instance.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", script, t.url, JSON.stringify(args)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk) => {
    out += chunk;
  });
  child.stderr.on("data", (chunk) => {
    err += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`the other instance failed (${code}): ${err}`)),
    );
  });
}

it("an import running on another instance reports its progress here, to its admin only", async () => {
  const admin = await createUserCaller(t, "admin");
  const other = await createUserCaller(t, "admin");
  const datasetId = await datasetIdOf(t.db, LEVELS_SLUG);
  const progressId = "across-instances-000000001";
  const {
    result: printed,
    seen,
    seenByOther,
  } = await pollProgress(progressId, admin, other, () =>
    importElsewhere({
      datasetId,
      progressId,
      admin: { id: admin.id, email: admin.email },
      rows: 60_000,
    }),
  );

  expect(JSON.parse(printed)).toEqual({ canApply: true, rowCount: 60_000 });
  const reading = seen.filter((s) => s.startsWith("reading "));
  expect(reading.length).toBeGreaterThan(0);
  const [done, total] = (reading.at(-1)?.split(" ")[1] ?? "").split("/").map(Number);
  expect(total).toBeGreaterThan(3_000_000);
  expect(done).toBeGreaterThan(0);
  expect(done).toBeLessThanOrEqual(total as number);
  expect(seenByOther.every((p) => p === null)).toBe(true);
  // Ended: the row is gone, on every instance.
  expect(await admin.caller.admin.import.progress({ progressId })).toBeNull();
  expect(await t.db.importProgress.count()).toBe(0);
});
