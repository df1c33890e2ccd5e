import { publishedDataPagePaths } from "@aiml/domain";
import { formatSpread, type Spread, spread } from "@aiml/script-lib/stats";
import { bareNodeServer } from "./bare-node";
import { browserHeaders, type LoadClient, type LoadResult, load } from "./load";
import { printTable, verdict } from "./table";
import { wrkInstalled } from "./wrk";

export const helloPath = "/bench/hello";
/** The same page rendered per request: what any dynamic page costs before its own content. */
export const dynamicHelloPath = "/bench/hello-dynamic";
export const dashboardPaths = publishedDataPagePaths;

export interface ThroughputOptions {
  /** The dashboards to measure (all by default); the hello-world page is always measured. */
  paths?: readonly string[];
  rounds: number;
  seconds: number;
  connections: number;
  client: LoadClient;
}

/** The load generator asked for (`--client`), else wrk where installed. */
export function throughputClient(asked: string | undefined): LoadClient {
  if (asked === "wrk" || asked === "autocannon") return asked;
  if (asked !== undefined) throw new Error(`--client must be wrk or autocannon (got "${asked}")`);
  if (wrkInstalled()) return "wrk";
  console.warn(
    "wrk is not installed (apt-get install -y wrk): measuring with autocannon, which saturates a core before the server does on large pages\n",
  );
  return "autocannon";
}

export interface ThroughputRow {
  path: string;
  rps: Spread;
  /** Requests per second over the hello-world page's in the same round. */
  ratio: Spread;
  /** Requests per second over the bare Node server's for the same bytes, in the same round. */
  bareRatio: Spread;
  /** The bare Node server's req/s for this page. */
  bareRps: Spread;
  /** The bare Node server's p99 for this page: the tail the machine itself gives. */
  bareP99: Spread;
  p50: Spread;
  p99: Spread;
  failures: number;
  kB: number;
}

export const targets = { ratio: 0.75, p99Ms: 120, bareRatio: 0.35, bareP99Ms: 50 };

/** Every page answers 200 before any load is put on it. */
export async function checkPaths(base: string, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    const response = await fetch(`${base}${path}`);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  }
}

/**
 * Each page right after the static hello-world page of the same build and the bare Node server
 * with the page's bytes (bare-node.ts), `rounds` times: a ratio compares a page with the
 * yardsticks measured just before it, so that a busy machine skews all alike.
 */
export async function measureThroughput(
  base: string,
  options: ThroughputOptions,
): Promise<ThroughputRow[]> {
  const paths = [helloPath, dynamicHelloPath, ...(options.paths ?? dashboardPaths)];
  await checkPaths(base, paths);
  const { client, connections, seconds } = options;
  for (const path of paths) {
    await load({ client, url: `${base}${path}`, connections: 10, seconds: Math.min(2, seconds) });
  }
  // A second of the same page first: the measurement starts with the server past the previous
  // page's load (its garbage collected, its connections closed), not in its aftermath.
  const measure = async (path: string) => {
    await load({ client, url: `${base}${path}`, connections, seconds: 1 });
    return load({ client, url: `${base}${path}`, connections, seconds });
  };
  const bare = await bareNodeServer(base, paths, browserHeaders);
  const measureBare = async (path: string) => {
    await load({ client, url: `${bare.base}${path}`, connections, seconds: 1 });
    return load({ client, url: `${bare.base}${path}`, connections, seconds });
  };
  const samples = new Map(paths.map((p) => [p, [] as LoadResult[]] as const));
  const ratios = new Map(paths.map((p) => [p, [] as number[]] as const));
  const bareRuns = new Map(paths.map((p) => [p, [] as number[]] as const));
  const bareRatios = new Map(paths.map((p) => [p, [] as number[]] as const));
  const bareP99s = new Map(paths.map((p) => [p, [] as number[]] as const));
  try {
    for (let round = 0; round < options.rounds; round++) {
      for (const path of paths.slice(1)) {
        const hello = await measure(helloPath);
        const bareNode = isYardstick(path) ? undefined : await measureBare(path);
        const page = await measure(path);
        samples.get(helloPath)?.push(hello);
        samples.get(path)?.push(page);
        ratios.get(path)?.push(page.rps / hello.rps);
        if (bareNode) {
          bareRuns.get(path)?.push(bareNode.rps);
          bareRatios.get(path)?.push(page.rps / bareNode.rps);
          bareP99s.get(path)?.push(bareNode.p99);
        }
      }
    }
  } finally {
    await bare.close();
  }
  return paths.map((path) => {
    const runs = samples.get(path) ?? [];
    return {
      path,
      rps: spread(runs.map((r) => r.rps)),
      ratio: path === helloPath ? spread([1]) : spread(ratios.get(path) ?? []),
      bareRps: spread(bareRuns.get(path) ?? []),
      bareRatio: spread(bareRatios.get(path) ?? []),
      bareP99: spread(bareP99s.get(path) ?? []),
      p50: spread(runs.map((r) => r.p50)),
      p99: spread(runs.map((r) => r.p99)),
      failures: runs.reduce((n, r) => n + r.errors + r.non2xx, 0),
      kB: (runs.find((r) => r.requests > 0)?.bytes ?? 0) / 1000,
    };
  });
}

const isYardstick = (path: string) => path === helloPath || path === dynamicHelloPath;

/** A dashboard meets the targets against the hello-world page. */
export function throughputOk(row: ThroughputRow): boolean {
  return (
    row.failures === 0 &&
    (isYardstick(row.path) ||
      (row.ratio.median >= targets.ratio && row.p99.median <= targets.p99Ms))
  );
}

/** A dashboard meets the targets against the bare Node server with its bytes. */
export function bareNodeOk(row: ThroughputRow): boolean {
  return (
    row.failures === 0 &&
    (isYardstick(row.path) ||
      (row.bareRatio.median >= targets.bareRatio && row.p99.median <= targets.bareP99Ms))
  );
}

export function printThroughput(rows: ThroughputRow[], options: ThroughputOptions): void {
  console.log(
    `Throughput (${options.client}): ${options.connections} connections, ${options.seconds} s per page after 1 s of warm-up, each page right after the hello-world page, ${options.rounds} round(s); median (min–max)`,
  );
  console.log(
    `Targets: ≥ ${targets.ratio}× the hello-world page's req/s and p99 ≤ ${targets.p99Ms} ms; ≥ ${targets.bareRatio}× a bare Node server's req/s with the same bytes and p99 ≤ ${targets.bareP99Ms} ms; no errors or non-2xx\n`,
  );
  const yardstick = (r: ThroughputRow) => (r.failures === 0 ? "yardstick" : "FAIL");
  printTable(
    [
      "page",
      "req/s",
      "bare Node req/s",
      "× bare Node",
      "× hello",
      "p50 ms",
      "p99 ms",
      "bare p99 ms",
      "errors+non2xx",
      "kB/resp",
      "vs bare",
      "vs hello",
    ],
    rows.map((r) => [
      r.path,
      formatSpread(r.rps),
      isYardstick(r.path) ? "–" : formatSpread(r.bareRps),
      isYardstick(r.path) ? "–" : formatSpread(r.bareRatio, 2),
      formatSpread(r.ratio, 2),
      formatSpread(r.p50),
      formatSpread(r.p99),
      isYardstick(r.path) ? "–" : formatSpread(r.bareP99),
      r.failures,
      r.kB.toFixed(1),
      isYardstick(r.path) ? yardstick(r) : verdict(bareNodeOk(r)),
      isYardstick(r.path) ? yardstick(r) : verdict(throughputOk(r)),
    ]),
  );
}
