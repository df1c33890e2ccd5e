import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.user.createMany({
    data: [
      { id: "u1", email: "first@example.test", name: "First" },
      { id: "u2", email: "second@example.test", name: "Second" },
    ],
  });
});
afterAll(async () => {
  await t?.drop();
});

const tsx = path.join(
  path.dirname(createRequire(import.meta.url).resolve("tsx/package.json")),
  "dist/cli.mjs",
);
// The command `pnpm admin:promote` runs.
const cli = path.resolve(import.meta.dirname, "../../../packages/db/src/cli/set-role.ts");

function setRole(role: string, email: string) {
  const result = spawnSync(process.execPath, [tsx, cli, role, email], {
    env: { ...process.env, DATABASE_URL: t.url },
    encoding: "utf8",
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("pnpm admin:promote / admin:demote", () => {
  it("promotes an existing account and records it in the audit log", async () => {
    const result = setRole("admin", "first@example.test");
    expect(result.output).toContain("first@example.test is now an admin.");
    expect(result.code).toBe(0);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: "u1" } })).role).toBe("admin");
    expect(await t.db.auditLog.count({ where: { action: "user.role", entityId: "u1" } })).toBe(1);
  });

  it("refuses to demote the last admin, and explains unknown emails", async () => {
    const last = setRole("user", "first@example.test");
    expect(last.code).toBe(1);
    expect(last.output).toContain("is the last admin");
    expect((await t.db.user.findUniqueOrThrow({ where: { id: "u1" } })).role).toBe("admin");

    const unknown = setRole("admin", "nobody@example.test");
    expect(unknown.code).toBe(1);
    expect(unknown.output).toContain("No account with the email nobody@example.test");
  });

  it("demotes an admin when another remains", async () => {
    expect(setRole("admin", "second@example.test").code).toBe(0);
    expect(setRole("user", "first@example.test").code).toBe(0);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: "u1" } })).role).toBe("user");
  });
});
