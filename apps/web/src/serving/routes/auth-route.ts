import { guardedRoute } from "./guarded-route";

/** Better Auth's bodies are a few fields (an email, a password, a name, an image URL). */
export const MAX_AUTH_BODY_BYTES = 64 * 1024;

/**
 * Better Auth's endpoints the app does not offer as they are. `/verify-email` is a GET that
 * confirms an address and signs in: a link scanner holding the token would do both. The app's
 * page confirms with a POST instead (verifyEmailRoute, which calls the endpoint in process).
 */
const withheld = (request: Request) => {
  const path = new URL(request.url).pathname.replace(/\/{2,}/g, "/").replace(/\/+$/, "");
  return path.endsWith("/verify-email");
};

/**
 * The /api/auth/* handler: Better Auth's own behind the cross-site and body-size checks, with
 * the standard Retry-After on its rate limit's 429 (Better Auth sends only X-Retry-After).
 */
export function authRoute(
  handle: (request: Request) => Promise<Response>,
  allowedOrigins: () => readonly string[],
) {
  return guardedRoute({ allowedOrigins, maxBodyBytes: MAX_AUTH_BODY_BYTES }, async (request) => {
    if (withheld(request)) return Response.json({ message: "Not found" }, { status: 404 });
    const response = await handle(request);
    const retryAfter = response.headers.get("x-retry-after");
    if (response.status === 429 && retryAfter !== null && !response.headers.has("retry-after")) {
      const headers = new Headers(response.headers);
      headers.set("retry-after", retryAfter);
      return new Response(response.body, { status: 429, statusText: response.statusText, headers });
    }
    return response;
  });
}
