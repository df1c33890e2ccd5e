import type { Auth } from "@aiml/auth";
import { sameOriginPath } from "@aiml/auth/same-origin-path";
import { guardedRoute } from "./guarded-route";

/** A signed token of a few hundred characters; anything longer is not one. */
const MAX_TOKEN_LENGTH = 2000;

const seeOther = (location: string, cookies: string[] = []) => {
  const response = new Response(null, { status: 303, headers: { Location: location } });
  for (const cookie of cookies) response.headers.append("set-cookie", cookie);
  return response;
};

/**
 * POST /api/verify-email (the Confirm button of the page the mailed link opens): confirms the
 * address and signs its owner in, then goes on to the page the sign-up came from (`next`).
 * A post from another site is refused (403): it could sign a visitor in to the sender's own
 * account. A link used before confirms nothing more and signs no one in.
 */
export function verifyEmailRoute(auth: () => Auth, allowedOrigins: () => readonly string[]) {
  return guardedRoute({ allowedOrigins, maxBodyBytes: 8 * 1024 }, async (request) => {
    const form = await request.formData().catch(() => null);
    const token = form?.get("token");
    if (typeof token !== "string" || token === "" || token.length > MAX_TOKEN_LENGTH) {
      return seeOther("/verify-email?status=invalid");
    }
    const url = new URL("/api/auth/verify-email", request.url);
    url.searchParams.set("token", token);
    // Better Auth's own endpoint, as a GET with the visitor's headers (cookie, address, user
    // agent: the new session records them); its Set-Cookie comes back on the answer.
    const headers = new Headers(request.headers);
    for (const name of ["content-type", "content-length", "transfer-encoding"])
      headers.delete(name);
    const answer = await auth().handler(new Request(url, { headers }));
    if (!answer.ok) return seeOther("/verify-email?status=invalid");
    const cookies = answer.headers.getSetCookie();
    if (cookies.length === 0) return seeOther("/verify-email?status=verified");
    return seeOther(sameOriginPath(form?.get("next"), "/scenarios"), cookies);
  });
}
