import { getDb } from "@aiml/db";

export const dynamic = "force-dynamic";

export async function GET() {
  const started = performance.now();
  try {
    await getDb().$queryRaw`SELECT 1`;
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    return Response.json({ status: "ok", database: "up", latencyMs });
  } catch {
    return Response.json(
      { status: "error", database: "down", message: "The database does not answer." },
      { status: 503, headers: { "Retry-After": "5" } },
    );
  }
}
