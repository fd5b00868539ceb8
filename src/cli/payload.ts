/**
 * From an archived HTTP body to text: transfer decoding (chunked), content decoding (gzip,
 * deflate, br) and the character set (HTTP header, then the page's `<meta>`, else UTF-8).
 * Runs in tasks, so in worker threads with `--jobs`.
 */
import { Buffer } from 'node:buffer';
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { getEncoding } from 'encoding-sniffer/sniffer';
import { AsyncIterReader } from 'warcio';
import type { HttpHeaders } from './warc.js';

/** The most bytes a compressed body may inflate to: a larger one is an error record, not a memory spike. */
export const MAX_DECODED_BYTES = 128 * 1024 * 1024;

/** A body that cannot be turned into text; the message goes into the record's `error`. */
export class PayloadError extends Error {
  override name = 'PayloadError';
}

/** A decoded body, and the character set it was read with (a WHATWG encoding name). */
export interface PayloadText {
  text: string;
  charset: string;
}

/** How many bytes at the start are checked for NUL, the mark of a binary body. */
const BINARY_SNIFF_BYTES = 8192;

/**
 * The text of an archived body. `http` null (WET records) means UTF-8 text as it is.
 * Throws {@link PayloadError} for bodies that cannot be decoded or are binary.
 *
 * @example
 * ```ts
 * const body = Buffer.from('5\r\n<p>hi\r\n0\r\n\r\n');
 * await payloadText(body, { contentType: 'text/html', contentEncoding: null, transferEncoding: 'chunked' });
 * // { text: '<p>hi', charset: 'UTF-8' }
 * ```
 */
export async function payloadText(body: Buffer, http: HttpHeaders | null): Promise<PayloadText> {
  let bytes = body;
  if (http !== null) {
    const transfer = tokens(http.transferEncoding);
    const content = tokens(http.contentEncoding);
    if (transfer.includes('chunked')) bytes = await dechunk(bytes);
    // A compression named in Transfer-Encoding is undone too, after the chunking (innermost last).
    for (const coding of [...transfer.filter((t) => t !== 'chunked')].reverse()) bytes = decompress(bytes, coding);
    for (const coding of [...content].reverse()) bytes = decompress(bytes, coding);
  }
  if (isBinary(bytes)) throw new PayloadError('binary content, not text');
  const charset =
    http === null
      ? 'UTF-8'
      : getEncoding(bytes, {
          defaultEncoding: 'UTF-8',
          ...optional('transportLayerEncodingLabel', charsetParam(http.contentType)),
        });
  return decode(bytes, charset);
}

/** Decodes with the WHATWG TextDecoder; a name it does not know (or `replacement`) falls back to UTF-8. */
function decode(bytes: Buffer, charset: string): PayloadText {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { ignoreBOM: true });
  } catch {
    return { text: bytes.toString('utf8'), charset: 'UTF-8' };
  }
  // UTF-8 through Buffer: the same text (U+FFFD for bad bytes, BOM kept) and faster.
  if (decoder.encoding === 'utf-8') return { text: bytes.toString('utf8'), charset: 'UTF-8' };
  return { text: decoder.decode(bytes), charset };
}

/** A Content-Type's `charset` parameter: `text/html; charset="Shift_JIS"` → `Shift_JIS`. */
export function charsetParam(contentType: string | null): string | undefined {
  if (contentType === null) return undefined;
  for (const part of contentType.split(';').slice(1)) {
    const eq = part.indexOf('=');
    if (eq === -1 || part.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    const value = part
      .slice(eq + 1)
      .trim()
      .replace(/^"|"$/g, '')
      .trim();
    return value === '' ? undefined : value;
  }
  return undefined;
}

/** The codings of a Transfer-Encoding or Content-Encoding value, lower-cased, `identity` left out. */
function tokens(value: string | null): string[] {
  if (value === null) return [];
  return value
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t !== '' && t !== 'identity');
}

/** Undoes HTTP chunking with warcio's own decoder (which passes a body that is not chunked through). */
async function dechunk(bytes: Buffer): Promise<Buffer> {
  const reader = new AsyncIterReader([bytes], null, true);
  const out = await reader.readFully();
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}

/** Undoes one content coding with Node's zlib. */
function decompress(bytes: Buffer, coding: string): Buffer {
  const limits = { maxOutputLength: MAX_DECODED_BYTES };
  try {
    switch (coding) {
      case 'gzip':
      case 'x-gzip':
        return gunzipSync(bytes, limits);
      case 'deflate':
        // Servers send deflate both with the zlib wrapper (as the RFC says) and without it.
        try {
          return inflateSync(bytes, limits);
        } catch (error) {
          if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw error;
          return inflateRawSync(bytes, limits);
        }
      case 'br':
        return brotliDecompressSync(bytes, limits);
      default:
        throw new PayloadError(`unsupported encoding ${JSON.stringify(coding)}`);
    }
  } catch (error) {
    if (error instanceof PayloadError) throw error;
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new PayloadError(`${coding} body inflates to more than ${MAX_DECODED_BYTES} bytes; skipped`);
    }
    throw new PayloadError(`cannot decode the ${coding} body: ${(error as Error).message}`);
  }
}

/** NUL in the first bytes, outside UTF-16 (whose ASCII text is half NULs): an image or a PDF, not a page. */
function isBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (head.indexOf(0) === -1) return false;
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  return !utf16;
}

/** `{ [key]: value }` when value is defined, else `{}` (exactOptionalPropertyTypes). */
function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
