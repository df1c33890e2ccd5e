export { type LogLevel, logLevels, readLogLevel } from "./env";
export {
  createLogger,
  type Logger,
  type LoggerOptions,
  logger,
  requestLineLogger,
} from "./logger";
export { REDACTED, redactPaths } from "./redact";
export { REQUEST_ID_HEADER, requestIdFrom, saneRequestId } from "./request-id";
