import autocannon from "autocannon";
import type { LoadResult } from "./load-result";
import { wrkLoad } from "./wrk";

/** Who sends the load: autocannon by default; wrk for peak rates (see wrk.ts). */
export type LoadClient = "autocannon" | "wrk";

export interface LoadOptions {
  url: string;
  /** wrk takes none of the options below but the URL, connections and seconds. */
  client?: LoadClient;
  connections: number;
  seconds: number;
  /** Requests per second over all connections; as fast as possible when unset. */
  overallRate?: number;
  /** Paths each connection requests in turn (a mix); `url`'s path when unset. */
  paths?: readonly string[];
  /** Sees every response as it arrives (status and latency in ms). */
  onResponse?: (statusCode: number, latencyMs: number) => void;
  /** Sees every connection error or timeout. */
  onError?: () => void;
}

export type { LoadResult };

/**
 * The headers a browser sends for a page: kept pages are shared only with document requests, and
 * every browser takes gzip (responses are measured compressed, as visitors get them).
 */
export const browserHeaders = {
  accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
  "accept-encoding": "gzip, deflate, br",
};

/** Drives the server (HTTP/1.1 keep-alive connections) and sums it up. */
export async function load(options: LoadOptions): Promise<LoadResult> {
  if (options.client === "wrk") {
    const { url, connections, seconds } = options;
    return wrkLoad({ url, connections, seconds, headers: browserHeaders });
  }
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        overallRate: options.overallRate,
        requests: options.paths?.map((path) => ({ path })),
        headers: browserHeaders,
        timeout: 30,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    const { onResponse, onError } = options;
    if (onResponse) {
      instance.on("response", (_client, statusCode, _bytes, responseTime) =>
        onResponse(statusCode, responseTime),
      );
    }
    if (onError) instance.on("reqError", onError);
  });
  const requests = result["1xx"] + result["2xx"] + result["3xx"] + result["4xx"] + result["5xx"];
  return {
    rps: requests / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    requests,
    bytes: requests > 0 ? (result.throughput.average * result.duration) / requests : 0,
  };
}
