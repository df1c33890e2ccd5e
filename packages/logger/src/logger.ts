import pino, { type DestinationStream, type Logger } from "pino";
import { type LogLevel, readLogLevel } from "./env";
import { REDACTED, redactPaths } from "./redact";

export type { Logger };

export interface LoggerOptions {
  level?: LogLevel;
  /** Where the JSON lines go: stdout unless given (tests capture them). */
  destination?: DestinationStream;
  /** Redact secret keys (on by default). Off only for lines whose every field is known. */
  redact?: boolean;
}

/** One JSON object per line, levels by name, ISO timestamps, secrets redacted. */
export function createLogger({
  level = readLogLevel(),
  destination,
  redact = true,
}: LoggerOptions = {}): Logger {
  const options: pino.LoggerOptions = {
    level,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    ...(redact ? { redact: { paths: redactPaths, censor: REDACTED } } : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}

/** The process's logger, configured by LOG_LEVEL. */
export const logger: Logger = createLogger();

/**
 * The request log's logger (see installRequestLogging): its lines hold a method, a path without
 * the query, a status, a duration and ids, never a secret, so they skip the redaction, which
 * measured at more than half the cost of a line (a tenth of a kept page's).
 */
export const requestLineLogger: Logger = createLogger({ redact: false });
