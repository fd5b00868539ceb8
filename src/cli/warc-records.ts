/**
 * `--warc` output: one JSON line per archive record that holds embeds (every record with
 * `--all-records`), and one per record that cannot be read. No I/O: runs in worker threads too.
 */
import { Buffer } from 'node:buffer';
import type { Embed } from '../index.js';
import { PayloadError, payloadText } from './payload.js';
import { findEmbeds, jsonLine, shortMessage, type RecordOptions } from './records.js';
import type { TaskResult } from './tasks.js';
import type { HttpHeaders, WarcItem, WarcMeta } from './warc.js';

/** A record as a task carries it: a {@link WarcItem} whose body travels in the task's buffer. */
export type WarcTaskItem =
  | { kind: 'body'; meta: WarcMeta; route: 'html' | 'text'; http: HttpHeaders | null }
  | { kind: 'skip'; meta: WarcMeta; reason: string }
  | { kind: 'error'; meta: WarcMeta; error: string };

/** Splits an item into what a task carries and its body bytes (empty for records without one). */
export function toTaskItem(item: WarcItem): { item: WarcTaskItem; body: Buffer | null } {
  if (item.kind !== 'body') return { item, body: null };
  const { body, ...rest } = item;
  return { item: rest, body };
}

/** The fields every output line starts with. */
function head(meta: WarcMeta): { url: string | null; recordId: string | null; date: string | null } {
  return { url: meta.url, recordId: meta.recordId, date: meta.date };
}

function where(meta: WarcMeta): { file: string; offset: number } {
  return { file: meta.file, offset: meta.offset };
}

/**
 * Decodes and scans the records of a task, filling `result` with their output lines and counts.
 *
 * ```
 * {"url":"https://…","recordId":"<urn:uuid:…>","date":"2026-02-05T10:00:00Z","embeds":[…],"warc":{"file":"a.warc.gz","offset":0}}
 * {"url":"https://…","recordId":"<urn:uuid:…>","date":"…","error":"truncated record: 512 of 2048 bytes","warc":{…}}
 * {"url":"https://…","recordId":"<urn:uuid:…>","date":"…","skipped":"revisit record","warc":{…}}   (--all-records)
 * ```
 */
export async function warcRecordsOut(
  data: Uint8Array,
  sizes: readonly number[],
  items: readonly WarcTaskItem[],
  options: RecordOptions,
  result: TaskResult,
): Promise<TaskResult> {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let at = 0;
  let out = '';
  for (const [i, item] of items.entries()) {
    const size = sizes[i] ?? 0;
    const body = bytes.subarray(at, at + size);
    at += size;
    result.records++;
    if (item.kind === 'skip') {
      if (options.allRecords === true) out += jsonLine({ ...head(item.meta), skipped: item.reason, warc: where(item.meta) }, options.pretty);
      continue;
    }
    let error = item.kind === 'error' ? item.error : null;
    let embeds: Embed[] = [];
    if (item.kind === 'body') {
      try {
        const { text } = await payloadText(body, item.http);
        embeds = findEmbeds(text, options, item.route);
      } catch (caught) {
        error = caught instanceof PayloadError ? caught.message : `internal error: ${shortMessage(caught)}`;
      }
    }
    if (error !== null) {
      result.failed++;
      out += jsonLine({ ...head(item.meta), error, warc: where(item.meta) }, options.pretty);
      continue;
    }
    result.embeds += embeds.length;
    if (embeds.length > 0 || options.allRecords === true) {
      out += jsonLine({ ...head(item.meta), embeds, warc: where(item.meta) }, options.pretty);
    }
  }
  result.out = out;
  return result;
}
