import { isIP } from "node:net";

/**
 * The client's address as the nearest proxy reports it. Behind a load balancer that sets
 * X-Forwarded-For this is the real client; the first entry is the one the proxy saw. A value
 * that is not an IP address (garbage, or kilobytes of it) counts as "unknown": it becomes part
 * of a database key, and a key must stay short.
 */
export function clientIp(headers: Headers | undefined): string {
  const forwarded = headers?.get("x-forwarded-for")?.split(",")[0]?.trim();
  const candidates = [forwarded, headers?.get("x-real-ip")?.trim()];
  return candidates.find((ip): ip is string => ip !== undefined && isIP(ip) !== 0) ?? "unknown";
}
