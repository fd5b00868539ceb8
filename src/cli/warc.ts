/**
 * `--warc`: reading web archives (WARC, WARC.gz record by record or as a whole, WET) with warcio,
 * and sorting their records into what is scanned and what is skipped. Only the main thread reads
 * archives; the bodies it keeps go to tasks (see tasks.ts), which decode and scan them.
 */
import { Buffer } from 'node:buffer';
import { AsyncIterReader, LimitReader, WARCParser, type WARCRecord } from 'warcio';
import { GzipError, gunzipMembers, type Member } from './gzip.js';
import { isReadError } from './input.js';

/** The most bytes of one record's body that are kept for scanning; a larger body is an error record. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** Where a record comes from, and which route reads it. */
export interface WarcMeta {
  /** WARC-Target-URI, or null. */
  url: string | null;
  /** WARC-Record-ID, or null. */
  recordId: string | null;
  /** WARC-Date, or null. */
  date: string | null;
  /** WARC-Type, or null. */
  type: string | null;
  /** The input as named on the command line. */
  file: string;
  /**
   * Byte offset of the record: in the file for `.warc` and record-by-record `.warc.gz` (the
   * offset of the record's gzip member, what CDX indexes hold); in the decompressed stream for a
   * record inside a larger gzip member (a whole file gzipped at once).
   */
  offset: number;
}

/** One record, sorted: a body to scan, a record skipped (and why), or one that cannot be read. */
export type WarcItem =
  | {
      kind: 'body';
      meta: WarcMeta;
      /** `html` for HTTP responses, `text` for WET conversion records. */
      route: 'html' | 'text';
      /** The HTTP body as archived: still chunked or compressed when the headers say so. */
      body: Buffer;
      /** HTTP headers that say how to decode the body; null for WET records. */
      http: HttpHeaders | null;
    }
  | { kind: 'skip'; meta: WarcMeta; reason: string }
  | { kind: 'error'; meta: WarcMeta; error: string };

/** The HTTP response headers the decoding needs (raw values; null when absent). */
export interface HttpHeaders {
  contentType: string | null;
  contentEncoding: string | null;
  transferEncoding: string | null;
}

/** MIME types read as HTML. */
const HTML_TYPES: ReadonlySet<string> = new Set(['text/html', 'application/xhtml+xml']);

/** The MIME type of a Content-Type value, lower-cased, without parameters: `text/html; charset=x` → `text/html`. */
export function mimeType(contentType: string | null): string | null {
  if (contentType === null) return null;
  const type = (contentType.split(';', 1)[0] ?? '').trim().toLowerCase();
  return type === '' ? null : type;
}

/**
 * Reads the records of one archive, in order. Every record is drained here (so a truncated one
 * is seen as such, and never handed back to warcio to skip: warcio loops forever skipping past
 * the end of a truncated file). An archive that cannot be parsed ends with an error item; the
 * stream errors of the source (a missing file) are thrown.
 *
 * @example
 * ```ts
 * for await (const item of readArchive(createReadStream('crawl.warc.gz'), 'crawl.warc.gz')) {
 *   if (item.kind === 'body') console.log(item.meta.url, item.body.length);
 * }
 * ```
 */
