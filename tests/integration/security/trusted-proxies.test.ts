import http from "node:http";
import type { AddressInfo } from "node:net";
import { clientAddressOf, clientIp, parseTrustedProxies } from "@aiml/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The app's server (apps/web/src/serving/server.ts) replaces X-Forwarded-For with the address
// clientAddressOf resolves, before anything else reads it. These requests come over real
// sockets from 127.0.0.1, through a server that does the same, under each TRUSTED_PROXIES.

let server: http.Server;
let port: number;
let trusted = parseTrustedProxies("");

beforeAll(async () => {
  server = http.createServer((request, response) => {
    request.headers["x-forwarded-for"] = clientAddressOf(request, trusted);
    // What the sign-in limits key on.
    response.end(clientIp(new Headers({ "x-forwarded-for": request.headers["x-forwarded-for"] })));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function clientSeen(forwardedFor?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const headers = forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor };
    http
      .get({ host: "127.0.0.1", port, headers, agent: false }, (response) => {
        let body = "";
        response.on("data", (chunk) => {
          body += chunk;
        });
        response.on("end", () => resolve(body));
      })
      .on("error", reject);
  });
}

describe("without TRUSTED_PROXIES", () => {
  it("the connection's address is the client, whatever X-Forwarded-For says", async () => {
    trusted = parseTrustedProxies("");
    const seen = await Promise.all(
      [undefined, "203.0.113.7", "203.0.113.8, 10.0.0.1", "junk", "", "::1", "x".repeat(4000)].map(
        clientSeen,
      ),
    );
    expect(new Set(seen)).toEqual(new Set(["127.0.0.1"]));
  });
});

describe("with TRUSTED_PROXIES", () => {
  it("takes the right-most address that is not a trusted proxy", async () => {
    trusted = parseTrustedProxies("loopback, 10.0.0.0/8");
    expect(await clientSeen("203.0.113.7")).toBe("203.0.113.7");
    // A client that sends its own header first: the proxy appends the address it saw.
    expect(await clientSeen("198.51.100.1, 203.0.113.7")).toBe("203.0.113.7");
    expect(await clientSeen("198.51.100.2, 203.0.113.7")).toBe("203.0.113.7");
    // Two trusted hops (a CDN in 10/8, then the local proxy).
    expect(await clientSeen("198.51.100.3, 203.0.113.9, 10.1.2.3")).toBe("203.0.113.9");
    expect(await clientSeen("::ffff:203.0.113.10")).toBe("203.0.113.10");
  });

  it("junk never becomes a client or a bucket shared by everyone", async () => {
    trusted = parseTrustedProxies("127.0.0.1");
    for (const junk of ["junk", "203.0.113.7, junk", "", ",,,", "999.1.1.1", "%00"]) {
      expect(await clientSeen(junk), junk).toBe("127.0.0.1");
    }
    expect(await clientSeen("junk, 203.0.113.11")).toBe("203.0.113.11");
    expect(await clientSeen()).toBe("127.0.0.1");
  });

  it("an entry that is neither an address nor a range stops start-up with the variable's name", () => {
    expect(() => parseTrustedProxies("10.0.0.0/99")).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("proxy.internal")).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("the address the sign-in limits count", () => {
  it("is the right-most X-Forwarded-For entry, the one the nearest proxy wrote", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "198.51.100.1, 203.0.113.7" }))).toBe(
      "203.0.113.7",
    );
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7, junk" }))).toBe("unknown");
    expect(clientIp(new Headers({ "x-real-ip": "203.0.113.7" }))).toBe("unknown");
  });
});
