import diagnostics from "node:diagnostics_channel";
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "../logger";
import { REQUEST_ID_HEADER, requestIdFrom } from "../request-id";

/**
 * Node publishes every request any http.Server in the process receives on this channel, before
 * the server's own handler runs: so one subscriber sees every response of `next start` (pages,
 * route handlers, static files, 404s), with its final status, without wrapping the server.
 */
const REQUEST_START = "http.server.request.start";

/** Set on each request to find its record again from the app (which sees only headers). */
export const REQUEST_LOG_KEY_HEADER = "x-request-log-key";

interface RequestRecord {
  userId?: string;
}

interface State {
  records: Map<string, RequestRecord>;
  uninstall?: () => void;
}

// Next bundles the instrumentation hook and the app separately, each with its own copy of this
// module: the records live on globalThis so that both copies share them.
const stateKey = Symbol.for("@aiml/logger/request-log");
const globals = globalThis as typeof globalThis & { [stateKey]?: State };
globals[stateKey] ??= { records: new Map() };
const state: State = globals[stateKey];

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

const pathOf = (url: string | undefined) => (url ?? "").split("?", 1)[0]?.slice(0, 2048) ?? "";

/**
 * Logs one JSON line per HTTP request when its response closes: method, path (never the query,
 * which may carry tokens), status, duration, request id and the signed-in user when the app
 * noted one. Gives each request an `x-request-id` (the caller's when sane) on the request, for
 * the app's own log lines, and on the response. Installs once per process; returns the undo.
 */
export function installRequestLogging(log: Logger): () => void {
  if (state.uninstall) return state.uninstall;

  const onRequestStart = (message: unknown) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    const started = performance.now();
    const requestId = requestIdFrom(firstValue(request.headers[REQUEST_ID_HEADER]));
    const key = crypto.randomUUID();
    request.headers[REQUEST_ID_HEADER] = requestId;
    request.headers[REQUEST_LOG_KEY_HEADER] = key;
    response.setHeader("X-Request-Id", requestId);
    const record: RequestRecord = {};
    state.records.set(key, record);

    response.once("close", () => {
      state.records.delete(key);
      const line = {
        requestId,
        method: request.method,
        path: pathOf(request.url),
        status: response.statusCode,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        ...(record.userId ? { userId: record.userId } : {}),
        ...(response.writableFinished ? {} : { aborted: true }),
      };
      if (response.statusCode >= 500) log.error(line, "request");
      else log.info(line, "request");
    });
  };

  diagnostics.subscribe(REQUEST_START, onRequestStart);
  state.uninstall = () => {
    diagnostics.unsubscribe(REQUEST_START, onRequestStart);
    state.uninstall = undefined;
  };
  return state.uninstall;
}

/** Adds the signed-in user to the current request's log line (a no-op outside a server). */
export function noteRequestUser(headers: Headers | IncomingHttpHeaders, userId: string): void {
  const key =
    headers instanceof Headers
      ? headers.get(REQUEST_LOG_KEY_HEADER)
      : firstValue(headers[REQUEST_LOG_KEY_HEADER]);
  const record = key ? state.records.get(key) : undefined;
  if (record) record.userId = userId;
}
