import { MAX_UPLOAD_BYTES } from "@aiml/api";

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
  const tooLarge = () => problem(413, "The file is larger than 40 MB");
  if (Number(request.headers.get("content-length")) > MAX_UPLOAD_BYTES) return tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
    size += read.value.length;
    if (size > MAX_UPLOAD_BYTES) {
      await reader?.cancel();
      return tooLarge();
    }
    chunks.push(read.value);
  }
  // One buffer of its own: it moves to the worker thread that checks the file.
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
