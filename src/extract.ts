import { detectFormat } from './core/detect.js';
import { locateEmbeds } from './core/html/locate.js';
import { select } from './platforms/registry.js';
import type { ScanContext } from './platforms/types.js';
import { DEFAULT_MAX_INPUT_LENGTH, type Embed, type ExtractOptions, type InputFormat } from './types.js';

/** The input clipped to the caller's ceiling, and the format it will be read as. */
export function prepare(
  input: unknown,
  options: ExtractOptions | undefined,
): { input: string; format: InputFormat } | null {
  if (typeof input !== 'string' || input.length === 0) return null;
  const max = options?.maxInputLength;
  const ceiling =
    typeof max === 'number' && Number.isFinite(max) && max >= 0 ? Math.floor(max) : DEFAULT_MAX_INPUT_LENGTH;
  const clipped = input.length > ceiling ? input.slice(0, ceiling) : input;
  const asked = options?.format;
  const format =
    asked === 'html' || asked === 'markdown' || asked === 'text' ? asked : detectFormat(clipped);
  return { input: clipped, format };
}

/**
 * Finds every social-post embed in an article given as HTML, Markdown or plain text.
 *
 * Never throws: any string in, an array out, sorted by `start`. Fields the input does not
 * settle are `null`.
 *
 * @example
 * ```ts
 * const text = 'Big news https://t.co/EflYXFDBkL— Insider Paper (@TheInsiderPaper) February 5, 2026';
 * const [post] = extractEmbeds(text);
 * post.author.handle; // 'TheInsiderPaper'
 * post.date;          // '2026-02-05'
 * post.links;         // ['https://t.co/EflYXFDBkL']
 * ```
 */
export function extractEmbeds(input: string, options?: ExtractOptions): Embed[] {
  const prepared = prepare(input, options);
  if (prepared === null) return [];
  const wanted = options?.platforms;
  const selection = select(Array.isArray(wanted) ? wanted : undefined);
  const locales = Array.isArray(options?.locales) ? options.locales : undefined;
  const ctx: ScanContext = {
    input: prepared.input,
    source: prepared.format,
    locales,
    dates: locales !== undefined ? { locales: [...locales] } : {},
  };
  if (prepared.format === 'html') {
    // One pass over the page for every platform's markers.
    const located = locateEmbeds(ctx, selection.html);
    return mergeEmbeds(located.embeds, located.noscript);
  }
  const found: Embed[] = [];
  for (const platform of selection.platforms) {
    const route = platform[prepared.format];
    if (route === undefined || !route.mayContain(ctx.input)) continue;
    try {
      for (const embed of route.scan(ctx)) found.push(embed);
    } catch {
      // A scanner bug must not cost the caller the other platforms' results. The property
      // tests drive every scanner directly, so a throw here is a bug found there first.
    }
  }
  return mergeEmbeds(found, []);
}

/**
 * Extracts X (Twitter) posts only: {@link extractEmbeds} with `platforms: ['x']`.
 *
 * @example
 * ```ts
 * extractTweets(article).map((t) => t.url); // ['https://x.com/TheInsiderPaper/status/…', …]
 * ```
 */
export function extractTweets(input: string, options?: ExtractOptions): Embed[] {
  return extractEmbeds(input, { ...options, platforms: ['x'] });
}

/**
 * Sorts embeds by position and drops duplicates: an embed another embed of the same platform
 * already covers (an amp-twitter and its placeholder blockquote), the outer, first one winning;
 * and a `noscript` copy (one of `noscript`) of a post found outside a noscript element.
 */
export function mergeEmbeds(embeds: Embed[], noscript: readonly Embed[]): Embed[] {
  let all = embeds;
  if (noscript.length > 0) {
    const copies = new Set(noscript);
    const key = (e: Embed): string => `${e.platform} ${e.id ?? ''}`;
    const shown = new Set(embeds.filter((e) => !copies.has(e) && e.id !== null).map(key));
    all = embeds.filter((e) => !(copies.has(e) && e.id !== null && shown.has(key(e))));
  }
  const sorted = all.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Embed[] = [];
  // Per platform, the kept embed reaching furthest right: sorted by start, it is the only one
  // that can cover the next embed, which keeps the merge linear in the number of embeds.
  const reach = new Map<string, Embed>();
  for (const e of sorted) {
    const k = reach.get(e.platform);
    if (k !== undefined && e.end <= k.end && (k.id === e.id || k.id === null || e.id === null)) continue;
    kept.push(e);
    if (k === undefined || e.end > k.end) reach.set(e.platform, e);
  }
  return kept;
}
