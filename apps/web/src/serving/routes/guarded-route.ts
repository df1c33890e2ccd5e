import { cappedBody } from "./body-cap";
import { crossSiteRefusal } from "./same-origin";

type Handle = (request: Request) => Promise<Response>;

export interface RouteGuards {
  /** The app's origins (its public URL's and AUTH_TRUSTED_ORIGINS), read per request. */
  allowedOrigins: () => readonly string[];
  /** The largest request body the route reads (per request: tRPC's depends on the path). */
  maxBodyBytes: number;
}

/**
 * A route handler that refuses cross-site state changes (403) and bodies over the route's cap
 * (413) before `handle` reads or parses anything.
 */
export function guardedRoute(guards: RouteGuards, handle: Handle): Handle {
  return async (request) => {
    const refusal = crossSiteRefusal(request, guards.allowedOrigins());
    if (refusal) return refusal;
    const capped = await cappedBody(request, guards.maxBodyBytes);
    return capped instanceof Response ? capped : handle(capped);
  };
}
