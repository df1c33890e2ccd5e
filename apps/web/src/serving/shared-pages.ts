import { processShared, revisionResponses, watchedDataRevision } from "@aiml/cache";
import { databaseDownSince, getDb } from "@aiml/db";
import { publicPagePaths } from "@aiml/domain";
import type { NextRequest } from "next/server";
import { isProduction, serverPort } from "../env";
import { newNonce, pageContentSecurityPolicy } from "../security/headers";
import { inlineStyleSources } from "../security/inline-styles";
import { FRONT_DOOR, type FrontDoor, type FrontDoorRequest } from "./front-door";
import { type DeflatedParts, deflateParts, gzipJoined } from "./gzip-with-nonce";
import { scriptsAfterFirstPaint } from "./scripts-after-paint";

/** Marks the app's own request for a page it is about to keep: that one is rendered. */
const RENDER_HEADER = "x-shared-page-render";
const RENDER_TIMEOUT_MS = 30_000;

/**
 * A rendered page, split where its CSP nonce was, so each visitor gets the page with a new one.
 * The parts are kept as UTF-8 bytes (joining them per request is then a copy, not an encoding)
 * and deflated (a gzip response per request is then the parts with the nonce between them).
 */
interface KeptPage {
  status: number;
  headers: [string, string][];
  /** The headers of the front door's response but its CSP, length and X-Cache, by encoding. */
  doorHeaders: { gzip: [string, string][]; identity: [string, string][] };
  body: DeflatedParts;
  /** Bytes of the compressed parts together. */
  deflatedSize: number;
  size: number;
}

// One cache for the proxy's and the front door's copies of this module (different bundles).
// The revision is pushed by Postgres rather than read per request (see RevisionWatch): a
// publish shows on the publishing instance's next request and on the others' within a second.
const pages = processShared("shared-pages", () =>
  revisionResponses<KeptPage>(getDb, {
    maxBytes: 64 * 1024 * 1024,
    maxEntryBytes: 4 * 1024 * 1024,
    sizeOf: (page) => page.size,
    revision: watchedDataRevision,
  }),
);

// The same for every anonymous visitor: published data, or (sign-in, sign-up) no data at all.
const sharedPaths = new Set(publicPagePaths);

/** Set per request or per connection: never kept. */
const unkeptHeaders = new Set([
  "connection",
  "content-encoding",
  "content-length",
  "content-security-policy",
  "date",
  "keep-alive",
  "set-cookie",
  "transfer-encoding",
  "x-cache",
  "x-request-id",
]);

const hasSessionCookie = (cookie: string | null) =>
  cookie?.split(";").some((pair) => pair.split("=", 1)[0]?.includes("better-auth")) ?? false;

/**
 * Whether the page may be served from one shared rendering: a document request (Next hides its
 * own RSC headers from the proxy, but its client's fetches never ask for text/html), without a
 * session (signed-in visitors see their own menu), for a public page.
 */
function sharedPageKey(request: FrontDoorRequest): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  // Split by hand (a URL parse was 4 % of a kept page): a path written any other way than the
  // plain one (`/./pay`, `/%70ay`) is simply not kept, and goes to Next.
  const queryStart = request.url.indexOf("?");
  const pathname = queryStart === -1 ? request.url : request.url.slice(0, queryStart);
  if (!sharedPaths.has(pathname) || hasRscQuery(request.url, queryStart)) return null;
  const destination = request.header("sec-fetch-dest");
  if (
    request.header(RENDER_HEADER) !== null ||
    // Next's client navigations and prefetches (the proxy never sees these headers).
    request.header("rsc") !== null ||
    request.header("next-router-prefetch") !== null ||
    !request.header("accept")?.includes("text/html") ||
    (destination !== null && destination !== "document") ||
    hasSessionCookie(request.header("cookie"))
  ) {
    return null;
  }
  return request.url;
}

/** A `_rsc` query parameter (Next's client navigations), however it is written. */
const hasRscQuery = (url: string, queryStart: number) =>
  queryStart !== -1 && new URLSearchParams(url.slice(queryStart + 1)).has("_rsc");

/** The app's own address: where the server listens (it sets PORT). */
function ownOrigin(): string | null {
  const port = serverPort();
  return port ? `http://127.0.0.1:${port}` : null;
}

const nonceIn = (policy: string | null) => policy?.match(/'nonce-([^']+)'/)?.[1] ?? null;

async function render(origin: string, path: string) {
  const response = await fetch(`${origin}${path}`, {
    headers: { [RENDER_HEADER]: "1", accept: "text/html", "accept-encoding": "identity" },
    redirect: "manual",
    signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
  });
  const nonce = nonceIn(response.headers.get("content-security-policy"));
  const html = nonce ? scriptsAfterFirstPaint(await response.text(), nonce) : await response.text();
  const headers = [...response.headers].filter(([name]) => !unkeptHeaders.has(name));
  const keep = response.status === 200 && nonce !== null && !response.headers.has("set-cookie");
  const body = deflateParts((nonce ? html.split(nonce) : [html]).map((part) => Buffer.from(part)));
  const deflatedSize = body.deflated.reduce((n, part) => n + part.byteLength, 0);
  const size = body.size + deflatedSize;
  const doorHeaders = {
    gzip: frontDoorHeaders(headers, true),
    identity: frontDoorHeaders(headers, false),
  };
  return {
    value: { status: response.status, headers, doorHeaders, body, deflatedSize, size },
    keep,
  };
}

