import "server-only";
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL"),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  // Turns on the benchmark reference routes (scripts/bench); off in normal use.
  BENCH_ROUTES: z.enum(["0", "1"]).default("0"),
  // Public reads (tRPC queries, chart CSVs) per client and minute over every instance; 0: off.
  PUBLIC_READ_LIMIT: z.coerce.number().int().min(0).default(3000),
});

let cached: z.infer<typeof schema> | undefined;

/** The server's settings, validated on first use with a readable message. */
export function serverEnv() {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(
        `Invalid server environment: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}. Start the app with \`pnpm start\`.`,
      );
    }
    cached = parsed.data;
  }
  return cached;
}
