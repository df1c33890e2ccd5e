import fs from "node:fs";
import path from "node:path";
import { readDbEnv } from "@aiml/db/env";
import { findFreePort, prepareDatabase } from "@aiml/db/lifecycle";
import { createTestDatabase } from "@aiml/db/testing";
import { afterEach, describe, expect, it } from "vitest";
import { makeTempDir } from "../helpers/temp-dir";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function embeddedSettings() {
  const temp = makeTempDir("aiml-prepare-");
  cleanups.push(temp.remove);
  return { EMBEDDED_PG_DIR: path.join(temp.dir, "data"), EMBEDDED_PG_PORT: await findFreePort() };
}

describe("prepareDatabase", () => {
  it("uses the server in DATABASE_URL when it is set, and starts no embedded server", async () => {
    const external = await createTestDatabase({ empty: true });
    cleanups.push(() => external.drop());
    const embedded = await embeddedSettings();

    const prepared = await prepareDatabase({
      env: { DATABASE_URL: external.url, ...embedded },
      seed: true,
    });
    cleanups.push(() => prepared.stop());

    expect(prepared.embedded).toBe(false);
    expect(prepared.databaseUrl).toBe(external.url);
    expect(prepared.migrationsApplied.length).toBeGreaterThan(0);
    expect(prepared.seed?.dataPointsCreated).toBeGreaterThan(100);
    expect(await external.db.dataPoint.count()).toBe(prepared.seed?.dataPointsCreated);
    expect(fs.existsSync(embedded.EMBEDDED_PG_DIR)).toBe(false);
  });

  it("starts the embedded server without DATABASE_URL; a restart keeps the migrated, seeded data", async () => {
    const embedded = await embeddedSettings();

    const first = await prepareDatabase({ env: embedded, seed: true });
    expect(first.embedded).toBe(true);
    expect(new URL(first.databaseUrl).port).toBe(String(embedded.EMBEDDED_PG_PORT));
    expect(first.seed?.datasetsCreated.length).toBeGreaterThan(10);
    await first.stop();

    const second = await prepareDatabase({ env: embedded, seed: true });
    cleanups.push(() => second.stop());
    expect(second.migrationsApplied).toEqual([]);
    expect(second.seed?.datasetsCreated).toEqual([]);
    expect(second.seed?.datasetsKept.length).toBe(first.seed?.datasetsCreated.length);
  });
});

describe("readDbEnv", () => {
  it("defaults to the embedded server on a port other than 5432", () => {
    const env = readDbEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.EMBEDDED_PG_PORT).not.toBe(5432);
    expect(env.EMBEDDED_PG_DIR).toMatch(/\.data[/\\]postgres$/);
  });

  it("explains bad settings", () => {
    expect(() => readDbEnv({ DATABASE_URL: "mysql://x" })).toThrow(
      "DATABASE_URL must be a postgresql:// connection string",
    );
    expect(() => readDbEnv({ EMBEDDED_PG_PORT: "5432" })).toThrow("must not be 5432");
    expect(() => readDbEnv({ EMBEDDED_PG_PORT: "eighty" })).toThrow("EMBEDDED_PG_PORT");
  });
});
