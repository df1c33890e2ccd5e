/**
 * The client's address as the nearest proxy reports it. Behind a load balancer that sets
 * X-Forwarded-For this is the real client; the first entry is the one the proxy saw.
 */
export function clientIp(headers: Headers | undefined): string {
  const forwarded = headers?.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers?.get("x-real-ip")?.trim() || "unknown";
}
