import { serverEnv } from "~/server/env";
import { GET as trpcGet } from "../../../trpc/[trpc]/route";

export const dynamic = "force-dynamic";

/** The public queries the API-overhead benchmark compares (scripts/bench/api-overhead.ts). */
const procedures = new Set([
  "market.overview",
  "market.dashboard",
  "market.sources",
  "market.dimensions",
]);
const maxCaptures = 16;

interface Captured {
  status: number;
  body: ArrayBuffer;
  contentType: string;
}
const captures = new Map<string, Promise<Captured>>();

async function capture(request: Request, name: string): Promise<Captured> {
  const { search } = new URL(request.url);
  const response = await trpcGet(new Request(new URL(`/api/trpc/${name}${search}`, request.url)));
  return {
    status: response.status,
    body: await response.arrayBuffer(),
    contentType: response.headers.get("content-type") ?? "application/json",
  };
}

/**
 * The baseline of the API-overhead benchmark: the bytes the tRPC endpoint returned for the same
 * URL, captured on the first request and then served as they are, with no context, no database
 * read and no serialisation. Off unless the app runs with BENCH_ROUTES=1.
 */
export async function GET(request: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  if (serverEnv().BENCH_ROUTES !== "1" || !procedures.has(name)) {
    return Response.json({ error: "Not found." }, { status: 404 });
  }
  const key = `${name}${new URL(request.url).search}`;
  let pending = captures.get(key);
  if (!pending) {
    if (captures.size >= maxCaptures) {
      return Response.json({ error: "Too many different inputs captured." }, { status: 429 });
    }
    pending = capture(request, name);
    captures.set(key, pending);
  }
  const captured = await pending;
  // Errors (a bad input is a 400) pass through once and are not kept.
  if (captured.status !== 200) captures.delete(key);
  return new Response(captured.body, {
    status: captured.status,
    headers: { "Content-Type": captured.contentType },
  });
}
