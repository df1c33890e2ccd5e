export { withAppDatabase } from "./app-database";
export {
  canConnect,
  createDatabase,
  dropDatabase,
  ensureDatabaseExists,
  withDatabase,
} from "./databases";
export {
  type EmbeddedServerOptions,
  PortInUseError,
  type RunningServer,
  startEmbeddedServer,
} from "./embedded-server";
export { findFreePort, isPortFree } from "./port";
export { APP_DATABASE, type PreparedDatabase, prepareDatabase } from "./prepare-database";
export { isProcessAlive } from "./processes";
export { DataDirInUseError, recoverStaleLock } from "./stale-lock";
export { startThrowawayServer } from "./throwaway-server";
