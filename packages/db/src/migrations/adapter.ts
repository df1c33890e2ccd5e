import { PrismaPg } from "@prisma/adapter-pg";
import type {
  ConnectionInfo,
  IsolationLevel,
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { CatalogFriendlyClient, restoreCharColumns } from "./catalog-client.ts";
import { type ConnectionConfig, poolConfig } from "./connection.ts";
import { createTemporaryDatabase, type TemporaryDatabase } from "./shadow-database.ts";

/**
 * The driver adapter factory handed to the schema engine. It works around adapter-pg 7.10.0
 * defects and keeps track of every connection and shadow database so `close()` can release them
 * whatever the engine did.
 */
export class MigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";
  readonly #open = new Set<EngineAdapter>();
  readonly #shadows = new Set<TemporaryDatabase>();
  #failure: Error | undefined;

  constructor(readonly config: ConnectionConfig) {}

  async connect(): Promise<SqlDriverAdapter> {
    return this.#adapterFor(this.config);
  }

  // adapter-pg's own version drops the shadow database while its pool is still open (which
  // fails) and leaks a pool on the main database.
  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = await createTemporaryDatabase(this.config).catch((error: Error) => {
      // The engine reports errors thrown here only as "external connector error".
      const { host, port } = this.config;
      this.#failure = new Error(
        `Could not create a shadow database on ${host}:${port} (the user needs CREATEDB): ${error.message}`,
        { cause: error },
      );
      throw this.#failure;
    });
    this.#shadows.add(shadow);
    try {
      return await this.#adapterFor(shadow.config, async () => {
        this.#shadows.delete(shadow);
        await shadow.drop();
      });
    } catch (error) {
      this.#shadows.delete(shadow);
      await shadow.drop();
      throw error;
    }
  }

  /** An error from this factory that the engine would have reported without its message. */
  takeFailure(): Error | undefined {
    const failure = this.#failure;
    this.#failure = undefined;
    return failure;
  }

  async close(): Promise<void> {
    const results = await Promise.allSettled([...this.#open].map((adapter) => adapter.dispose()));
    results.push(...(await Promise.allSettled([...this.#shadows].map((shadow) => shadow.drop()))));
    this.#shadows.clear();
    const failure = results.find((result) => result.status === "rejected");
    if (failure) throw failure.reason;
  }

  async #adapterFor(
    config: ConnectionConfig,
    afterDispose?: () => Promise<void>,
  ): Promise<SqlDriverAdapter> {
    const inner = await new PrismaPg(
      { ...poolConfig(config), Client: CatalogFriendlyClient },
      { schema: config.schema },
    ).connect();
    const adapter = new EngineAdapter(inner, async () => {
      this.#open.delete(adapter);
      await afterDispose?.();
    });
    this.#open.add(adapter);
    return adapter;
  }
}

class EngineAdapter implements SqlDriverAdapter {
  readonly provider = "postgres";
  readonly adapterName: string;
  #disposed = false;

  constructor(
    private readonly inner: SqlDriverAdapter,
    private readonly afterDispose: () => Promise<void>,
  ) {
    this.adapterName = inner.adapterName;
  }

  async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return restoreCharColumns(await this.inner.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.inner.executeRaw(query);
  }

  // adapter-pg splits scripts at every ";", breaking dollar-quoted function bodies. A query
  // without parameters goes over the simple protocol instead, which runs the whole script in one
  // implicit transaction, as the native engine does.
  async executeScript(script: string): Promise<void> {
    await this.inner.executeRaw({ sql: script, args: [], argTypes: [] });
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const transaction = await this.inner.startTransaction(isolationLevel);
    const queryRaw = transaction.queryRaw.bind(transaction);
    transaction.queryRaw = async (query) => restoreCharColumns(await queryRaw(query));
    return transaction;
  }

  getConnectionInfo(): ConnectionInfo {
    return this.inner.getConnectionInfo?.() ?? { supportsRelationJoins: true };
  }

  async dispose(): Promise<void> {
    if (this.#disposed) return;
    this.#disposed = true;
    try {
      await this.inner.dispose();
    } finally {
      await this.afterDispose();
    }
  }
}
