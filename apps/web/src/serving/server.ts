// The production server: Next.js's request handler behind a plain Node HTTP server that first
// offers each request to the build's front door (kept pages, see src/server/shared-pages.ts),
// so a kept page costs a copy and a write instead of Next's routing and proxy. Everything else,
// and every request while the build has no front door, goes to Next as under `next start`.
// Run by scripts/serve.ts (which prepares the database) with PORT and optionally HOSTNAME.
import http from "node:http";
import path from "node:path";
import type { Duplex } from "node:stream";
import { clientAddressOf, parseTrustedProxies } from "@aiml/auth/trusted-proxies";
import next from "next";
import { startupEnvOrExit } from "./env";
import { installedFrontDoor } from "./front-door";
import { malformedRequest, refusalHeaders } from "./malformed-request";

// Named as `next start` names its process: scripts look for it under that name.
process.title = "next-server (aiml)";

// Every setting is checked here, before Next starts: a bad one stops start-up with all listed.
const { PORT: port, HOSTNAME: hostname, TRUSTED_PROXIES } = startupEnvOrExit();
/** Proxies whose X-Forwarded-For is believed (none unless configured). */
const trustedProxies = parseTrustedProxies(TRUSTED_PROXIES);
/** Longer than the idle timeout of common proxies and load balancers (60 s). */
const KEEP_ALIVE_MS = 65_000;

const app = next({ dev: false, dir: path.resolve(import.meta.dirname, "../.."), port, hostname });
const handle = app.getRequestHandler();

const headerOf = (request: http.IncomingMessage) => (name: string) => {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(", ") : (value ?? null);
};

async function answeredAtTheDoor(request: http.IncomingMessage, response: http.ServerResponse) {
  const door = installedFrontDoor();
  if (!door || (request.method !== "GET" && request.method !== "HEAD")) return false;
  const answer = await door({
    method: request.method,
    url: request.url ?? "/",
    header: headerOf(request),
  });
  if (!answer) return false;
  for (const [name, value] of answer.headers) response.setHeader(name, value);
  response.writeHead(answer.status);
  // Corked: the head and every chunk leave in one write.
  response.cork();
  for (const chunk of answer.chunks) response.write(chunk);
  response.end();
  response.uncork();
  return true;
}

/** How long a refused request's connection stays open for the response to reach the client. */
const REFUSED_BODY_LINGER_MS = 2_000;

/**
 * A response sent before its request's body was read (a refusal: 401 or 413 for an upload
 * declaring 40 MB, say) ends the connection: Node would otherwise read and discard the rest,
 * so a client sending slowly, or not at all, would hold the connection and the server's time.
 */
function closeIfBodyUnread(request: http.IncomingMessage) {
  if (request.complete) return;
  const socket = request.socket;
  socket.end();
  setTimeout(() => socket.destroy(), REFUSED_BODY_LINGER_MS).unref();
}

await app.prepare();
/** A request Next cannot route (a broken %-escape, a NUL, TRACE): a 4xx, never a 500. */
function refusedMalformed(request: http.IncomingMessage, response: http.ServerResponse) {
  const refusal = malformedRequest(request.method ?? "", request.url ?? "/");
  if (!refusal) return false;
  for (const [name, value] of refusalHeaders(refusal, true)) response.setHeader(name, value);
  response.writeHead(refusal.status);
  response.end(request.method === "HEAD" ? undefined : `${refusal.message}\n`);
  return true;
}

/** Node's parser errors that have a status of their own; any other is a 400. */
const PARSE_ERROR_STATUS: Record<string, number> = {
  HPE_INVALID_METHOD: 405,
  HPE_HEADER_OVERFLOW: 431,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

/**
 * A request Node could not parse (a made-up method, a broken header) gets its 4xx with the
 * headers every response carries, as a plain-text page, where Node would send a bare status.
 */
function answerUnparsable(error: NodeJS.ErrnoException, socket: Duplex) {
  if (!socket.writable || error.code === "ECONNRESET") {
    socket.destroy();
    return;
  }
  const status = PARSE_ERROR_STATUS[error.code ?? ""] ?? 400;
  const body = `${http.STATUS_CODES[status]}: the request could not be read.\n`;
  const refusal = { status: status === 405 ? 405 : 400, message: body } as const;
  const headers = refusalHeaders(refusal, true)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("");
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n${headers}Connection: close\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

const server = http.createServer((request, response) => {
  // The one client address everything after this reads (limits, logs), resolved from the
  // connection and the headers of trusted proxies only: whatever a client sent is replaced.
  request.headers["x-forwarded-for"] = clientAddressOf(request, trustedProxies);
  // Only a request with a body can be answered before it is read (most are GETs without one).
  if (request.headers["content-length"] || request.headers["transfer-encoding"]) {
    response.on("finish", () => closeIfBodyUnread(request));
  }
  if (refusedMalformed(request, response)) return;
  answeredAtTheDoor(request, response).then(
    (answered) => {
      if (!answered) void handle(request, response);
    },
    () => {
      if (response.headersSent) response.destroy();
      else void handle(request, response);
    },
  );
});
server.keepAliveTimeout = KEEP_ALIVE_MS;
server.on("clientError", answerUnparsable);
server.listen(port, hostname, () => {
  console.log(`[app] Ready on http://${hostname ?? "localhost"}:${port}`);
});

const stop = () => {
  server.close();
  server.closeAllConnections();
  app.close().finally(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
