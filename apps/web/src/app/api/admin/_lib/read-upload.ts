import { MAX_UPLOAD_BYTES, readBodyBytes } from "@aiml/api";

const problem = (status: number, error: string) => Response.json({ error }, { status });

/**
 * A CSV upload sent as the request body, as it is (no base64, no form): its bytes, or the 4xx
 * answer when the body cannot be one. The body is read as it arrives, up to the size limit.
 */
export async function readUpload(request: Request): Promise<Uint8Array<ArrayBuffer> | Response> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^(application\/octet-stream|text\/csv)\b/i.test(type)) {
    return problem(415, "Send the file's bytes as the body, typed application/octet-stream");
  }
  const length = request.headers.get("content-length");
  const bytes = await readBodyBytes(
    request.body,
    length === null ? null : Number(length),
    MAX_UPLOAD_BYTES,
  );
  // The buffer moves to the worker thread that checks the file.
  return bytes === "too-large" ? problem(413, "The file is larger than 40 MB") : bytes;
}
