import fs from "node:fs";
import path from "node:path";
import pg from "pg";

// Written by the test server for this run's port (see playwright.config.ts).
const urlFile = path.join(
  import.meta.dirname,
  `../.results/e2e-database-url-${process.env.E2E_PORT ?? 3199}`,
);

/** Runs SQL on the test server's own throwaway database. */
export async function queryTestDatabase(sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: fs.readFileSync(urlFile, "utf8").trim() });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

/** Makes an existing account an admin, as `pnpm admin:promote` would. */
export async function promoteToAdmin(email: string): Promise<void> {
  const result = await queryTestDatabase(`UPDATE "user" SET role = 'admin' WHERE email = $1`, [
    email,
  ]);
  if (result.rowCount !== 1) throw new Error(`no account ${email} to promote`);
}
