import type { Auth } from "@aiml/auth";
import { guardedRoute } from "./guarded-route";

/**
 * POST /api/sign-out (the menu's plain form): ends the session on the server, clears its
 * cookie and goes back to the overview. A post from another site is refused (403) and ends
 * nothing: otherwise any page could sign its visitors out.
 */
export function signOutRoute(auth: () => Auth, allowedOrigins: () => readonly string[]) {
  return guardedRoute({ allowedOrigins, maxBodyBytes: 8 * 1024 }, async (request) => {
    const result = await auth().api.signOut({ headers: request.headers, asResponse: true });
    const response = new Response(null, { status: 303, headers: { Location: "/" } });
    for (const cookie of result.headers.getSetCookie()) {
      response.headers.append("set-cookie", cookie);
    }
    return response;
  });
}
