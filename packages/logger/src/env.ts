import { z } from "zod";

export const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof logLevels)[number];

/** The logging settings; also checked with the rest of the app's settings at start-up. */
export const logEnvSchema = z.object({
  LOG_LEVEL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(logLevels, { error: `LOG_LEVEL must be one of ${logLevels.join(", ")}` }).optional(),
  ),
  NODE_ENV: z.string().optional(),
});

/** `LOG_LEVEL`, else `info`; tests (NODE_ENV=test) are silent unless they set it. */
export function readLogLevel(source: Record<string, string | undefined> = process.env): LogLevel {
  const parsed = logEnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new Error(
      `Invalid logging configuration: ${parsed.error.issues.map((i) => i.message).join("; ")}`,
    );
  }
  return parsed.data.LOG_LEVEL ?? (parsed.data.NODE_ENV === "test" ? "silent" : "info");
}
