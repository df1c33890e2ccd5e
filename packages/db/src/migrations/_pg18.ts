import { spawnSync } from "node:child_process";
import { startTestServer } from "../testing/test-server.ts";

const server = await startTestServer();
console.log("server", server.serverUrl);
try {
  const r = spawnSync("npx", ["vitest", "run", "test/migrations.test.ts"], {
    env: { ...process.env, TEST_POSTGRES_URL: server.serverUrl },
    encoding: "utf8",
  });
  console.log(
    (r.stdout + r.stderr)
      .split("\n")
      .filter((l) => !l.includes("npm warn"))
      .slice(-14)
      .join("\n"),
  );
  const { default: pg } = await import("pg");
  const c = new pg.Client({ connectionString: server.serverUrl });
  await c.connect();
  console.log((await c.query("select version(), array_agg(datname) from pg_database")).rows);
  await c.end();
} finally {
  await server.stop();
}
