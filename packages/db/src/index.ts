export {
  databaseDownSince,
  isDatabaseUnavailable,
  reportDatabaseError,
  reportDatabaseUp,
} from "./availability";
export { dataPointColumns, dataPointRow, isoDateToDate } from "./benchmarks/data-point-row";
export {
  type AuthDatabase,
  createAuthPrismaClient,
  createPrismaClient,
  type Database,
  getAuthDb,
  getDb,
} from "./client";
export * from "./generated/prisma/client";
export { listenConnection } from "./listen-connection";
export { transactionConnection } from "./transaction-connection";
