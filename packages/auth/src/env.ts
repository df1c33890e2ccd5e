import { z } from "zod";

/** The auth settings; also checked with the rest of the app's settings at start-up. */
export const authEnvSchema = z.object({
  BETTER_AUTH_SECRET: z
    .string({ error: "BETTER_AUTH_SECRET is not set (`pnpm start` creates one in .data/)" })
    .min(32, "BETTER_AUTH_SECRET must be at least 32 characters"),
  BETTER_AUTH_URL: z.url({
    error: "BETTER_AUTH_URL must be the app's public URL, e.g. http://localhost:3000",
  }),
  /** Comma-separated extra origins allowed to POST (e.g. 127.0.0.1 beside localhost). */
  AUTH_TRUSTED_ORIGINS: z
    .string()
    .default("")
    .transform((list) =>
      list
        .split(",")
        .map((origin) => origin.trim())
        .filter(Boolean),
    ),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
});

export type AuthEnv = z.infer<typeof authEnvSchema>;

export type EnvSource = Record<string, string | undefined>;

/** The process's own settings: the default source of every reader here. */
export const processEnv = (): EnvSource => process.env;

export function readAuthEnv(source: EnvSource = process.env): AuthEnv {
  const parsed = authEnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new Error(
      `Invalid auth configuration: ${parsed.error.issues.map((i) => i.message).join("; ")}`,
    );
  }
  return parsed.data;
}

/** The origins the app answers on: its public URL's and AUTH_TRUSTED_ORIGINS. */
export function appOrigins(env: AuthEnv): string[] {
  const originOf = (url: string) => {
    try {
      return new URL(url).origin;
    } catch {
      return url;
    }
  };
  return [...new Set([env.BETTER_AUTH_URL, ...env.AUTH_TRUSTED_ORIGINS].map(originOf))];
}
