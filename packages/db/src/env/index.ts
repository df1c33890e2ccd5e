import path from "node:path";
import { z } from "zod";
import { localDataDir } from "../paths";

/** The database settings; also checked with the rest of the app's settings at start-up. */
export const dbEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// connection string")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  EMBEDDED_PG_PORT: z.coerce
    .number()
    .int()
    .min(1024)
    .max(65535)
    .refine((p) => p !== 5432, "EMBEDDED_PG_PORT must not be 5432 (left for a system Postgres)")
    .default(54329),
  EMBEDDED_PG_DIR: z.string().trim().min(1).default(path.join(localDataDir, "postgres")),
});

export type DbEnv = z.infer<typeof dbEnvSchema>;

/** Reads the database settings; a bad value stops start-up with a readable message. */
export function readDbEnv(source: NodeJS.ProcessEnv = process.env): DbEnv {
  const parsed = dbEnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid database configuration:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

export { databaseUrlSetting, schemaEngineDebug } from "./settings";
