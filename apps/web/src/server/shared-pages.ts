import { revisionResponses } from "@aiml/api/revision-responses";
import { getDb } from "@aiml/db";
import { publishedDataPagePaths } from "@aiml/domain";
import type { NextRequest } from "next/server";

/** Marks the proxy's own request for a page it is about to keep: that one is rendered. */
const RENDER_HEADER = "x-shared-page-render";
const RENDER_TIMEOUT_MS = 30_000;

/**
 * A rendered page, split where its CSP nonce was, so each visitor gets the page with a new one.
 * The parts are kept as UTF-8 bytes: joining them per request is then a copy, not an encoding.
 */
interface KeptPage {
  status: number;
  headers: [string, string][];
  parts: Buffer[];
  size: number;
}

const pages = revisionResponses<KeptPage>(getDb, {
  maxBytes: 64 * 1024 * 1024,
  maxEntryBytes: 4 * 1024 * 1024,
  sizeOf: (page) => page.size,
});

const sharedPaths = new Set(publishedDataPagePaths);

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

/**
 * Whether the page may be served from one shared rendering: a document request (Next hides its
 * own RSC headers from the proxy, but its client's fetches never ask for text/html), without a
 * session (signed-in visitors see their own menu), for a page that shows published data alone.
 */
function sharedPageKey(request: NextRequest): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const { pathname, search, searchParams } = request.nextUrl;
  if (!sharedPaths.has(pathname) || searchParams.has("_rsc")) return null;
  const headers = request.headers;
  const destination = headers.get("sec-fetch-dest");
  if (
    headers.has(RENDER_HEADER) ||
    !headers.get("accept")?.includes("text/html") ||
    (destination !== null && destination !== "document")
  ) {
    return null;
  }
  if (request.cookies.getAll().some((cookie) => cookie.name.includes("better-auth"))) return null;
  return `${pathname}${search}`;
}

/** The app's own address: where `next start` listens (it sets PORT). */
function ownOrigin(): string | null {
  const port = process.env.PORT;
  return port ? `http://127.0.0.1:${port}` : null;
}

const nonceIn = (policy: string | null) => policy?.match(/'nonce-([^']+)'/)?.[1] ?? null;

async function render(origin: string, path: string) {
  const response = await fetch(`${origin}${path}`, {
    headers: { [RENDER_HEADER]: "1", accept: "text/html", "accept-encoding": "identity" },
    redirect: "manual",
    signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
  });
  const html = await response.text();
  const nonce = nonceIn(response.headers.get("content-security-policy"));
  const headers = [...response.headers].filter(([name]) => !unkeptHeaders.has(name));
  const keep = response.status === 200 && nonce !== null && !response.headers.has("set-cookie");
  const parts = (nonce ? html.split(nonce) : [html]).map((part) => Buffer.from(part));
  return {
    value: {
      status: response.status,
      headers,
      parts,
      size: parts.reduce((n, part) => n + part.byteLength, 0),
    },
    keep,
  };
}

function withNonce(parts: Buffer[], nonce: string): Uint8Array<ArrayBuffer> {
  const separator = Buffer.from(nonce);
  const size = parts.reduce((n, part) => n + part.byteLength, 0);
  const body = new Uint8Array(size + separator.byteLength * (parts.length - 1));
  let offset = 0;
  for (const [i, part] of parts.entries()) {
    if (i > 0) {
      body.set(separator, offset);
      offset += separator.byteLength;
    }
    body.set(part, offset);
    offset += part.byteLength;
  }
  return body;
}

/**
 * For the proxy: the published-data pages (Overview, dashboards, sources) rendered once per
 * data revision and URL, then sent to every anonymous visitor with the request's own nonce,
 * with no rendering per request. A publish through any instance is seen by the next request
 * (see revisionResponses). Undefined when the page must be rendered for this request: signed
 * in, client navigation, development, or the database cannot be asked.
 */
export async function sharedPage(
  request: NextRequest,
  nonce: string,
): Promise<Response | undefined> {
  const key = process.env.NODE_ENV === "production" ? sharedPageKey(request) : null;
  const origin = ownOrigin();
  if (!key || !origin) return undefined;
  let page: Awaited<ReturnType<typeof pages.get>>;
  try {
    page = await pages.get(key, () => render(origin, key));
  } catch {
    return undefined;
  }
  // Anything but a page with a nonce (an error, a redirect) is answered the usual way.
  if (page.value.status !== 200 || page.value.parts.length < 2) return undefined;
  const headers = new Headers(page.value.headers);
  headers.set("X-Cache", page.hit ? "HIT" : "MISS");
  const body = request.method === "HEAD" ? null : withNonce(page.value.parts, nonce);
  return new Response(body, { status: 200, headers });
}
