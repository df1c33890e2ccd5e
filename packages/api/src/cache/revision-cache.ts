import type { Database } from "@aiml/db";

interface Entry {
  revision: number;
  value: Promise<unknown>;
}

// One cache per database client (tests run several databases in one process).
const caches = new WeakMap<Database, Map<string, Entry>>();

/** The shared counter that every publish of benchmark data bumps, in the same transaction. */
export async function currentDataRevision(db: Database): Promise<number> {
  const row = await db.dataRevision.findUnique({ where: { id: 1 }, select: { revision: true } });
  return row?.revision ?? 0;
}

/**
 * Reads through an in-process cache that is valid for one data revision. The revision lives in
 * Postgres, so a publish through any app instance invalidates every instance's cache on its next
 * request: one primary-key read per request instead of the full query.
 */
export async function cachedByRevision<T>(
  db: Database,
  key: string,
  load: () => Promise<T>,
): Promise<T> {
  const revision = await currentDataRevision(db);
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const hit = cache.get(key);
  if (hit && hit.revision === revision) return hit.value as Promise<T>;

  const value = load();
  cache.set(key, { revision, value });
  value.catch(() => {
    if (cache.get(key)?.value === value) cache.delete(key);
  });
  return value;
}
