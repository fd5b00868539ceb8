/**
 * The one builder of {@link Embed} results: every platform's scanners hand it the fields their
 * markup settles, and it fills the rest (null, empty lists, false), cuts the strings loose from
 * the page they were read from, and keeps the contract's rule for URLs (absolute `https://` or
 * null). Results are records made by a constructor (see `record.ts`).
 */
import type { DateOptions, Embed, EmbedKind, InputFormat, Platform } from '../types.js';
import { parseEmbedDate } from './dates/index.js';
import { authorRecord, embedRecord } from './record.js';
import { collapseSpace, detached } from './text/chars.js';

/** What a scanner knows of one embed. Only where it is, what it is and on what platform are required. */
export interface EmbedFields {
  platform: Platform;
  kind: EmbedKind;
  source: InputFormat;
  start: number;
  end: number;
  id?: string | null;
  url?: string | null;
  name?: string | null;
  handle?: string | null;
  date?: string | null;
  dateText?: string | null;
  createdAt?: string | null;
  text?: string | null;
  lang?: string | null;
  links?: string[];
  media?: string[];
  mentions?: string[];
  hashtags?: string[];
  cashtags?: string[];
  truncated?: boolean;
}

/**
 * The {@link Embed} of `f`: missing fields null or empty, strings detached, `url` kept only
 * when it is an absolute `https://` URL.
 *
 * @example
 * ```ts
 * buildEmbed({ platform: 'youtube', kind: 'iframe', source: 'html', start: 0, end: 90,
 *   id: 'dQw4w9WgXcQ', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' });
 * // { platform: 'youtube', kind: 'iframe', …, author: { name: null, handle: null }, text: null, links: [], … }
 * ```
 */
export function buildEmbed(f: EmbedFields): Embed {
  return embedRecord({
    platform: f.platform,
    kind: f.kind,
    source: f.source,
    id: orNull(f.id),
    url: httpsUrl(f.url),
    author: authorRecord(orNull(f.name), orNull(f.handle)),
    date: f.date ?? null,
    dateText: orNull(f.dateText),
    createdAt: f.createdAt ?? null,
    text: orNull(f.text),
    lang: orNull(f.lang),
    links: f.links ?? [],
    media: f.media ?? [],
    mentions: f.mentions ?? [],
    hashtags: f.hashtags ?? [],
    cashtags: f.cashtags ?? [],
    truncated: f.truncated ?? false,
    start: f.start,
    end: f.end,
  });
}

/** A field's string cut loose from the page it was read from; empty and missing become null. */
function orNull(s: string | null | undefined): string | null {
  return s === undefined || s === null || s.length === 0 ? null : detached(s);
}

/**
 * `url` when it is an absolute `https://` URL with a host and no white space or control
 * characters, else null: the contract allows nothing else in a URL field.
 *
 * @example
 * ```ts
 * httpsUrl('https://www.instagram.com/p/C0dE/'); // 'https://www.instagram.com/p/C0dE/'
 * httpsUrl('javascript:alert(1)');              // null
 * httpsUrl('//www.youtube.com/embed/x');        // null
 * ```
 */
export function httpsUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string' || url.length < 9 || url.length > 2048 || !url.startsWith('https://')) return null;
  // Read on a detached (flat) copy: a URL built by a template is a concatenation, and reading
  // one of those character by character goes to the runtime for every character.
  const flat = detached(url);
  const host = flat.charCodeAt(8);
  if (host === 0x2f || host === 0x3f || host === 0x23) return null; // 'https:///', no host
  for (let i = 8; i < flat.length; i++) {
    const c = flat.charCodeAt(i);
    // Control characters, space, DEL, and `"`, `<`, `>`, `\`: never in a URL a page can link.
    if (c <= 0x20 || c === 0x7f || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x5c) return null;
  }
  return flat;
}

/**
 * A date as an embed shows it: the shown text with white space collapsed, and the date it reads
 * as (`parseEmbedDate` with the scan's options), each null when absent. A text that does not
 * read as a date is kept as shown only when it holds a digit: every form an embed writes a date
 * in (in any language, with any calendar word) shows the day or the year in digits, and a link
 * text without one (`View Bluesky post`, where a site's own embed code puts a label in the
 * post link) is no date at all.
 *
 * @example
 * ```ts
 * shownDate(' 20 novembre 2024  à 14:43', {}); // { dateText: '20 novembre 2024 à 14:43', date: '2024-11-20' }
 * shownDate('View Bluesky post', {});          // { dateText: null, date: null }
 * ```
 */
export function shownDate(text: string | null | undefined, options: DateOptions): { dateText: string | null; date: string | null } {
  if (typeof text !== 'string') return { dateText: null, date: null };
  const dateText = collapseSpace(text);
  if (dateText.length === 0 || dateText.length > 120) return { dateText: null, date: null };
  const date = parseEmbedDate(dateText, options);
  if (date === null && !HAS_DIGIT.test(dateText)) return { dateText: null, date: null };
  return { dateText, date };
}
/** A decimal digit of any script (`2`, `٢`, `२`). */
const HAS_DIGIT = /\p{Nd}/u;
