import { appRouter, type ProcedureMeta, trpcEndpoint } from "@aiml/api";
import { type Produced, revisionResponses } from "@aiml/cache";
import type { Database } from "@aiml/db";

type Handle = (req: Request) => Promise<Response>;

/** A finished response, kept as bytes so that serving it again costs nothing but sending. */
interface KeptResponse {
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
}

// At run time the router keeps its procedures in one flat record by path ("market.sources").
const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { meta?: ProcedureMeta } }
>;

const servesPublishedDataOnly = (path: string) =>
  Object.hasOwn(procedures, path) && procedures[path]?._def.meta?.publishedDataOnly === true;

function decodedPath(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null; // Not a procedure path: tRPC answers it with its own 4xx.
  }
}

/**
 * The cache key of a GET whose every call is a `publishedDataProcedure`: its URL. Anything
 * else (mutations, streaming, calls that depend on the caller) is never shared.
 */
export function sharedResponseKey(req: Request): string | null {
  if (req.method !== "GET" || req.headers.has("trpc-accept")) return null;
  const url = new URL(req.url);
  const prefix = `${trpcEndpoint.endpoint}/`;
  if (!url.pathname.startsWith(prefix)) return null;
  const paths = decodedPath(url.pathname.slice(prefix.length))?.split(",");
  return paths?.every(servesPublishedDataOnly) ? `${url.pathname}${url.search}` : null;
}

async function keep(response: Response): Promise<Produced<KeptResponse>> {
  const body = await response.arrayBuffer();
  const headers: [string, string][] = [];
  response.headers.forEach((value, name) => {
    headers.push([name, value]);
  });
  return {
    value: { status: response.status, headers, body },
    keep: response.status === 200,
  };
}

function toResponse(kept: KeptResponse, hit: boolean): Response {
  const headers = new Headers(kept.headers);
  headers.set("X-Cache", hit ? "HIT" : "MISS");
  return new Response(kept.body, { status: kept.status, headers });
}

/**
 * Serves public market queries from the bytes of an earlier identical request while the
 * published data is unchanged: no context, session lookup, query or serialisation per request.
 * Everything else, and every request while the data revision cannot be read, goes to `handle`.
 */
export function sharedResponses(db: () => Database, handle: Handle): Handle {
  const responses = revisionResponses<KeptResponse>(db, {
    maxBytes: 32 * 1024 * 1024,
    maxEntryBytes: 4 * 1024 * 1024,
    sizeOf: (response) => response.body.byteLength,
  });
  return async (req) => {
    const key = sharedResponseKey(req);
    if (!key) return handle(req);
    let result: Awaited<ReturnType<typeof responses.get>>;
    try {
      result = await responses.get(key, async () => keep(await handle(req)));
    } catch {
      return handle(req);
    }
    return toResponse(result.value, result.hit);
  };
}
