/**
 * Gzip for `--warc`, on Node's zlib: a `.warc.gz` (one gzip member per record, or the whole file
 * as one member) as a stream of decompressed bytes, with the file offset of every member.
 *
 * warcio can inflate by itself, but in JavaScript (pako): on news pages that ran at a quarter of
 * zlib's speed, more than the whole cost of scanning the pages, and it gives no usable record
 * offsets when the whole file is one gzip stream. So the CLI inflates here and hands warcio the
 * decompressed stream; warcio still does all the WARC parsing.
 *
 * A member is inflated in one synchronous call when it lies within the bytes read so far (records
 * are small: one call per record, no thread-pool round trip); a member still open after
 * {@link SYNC_WINDOW} bytes (a whole-file gzip, a video record) is streamed through zlib instead,
 * so memory stays bounded whatever the member's size.
 */
import { Buffer } from 'node:buffer';
import { constants, crc32, createInflateRaw, inflateRawSync, type InflateRaw } from 'node:zlib';

/** The compressed bytes one synchronous inflate may take; past them a member is streamed. */
const SYNC_WINDOW = 4 * 1024 * 1024;

/** Where a gzip member begins: in the file, and in the decompressed stream. */
export interface Member {
  compressed: number;
  decompressed: number;
}

/** Bytes that are not valid gzip, or a gzip stream cut short; `offset` is where in the file. */
export class GzipError extends Error {
  override name = 'GzipError';

  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

// Header flags (RFC 1952, 2.3.1).
const FHCRC = 0x02;
const FEXTRA = 0x04;
const FNAME = 0x08;
const FCOMMENT = 0x10;

/** True when `bytes` starts like a gzip member: ID1 ID2 CM = 1f 8b 08. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 0x08;
}

/**
 * The length of the gzip member header at the start of `b`, or null when more bytes are needed.
 *
 * ```
 * 1f 8b 08 FLG  MTIME(4) XFL OS  [XLEN(2) extra…] [name… 00] [comment… 00] [HCRC(2)]
 * ```
 */
function headerLength(b: Buffer): number | null {
  if (b.length < 10) return null;
  if (!isGzip(b)) throw new GzipError('not a gzip member', 0);
  const flags = b[3] as number;
  let at = 10;
  if (flags & FEXTRA) {
    if (b.length < at + 2) return null;
    at += 2 + b.readUInt16LE(at);
  }
  for (const flag of [FNAME, FCOMMENT]) {
    if (!(flags & flag)) continue;
    const nul = b.indexOf(0, at);
    if (nul === -1) return null;
    at = nul + 1;
  }
  if (flags & FHCRC) at += 2;
  return b.length < at ? null : at;
}

/**
 * A byte source read on demand into one buffer; `base` is the source offset of `buf[0]`.
 */
class Input {
  buf: Buffer = Buffer.alloc(0);
  base = 0;
  private done = false;
  private readonly it: AsyncIterator<Uint8Array | string>;

  constructor(source: AsyncIterable<Uint8Array | string>) {
    this.it = source[Symbol.asyncIterator]();
  }

  /** Reads one more chunk; false at the end of the source. */
  async more(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.it.next();
    if (next.done === true) {
      this.done = true;
      return false;
    }
    const value = next.value;
    // A view, not a copy (Buffer.from(Uint8Array) would copy every chunk).
    const chunk = typeof value === 'string' ? Buffer.from(value, 'latin1') : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    return true;
  }

  /** Reads until at least `n` bytes are held; false if the source ends first. */
  async need(n: number): Promise<boolean> {
    while (this.buf.length < n) if (!(await this.more())) return false;
    return true;
  }

