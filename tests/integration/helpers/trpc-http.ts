import { createTRPCContext, MAX_TRPC_BODY_BYTES, type Session, trpcEndpoint } from "@aiml/api";
import type { Database } from "@aiml/db";
import {
  guardedRoute,
  type PublicReadLimiter,
  publicReadsLimited,
  sharedResponses,
} from "@aiml/web/serving/routes";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { jsonOf } from "./hostile-inputs";
import type { ProcedureType } from "./procedures";

export const TRPC_ORIGIN = "http://localhost:3999";
export const TRPC_ENDPOINT = trpcEndpoint.endpoint;

export interface TrpcServer {
  /** Answers a request as the app's /api/trpc route does. */
  handle(request: Request): Promise<Response>;
  /** The unexpected errors (500s) the server saw, with their causes, since the last take. */
  takeInternalErrors(): string[];
}

/**
 * The app's tRPC endpoint (apps/web/src/app/api/trpc/[trpc]/route.ts) on a test database: the
 * same guards (cross-site, body size), router, context, fetch adapter and shared responses,
 * with the session resolved by `getSession`, served at TRPC_ORIGIN.
 */
export function createTrpcServer(
  db: Database,
  getSession: (headers: Headers) => Promise<Session | null>,
  /** The per-client read limit (the app's is on; most tests leave it out). */
  limiter?: PublicReadLimiter,
): TrpcServer {
  let internalErrors: string[] = [];
  const handleOne = (req: Request) =>
    fetchRequestHandler({
      ...trpcEndpoint,
      req,
      createContext: () => createTRPCContext({ headers: req.headers, db, getSession }),
      onError({ error, path }) {
        if (error.code === "INTERNAL_SERVER_ERROR") {
          const cause = error.cause ?? error;
          internalErrors.push(`${path ?? "<no path>"}: ${cause.stack ?? String(cause)}`);
        }
      },
    });
  return {
    handle: guardedRoute(
      { allowedOrigins: () => [TRPC_ORIGIN], maxBodyBytes: MAX_TRPC_BODY_BYTES },
      limiter
        ? publicReadsLimited(
            () => limiter,
            sharedResponses(() => db, handleOne),
          )
        : sharedResponses(() => db, handleOne),
    ),
    takeInternalErrors() {
      const taken = internalErrors;
      internalErrors = [];
      return taken;
    },
  };
}

/**
 * Input as the app's tRPC client sends it (superjson). superjson refuses to send an own
 * `__proto__` key; such input is sent as plain JSON, as a hand-made request would.
 */
export function encodeInput(input: unknown): string {
  try {
    return JSON.stringify(superjson.serialize(input));
  } catch {
    return jsonOf({ json: input });
  }
}

/** encodeURIComponent for any string: lone surrogates (not encodable as UTF-8) become U+FFFD. */
export const percentEncode = (text: string) =>
  encodeURIComponent(text.replace(/\p{Cs}/gu, "\uFFFD"));

/**
 * A request for one procedure as the tRPC client makes it: a GET with `?input=` for a query, a
 * POST with a JSON body for a mutation. `rawInput` is sent as it is, not through superjson.
 */
export function procedureRequest(
  path: string,
  type: ProcedureType,
  options: { input?: unknown; rawInput?: string; cookie?: string | null } = {},
): Request {
  const encoded =
    options.rawInput ?? (options.input === undefined ? undefined : encodeInput(options.input));
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  const url = `${TRPC_ORIGIN}${TRPC_ENDPOINT}/${path}`;
  if (type === "query") {
    const query = encoded === undefined ? "" : `?input=${percentEncode(encoded)}`;
    return new Request(`${url}${query}`, { method: "GET", headers });
  }
  return new Request(url, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: encoded ?? "",
  });
}

/** The tRPC error code in a response body (`error.json.data.code`), or "OK" when it has none. */
export function responseCode(body: unknown): string {
  const error = (body as { error?: { json?: { data?: { code?: unknown } } } } | null)?.error;
  const code = error?.json?.data?.code;
  return typeof code === "string" ? code : "OK";
}
