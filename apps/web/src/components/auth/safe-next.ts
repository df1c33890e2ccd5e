import { sameOriginPath } from "@aiml/auth/same-origin-path";

/** Where to go after signing in: `next` when it stays on this site, else the scenarios. */
export const safeNext = (next: string | null | undefined): string =>
  sameOriginPath(next, "/scenarios");
