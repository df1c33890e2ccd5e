import type { Database } from "@aiml/db";
import { LRUCache } from "lru-cache";
import { currentDataRevision } from "./revision-cache";

export interface RevisionResponseOptions<V> {
  /** All kept values together, in bytes (see sizeOf); the least recently used go first. */
  maxBytes: number;
  /** A value larger than this is served but not kept. */
  maxEntryBytes: number;
  sizeOf: (value: V) => number;
  /**
   * Where the revision comes from: read per request by default (currentDataRevision), or
   * watchedDataRevision (no read per request; another instance's publish is seen within a
   * second instead of on the next request).
   */
  revision?: (db: Database) => number | Promise<number>;
}

/** What producing a response gave: the value, and whether it may be served to others. */
export interface Produced<V> {
  value: V;
  keep: boolean;
}

interface Entry<V> {
  revision: number;
  value: V;
}

/**
 * Whole responses that depend only on their key (a URL) and the published benchmark data, kept
 * until the next publish. The data revision is read for every request (one shared primary-key
 * read, see currentDataRevision), so a publish through any app instance is seen by the next
 * request on every instance.
 *
 * A value is kept only when `produce` allows it (a 200, say) and the revision was the same
 * before and after it was produced, so that it shows exactly that revision. Concurrent requests
 * for a key that is not kept yet share one `produce`.
 *
 * Throws when the revision cannot be read (the database is down): callers then answer as if
 * nothing were kept.
 */
export function revisionResponses<V>(db: () => Database, options: RevisionResponseOptions<V>) {
  const kept = new LRUCache<string, Entry<V>>({
    maxSize: options.maxBytes,
    maxEntrySize: options.maxEntryBytes,
    sizeCalculation: (entry) => Math.max(1, options.sizeOf(entry.value)),
  });
  const producing = new Map<string, Promise<Produced<V>>>();
  const revisionOf = options.revision ?? currentDataRevision;

  function produceOnce(key: string, revision: number, produce: () => Promise<Produced<V>>) {
    const flightKey = `${revision}\u0000${key}`;
    let flight = producing.get(flightKey);
    if (!flight) {
      flight = (async () => {
        const produced = await produce();
        let unchanged: boolean;
        try {
          unchanged = (await revisionOf(db())) === revision;
        } catch {
          unchanged = false;
        }
        if (produced.keep && unchanged) kept.set(key, { revision, value: produced.value });
        return produced;
      })();
      producing.set(flightKey, flight);
      const clear = () => producing.delete(flightKey);
      flight.then(clear, clear);
    }
    return flight;
  }

  return {
    async get(
      key: string,
      produce: () => Promise<Produced<V>>,
    ): Promise<{ value: V; hit: boolean }> {
      const revision = await revisionOf(db());
      const entry = kept.get(key);
      if (entry?.revision === revision) return { value: entry.value, hit: true };
      return { value: (await produceOnce(key, revision, produce)).value, hit: false };
    },
    clear: () => kept.clear(),
  };
}