/**
 * The public pages (Overview, dashboards, sources, calculator, sign-in, sign-up) rendered once
 * per data revision and URL, then sent to every anonymous visitor with the request's own nonce,
 * with no rendering per request, and with Next's chunks started after the first paint.
 * A publish is seen on the publishing instance's next request, on the others' within a second.
 * Undefined when the page must be rendered for this request: signed in, client navigation,
 * development, or the database is down or cannot be asked.
 */
async function keptPage(request: FrontDoorRequest) {
  const key = isProduction ? sharedPageKey(request) : null;
  const origin = ownOrigin();
  if (!key || !origin || databaseDownSince() !== null) return undefined;
  try {
    const page = await pages.get(key, () => render(origin, key));
    // Anything but a page with a nonce (an error, a redirect) is answered the usual way.
    if (page.value.status !== 200 || page.value.body.parts.length < 2) return undefined;
    return page;
  } catch {
    return undefined;
  }
}

/** The parts with the nonce between them, as chunks to send in order (not joined: no copy). */
function withNonce(parts: readonly Buffer[], nonce: string): Buffer[] {
  const separator = Buffer.from(nonce);
  return parts.flatMap((part, i) => (i === 0 ? [part] : [separator, part]));
}

/** For the proxy (under `next start`): a kept page as a response, which Next compresses. */
export async function sharedPage(
  request: NextRequest,
  nonce: string,
): Promise<Response | undefined> {
  const page = await keptPage({
    method: request.method,
    url: `${request.nextUrl.pathname}${request.nextUrl.search}`,
    header: (name) => request.headers.get(name),
  });
  if (!page) return undefined;
  const headers = new Headers(page.value.headers);
  headers.set("X-Cache", page.hit ? "HIT" : "MISS");
  const body =
    request.method === "HEAD" ? null : Buffer.concat(withNonce(page.value.body.parts, nonce));
  return new Response(body, { status: 200, headers });
}

const parseAcceptsGzip = (acceptEncoding: string | null) =>
  acceptEncoding?.split(",").some((coding) => {
    const [name, ...params] = coding.split(";").map((s) => s.trim().toLowerCase());
    return name === "gzip" && !params.some((p) => /^q=0(\.0*)?$/.test(p));
  }) ?? false;

/** The last Accept-Encoding seen and its answer: a browser sends the same one every time. */
let lastAcceptEncoding: { value: string | null; gzip: boolean } = { value: null, gzip: false };
function acceptsGzip(acceptEncoding: string | null): boolean {
  if (acceptEncoding !== lastAcceptEncoding.value) {
    lastAcceptEncoding = { value: acceptEncoding, gzip: parseAcceptsGzip(acceptEncoding) };
  }
  return lastAcceptEncoding.gzip;
}

/** The kept headers as the front door sends them, with Vary naming Accept-Encoding. */
function frontDoorHeaders(kept: [string, string][], gzip: boolean): [string, string][] {
  const vary = kept.find(([name]) => name === "vary")?.[1];
  return [
    ...kept.filter(([name]) => name !== "vary"),
    [
      "vary",
      vary?.toLowerCase().includes("accept-encoding")
        ? vary
        : `${vary ? `${vary}, ` : ""}Accept-Encoding`,
    ],
    ...(gzip ? [["content-encoding", "gzip"] as [string, string]] : []),
  ];
}

/** The page policy split where its nonce goes: a response's policy is then one join. */
let policyAroundNonce: string[] | undefined;
const NONCE_SLOT = "\u0000";
function policyWith(nonce: string): string {
  policyAroundNonce ??= pageContentSecurityPolicy(NONCE_SLOT, false, inlineStyleSources()).split(
    NONCE_SLOT,
  );
  return policyAroundNonce.join(nonce);
}

/** Gzip header, stored-block headers around each nonce, final block and trailer. */
const GZIP_FRAMING = 10 + 5 + 8;
const STORED_BLOCK_HEADER = 5;

/**
 * For the app's own server (server.ts), before Next sees the request: a kept page with a new
 * nonce, gzipped when the client takes gzip, without Next's routing, proxy or compression.
 */
const frontDoor: FrontDoor = async (request) => {
  const page = await keptPage(request);
  if (!page) return undefined;
  const nonce = newNonce();
  const gzip = acceptsGzip(request.header("accept-encoding"));
  const { body, doorHeaders, deflatedSize } = page.value;
  const separators = body.parts.length - 1;
  const length = gzip
    ? GZIP_FRAMING + deflatedSize + separators * (STORED_BLOCK_HEADER + nonce.length)
    : body.size + separators * nonce.length;
  const headers: [string, string][] = [
    ...(gzip ? doorHeaders.gzip : doorHeaders.identity),
    ["content-security-policy", policyWith(nonce)],
    ["x-cache", page.hit ? "HIT" : "MISS"],
    ["content-length", String(length)],
  ];
  if (request.method === "HEAD") return { status: 200, headers, chunks: [] };
  const chunks = gzip ? gzipJoined(body, Buffer.from(nonce)) : withNonce(body.parts, nonce);
  return { status: 200, headers, chunks };
};

/** Called once per server process (instrumentation.ts): the app's server finds it there. */
export function installFrontDoor(): void {
  (globalThis as { [FRONT_DOOR]?: FrontDoor })[FRONT_DOOR] = frontDoor;
}
