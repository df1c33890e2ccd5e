import { describe, expect, it } from "vitest";
import { readBodyBytes } from "../src/http/read-body-bytes";

/** A body that arrives in the given chunks, and whether its reader was cancelled. */
function bodyOf(chunks: string[]) {
  const state = { cancelled: false };
  const encoder = new TextEncoder();
  let next = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[next++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(encoder.encode(chunk));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

const text = (bytes: Uint8Array | string) =>
  typeof bytes === "string" ? bytes : new TextDecoder().decode(bytes);

describe("readBodyBytes", () => {
  it("reads a body of a declared length into a buffer of exactly that size", async () => {
    const { stream } = bodyOf(["key,label\n", "a,A\n", "b,B\n"]);
    const bytes = await readBodyBytes(stream, 18, 1000);
    expect(text(bytes)).toBe("key,label\na,A\nb,B\n");
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect((bytes as Uint8Array).buffer.byteLength).toBe(18);
  });

  it("grows its buffer for a body sent without a length", async () => {
    const chunk = "x".repeat(50_000);
    const { stream } = bodyOf([chunk, chunk, chunk, "end"]);
    const bytes = await readBodyBytes(stream, null, 1_000_000);
    expect(text(bytes)).toBe(`${chunk}${chunk}${chunk}end`);
    expect((bytes as Uint8Array).buffer.byteLength).toBe(150_003);
  });

  it("reads a body longer than it declared, and an empty one", async () => {
    expect(text(await readBodyBytes(bodyOf(["abc", "def"]).stream, 2, 100))).toBe("abcdef");
    expect(text(await readBodyBytes(bodyOf([]).stream, 0, 100))).toBe("");
    expect(text(await readBodyBytes(null, null, 100))).toBe("");
  });

  it("refuses a declared length over the limit without reading the body", async () => {
    const { stream, state } = bodyOf(["abc"]);
    expect(await readBodyBytes(stream, 101, 100)).toBe("too-large");
    expect(stream.locked).toBe(false);
    expect(state.cancelled).toBe(false);
  });

  it("stops reading and cancels a body that turns out larger than the limit", async () => {
    const { stream, state } = bodyOf(["x".repeat(60), "x".repeat(60), "never read"]);
    expect(await readBodyBytes(stream, null, 100)).toBe("too-large");
    expect(state.cancelled).toBe(true);
  });

  it("takes a body of exactly the limit", async () => {
    const { stream } = bodyOf(["x".repeat(60), "x".repeat(40)]);
    expect(text(await readBodyBytes(stream, null, 100))).toBe("x".repeat(100));
  });
});
