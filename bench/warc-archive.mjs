// Writing web archives with warcio's own writer (WARCRecord.create, WARCSerializer), for the
// --warc tests, the WARC bench and the cluster test. Records are built from bodies we pass in;
// the HTTP body can be chunked and/or compressed as a server would send it. Deterministic: every
// record gets the id and date it is given.
import { Buffer } from 'node:buffer';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';

const encoder = new TextEncoder();
const bytesOf = (body) => (typeof body === 'string' ? encoder.encode(body) : body);

/** `<urn:uuid:…>` with `n` in its last group, so tests can name records by number. */
export function recordId(n) {
  return `<urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}>`;
}

/** The body in HTTP/1.1 chunked transfer coding, in chunks of `size` bytes. */
export function chunked(body, size = 97) {
  const bytes = bytesOf(body);
  const parts = [];
  for (let at = 0; at < bytes.length; at += size) {
    const chunk = bytes.subarray(at, at + size);
    parts.push(Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
}

const COMPRESS = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync };

/**
 * A `response` record. `encoding` ('gzip' | 'deflate' | 'br') compresses the body and says so in
 * Content-Encoding; `chunk` then cuts it in chunked transfer coding.
 * @param {{ url: string, id: number, date?: string, body: string | Uint8Array, contentType?: string | null,
 *   encoding?: 'gzip' | 'deflate' | 'br' | null, chunk?: boolean, status?: string }} r
 */
export function response({ url, id, date = '2025-02-20T08:00:00Z', body, contentType = 'text/html; charset=utf-8', encoding = null, chunk = false, status = 'HTTP/1.1 200 OK' }) {
  let payload = bytesOf(body);
  const httpHeaders = {};
  if (contentType !== null) httpHeaders['Content-Type'] = contentType;
  if (encoding !== null) {
    payload = COMPRESS[encoding](payload);
    httpHeaders['Content-Encoding'] = encoding;
  }
  if (chunk) {
    payload = chunked(payload);
    httpHeaders['Transfer-Encoding'] = 'chunked';
  } else {
    httpHeaders['Content-Length'] = String(payload.length);
  }
  return () =>
    WARCRecord.create({ url, date, type: 'response', statusline: status, httpHeaders, warcHeaders: { 'WARC-Record-ID': recordId(id) } }, [payload]);
}

/** A `request` record for `url`. */
export function request({ url, id, date = '2025-02-20T08:00:00Z' }) {
  const host = new URL(url).host;
  return () =>
    WARCRecord.create({
      url,
      date,
      type: 'request',
      statusline: `GET ${new URL(url).pathname} HTTP/1.1`,
      httpHeaders: { Host: host, 'User-Agent': 'embedsift-test' },
      warcHeaders: { 'WARC-Record-ID': recordId(id) },
    });
}

/** A `revisit` record (identical payload digest) for `url`, headers only. */
export function revisit({ url, id, date = '2025-02-21T08:00:00Z', refersToDate = '2025-02-20T08:00:00Z' }) {
  return () =>
    WARCRecord.create({
      url,
      date,
      type: 'revisit',
      refersToUrl: url,
      refersToDate,
      httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' },
      warcHeaders: { 'WARC-Record-ID': recordId(id), 'WARC-Payload-Digest': 'sha1:UVWXYZ234567ABCDEFGHIJKLMNOPQRST' },
    });
}

/** A `metadata` record about `url`. */
export function metadata({ url, id, date = '2025-02-20T08:00:00Z' }) {
  return () =>
    WARCRecord.create({ url, date, type: 'metadata', warcHeaders: { 'WARC-Record-ID': recordId(id) } }, [encoder.encode('fetchTimeMs: 112\r\n')]);
}

/** The `warcinfo` record an archive starts with. */
export function warcinfo({ id, filename = 'test.warc.gz', date = '2025-02-20T08:00:00Z' }) {
  return () =>
    WARCRecord.createWARCInfo({ filename, date, warcVersion: 'WARC/1.0', warcHeaders: { 'WARC-Record-ID': recordId(id) } }, { software: 'embedsift tests', format: 'WARC File Format 1.0' });
}

/** A WET `conversion` record: the plain text of a page. */
export function conversion({ url, id, text, date = '2025-02-20T08:00:00Z' }) {
  return () =>
    WARCRecord.create(
      { url, date, type: 'conversion', warcHeaders: { 'WARC-Record-ID': recordId(id), 'Content-Type': 'text/plain' } },
      [bytesOf(text)],
    );
}

/**
 * Serialises record makers (the functions above return them: a record can be written only once)
 * into one archive. `mode`: 'warc' (uncompressed), 'record-gzip' (one gzip member per record, as
 * crawlers write .warc.gz) or 'file-gzip' (the whole uncompressed archive gzipped at once).
 * Returns the archive and each record's offset: in the file for 'warc' and 'record-gzip', in the
 * decompressed stream for 'file-gzip'.
 * @param {(() => WARCRecord)[]} makers
 * @param {'warc' | 'record-gzip' | 'file-gzip'} mode
 * @returns {Promise<{ bytes: Buffer, offsets: number[] }>}
 */
export async function writeArchive(makers, mode) {
  const parts = [];
  const offsets = [];
  let at = 0;
  for (const make of makers) {
    const bytes = await WARCSerializer.serialize(make(), { gzip: mode === 'record-gzip' });
    offsets.push(at);
    at += bytes.length;
    parts.push(bytes);
  }
  const whole = Buffer.concat(parts);
  return { bytes: mode === 'file-gzip' ? gzipSync(whole) : whole, offsets };
}
