import { type NextRequest, NextResponse } from "next/server";
import { isDevelopment } from "./env";
import { newNonce, pageContentSecurityPolicy } from "./security/headers";
import { inlineStyleSources } from "./security/inline-styles";
import { databaseOutageResponse } from "./serving/database-outage";
import { malformedRequestResponse } from "./serving/malformed-request";
import { sharedPage } from "./serving/shared-pages";

const dev = isDevelopment;

/**
 * A fresh CSP nonce for each page. Next reads it from the request's CSP header and puts it on
 * the scripts it renders; the browser gets the same policy. Public pages for anonymous visitors
 * are rendered once per data revision and served with the new nonce (shared-pages.ts). While
 * the database is down, pages get a 503 instead (free while it answers: see database-outage.ts).
 */
export async function proxy(request: NextRequest) {
  const malformed = malformedRequestResponse(request);
  if (malformed) return malformed;
  const outage = await databaseOutageResponse(request);
  if (outage) return outage;
  const nonce = newNonce();
  const policy = pageContentSecurityPolicy(nonce, dev, inlineStyleSources());
  const shared = await sharedPage(request, nonce);
  if (shared) {
    shared.headers.set("content-security-policy", policy);
    return shared;
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // API routes and build assets are never pages: next.config.ts gives them fixed headers.
      source: "/((?!api/|_next/static/|_next/image|favicon\\.ico).*)",
      // Prefetches fetch data, not documents: no nonce needed.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
