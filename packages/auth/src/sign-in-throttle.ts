import { createHash } from "node:crypto";
import type { AuthDatabase as Database } from "@aiml/db";

export interface ThrottlePolicy {
  /** Failures counted within this window… */
  windowMinutes: number;
  /** …up to this many before the key is locked… */
  maxFailures: number;
  /** …for this long. */
  lockMinutes: number;
}

export const accountPolicy: ThrottlePolicy = { windowMinutes: 15, maxFailures: 5, lockMinutes: 15 };
export const clientPolicy: ThrottlePolicy = { windowMinutes: 15, maxFailures: 20, lockMinutes: 15 };

/**
 * The email is hashed: whatever a request sends (kilobytes, NUL characters) makes a short key
 * that Postgres can store and index.
 */
export const accountKey = (email: string) =>
  `account:${createHash("sha256").update(email.trim().toLowerCase()).digest("hex")}`;
export const clientKey = (ip: string) => `client:${ip}`;

/** Seconds until the key may try again, or 0 when it is not locked. */
export async function lockedForSeconds(db: Database, key: string): Promise<number> {
  const row = await db.signInThrottle.findUnique({ where: { key }, select: { lockedUntil: true } });
  if (!row?.lockedUntil) return 0;
  return Math.max(0, Math.ceil((row.lockedUntil.getTime() - Date.now()) / 1000));
}

/**
 * Counts one failed sign-in for the key, atomically in Postgres so that every app instance
 * shares the count, and locks the key once it reaches the policy's limit.
 */
export async function recordFailure(
  db: Database,
  key: string,
  policy: ThrottlePolicy,
): Promise<void> {
  const window = `${policy.windowMinutes} minutes`;
  const [row] = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO sign_in_throttle (key, failures, "windowStart")
    VALUES (${key}, 1, now())
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN sign_in_throttle."windowStart" < now() - ${window}::interval
        THEN 1 ELSE sign_in_throttle.failures + 1 END,
      "windowStart" = CASE WHEN sign_in_throttle."windowStart" < now() - ${window}::interval
        THEN now() ELSE sign_in_throttle."windowStart" END
    RETURNING failures`;
  if (row && row.failures >= policy.maxFailures) {
    await db.$executeRaw`
      UPDATE sign_in_throttle SET "lockedUntil" = now() + ${`${policy.lockMinutes} minutes`}::interval,
        failures = 0, "windowStart" = now()
      WHERE key = ${key}`;
  }
}

export async function clearFailures(db: Database, key: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key } });
}
