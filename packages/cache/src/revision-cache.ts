import type { Database } from "@aiml/db";
import { LRUCache } from "lru-cache";
import { freshReads } from "./fresh-read";
import { processShared } from "./process-shared";

interface Entry {
  revision: number;
  value: Promise<unknown>;
}

// One cache per database client (tests run several databases in one process), shared by the
// page and API bundles: the published figures are then read once per revision, not per bundle.
const caches = processShared("revision-caches", () => new WeakMap<Database, Map<string, Entry>>());

const revisionReaders = processShared(
  "revision-readers",
  () => new WeakMap<Database, () => Promise<number>>(),
);

/**
 * The shared counter that every publish of benchmark data bumps, in the same transaction.
 * Concurrent requests share reads that began after they asked (see freshReads): under load that
 * is one query per round trip instead of one per request, and a publish is still seen by every
 * request that starts after it.
 */
export function currentDataRevision(db: Database): Promise<number> {
  let reader = revisionReaders.get(db);
  if (!reader) {
    reader = freshReads(async () => {
      const row = await db.dataRevision.findUnique({
        where: { id: 1 },
        select: { revision: true },
      });
      return row?.revision ?? 0;
    });
    revisionReaders.set(db, reader);
  }
  return reader();
}

interface EntryStore {
  get(key: string): Entry | undefined;
  set(key: string, entry: Entry): unknown;
  delete(key: string): unknown;
}

async function readThrough<T>(
  db: Database,
  cache: EntryStore,
  key: string,
  load: () => Promise<T>,
): Promise<T> {
  const revision = await currentDataRevision(db);
  const hit = cache.get(key);
  if (hit && hit.revision === revision) return hit.value as Promise<T>;

  const value = load();
  cache.set(key, { revision, value });
  value.catch(() => {
    if (cache.get(key)?.value === value) cache.delete(key);
  });
  return value;
}

/**
 * Reads through an in-process cache that is valid for one data revision. The revision lives in
 * Postgres, so a publish through any app instance invalidates every instance's cache on its next
 * request: one primary-key read per request instead of the full query. For a fixed set of keys.
 */
export function cachedByRevision<T>(db: Database, key: string, load: () => Promise<T>): Promise<T> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  return readThrough(db, cache, key, load);
}

/**
 * As cachedByRevision, for keys that come from requests (filters): the `max` most recently
 * used results are kept, one store per `name` and database.
 */
export function boundedRevisionCache<T>(name: string, max: number) {
  const stores = processShared(
    `revision-lru.${name}`,
    () => new WeakMap<Database, LRUCache<string, Entry>>(),
  );
  return (db: Database, key: string, load: () => Promise<T>): Promise<T> => {
    let store = stores.get(db);
    if (!store) {
      store = new LRUCache<string, Entry>({ max });
      stores.set(db, store);
    }
    return readThrough(db, store, key, load);
  };
}
