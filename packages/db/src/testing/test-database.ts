import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { createPrismaClient, type Database } from "../client";
import { createDatabase, dropDatabase, withDatabase } from "../lifecycle/databases";
import "./provided-context";

export interface TestDatabase {
  name: string;
  url: string;
  db: Database;
  drop(): Promise<void>;
}

/** A fresh copy of the migrated, seeded template database, for one test file. */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = inject("testServerUrl");
  const name = `aiml_test_${randomBytes(6).toString("hex")}`;
  await createDatabase(serverUrl, name, options.empty ? undefined : inject("templateDatabase"));
  const url = withDatabase(serverUrl, name);
  const db = createPrismaClient(url);
  return {
    name,
    url,
    db,
    async drop() {
      await db.$disconnect();
      await dropDatabase(serverUrl, name);
    },
  };
}
