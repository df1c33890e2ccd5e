import type { Logger } from "@aiml/logger";

/** A short id from unvalidated input, or nothing (a failed call's input may be anything). */
function idField(source: unknown, field: string): string | undefined {
  if (!source || typeof source !== "object") return undefined;
  const value = (source as Record<string, unknown>)[field];
  return typeof value === "string" && value.length <= 64 ? value : undefined;
}

export type DeniedCode = "UNAUTHORIZED" | "FORBIDDEN";

export const isDenied = (code: string): code is DeniedCode =>
  code === "UNAUTHORIZED" || code === "FORBIDDEN";

/** A call refused with 401 or 403: a run of these is someone probing. */
export function logDenied(
  log: Logger,
  call: { procedure: string; type: string; code: DeniedCode; userId: string | null },
): void {
  log.warn({ event: "authz.denied", ...call }, "authorization denied");
}

export interface AdminWrite {
  procedure: string;
  actorId: string;
  input: unknown;
  /** The result of a successful call, else the error code. */
  outcome: { ok: true; data: unknown } | { ok: false; code: string };
}

/**
 * Every admin mutation, with whom and what it was about: the dataset from the input, or for a
 * create, from its result (the audit table has the full before/after; this line has no data).
 */
export function logAdminWrite(log: Logger, write: AdminWrite): void {
  const datasetScoped = write.procedure.startsWith("admin.datasets.");
  const datasetId =
    idField(write.input, "datasetId") ??
    (datasetScoped ? idField(write.input, "id") : undefined) ??
    (datasetScoped && write.outcome.ok ? idField(write.outcome.data, "id") : undefined);
  const targetUserId = idField(write.input, "userId");
  const line = {
    event: "admin.write",
    procedure: write.procedure,
    actorId: write.actorId,
    ...(datasetId ? { datasetId } : {}),
    ...(targetUserId ? { targetUserId } : {}),
    outcome: write.outcome.ok ? "ok" : write.outcome.code,
  };
  if (write.outcome.ok) log.info(line, "admin write");
  else log.warn(line, "admin write refused");
}
