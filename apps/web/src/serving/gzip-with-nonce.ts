import zlib from "node:zlib";

/*
 * A kept page is the same bytes for every visitor except its CSP nonce. Its parts are deflated
 * once, each ending on a byte boundary (a full flush, which also forgets the earlier text); each
 * response then writes the nonce between them as a stored (uncompressed) deflate block and
 * closes the gzip member. Compressing a page per response would cost more than serving it.
 */

/** ID1 ID2, deflate, no flags, no time, no extra flags, unknown OS (RFC 1952). */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
/** An empty stored block marked final: ends the deflate stream (RFC 1951, 3.2.4). */
const FINAL_BLOCK = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);
const MAX_STORED_BLOCK = 0xffff;

export interface DeflatedParts {
  parts: readonly Buffer[];
  deflated: readonly Buffer[];
}

export function deflateParts(parts: readonly Buffer[]): DeflatedParts {
  const options = {
    level: zlib.constants.Z_BEST_COMPRESSION,
    finishFlush: zlib.constants.Z_FULL_FLUSH,
  };
  return { parts, deflated: parts.map((part) => zlib.deflateRawSync(part, options)) };
}

/** A non-final stored block holding `bytes` (at most 65,535 of them). */
function storedBlock(bytes: Buffer): Buffer {
  if (bytes.length > MAX_STORED_BLOCK) throw new RangeError("a stored block holds at most 64 KiB");
  const block = Buffer.allocUnsafe(5 + bytes.length);
  block[0] = 0x00;
  block.writeUInt16LE(bytes.length, 1);
  block.writeUInt16LE(~bytes.length & 0xffff, 3);
  bytes.copy(block, 5);
  return block;
}

/** The gzip file of the parts joined by `separator`, as the chunks to send in order. */
export function gzipJoined({ parts, deflated }: DeflatedParts, separator: Buffer): Buffer[] {
  const between = storedBlock(separator);
  const chunks: Buffer[] = [GZIP_HEADER];
  let crc = 0;
  let size = 0;
  parts.forEach((part, i) => {
    if (i > 0) {
      chunks.push(between);
      if (separator.length > 0) crc = zlib.crc32(separator, crc);
      size += separator.length;
    }
    chunks.push(deflated[i] as Buffer);
    // (Node's crc32 answers 0 for some empty buffers, whatever the running value.)
    if (part.length > 0) crc = zlib.crc32(part, crc);
    size += part.length;
  });
  const trailer = Buffer.allocUnsafe(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  chunks.push(FINAL_BLOCK, trailer);
  return chunks;
}
