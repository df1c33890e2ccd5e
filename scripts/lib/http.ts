// The scripts' HTTP client: tRPC calls as the app's own client sends them, pages as a browser
// asks for them, a free port and a wait for the app's health check.
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import superjson from "superjson";

export interface TrpcError {
  message: string;
  code: string;
  httpStatus: number;
  details?: unknown;
}

/** One HTTP call to the API: its status, how long it took, and the result or the error. */
export interface CallResult<T> {
  status: number;
  ms: number;
  data?: T;
  error?: TrpcError;
  /** Set when no HTTP answer came at all (connection refused, timeout). */
  failure?: string;
  headers?: Headers;
}

export interface CallOptions {
  cookie?: string;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

const NO_ANSWER = 0;

async function send<T>(
  url: string,
  init: RequestInit,
  options: CallOptions,
): Promise<CallResult<T>> {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      ...init,
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      headers: {
        ...(init.headers as Record<string, string>),
        ...(options.cookie ? { cookie: options.cookie } : {}),
        ...options.headers,
      },
    });
    const text = await response.text();
    const ms = performance.now() - started;
    const result: CallResult<T> = { status: response.status, ms, headers: response.headers };
    let body: { result?: { data?: unknown }; error?: unknown } | undefined;
    try {
      body = JSON.parse(text);
    } catch {
      return { ...result, failure: `not JSON: ${text.slice(0, 120)}` };
    }
    if (body?.error) {
      const shape = superjson.deserialize(body.error as never) as {
        message: string;
        data?: { code?: string; httpStatus?: number; details?: unknown };
      };
      result.error = {
        message: shape.message,
        code: shape.data?.code ?? "UNKNOWN",
        httpStatus: shape.data?.httpStatus ?? response.status,
        details: shape.data?.details,
      };
    } else {
      result.data = superjson.deserialize(body?.result?.data as never) as T;
    }
    return result;
  } catch (error) {
    return {
      status: NO_ANSWER,
      ms: performance.now() - started,
      failure: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
  }
}

/** A tRPC query over HTTP (GET, superjson-encoded input), as the app's own client sends it. */
export function query<T = unknown>(
  base: string,
  procedure: string,
  input?: unknown,
  options: CallOptions = {},
): Promise<CallResult<T>> {
  const search =
    input === undefined
      ? ""
      : `?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
  return send<T>(`${base}/api/trpc/${procedure}${search}`, { method: "GET" }, options);
}

/** A tRPC mutation over HTTP (POST, superjson-encoded body). */
export function mutate<T = unknown>(
  base: string,
  procedure: string,
  input: unknown,
  options: CallOptions = {},
): Promise<CallResult<T>> {
  return send<T>(
    `${base}/api/trpc/${procedure}`,
    {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(superjson.serialize(input)),
    },
    options,
  );
}

/**
 * An admin's file sent to an upload route (`/api/admin/datasets/:id/import/preview|commit`) as
 * the browser sends it: the bytes as the body, the other inputs in the query string. The route
 * answers plain JSON, or `{ error }` with a 4xx.
 */
export async function uploadFile<T = unknown>(
  base: string,
  path: string,
  params: Record<string, string | number | undefined>,
  bytes: Uint8Array,
  options: CallOptions = {},
): Promise<CallResult<T>> {
  const url = new URL(path, base);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: "POST",
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs ?? 120_000),
      headers: {
        origin: base,
        "content-type": "application/octet-stream",
        ...(options.cookie ? { cookie: options.cookie } : {}),
        ...options.headers,
      },
      body: bytes as Uint8Array<ArrayBuffer>,
    });
    const text = await response.text();
    const result: CallResult<T> = {
      status: response.status,
      ms: performance.now() - started,
      headers: response.headers,
    };
    let body: { error?: string } | undefined;
    try {
      body = JSON.parse(text);
    } catch {
      return { ...result, failure: `not JSON: ${text.slice(0, 120)}` };
    }
    if (!response.ok) {
      const message = body?.error ?? text.slice(0, 120);
      return { ...result, error: { message, code: "HTTP", httpStatus: response.status } };
    }
    return { ...result, data: body as T };
  } catch (error) {
    return {
      status: NO_ANSWER,
      ms: performance.now() - started,
      failure: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
  }
}

export interface PageResult {
  status: number;
  ms: number;
  body: string;
  failure?: string;
  headers?: Headers;
}

/** A page as a browser's first request gets it (the whole streamed HTML). */
export async function getPage(url: string, options: CallOptions = {}): Promise<PageResult> {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      headers: {
        accept: "text/html",
        ...(options.cookie ? { cookie: options.cookie } : {}),
        ...options.headers,
      },
    });
    const body = await response.text();
    return {
      status: response.status,
      ms: performance.now() - started,
      body,
      headers: response.headers,
    };
  } catch (error) {
    return {
      status: NO_ANSWER,
      ms: performance.now() - started,
      body: "",
      failure: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/**
 * Waits until `${base}/api/health` answers 200. `stillStarting` is asked before each try: it
 * throws (e.g. with the server's log) when the server exited.
 */
export async function waitForHealth(
  base: string,
  { timeoutMs, stillStarting }: { timeoutMs: number; stillStarting?: () => void },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    stillStarting?.();
    try {
      const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {}
    await sleep(150);
  }
  throw new Error(`The app did not answer ${base}/api/health within ${timeoutMs / 1000} s`);
}