  drop(n: number): void {
    this.buf = this.buf.subarray(n);
    this.base += n;
  }
}

/**
 * The decompressed bytes of `source`, calling `onMember` as each gzip member begins. A source
 * that does not start with a gzip header passes through unchanged (an uncompressed `.warc`).
 * Throws {@link GzipError} for a corrupt or truncated member, after yielding what it could inflate.
 *
 * @example
 * ```ts
 * const members: Member[] = [];
 * for await (const bytes of gunzipMembers(createReadStream('a.warc.gz'), (m) => members.push(m))) out.write(bytes);
 * ```
 */
export async function* gunzipMembers(
  source: AsyncIterable<Uint8Array | string>,
  onMember: (member: Member) => void,
): AsyncGenerator<Buffer> {
  const input = new Input(source);
  await input.need(3);
  if (!isGzip(input.buf)) {
    if (input.buf.length > 0) yield input.buf;
    input.drop(input.buf.length);
    while (await input.more()) {
      yield input.buf;
      input.drop(input.buf.length);
    }
    return;
  }

  let decompressed = 0;
  for (;;) {
    if (!(await input.need(1))) return;
    if (!isGzip(input.buf.subarray(0, 3)) && input.buf.length >= 3) {
      // Some writers pad the end of a file with zeros; anything else is not ours to guess at.
      if (await onlyZeros(input)) return;
      throw new GzipError(`bytes after a gzip member at offset ${input.base} are not gzip`, input.base);
    }
    let header: number | null;
    while ((header = headerLength(input.buf)) === null) {
      if (!(await input.more())) throw new GzipError(`gzip header cut short at offset ${input.base}`, input.base);
    }
    onMember({ compressed: input.base, decompressed });
    const size = yield* inflateMember(input, header);
    decompressed += size;
  }
}

/** True (and the input consumed) when the rest of the input is only zero bytes. */
async function onlyZeros(input: Input): Promise<boolean> {
  do {
    if (input.buf.some((b) => b !== 0)) return false;
    input.drop(input.buf.length);
  } while (await input.more());
  return true;
}

/**
 * Inflates the member whose header (of `header` bytes) starts `input.buf`, checks its trailer
 * (CRC-32 and length), consumes it from the input, and returns its decompressed size.
 */
async function* inflateMember(input: Input, header: number): AsyncGenerator<Buffer, number> {
  const start = input.base;
  // Synchronous attempts while the member may fit in the window; after a failed attempt the next
  // waits until the window has doubled, so a member is inflated at most about twice over.
  let attempt = 0;
  for (;;) {
    const window = input.buf.subarray(header);
    if (window.length < attempt && window.length < SYNC_WINDOW) {
      if (!(await input.more())) attempt = 0; // the input ended: one last attempt on what there is
      continue;
    }
    let result: { buffer: Buffer; engine: { bytesWritten: number } };
    try {
      result = inflateRawSync(window, { info: true, finishFlush: constants.Z_SYNC_FLUSH }) as unknown as typeof result;
    } catch (error) {
      throw new GzipError(`corrupt gzip member at offset ${start}: ${(error as Error).message}`, start);
    }
    const used = result.engine.bytesWritten;
    if (used + 8 <= window.length) {
      // The deflate data ended inside the window, and its trailer follows.
      check(window.subarray(used, used + 8), crc32(result.buffer), result.buffer.length, start);
      input.drop(header + used + 8);
      if (result.buffer.length > 0) yield result.buffer;
      return result.buffer.length;
    }
    if (window.length >= SYNC_WINDOW) break;
    attempt = 2 * window.length;
    if (!(await input.more())) {
      // The file ends inside this member: give what it holds, then say so.
      if (used === window.length && result.buffer.length > 0) yield result.buffer;
      throw new GzipError(`gzip member at offset ${start} is cut short`, start);
    }
  }
  return yield* streamMember(input, header, start);
}

/** A member too large for one call: streamed through zlib, a chunk of input at a time. */
async function* streamMember(input: Input, header: number, start: number): AsyncGenerator<Buffer, number> {
  const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
  const out: Buffer[] = [];
  let ended = false;
  let failed: Error | null = null;
  inflate.on('data', (chunk: Buffer) => out.push(chunk));
  inflate.on('end', () => {
    ended = true;
  });
  inflate.on('error', (error: Error) => {
    failed = error;
  });
  let crc = 0;
  let size = 0;
  let fed = 0;
  let last = input.buf.subarray(header);
  input.drop(input.buf.length);
  for (;;) {
    await write(inflate, last);
    fed += last.length;
    if (failed !== null) throw new GzipError(`corrupt gzip member at offset ${start}: ${(failed as Error).message}`, start);
    for (const chunk of out.splice(0)) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      yield chunk;
    }
    // Node ends an inflate stream early when its data ends before the input does.
    const used = inflate.bytesWritten;
    if (ended || used < fed) {
      // The unused tail is within the last chunk written.
      input.buf = Buffer.concat([last.subarray(last.length - (fed - used)), input.buf]);
      input.base -= fed - used;
      break;
    }
    if (!(await input.more())) throw new GzipError(`gzip member at offset ${start} is cut short`, start);
    last = input.buf;
    input.drop(input.buf.length);
  }
  inflate.destroy();
  while (input.buf.length < 8) if (!(await input.more())) throw new GzipError(`gzip member at offset ${start} is cut short`, start);
  check(input.buf.subarray(0, 8), crc, size, start);
  input.drop(8);
  return size;
}

/** Writes a chunk and waits until zlib has taken it (the callback comes also on an error). */
async function write(inflate: InflateRaw, chunk: Buffer): Promise<void> {
  if (chunk.length === 0) return;
  await new Promise<void>((resolve) => inflate.write(chunk, () => resolve()));
}

/** Checks a member's trailer: CRC-32 and length (mod 2^32) of its decompressed bytes. */
function check(trailer: Buffer, crc: number, size: number, start: number): void {
  if (trailer.readUInt32LE(0) !== crc >>> 0 || trailer.readUInt32LE(4) !== size % 2 ** 32) {
    throw new GzipError(`gzip member at offset ${start} fails its checksum`, start);
  }
}
