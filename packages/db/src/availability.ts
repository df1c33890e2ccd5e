/** Prisma's codes for a server it cannot reach or that dropped the connection. */
const prismaCodes = new Set(["P1001", "P1002", "P1008", "P1017"]);
/** The same, as the pg driver adapter names them. */
const adapterKinds = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
const socketCodes = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH"]);
/** node-postgres reports a lost or refused connection with these messages and no code. */
const driverMessages =
  /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Can't reach database server/i;

/** SQLSTATE class 08 (connection exception), shutdown or start-up in progress, too many connections. */
function isUnavailableSqlState(code: string): boolean {
  return code.startsWith("08") || ["57P01", "57P02", "57P03", "53300"].includes(code);
}

function isUnavailableOne(error: object): boolean {
  const { code, kind, message } = error as { code?: unknown; kind?: unknown; message?: unknown };
  if (typeof code === "string") {
    if (prismaCodes.has(code) || socketCodes.has(code) || isUnavailableSqlState(code)) return true;
  }
  if (typeof kind === "string" && adapterKinds.has(kind)) return true;
  return typeof message === "string" && driverMessages.test(message);
}

/** The errors an error wraps: its cause, and the driver's error a Prisma error carries in `meta`. */
function wrapped(error: object): unknown[] {
  const { cause, meta } = error as { cause?: unknown; meta?: { driverAdapterError?: unknown } };
  return [cause, meta?.driverAdapterError];
}

/**
 * Whether an error means the database is down or unreachable (refused or lost connection,
 * shutdown in progress), as opposed to a failed query: the request may succeed once it is back.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 5) return false;
  return isUnavailableOne(error) || wrapped(error).some((e) => isDatabaseUnavailable(e, depth + 1));
}

interface AvailabilityState {
  downSince: number | null;
}

// On globalThis: the proxy and the route handlers are bundled apart but share one process.
const shared = globalThis as unknown as { __aimlDatabaseAvailability?: AvailabilityState };
shared.__aimlDatabaseAvailability ??= { downSince: null };
const state = shared.__aimlDatabaseAvailability;

/** Notes a database error; one saying the database is unreachable marks it down. */
export function reportDatabaseError(error: unknown): void {
  if (isDatabaseUnavailable(error)) state.downSince ??= Date.now();
}

/** Notes that the database answered. */
export function reportDatabaseUp(): void {
  state.downSince = null;
}

/** When this process last saw the database become unreachable, or null while it answers. */
export function databaseDownSince(): number | null {
  return state.downSince;
}
