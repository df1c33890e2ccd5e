// The settings the app runs with, checked once at start-up (by serving/server.ts and
// scripts/serve.ts) with every problem listed at once, so one restart fixes them all. Each
// package declares its own settings (db, auth, logging); the app server adds its port.
import { authEnvSchema } from "@aiml/auth/env";
import { parseTrustedProxies } from "@aiml/auth/trusted-proxies";
import { dbEnvSchema } from "@aiml/db/env";
import { logEnvSchema } from "@aiml/logger/env";
import { z } from "zod";

type Source = Record<string, string | undefined>;

const serverEnvSchema = z.object({
  PORT: z.coerce
    .number({ error: "PORT must be a whole number between 1 and 65535" })
    .int("PORT must be a whole number between 1 and 65535")
    .min(1, "PORT must be a whole number between 1 and 65535")
    .max(65535, "PORT must be a whole number between 1 and 65535")
    .default(3000),
  HOSTNAME: z.string().trim().min(1).optional(),
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .superRefine((value, context) => {
      try {
        parseTrustedProxies(value);
      } catch (error) {
        context.addIssue({ code: "custom", message: (error as Error).message });
      }
    }),
  BENCH_ROUTES: z.enum(["0", "1"], { error: "BENCH_ROUTES must be 0 or 1" }).default("0"),
  /** Browser tests read the address of their throwaway database from this file. */
  E2E_DATABASE_URL_FILE: z.string().trim().min(1).optional(),
});

const runningServerSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set: start the app with `pnpm start`" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// connection string"),
});

const blankAsUnset = (source: Source): Source =>
  Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));

function problemsWith(schema: z.ZodType, source: Source): string[] {
  const parsed = schema.safeParse(source);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const name = issue.path.join(".");
        return issue.message.includes(name) ? issue.message : `${name}: ${issue.message}`;
      });
}

export type StartupEnv = z.infer<typeof serverEnvSchema>;

/**
 * Checks every setting the app reads (database, auth, logging, server) and returns the
 * server's own; throws one error listing every problem. `database: "given"` (the server
 * itself) also requires DATABASE_URL, which scripts/serve.ts provides.
 */
export function checkStartupEnv(
  source: Source = process.env,
  { database }: { database: "given" | "optional" } = { database: "given" },
): StartupEnv {
  const settings = blankAsUnset(source);
  const schemas: z.ZodType[] = [dbEnvSchema, authEnvSchema, logEnvSchema, serverEnvSchema];
  if (database === "given") schemas.push(runningServerSchema);
  const problems = [...new Set(schemas.flatMap((schema) => problemsWith(schema, settings)))];
  if (problems.length > 0) {
    throw new Error(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
  return serverEnvSchema.parse(settings);
}

/** checkStartupEnv, or the problems on stderr and exit code 1 (no stack trace: it is no bug). */
export function startupEnvOrExit(): StartupEnv {
  try {
    return checkStartupEnv();
  } catch (error) {
    console.error(`[app] Could not start: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}

/** This process's environment with `overrides`: what a child process started from here gets. */
export function childEnv(overrides: Source): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}

/** The raw settings scripts/serve.ts derives its defaults from, before they are checked. */
export function rawSetting(
  name:
    | "PORT"
    | "BETTER_AUTH_URL"
    | "AUTH_TRUSTED_ORIGINS"
    | "BETTER_AUTH_SECRET"
    | "DATABASE_URL"
    | "MAIL_OUTBOX_DIR",
): string | undefined {
  return process.env[name] || undefined;
}
