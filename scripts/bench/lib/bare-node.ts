import http from "node:http";
import type { AddressInfo } from "node:net";

/*
 * The second yardstick of the throughput bench: a bare Node `http` server answering each page
 * with the bytes the app sent for it (gzipped, with its headers), from memory. Nothing is done
 * per request but writing them: what serving a page can cost at the least in Node.
 */

interface Captured {
  headers: [string, string][];
  body: Buffer;
}

/** Set per response or per connection by the server that sends it. */
const perResponse = new Set(["connection", "keep-alive", "date", "transfer-encoding"]);

/** The response to a GET of `url` as it came over the wire (not decompressed). */
function capture(url: string, headers: Record<string, string>): Promise<Captured> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          if (response.statusCode !== 200) {
            reject(new Error(`${url} answered ${response.statusCode}`));
            return;
          }
          const kept = Object.entries(response.headers).flatMap(([name, value]) =>
            perResponse.has(name) || value === undefined
              ? []
              : [[name, Array.isArray(value) ? value.join(", ") : value] as [string, string]],
          );
          resolve({ headers: kept, body: Buffer.concat(chunks) });
        });
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

export interface BareNodeServer {
  base: string;
  close(): Promise<void>;
}

/** Serves each of `paths` as the app at `appBase` answered it once (with `headers` sent). */
export async function bareNodeServer(
  appBase: string,
  paths: readonly string[],
  headers: Record<string, string>,
): Promise<BareNodeServer> {
  const responses = new Map<string, Captured>();
  for (const path of paths) responses.set(path, await capture(`${appBase}${path}`, headers));
  const server = http.createServer((request, response) => {
    const found = responses.get(request.url ?? "");
    if (!found) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, found.headers.flat());
    response.end(found.body);
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
