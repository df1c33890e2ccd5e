import { createHash } from "node:crypto";
import type { AuthDatabase as Database } from "@aiml/db";
import { clientIp } from "./client-ip";

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

/**
 * Reserves one sign-in attempt for the key before its password is checked: 0 when reserved,
 * otherwise the seconds until the key may try again. One UPDATE per key, atomic in Postgres
 * (the row is locked while it runs, and concurrent attempts re-read it), so any number of
 * concurrent attempts on any number of instances get at most `maxFailures` password checks per
 * window. The attempt that reaches the limit locks the key; an attempt that turns out not to
 * have been a wrong password gives its reservation back (refundAttempt).
 */
export async function reserveAttempt(
  db: Database,
  key: string,
  policy: ThrottlePolicy,
): Promise<number> {
  const window = `${policy.windowMinutes} minutes`;
  const lock = `${policy.lockMinutes} minutes`;
  await db.$executeRaw`
    INSERT INTO sign_in_throttle (key, failures, "windowStart") VALUES (${key}, 0, now())
    ON CONFLICT (key) DO NOTHING`;
  // A window that has passed, or a lock that has ended, starts the count again. Every
  // expression reads the row as it is when the UPDATE gets its lock (Postgres re-reads it after
  // a concurrent update), so no two attempts reserve the same place.
  const [reserved] = await db.$queryRaw<{ failures: number }[]>`
    UPDATE sign_in_throttle SET
      failures = CASE
        WHEN "windowStart" < now() - ${window}::interval OR "lockedUntil" IS NOT NULL THEN 1
        ELSE failures + 1 END,
      "windowStart" = CASE
        WHEN "windowStart" < now() - ${window}::interval OR "lockedUntil" IS NOT NULL THEN now()
        ELSE "windowStart" END,
      "lockedUntil" = CASE
        WHEN (CASE
          WHEN "windowStart" < now() - ${window}::interval OR "lockedUntil" IS NOT NULL THEN 1
          ELSE failures + 1 END) >= ${policy.maxFailures} THEN now() + ${lock}::interval
        ELSE NULL END
    WHERE key = ${key}
      AND ("lockedUntil" IS NULL OR "lockedUntil" <= now())
      AND ("windowStart" < now() - ${window}::interval OR "lockedUntil" IS NOT NULL
        OR failures < ${policy.maxFailures})
    RETURNING failures`;
  if (reserved) return 0;
  return lockedForSeconds(db, key);
}

/** Seconds until the key may try again, or 0 when it is not locked. */
async function lockedForSeconds(db: Database, key: string): Promise<number> {
  const row = await db.signInThrottle.findUnique({ where: { key }, select: { lockedUntil: true } });
  if (!row?.lockedUntil) return 1;
  return Math.max(1, Math.ceil((row.lockedUntil.getTime() - Date.now()) / 1000));
}

/**
 * Gives back a reservation whose attempt checked no password (refused before, e.g. a
 * cross-site post or a malformed body), lifting a lock that this reservation set.
 */
export async function refundAttempt(
  db: Database,
  key: string,
  policy: ThrottlePolicy,
): Promise<void> {
  await db.$executeRaw`
    UPDATE sign_in_throttle SET
      failures = GREATEST(failures - 1, 0),
      "lockedUntil" = CASE WHEN failures - 1 < ${policy.maxFailures} THEN NULL ELSE "lockedUntil" END
    WHERE key = ${key}`;
}

export async function clearFailures(db: Database, key: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key } });
}

/** Better Auth's code for a wrong email or password: the only answer after a password check. */
const WRONG_PASSWORD = "INVALID_EMAIL_OR_PASSWORD";

interface ThrottleKey {
  key: string;
  policy: ThrottlePolicy;
}

/** The counters a sign-in attempt counts against: its client's, and its account's. */
export function throttleKeys(headers: Headers | undefined, email: string | null): ThrottleKey[] {
  return [
    { key: clientKey(clientIp(headers)), policy: clientPolicy },
    ...(email ? [{ key: accountKey(email), policy: accountPolicy }] : []),
  ];
}

/**
 * Reserves the attempt against every key: 0 when all have room, otherwise the longest wait
 * (and the reservations made are given back: this attempt checks no password).
 */
export async function reserveSignInAttempt(db: Database, keys: ThrottleKey[]): Promise<number> {
  const waits = await Promise.all(keys.map(({ key, policy }) => reserveAttempt(db, key, policy)));
  const wait = Math.max(0, ...waits);
  if (wait > 0) {
    await Promise.all(
      keys.map(({ key, policy }, i) => (waits[i] === 0 ? refundAttempt(db, key, policy) : null)),
    );
  }
  return wait;
}

/**
 * After the attempt: a wrong password keeps its reservations (they are the failures counted);
 * a success clears the account's failures and gives back the client's; anything else (a
 * cross-site post refused, a malformed body: no password was checked) gives both back.
 */
export async function settleSignInAttempt(
  db: Database,
  keys: ThrottleKey[],
  outcome: string,
): Promise<void> {
  if (outcome === WRONG_PASSWORD) return;
  await Promise.all(
    keys.map(({ key, policy }) =>
      outcome === "OK" && policy === accountPolicy
        ? clearFailures(db, key)
        : refundAttempt(db, key, policy),
    ),
  );
}
