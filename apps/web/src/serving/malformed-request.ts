import { isProductionBuild } from "../security/env";
import { staticSecurityHeaders } from "../security/headers";

/** What the app or Next answers; anything else (TRACE, TRACK, CONNECT, made-up) is a 405. */
const KNOWN_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

export interface Refusal {
  status: 400 | 405;
  message: string;
}

/** A path segment that is valid percent-encoding of UTF-8 text without NUL. */
function segmentDecodes(segment: string): boolean {
  try {
    return !decodeURIComponent(segment).includes("\u0000");
  } catch {
    return false;
  }
}

/**
 * Why a request cannot be routed at all, or null. Next answers some of these with a 500 (a
 * path segment that is not valid percent-encoding, `/scenarios/%ZZ`, fails when it decodes
 * the route's parameters) and others reach a page or Postgres (a NUL, `%00`, in a query value),
 * so they are refused before Next sees them. The query is decoded leniently, as Next and
 * browsers do (`?off=50%` stays `50%`): only a NUL in it is refused. `url` is the request
 * target: path and query.
 */
export function malformedRequest(method: string, url: string): Refusal | null {
  if (!KNOWN_METHODS.has(method)) {
    return { status: 405, message: `The method ${method.slice(0, 20)} is not allowed here.` };
  }
  // Without a %-escape there is nothing to decode: the HTTP parser refuses a raw NUL.
  if (!url.includes("%")) return null;
  const queryStart = url.indexOf("?");
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const query = queryStart === -1 ? "" : url.slice(queryStart + 1);
  if (!path.split("/").every(segmentDecodes)) {
    return {
      status: 400,
      message: "The address is not valid: its path has a broken %-escape or a NUL character.",
    };
  }
  for (const [name, value] of new URLSearchParams(query)) {
    if (name.includes("\u0000") || value.includes("\u0000")) {
      return { status: 400, message: "The address is not valid: its query has a NUL character." };
    }
  }
  return null;
}

/** The refusal as a plain-text page with the headers every response carries. */
export function refusalHeaders(refusal: Refusal, production: boolean): [string, string][] {
  return [
    ...staticSecurityHeaders(production).map(({ key, value }) => [key, value] as [string, string]),
    ["Content-Type", "text/plain; charset=utf-8"],
    ["Cache-Control", "no-store"],
    ...(refusal.status === 405
      ? [["Allow", [...KNOWN_METHODS].join(", ")] as [string, string]]
      : []),
  ];
}

/** For the proxy (under `next start`): the refusal as a response, or null. */
export function malformedRequestResponse(request: Request): Response | null {
  const { pathname, search } = new URL(request.url);
  const refusal = malformedRequest(request.method, `${pathname}${search}`);
  if (!refusal) return null;
  return new Response(`${refusal.message}\n`, {
    status: refusal.status,
    headers: refusalHeaders(refusal, isProductionBuild()),
  });
}
