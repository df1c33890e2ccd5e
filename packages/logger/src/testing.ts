// Test support: a logger that keeps its lines in memory (used by this package's tests and tests/).
import { createLogger, type Logger } from "./logger";

export interface CapturedLogs {
  log: Logger;
  /** Every chunk the logger wrote, as written. */
  raw: string[];
  /** Each line parsed (throws on a line that is not JSON). */
  lines(): Record<string, unknown>[];
  /** The parsed lines of one event, e.g. "auth.sign_in". */
  events(event: string): Record<string, unknown>[];
}

/** A logger at debug level that keeps its JSON lines in memory. */
export function captureLogs(): CapturedLogs {
  const raw: string[] = [];
  const log = createLogger({ level: "debug", destination: { write: (line) => raw.push(line) } });
  const lines = () => raw.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { log, raw, lines, events: (event) => lines().filter((l) => l.event === event) };
}
