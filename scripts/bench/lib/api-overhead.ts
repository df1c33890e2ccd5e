import { formatSpread, type Spread, spread } from "@aiml/script-lib/stats";
import { type LoadResult, load } from "./load";
import { printTable, verdict } from "./table";

const dashboardInput = { json: { page: "pay", filters: { comp: "all", highlight: [] } } };

/** The public market queries, as a browser's tRPC client would ask for them (GET). */
export interface ApiQuery {
  name: string;
  search: string;
}

export const apiQueries: ApiQuery[] = [
  { name: "market.overview", search: "" },
  {
    name: "market.dashboard",
    search: `?input=${encodeURIComponent(JSON.stringify(dashboardInput))}`,
  },
  { name: "market.sources", search: "" },
  { name: "market.dimensions", search: "" },
];

export const apiTarget = 0.9;

export interface ApiRow {
  name: string;
  trpc: Spread;
  plain: Spread;
  ratio: Spread;
  trpcP99: Spread;
  plainP99: Spread;
  failures: number;
  kB: number;
}

export const trpcUrl = (base: string, q: ApiQuery) => `${base}/api/trpc/${q.name}${q.search}`;
/**
 * The plain route keeps the first answer for each URL; `capture` (ignored by tRPC) names a new
 * capture whenever the data has changed.
 */
const plainUrl = (base: string, q: ApiQuery, capture: string) =>
  `${base}/api/bench/plain/${q.name}${q.search}${q.search ? "&" : "?"}capture=${capture}`;

/** The plain route must answer with exactly the tRPC endpoint's bytes and content type. */
async function checkSameBytes(base: string, queries: ApiQuery[], capture: string) {
  for (const q of queries) {
    const [a, b] = await Promise.all([fetch(trpcUrl(base, q)), fetch(plainUrl(base, q, capture))]);
    const [bodyA, bodyB] = await Promise.all([a.arrayBuffer(), b.arrayBuffer()]);
    if (a.status !== 200 || b.status !== 200)
      throw new Error(`${q.name}: tRPC answered ${a.status}, the plain route ${b.status}`);
    if (a.headers.get("content-type") !== b.headers.get("content-type"))
      throw new Error(`${q.name}: the content types differ`);
    if (!Buffer.from(bodyA).equals(Buffer.from(bodyB)))
      throw new Error(`${q.name}: the plain route's bytes differ from the tRPC endpoint's`);
  }
}

/**
 * Each query over tRPC and the same bytes from a plain route handler, back to back, `rounds`
 * times: the ratio of their request rates is the cost of the tRPC path (context, session,
 * revision check, procedure, superjson) over the bare route.
 */
export async function measureApiOverhead(
  base: string,
  options: {
    rounds: number;
    seconds: number;
    connections: number;
    queries?: ApiQuery[];
    /** A new name whenever the data changed since the last measurement (see plainUrl). */
    capture?: string;
  },
): Promise<ApiRow[]> {
  const queries = options.queries ?? apiQueries;
  const capture = options.capture ?? "1";
  await checkSameBytes(base, queries, capture);
  const runs = new Map(
    queries.map((q) => [q.name, { trpc: [] as LoadResult[], plain: [] as LoadResult[] }]),
  );
  for (const q of queries) {
    for (const url of [trpcUrl(base, q), plainUrl(base, q, capture)]) {
      await load({ url, connections: 10, seconds: Math.min(2, options.seconds) });
    }
  }
  for (let round = 0; round < options.rounds; round++) {
    for (const q of queries) {
      const entry = runs.get(q.name);
      const measure = (url: string) =>
        load({ url, connections: options.connections, seconds: options.seconds });
      entry?.trpc.push(await measure(trpcUrl(base, q)));
      entry?.plain.push(await measure(plainUrl(base, q, capture)));
    }
  }
  return queries.map((q) => {
    const { trpc, plain } = runs.get(q.name) ?? { trpc: [], plain: [] };
    return {
      name: q.name,
      trpc: spread(trpc.map((r) => r.rps)),
      plain: spread(plain.map((r) => r.rps)),
      ratio: spread(trpc.map((r, i) => r.rps / (plain[i]?.rps ?? Number.NaN))),
      trpcP99: spread(trpc.map((r) => r.p99)),
      plainP99: spread(plain.map((r) => r.p99)),
      failures: [...trpc, ...plain].reduce((n, r) => n + r.errors + r.non2xx, 0),
      kB: (trpc[0]?.bytes ?? 0) / 1000,
    };
  });
}

export const apiOk = (row: ApiRow) => row.failures === 0 && row.ratio.median >= apiTarget;

export function printApiOverhead(
  rows: ApiRow[],
  options: { rounds: number; seconds: number; connections: number },
): void {
  console.log(
    `API overhead: tRPC GET vs a plain route handler sending the same bytes; ${options.connections} connections, ${options.seconds} s each, ${options.rounds} round(s); median (min–max)`,
  );
  console.log(`Target: tRPC ≥ ${apiTarget}× the plain route's req/s, no errors or non-2xx\n`);
  printTable(
    [
      "query",
      "tRPC req/s",
      "plain req/s",
      "ratio",
      "tRPC p99 ms",
      "plain p99 ms",
      "errors+non2xx",
      "kB",
      "verdict",
    ],
    rows.map((r) => [
      r.name,
      formatSpread(r.trpc),
      formatSpread(r.plain),
      formatSpread(r.ratio, 2),
      formatSpread(r.trpcP99),
      formatSpread(r.plainP99),
      r.failures,
      r.kB.toFixed(1),
      verdict(apiOk(r)),
    ]),
  );
}
