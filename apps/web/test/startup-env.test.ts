// The app's settings are checked once at start-up, every problem listed together.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkStartupEnv } from "../src/serving/env";

const valid = {
  DATABASE_URL: "postgresql://app@localhost:54329/app",
  BETTER_AUTH_SECRET: "a".repeat(32),
  BETTER_AUTH_URL: "http://localhost:3000",
  PORT: "3000",
};

describe("checkStartupEnv", () => {
  it("returns the server's settings when every setting is valid", () => {
    expect(checkStartupEnv(valid)).toMatchObject({ PORT: 3000, BENCH_ROUTES: "0" });
  });

  it("lists every invalid setting in one error", () => {
    const bad = {
      ...valid,
      DATABASE_URL: "mysql://elsewhere",
      EMBEDDED_PG_PORT: "5432",
      BETTER_AUTH_SECRET: "short",
      LOG_LEVEL: "loud",
      PORT: "eighty",
    };
    expect(() => checkStartupEnv(bad)).toThrow(
      new RegExp(
        ["DATABASE_URL", "EMBEDDED_PG_PORT", "BETTER_AUTH_SECRET", "LOG_LEVEL", "PORT"].join(
          "[^]*",
        ),
      ),
    );
  });

  it("requires DATABASE_URL of the server only", () => {
    const { DATABASE_URL: _, ...withoutDatabase } = valid;
    expect(() => checkStartupEnv(withoutDatabase)).toThrow(/DATABASE_URL is not set/);
    expect(checkStartupEnv(withoutDatabase, { database: "optional" }).PORT).toBe(3000);
  });
});

describe("scripts/serve.ts", () => {
  it("stops before starting a database when settings are invalid, naming each", () => {
    const appDir = path.resolve(import.meta.dirname, "..");
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", path.join(appDir, "scripts/serve.ts")],
      {
        cwd: appDir,
        encoding: "utf8",
        timeout: 30_000,
        env: {
          PATH: process.env.PATH,
          NODE_ENV: "production",
          PORT: "70000",
          LOG_LEVEL: "loud",
          BETTER_AUTH_SECRET: "short",
          EMBEDDED_PG_PORT: "5432",
        },
      },
    );
    expect(result.status).toBe(1);
    for (const name of ["PORT", "LOG_LEVEL", "BETTER_AUTH_SECRET", "EMBEDDED_PG_PORT"]) {
      expect(result.stderr).toContain(name);
    }
    expect(result.stdout).not.toContain("[db]");
  });
});
