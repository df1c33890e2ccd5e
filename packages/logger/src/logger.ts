import pino, { type DestinationStream, type Logger } from "pino";
import { type LogLevel, readLogLevel } from "./env";
import { REDACTED, redactPaths } from "./redact";

export type { Logger };

export interface LoggerOptions {
  level?: LogLevel;
  /** Where the JSON lines go: stdout unless given (tests capture them). */
  destination?: DestinationStream;
}

/** One JSON object per line, levels by name, ISO timestamps, secrets redacted. */
export function createLogger({ level = readLogLevel(), destination }: LoggerOptions = {}): Logger {
  const options: pino.LoggerOptions = {
    level,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: redactPaths, censor: REDACTED },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** The process's logger, configured by LOG_LEVEL. */
export const logger: Logger = createLogger();
