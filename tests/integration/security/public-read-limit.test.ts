import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { publicReadLimiter } from "@aiml/web/serving/routes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestAuth, type TestAuth } from "../helpers/auth-http";
import { createTrpcServer, procedureRequest, TRPC_ORIGIN } from "../helpers/trpc-http";

let t: TestDatabase;
let a: TestAuth;

beforeAll(async () => {
  t = await createTestDatabase();
  a = createTestAuth(t);
});
afterAll(async () => {
  await a?.close();
  await t?.drop();
});

/** Two app instances' limiters on one database, synced by hand (the timer is not awaited). */
const twoInstances = (perMinute: number) =>
  [1, 2].map(() => publicReadLimiter({ db: () => t.db, perMinute, syncMs: 3_600_000 }));

/**
 * The limit counts per wall-clock minute: a test that crossed into the next minute would see its
 * counts start again. Starts a test at least 15 s before the minute ends.
 */
async function awayFromMinuteEdge(): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 15_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

const takes = (limiter: { take(c: string): number }, client: string, n: number) =>
  Array.from({ length: n }, () => limiter.take(client));

describe("the public read limit", () => {
  it("holds across instances: a client's reads add up in Postgres", async () => {
    await awayFromMinuteEdge();
    const [one, two] = twoInstances(50);
    if (!one || !two) throw new Error("two instances expected");
    const client = "203.0.113.50";
    expect(takes(one, client, 30).every((w) => w === 0)).toBe(true);
    await one.sync();
    expect(takes(two, client, 10).every((w) => w === 0)).toBe(true);
    await two.sync();
    // Instance two now knows of all 40: ten more, then it refuses.
    expect(takes(two, client, 10).every((w) => w === 0)).toBe(true);
    const wait = two.take(client);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    await two.sync();
    // Instance one learns the total at its next sync.
    one.take(client);
    await one.sync();
    expect(one.take(client)).toBeGreaterThan(0);
    const [row] = await t.db.publicReadCount.findMany({ where: { client } });
    expect(row?.count).toBe(51);
    // Another client is not affected.
    expect(one.take("203.0.113.51")).toBe(0);
  });

  it("answers tRPC reads over the limit with 429 and Retry-After, kept responses included", async () => {
    await awayFromMinuteEdge();
    const [limiter] = twoInstances(20);
    if (!limiter) throw new Error("no limiter");
    const server = createTrpcServer(t.db, a.getSession, limiter);
    const read = (ip: string) => {
      const request = procedureRequest("market.dimensions", "query");
      request.headers.set("x-forwarded-for", ip);
      return server.handle(request);
    };
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await read("203.0.113.60")).status);
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
    const limited = await read("203.0.113.60");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await read("203.0.113.61")).status).toBe(200);
    // Writes are not counted here (they have the cross-site and session checks).
    const write = await server.handle(
      new Request(`${TRPC_ORIGIN}/api/trpc/scenario.create`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.60" },
        body: "{}",
      }),
    );
    expect(write.status).toBe(401);
    limiter.stop();
  });

  it("keeps counting while Postgres is away, and limits by what it knows", async () => {
    await awayFromMinuteEdge();
    const limiter = publicReadLimiter({
      db: () => {
        throw new Error("database down");
      },
      perMinute: 5,
      syncMs: 3_600_000,
    });
    expect(takes(limiter, "203.0.113.70", 5).every((w) => w === 0)).toBe(true);
    await limiter.sync();
    expect(limiter.take("203.0.113.70")).toBeGreaterThan(0);
  });

  it("costs about a microsecond or less per read (measured)", () => {
    const limiter = publicReadLimiter({ db: () => t.db, perMinute: 1e9, syncMs: 3_600_000 });
    const clients = Array.from({ length: 1000 }, (_, i) => `198.51.100.${i % 250}.${i}`);
    const started = process.hrtime.bigint();
    for (let i = 0; i < 1_000_000; i++) limiter.take(clients[i % 1000] ?? "");
    const nsPerRead = Number(process.hrtime.bigint() - started) / 1_000_000;
    console.log(`public read limit: ${nsPerRead.toFixed(0)} ns per counted read`);
    expect(nsPerRead).toBeLessThan(5_000);
    limiter.stop();
  });
});
