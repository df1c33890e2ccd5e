/** Stands in for the app's own origin: only a target that stays on it is followed. */
const OWN_ORIGIN = "https://app.invalid";

/** Longer than any path of the app, with its query. */
const MAX_TARGET_LENGTH = 2048;

/**
 * Where to send a visitor who asked for `target` (a `next` parameter, say): the target as a
 * path on this site, or `fallback` when it would leave it. The target is read as a browser
 * reads a Location header (WHATWG URL rules, relative to the app's origin): tabs and newlines
 * are dropped, backslashes are slashes, and `/\t/evil.example` is `//evil.example`, another
 * host. The answer is the parsed URL serialised again, so it carries no raw control character
 * (which would make the redirect itself fail) and never starts with `//`.
 */
export function sameOriginPath(target: unknown, fallback: string): string {
  if (typeof target !== "string" || target === "" || target.length > MAX_TARGET_LENGTH) {
    return fallback;
  }
  let url: URL;
  try {
    url = new URL(target, `${OWN_ORIGIN}/`);
  } catch {
    return fallback;
  }
  if (url.origin !== OWN_ORIGIN || url.username !== "" || url.password !== "") return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that starts with two slashes (from "/.//evil.example") is read as a host.
  return path.startsWith("//") || path.startsWith("/\\") ? fallback : path;
}
