import { databaseDownSince, getDb, reportDatabaseUp } from "@aiml/db";
import { withTimeout } from "./with-timeout";

/**
 * For the proxy: while the database is down, a page request gets a 503 "temporarily
 * unavailable" page at once. Pages cannot do this themselves: a Server Component cannot set the
 * status, so a page whose data fails to load is answered 200 (the error boundary streams in)
 * or 500 (when it fails before the first byte). API routes answer for themselves (tRPC: 503).
 *
 * Costs nothing while the database answers: only once this process has seen it fail (a dropped
 * pool connection, a failed query) does a page request check, at most every 250 ms, whether it
 * is back.
 */
export async function databaseOutageResponse(request: Request): Promise<Response | undefined> {
  if (!isPageRequest(request) || databaseDownSince() === null) return undefined;
  if (await databaseAnswers()) return undefined;
  return new Response(request.method === "HEAD" ? null : outagePage, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Retry-After": "5",
      "Cache-Control": "no-store",
    },
  });
}

function isPageRequest(request: Request): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const { pathname } = new URL(request.url);
  if (pathname.startsWith("/api/") || pathname.startsWith("/_next/")) return false;
  return request.headers.get("accept")?.includes("text/html") ?? false;
}

const PROBE_INTERVAL_MS = 250;
const PROBE_TIMEOUT_MS = 1_000;
let lastProbe: { at: number; answers: Promise<boolean> } | undefined;

function databaseAnswers(): Promise<boolean> {
  if (lastProbe && Date.now() - lastProbe.at < PROBE_INTERVAL_MS) return lastProbe.answers;
  const answers = withTimeout(getDb().$queryRaw`SELECT 1`, PROBE_TIMEOUT_MS).then(
    () => {
      reportDatabaseUp();
      return true;
    },
    () => false,
  );
  lastProbe = { at: Date.now(), answers };
  return answers;
}

// Plain HTML with nothing to load: the app's styles and scripts may not be reachable either.
const outagePage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="5">
<title>Temporarily unavailable · AI/ML Job Market</title>
</head>
<body>
<main>
<h1>Temporarily unavailable</h1>
<p>The AI/ML Job Market cannot reach its database right now. This usually lasts a few seconds.</p>
<p>This page tries again by itself in 5 seconds, or <a href="">try again now</a>.</p>
</main>
</body>
</html>
`;
