import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";
import proxyAddr from "proxy-addr";

/** Decides whether an address (a hop in front of the app) is one of the trusted proxies. */
export type TrustedProxies = (address: string, hop: number) => boolean;

/**
 * TRUSTED_PROXIES as a matcher: a comma-separated list of addresses and CIDR ranges, or the
 * names `loopback`, `linklocal` and `uniquelocal` (proxy-addr's). Empty trusts no one: the
 * address of the connection is then the client, whatever headers it sends. Throws with a
 * readable message on an entry that is neither.
 */
export function parseTrustedProxies(list: string): TrustedProxies {
  const entries = list
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    return proxyAddr.compile(entries);
  } catch (error) {
    throw new Error(
      `TRUSTED_PROXIES must list IP addresses or CIDR ranges (or loopback, linklocal, uniquelocal): ${(error as Error).message}`,
    );
  }
}

/** IPv4 clients reached over an IPv6 socket (::ffff:1.2.3.4) count under their IPv4 address. */
const plain = (address: string) =>
  address.startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;

/**
 * The client's address for a request reaching the app over `request.socket`: the socket's
 * address unless it is a trusted proxy; then, walking X-Forwarded-For from the right (the entry
 * the nearest proxy added), the first address that is not a trusted proxy. An entry that is no
 * address (garbage added by whoever came before the proxy) ends the walk at the last proxy
 * that was trusted, so junk never becomes a client of its own, nor a bucket shared by everyone.
 */
export function clientAddressOf(
  request: Pick<IncomingMessage, "headers" | "socket">,
  trusted: TrustedProxies,
): string {
  const chain = proxyAddr.all(request as IncomingMessage, trusted);
  for (let i = chain.length - 1; i >= 0; i--) {
    const address = chain[i]?.trim() ?? "";
    if (isIP(address) !== 0) return plain(address);
  }
  return "unknown";
}
