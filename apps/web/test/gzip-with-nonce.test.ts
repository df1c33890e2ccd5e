import { randomBytes } from "node:crypto";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { deflateParts, gzipJoined } from "../src/serving/gzip-with-nonce";

const gunzip = (chunks: Buffer[]) => zlib.gunzipSync(Buffer.concat(chunks)).toString("utf8");

describe("gzipJoined", () => {
  it("is a valid gzip file of the parts joined by the separator (length and CRC checked)", () => {
    const html = `<script nonce="N">a()</script>${"<p>Pay by company ✓</p>".repeat(5_000)}<style nonce="N"></style><p>end</p>`;
    const parts = html.split("N").map((part) => Buffer.from(part));
    const body = deflateParts(parts);
    for (const nonce of ["abc", "tXsTAgIUgdrtZQUc4MOQ2g==", "x".repeat(300)]) {
      expect(gunzip(gzipJoined(body, Buffer.from(nonce)))).toBe(html.replaceAll("N", nonce));
    }
  });

  it("compresses the parts once: a response is the kept deflate blocks plus a few bytes", () => {
    const parts = ["<html>", "<body>".repeat(10_000), "</html>"].map((p) => Buffer.from(p));
    const body = deflateParts(parts);
    const kept = body.deflated.reduce((n, block) => n + block.length, 0);
    const sent = gzipJoined(body, Buffer.from("nonce")).reduce((n, c) => n + c.length, 0);
    // Header, two stored blocks of the nonce, the final block and the trailer.
    expect(sent).toBeLessThan(kept + 50);
    expect(sent).toBeLessThan(60_000 / 20);
  });

  it("handles one part, empty parts, and bytes that do not compress", () => {
    const noise = randomBytes(100_000);
    const cases: Buffer[][] = [
      [Buffer.from("only one part")],
      [Buffer.alloc(0), Buffer.from("middle"), Buffer.alloc(0)],
      [noise, noise.subarray(0, 70_000)],
    ];
    for (const parts of cases) {
      const joined = Buffer.concat(
        parts.flatMap((p, i) => (i === 0 ? [p] : [Buffer.from("-"), p])),
      );
      const result = zlib.gunzipSync(
        Buffer.concat(gzipJoined(deflateParts(parts), Buffer.from("-"))),
      );
      expect(result.equals(joined)).toBe(true);
    }
  });

  it("refuses a separator longer than one stored block", () => {
    const body = deflateParts([Buffer.from("a"), Buffer.from("b")]);
    expect(() => gzipJoined(body, Buffer.alloc(70_000))).toThrow(RangeError);
  });
});
