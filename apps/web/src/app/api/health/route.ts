import { getDb, reportDatabaseError, reportDatabaseUp } from "@aiml/db";
import { withTimeout } from "~/serving/with-timeout";

export const dynamic = "force-dynamic";

/** A health check must answer fast even when the database hangs rather than refuses. */
const DATABASE_TIMEOUT_MS = 1_000;

export async function GET() {
  const started = performance.now();
  try {
    await withTimeout(getDb().$queryRaw`SELECT 1`, DATABASE_TIMEOUT_MS);
    reportDatabaseUp();
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    return Response.json({ status: "ok", database: "up", latencyMs });
  } catch (error) {
    reportDatabaseError(error);
    return Response.json(
      { status: "error", database: "down", message: "The database does not answer." },
      { status: 503, headers: { "Retry-After": "5", "Cache-Control": "no-store" } },
    );
  }
}
