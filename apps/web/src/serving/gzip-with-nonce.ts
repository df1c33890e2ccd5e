import zlib from "node:zlib";

/*
 * A kept page is the same bytes for every visitor except its CSP nonce. Its parts are deflated
 * once, each ending on a byte boundary (a full flush, which also forgets the earlier text); each
 * response then writes the nonce between them as a stored (uncompressed) deflate block and
 * closes the gzip member. Compressing a page per response would cost more than serving it, and
 * so would its checksum: each part's CRC-32 is kept, and a response's is combined from them and
 * the nonce's (zlib's crc32_combine, which Node does not expose; hand-written: 20 lines).
 */

/** ID1 ID2, deflate, no flags, no time, no extra flags, unknown OS (RFC 1952). */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
/** An empty stored block marked final: ends the deflate stream (RFC 1951, 3.2.4). */
const FINAL_BLOCK = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);
const MAX_STORED_BLOCK = 0xffff;

/** The CRC-32 polynomial, bit-reversed as zlib uses it. */
const POLY = 0xedb88320;

/** a(x)·b(x) modulo the CRC polynomial (zlib's multmodp). */
function multiplyModP(a: number, b: number): number {
  let product = 0;
  let factor = b >>> 0;
  for (let bit = 0x80000000; bit !== 0; bit >>>= 1) {
    if (a & bit) product ^= factor;
    factor = factor & 1 ? (factor >>> 1) ^ POLY : factor >>> 1;
  }
  return product >>> 0;
}

/** x^(8·bytes) modulo the CRC polynomial: what appending `bytes` bytes does to a CRC. */
function shiftFor(bytes: number): number {
  let result = 0x80000000; // x^0
  let square = 0x40000000; // x^1, squared below into x^(2^k)
  // x^(8n) = product of x^(2^k) over the set bits k of 8n.
  for (let n = bytes * 8; n > 0; n = Math.floor(n / 2)) {
    if (n % 2 === 1) result = multiplyModP(square, result);
    square = multiplyModP(square, square);
  }
  return result;
}

/** The CRC-32 of A followed by B, from CRC(A), CRC(B) and shiftFor(length of B). */
const combine = (crcA: number, crcB: number, shiftB: number) =>
  (multiplyModP(shiftB, crcA) ^ crcB) >>> 0;

export interface DeflatedParts {
  parts: readonly Buffer[];
  deflated: readonly Buffer[];
  /** Each part's CRC-32 and the shift that appends it. */
  crcs: readonly number[];
  shifts: readonly number[];
  /** Bytes of the parts together (without the separators). */
  size: number;
}

export function deflateParts(parts: readonly Buffer[]): DeflatedParts {
  const options = {
    level: zlib.constants.Z_BEST_COMPRESSION,
    finishFlush: zlib.constants.Z_FULL_FLUSH,
  };
  return {
    parts,
    deflated: parts.map((part) => zlib.deflateRawSync(part, options)),
    // (Node's crc32 answers 0 for some empty buffers whatever the start: an empty part's is 0.)
    crcs: parts.map((part) => (part.length > 0 ? zlib.crc32(part) : 0)),
    shifts: parts.map((part) => shiftFor(part.length)),
    size: parts.reduce((n, part) => n + part.length, 0),
  };
}

/** The separator's shift, for the nonce's length (the same for every nonce). */
const separatorShifts = new Map<number, number>();

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
export function gzipJoined(body: DeflatedParts, separator: Buffer): Buffer[] {
  const between = storedBlock(separator);
  const separatorCrc = separator.length > 0 ? zlib.crc32(separator) : 0;
  let separatorShift = separatorShifts.get(separator.length);
  if (separatorShift === undefined) {
    separatorShift = shiftFor(separator.length);
    separatorShifts.set(separator.length, separatorShift);
  }
  const count = body.parts.length;
  const chunks: Buffer[] = new Array(2 * count + 2);
  chunks[0] = GZIP_HEADER;
  let crc = 0;
  for (let i = 0; i < count; i++) {
    if (i > 0) {
      chunks[2 * i] = between;
      crc = combine(crc, separatorCrc, separatorShift);
    }
    chunks[2 * i + 1] = body.deflated[i] as Buffer;
    crc = combine(crc, body.crcs[i] as number, body.shifts[i] as number);
  }
  const trailer = Buffer.allocUnsafe(8);
  trailer.writeUInt32LE(crc, 0);
  trailer.writeUInt32LE((body.size + (count - 1) * separator.length) >>> 0, 4);
  chunks[2 * count] = FINAL_BLOCK;
  chunks[2 * count + 1] = trailer;
  return chunks;
}
