import { databaseUrlSetting } from "../env/settings";
import { startThrowawayServer } from "../lifecycle/throwaway-server";

export interface TestServer {
  /** A connection string that may create and drop databases. */
  serverUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * The Postgres server tests create their databases on: the one in DATABASE_URL when set,
 * else a throwaway embedded server.
 */
export async function startTestServer(): Promise<TestServer> {
  const external = databaseUrlSetting();
  if (external) return { serverUrl: external, embedded: false, stop: async () => {} };
  const server = await startThrowawayServer();
  return { serverUrl: server.serverUrl, embedded: true, stop: server.stop };
}
