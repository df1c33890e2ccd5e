import { type BodyTimeouts, readBodyBytes } from "@aiml/api";

const tooLarge = (maxBytes: number) =>
  Response.json(
    { error: `The request body is larger than ${Math.floor(maxBytes / 1024)} kB.` },
    { status: 413, headers: { connection: "close" } },
  );

/** Small bodies: a client that stops sending holds the request no longer than this. */
const BODY_TIMEOUTS = { idleMs: 10_000, totalMs: 30_000 };

const timedOut = () =>
  Response.json(
    { error: "The request body took too long to arrive." },
    { status: 408, headers: { connection: "close" } },
  );

/**
 * The request with its body read into memory, or a 413 once it is longer than `maxBytes`: at
 * once when its Content-Length says so, else as soon as the bytes read pass the cap (chunked
 * bodies too), so nothing past the cap is read or parsed. Requests without a body pass as
 * they are.
 */
export async function cappedBody(
  request: Request,
  maxBytes: number,
  timeouts: BodyTimeouts = BODY_TIMEOUTS,
): Promise<Request | Response> {
  if (request.body === null || request.method === "GET" || request.method === "HEAD") {
    return request;
  }
  const declared = request.headers.get("content-length");
  const length = declared === null ? null : Number(declared);
  if (length !== null && !(Number.isSafeInteger(length) && length >= 0)) {
    return Response.json({ error: "Content-Length is not a length." }, { status: 400 });
  }
  const bytes = await readBodyBytes(request.body, length, maxBytes, timeouts);
  if (bytes === "too-large") return tooLarge(maxBytes);
  if (bytes === "timed-out") return timedOut();
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: bytes,
    signal: request.signal,
  });
}
