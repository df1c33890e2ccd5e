import type { Database } from "@aiml/db";
import { MAX_UPLOAD_BYTES } from "@aiml/domain";
import type { Session } from "../context";
import { type BodyTimeouts, readBodyBytes } from "./read-body-bytes";

/**
 * An upload may pause this long between chunks, and take this long in all: 40 MB in 5 minutes
 * is 140 kB/s.
 */
export const UPLOAD_TIMEOUTS: BodyTimeouts = { idleMs: 20_000, totalMs: 5 * 60_000 };

export interface UploadGateOptions {
  db: Database;
  getSession: (headers: Headers) => Promise<Session | null>;
  maxBytes?: number;
  timeouts?: BodyTimeouts;
}

/** A refusal sent before the body is read: the connection closes after it (nothing drains). */
const refuse = (status: number, error: string) =>
  Response.json({ error }, { status, headers: { connection: "close" } });

/**
 * An admin's CSV upload (the request body as it is), or the 4xx answer. Everything that the
 * headers alone decide is decided before a byte of the body is read or a buffer allocated:
 * who is calling (401, 403: the role is read from the database), the type (415), a declared
 * length over the limit (413). The body is then read up to the limit (413) within the time
 * limits (408), so a slow or stalled sender does not hold the request and its memory.
 */
export async function admitUpload(
  request: Request,
  { db, getSession, maxBytes = MAX_UPLOAD_BYTES, timeouts = UPLOAD_TIMEOUTS }: UploadGateOptions,
): Promise<Uint8Array<ArrayBuffer> | Response> {
  const session = await getSession(request.headers);
  if (!session) return refuse(401, "Sign in first.");
  const user = await db.user.findUnique({ where: { id: session.user.id }, select: { role: true } });
  if (user?.role !== "admin") return refuse(403, "Admins only.");
  const type = request.headers.get("content-type") ?? "";
  if (!/^(application\/octet-stream|text\/csv)\b/i.test(type)) {
    return refuse(415, "Send the file's bytes as the body, typed application/octet-stream");
  }
  const declared = request.headers.get("content-length");
  const length = declared === null ? null : Number(declared);
  if (length !== null && !(Number.isSafeInteger(length) && length >= 0)) {
    return refuse(400, "Content-Length is not a length.");
  }
  const tooLarge = `The file is larger than ${Math.round(maxBytes / (1024 * 1024))} MB`;
  if (length !== null && length > maxBytes) return refuse(413, tooLarge);
  const bytes = await readBodyBytes(request.body, length, maxBytes, timeouts);
  if (bytes === "too-large") return refuse(413, tooLarge);
  if (bytes === "timed-out") return refuse(408, "The upload stopped arriving: try again.");
  return bytes;
}
