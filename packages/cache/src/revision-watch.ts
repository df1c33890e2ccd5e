import { type Database, listenConnection } from "@aiml/db";
import { processShared } from "./process-shared";
import { currentDataRevision } from "./revision-cache";

/** Postgres announces every new revision here (a trigger on "DataRevision", see migrations). */
const CHANNEL = "data_revision";
const READ_REVISION = `SELECT "revision" FROM "DataRevision" WHERE "id" = 1`;

export interface RevisionWatchOptions {
  /** How often the revision is read while listening (on the listening connection, which it also proves alive) and while not (through the pool). */
  checkMs: number;
  /** A revision not confirmed for this long is not trusted: it is read per request again. */
  trustMs: number;
  /** The wait before the listening connection is opened again after it failed. */
  reconnectMs: number;
}

const defaults: RevisionWatchOptions = { checkMs: 250, trustMs: 1_000, reconnectMs: 1_000 };

export type WatchMode = "listening" | "polling" | "stopped";

/**
 * The data revision held in memory, so that a request does not read it: Postgres pushes each
 * new one (LISTEN/NOTIFY on a connection of its own) the moment its transaction commits. The
 * revision is also read every `checkMs`: on the listening connection while there is one (which
 * proves it alive: a cut that sends no error is noticed), through the pool while there is none
 * (the fallback, until the connection is open again). A revision not confirmed within `trustMs`
 * is not used: each request then reads it as before. So another instance's publish is seen
 * within about a second whatever happens to the connection, and usually within milliseconds.
 */
export class RevisionWatch {
  #revision: number | null = null;
  #confirmedAt = 0;
  #mode: WatchMode = "polling";
  #connection: ReturnType<typeof listenConnection> | null = null;
  #timer: NodeJS.Timeout | null = null;
  #reconnect: NodeJS.Timeout | null = null;
  #checking = false;
  readonly #options: RevisionWatchOptions;

  constructor(
    private readonly db: Database,
    options: Partial<RevisionWatchOptions> = {},
    private readonly name = "aiml-revision-watch",
  ) {
    this.#options = { ...defaults, ...options };
    this.#timer = setInterval(() => void this.#check(), this.#options.checkMs);
    this.#timer.unref();
    void this.#listen();
  }

  get mode(): WatchMode {
    return this.#mode;
  }

  /** The revision: from memory while it is confirmed, else read now (throws when it cannot be). */
  revision(): number | Promise<number> {
    if (this.#revision !== null && performance.now() - this.#confirmedAt < this.#options.trustMs) {
      return this.#revision;
    }
    return currentDataRevision(this.db).then((revision) => {
      this.saw(revision);
      return revision;
    });
  }

  /** A revision read or announced now (revisions only grow: an older one changes nothing). */
  saw(revision: number): void {
    if (this.#revision === null || revision > this.#revision) this.#revision = revision;
    this.#confirmedAt = performance.now();
  }

  /** Reads the revision now (after a write through this instance, before it answers). */
  async sync(): Promise<number> {
    const revision = await currentDataRevision(this.db);
    this.saw(revision);
    return revision;
  }

  stop(): void {
    this.#mode = "stopped";
    if (this.#timer) clearInterval(this.#timer);
    if (this.#reconnect) clearTimeout(this.#reconnect);
    void this.#connection?.end().catch(() => {});
    this.#connection = null;
  }

  async #listen(): Promise<void> {
    if (this.#mode === "stopped") return;
    let connection: ReturnType<typeof listenConnection>;
    try {
      connection = listenConnection(this.db, this.name);
    } catch {
      // Not a client of createPrismaClient: the pool alone keeps the revision (polling).
      return;
    }
    this.#connection = connection;
    connection.on("notification", (message) => {
      const revision = Number(message.payload);
      if (message.channel === CHANNEL && Number.isSafeInteger(revision)) this.saw(revision);
    });
    connection.on("error", () => this.#lost(connection));
    connection.on("end", () => this.#lost(connection));
    try {
      await connection.connect();
      await connection.query(`LISTEN ${CHANNEL}`);
      // Read after LISTEN: a publish between the two is in the read or in a notification.
      this.#readOn(connection, await connection.query<{ revision: number }>(READ_REVISION));
      if (this.#connection === connection && this.mode !== "stopped") this.#mode = "listening";
    } catch {
      this.#lost(connection);
    }
  }

  #readOn(connection: unknown, result: { rows: { revision: number }[] }) {
    if (this.#connection === connection) this.saw(result.rows[0]?.revision ?? 0);
  }

  /** The listening connection failed: the pool takes over until it is open again. */
  #lost(connection: ReturnType<typeof listenConnection>) {
    if (this.#connection !== connection) return;
    this.#connection = null;
    connection.removeAllListeners("end");
    connection.on("error", () => {});
    void connection.end().catch(() => {});
    if (this.#mode === "stopped") return;
    this.#mode = "polling";
    this.#reconnect = setTimeout(() => void this.#listen(), this.#options.reconnectMs);
    this.#reconnect.unref();
  }

  async #check(): Promise<void> {
    if (this.#checking || this.#mode === "stopped") return;
    this.#checking = true;
    const connection = this.#mode === "listening" ? this.#connection : null;
    try {
      if (connection) {
        const timeout = setTimeout(() => this.#lost(connection), this.#options.trustMs);
        try {
          this.#readOn(connection, await connection.query(READ_REVISION));
        } finally {
          clearTimeout(timeout);
        }
      } else {
        await this.sync();
      }
    } catch {
      // Listening: the connection's own error event switches to polling. Polling: the next
      // check tries again, and the revision stops being trusted after trustMs.
    } finally {
      this.#checking = false;
    }
  }
}

const watches = processShared("revision-watches", () => new WeakMap<Database, RevisionWatch>());

/**
 * The process's watch of `db`'s data revision (one per database client), started on first use
 * (with `options`, which tests shorten or lengthen).
 */
export function revisionWatch(
  db: Database,
  options?: Partial<RevisionWatchOptions>,
): RevisionWatch {
  let watch = watches.get(db);
  if (!watch) {
    watch = new RevisionWatch(db, options);
    watches.set(db, watch);
  }
  return watch;
}

/** The data revision of `db` without a read per request (see RevisionWatch). */
export const watchedDataRevision = (db: Database): number | Promise<number> =>
  revisionWatch(db).revision();

/**
 * After a write through this instance, before it answers: the revision it committed is then
 * used by this instance's next request, whether or not the notification has arrived yet.
 * Nothing happens when this process watches no revision of `db`.
 */
export async function syncWatchedRevision(db: Database): Promise<void> {
  await watches.get(db)?.sync();
}

/** Ends the watch of `db` (tests, shutdown). */
export function stopRevisionWatch(db: Database): void {
  watches.get(db)?.stop();
  watches.delete(db);
}
