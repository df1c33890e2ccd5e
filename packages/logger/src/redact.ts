/**
 * Keys whose values never reach a log line, at the top level or one object down (pino's
 * redaction runs on every line, so the paths stay few and shallow). Request bodies of the auth
 * routes are never logged at all; this catches a secret passed along by mistake.
 */
const secretKeys = [
  "password",
  "newPassword",
  "currentPassword",
  "token",
  "accessToken",
  "refreshToken",
  "idToken",
  "sessionToken",
  "secret",
  "cookie",
  "cookies",
  "authorization",
  "set-cookie",
  "x-api-key",
];

const path = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`);
const join = (prefix: string, key: string) =>
  path(key).startsWith("[") ? `${prefix}${path(key)}` : `${prefix}.${path(key)}`;

export const redactPaths: string[] = secretKeys.flatMap((key) => [path(key), join("*", key)]);

export const REDACTED = "[redacted]";
