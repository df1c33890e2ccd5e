import { isIP } from "node:net";

/**
 * The client's address for a request that reached the app through its server
 * (apps/web/src/serving/server.ts), which replaces X-Forwarded-For with the one address it resolved
 * from the connection and TRUSTED_PROXIES (see trusted-proxies.ts). Under a bare `next start`
 * the header is the client's own or, when it sent none, the connection's address (Next adds
 * it); the right-most entry is then the one the nearest proxy wrote. A value that is not an IP
 * address counts as "unknown": it becomes part of a database key, and a key must stay short.
 */
export function clientIp(headers: Headers | undefined): string {
  const forwarded = headers?.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded !== undefined && isIP(forwarded) !== 0 ? forwarded : "unknown";
}
