import { clientIp } from "@aiml/auth";
import type { Database } from "@aiml/db";

const WINDOW_MS = 60_000;

export interface PublicReadLimitOptions {
  db: () => Database;
  /** Reads per client and minute, over every instance; 0 turns the limit off. */
  perMinute: number;
  /** How often this instance adds its counts to Postgres and learns the totals. */
  syncMs?: number;
}

export interface PublicReadLimiter {
  /** Counts one read for the client: 0, or the seconds to wait when it is over its limit. */
  take(client: string): number;
  /** Adds the counts not yet sent to Postgres now (the timer does it every `syncMs`). */
  sync(): Promise<void>;
  stop(): void;
}

interface ClientCount {
  window: number;
  /** Reads here not yet added to Postgres. */
  pending: number;
  /** The client's total over every instance at the last sync (this instance's included). */
  total: number;
}

/**
 * A per-client limit on public reads shared by every instance through Postgres, without a
 * query per request: each read is counted in memory (a map lookup), and every `syncMs` the
 * instance adds its counts to the client's row for the minute in one statement and reads the
 * new totals back. A client can therefore pass its limit by what the other instances counted
 * since their last sync (a second's worth), no more. While Postgres does not answer, the counts
 * wait in memory and each instance limits by what it knows.
 */
export function publicReadLimiter({
  db,
  perMinute,
  syncMs = 1_000,
}: PublicReadLimitOptions): PublicReadLimiter {
  const counts = new Map<string, ClientCount>();
  let timer: NodeJS.Timeout | undefined;
  let syncing: Promise<void> | undefined;
  let lastPrune = 0;

  async function syncNow() {
    const now = Date.now();
    const window = Math.floor(now / WINDOW_MS);
    const sent: [string, ClientCount, number][] = [];
    for (const [client, count] of counts) {
      if (count.window < window) counts.delete(client);
      else if (count.pending > 0) sent.push([client, count, count.pending]);
    }
    if (sent.length === 0) return;
    for (const [, count, n] of sent) count.pending -= n;
    const windowStart = new Date(window * WINDOW_MS);
    try {
      const rows = await db().$queryRaw<{ client: string; count: number }[]>`
        INSERT INTO public_read_count (client, "windowStart", count)
        SELECT client, ${windowStart}, n
        FROM unnest(${sent.map(([client]) => client)}::text[], ${sent.map(([, , n]) => n)}::int[])
          AS batch(client, n)
        ON CONFLICT (client, "windowStart")
          DO UPDATE SET count = public_read_count.count + excluded.count
        RETURNING client, count`;
      for (const row of rows) {
        const count = counts.get(row.client);
        if (count?.window === window) count.total = Math.max(count.total, row.count);
      }
      if (now - lastPrune > WINDOW_MS) {
        lastPrune = now;
        await db().$executeRaw`
          DELETE FROM public_read_count WHERE "windowStart" < ${new Date((window - 2) * WINDOW_MS)}`;
      }
    } catch {
      // Postgres is away: keep the counts for the next sync.
      for (const [, count, n] of sent) count.pending += n;
    }
  }

  const sync = () => {
    syncing ??= syncNow().finally(() => {
      syncing = undefined;
    });
    return syncing;
  };

  return {
    take(client) {
      if (perMinute <= 0) return 0;
      const now = Date.now();
      const window = Math.floor(now / WINDOW_MS);
      let count = counts.get(client);
      if (count?.window !== window) {
        count = { window, pending: 0, total: 0 };
        counts.set(client, count);
      }
      if (count.total + count.pending >= perMinute) {
        return Math.max(1, Math.ceil(((window + 1) * WINDOW_MS - now) / 1000));
      }
      count.pending += 1;
      if (!timer) {
        timer = setInterval(() => void sync(), syncMs);
        timer.unref();
      }
      return 0;
    },
    sync,
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}

/** The 429 of a client over its limit, with the standard Retry-After. */
export function tooManyReads(retryAfterSeconds: number): Response {
  return Response.json(
    { error: `Too many requests from your address. Try again in ${retryAfterSeconds} s.` },
    {
      status: 429,
      headers: { "retry-after": String(retryAfterSeconds), "cache-control": "no-store" },
    },
  );
}

type Handle = (request: Request) => Promise<Response>;

/**
 * A handler whose reads (GET, HEAD) count against the client's limit; writes are not counted
 * here (they have their own checks). The client is the address the app's server resolved
 * (see clientIp).
 */
export function publicReadsLimited(limiter: () => PublicReadLimiter, handle: Handle): Handle {
  return async (request) => {
    if (request.method === "GET" || request.method === "HEAD") {
      const wait = limiter().take(clientIp(request.headers));
      if (wait > 0) return tooManyReads(wait);
    }
    return handle(request);
  };
}