export async function* readArchive(source: AsyncIterable<Uint8Array | string>, file: string): AsyncGenerator<WarcItem> {
  // Gzip members are inflated by Node's zlib (see gzip.ts); warcio parses the decompressed stream.
  const members: Member[] = [];
  const parser = new WARCParser(new AsyncIterReader(gunzipMembers(source, (m) => members.push(m)), null));
  /** A record that begins a gzip member is found by the member's offset in the file. */
  const fileOffset = (at: number): number => {
    while (members.length > 0 && (members[0] as Member).decompressed < at) members.shift();
    return members[0]?.decompressed === at ? members[0].compressed : at;
  };
  let lastOffset = -1;
  for (;;) {
    let record: WARCRecord | null;
    try {
      record = await parser.parse();
    } catch (error) {
      if (isReadError(error)) throw error;
      // The next record's header cannot be read (a corrupt or cut gzip member); it began at
      // parser.offset if warcio got that far.
      const at = parser.offset > lastOffset ? fileOffset(parser.offset) : error instanceof GzipError ? error.offset : 0;
      const reason = error instanceof GzipError ? error.message : `cannot read the archive here: ${firstLine(error)}`;
      yield errorAt(file, at, reason);
      return;
    }
    if (record === null) return;
    const at = parser.offset;
    const meta = metaOf(record, file, fileOffset(at));
    if (!record.warcHeaders.statusline.startsWith('WARC/')) {
      // Not a record header: the rest cannot be found without guessing, so the archive ends here.
      yield { kind: 'error', meta, error: `not a WARC record (it starts with ${JSON.stringify(record.warcHeaders.statusline.slice(0, 20))})` };
      return;
    }
    if (at <= lastOffset) {
      // warcio made no progress: stop rather than loop.
      yield { kind: 'error', meta, error: 'the archive cannot be read past this point' };
      return;
    }
    lastOffset = at;
    let item: WarcItem;
    try {
      item = await sort(record, meta);
    } catch (error) {
      if (isReadError(error)) throw error;
      // A corrupt or cut gzip member: nothing after it can be found.
      const reason = error instanceof GzipError ? error.message : `cannot read the record: ${firstLine(error)}`;
      yield { kind: 'error', meta, error: reason };
      return;
    }
    yield item;
  }
}

/** Reads one record's body (or drains it) and decides what it is. */
async function sort(record: WARCRecord, meta: WarcMeta): Promise<WarcItem> {
  let route: 'html' | 'text' | null = null;
  let reason = '';
  let http: HttpHeaders | null = null;
  if (meta.type === 'response') {
    const headers = record.httpHeaders?.headers;
    const get = (name: string): string | null => headers?.get(name) ?? null;
    http = {
      contentType: get('content-type'),
      contentEncoding: get('content-encoding'),
      transferEncoding: get('transfer-encoding'),
    };
    const mime = mimeType(http.contentType);
    if (mime !== null && HTML_TYPES.has(mime)) route = 'html';
    else reason = `response of type ${mime ?? 'unknown'}`;
  } else if (meta.type === 'conversion') {
    route = 'text';
  } else {
    reason = `${meta.type ?? 'untyped'} record`;
  }

  const { body, kept, missing } = await drain(record, route === null ? 0 : MAX_BODY_BYTES);
  if (missing > 0) {
    const declared = record.warcContentLength;
    return { kind: 'error', meta, error: `truncated record: ${declared - missing} of ${declared} bytes` };
  }
  if (route === null) return { kind: 'skip', meta, reason };
  if (!kept) return { kind: 'error', meta, error: `body larger than ${MAX_BODY_BYTES} bytes; skipped` };
  return { kind: 'body', meta, route, body, http };
}

/**
 * Reads the rest of a record's block (after its HTTP headers), keeping at most `keep` bytes.
 * `missing` is how many bytes the archive ended short of the record's Content-Length.
 */
async function drain(record: WARCRecord, keep: number): Promise<{ body: Buffer; kept: boolean; missing: number }> {
  const reader = record.reader;
  const chunks: Uint8Array[] = [];
  let size = 0;
  let kept = true;
  for await (const chunk of reader) {
    size += chunk.length;
    if (size > keep) kept = false;
    else chunks.push(chunk);
  }
  // The parser skips what a record left unread before it reads the next one; nothing is left.
  record.consumed = 'skipped';
  const missing = reader instanceof LimitReader ? Math.max(0, reader.limit) : 0;
  return { body: kept ? Buffer.concat(chunks, size) : Buffer.alloc(0), kept, missing };
}

function metaOf(record: WARCRecord, file: string, offset: number): WarcMeta {
  const get = (name: string): string | null => record.warcHeaders.headers.get(name) ?? null;
  return {
    url: get('WARC-Target-URI'),
    recordId: get('WARC-Record-ID'),
    date: get('WARC-Date'),
    type: get('WARC-Type'),
    file,
    offset,
  };
}

function errorAt(file: string, offset: number, error: string): WarcItem {
  return { kind: 'error', meta: { url: null, recordId: null, date: null, type: null, file, offset }, error };
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0] ?? '';
}
