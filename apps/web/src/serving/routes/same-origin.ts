/** Methods that change nothing (tRPC answers GET on a mutation with 405). */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

const forbidden = () =>
  Response.json(
    { error: "This request came from another site. Use the app's own pages." },
    { status: 403 },
  );

/**
 * A 403 for a state-changing request that a browser says comes from another site, or null.
 * `Origin` decides when it is there: it must be one of `allowedOrigins` ("null", sent by
 * sandboxed frames and some redirects, never is). Without it, `Sec-Fetch-Site` decides: only
 * "same-origin" and "none" (typed in, a bookmark) pass.
 *
 * A request with neither header passes: browsers send `Origin` on every cross-origin POST (and
 * Chromium and Firefox on every POST), and `Sec-Fetch-Site` on every request, so a request
 * without both comes from a program (curl, a script, a test) that holds its own cookie if it
 * has one: forging nothing, it is not cross-site request forgery. The session cookie is also
 * SameSite=Lax, which keeps it off cross-site POSTs in browsers old enough to send neither.
 */
export function crossSiteRefusal(
  request: Request,
  allowedOrigins: readonly string[],
): Response | null {
  if (SAFE_METHODS.has(request.method)) return null;
  const origin = request.headers.get("origin");
  if (origin !== null) return allowedOrigins.includes(origin) ? null : forbidden();
  const site = request.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") return forbidden();
  return null;
}
