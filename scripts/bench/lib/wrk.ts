import { execFile, spawnSync } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { LoadResult } from "./load-result";

/*
 * wrk (C, one thread) as the load generator for peak throughput. autocannon parses every
 * response in JavaScript: on this 2-core machine it fills a core at about 800 req/s of a
 * 220 kB page while the server idles, so it measures itself. Debian: `apt-get install -y wrk`.
 */

const summaryScript = path.join(import.meta.dirname, "wrk-summary.lua");

export const wrkInstalled = () => spawnSync("wrk", ["-v"]).error === undefined;

interface WrkSummary {
  requests: number;
  durationUs: number;
  bytes: number;
  socketErrors: number;
  timeouts: number;
  /** Responses with a status of 400 or more. */
  statusErrors: number;
  p50Us: number;
  p99Us: number;
}

/** As fast as wrk can over `connections` keep-alive connections from one thread. */
export async function wrkLoad(options: {
  url: string;
  connections: number;
  seconds: number;
  headers: Record<string, string>;
}): Promise<LoadResult> {
  const headerArgs = Object.entries(options.headers).flatMap(([k, v]) => ["-H", `${k}: ${v}`]);
  const args = ["-t1", `-c${options.connections}`, `-d${options.seconds}s`, "--timeout", "30s"];
  const { stdout } = await promisify(execFile)("wrk", [
    ...args,
    ...headerArgs,
    "-s",
    summaryScript,
    options.url,
  ]);
  const line = stdout.trim().split("\n").at(-1) ?? "";
  const summary = JSON.parse(line) as WrkSummary;
  return {
    rps: summary.requests / (summary.durationUs / 1e6),
    p50: summary.p50Us / 1000,
    p99: summary.p99Us / 1000,
    errors: summary.socketErrors + summary.timeouts,
    non2xx: summary.statusErrors,
    requests: summary.requests,
    bytes: summary.requests > 0 ? summary.bytes / summary.requests : 0,
  };
}
