/**
 * Route agreement between HTML and flattened text, for one platform's HTML fixtures: each embed
 * of a golden file is cut out of its page and flattened the way a scraper does (textContent of
 * htmlparser2's DOM, through domutils); where the HTML route read a byline from it, the text
 * route finds the post in that text with the same values for every field the text keeps, and,
 * wrapped in random prose, finds it again with its offsets shifted. Where the HTML route read
 * no byline, the text route finds nothing either.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import TurndownService from 'turndown';
import { expect, it } from 'vitest';
import { extractEmbeds, type Embed, type Platform } from '../../src/index.js';
import { registry } from '../../src/platforms/registry.js';
import { admits, scanDirectly } from './scan.js';
import { expectSameWhenWrapped } from './wrap.js';

/** The fields of an embed the flattened byline keeps. */
export type KeptField = 'name' | 'handle' | 'date' | 'dateText' | 'text' | 'hashtags' | 'mentions' | 'links';

const PROSE_WORDS = ['the', 'harbour', 'master', 'said', 'on', 'Tuesday', 'le', 'port', 'a', 'fermé', 'der', 'Hafen', 'порт', '港は', 'الميناء', '#regatta', '(AP)', '🕊️', 'October', '10,', '2024'];

/**
 * An HTML fragment as an html-to-markdown reader (turndown) writes it, scripts and styles left
 * out; with `referenced`, its links by reference (`[text][1]`, the `[1]: href` definitions at the end).
 */
export function toMarkdown(html: string, referenced = false): string {
  const turndown = new TurndownService(referenced ? { linkStyle: 'referenced' } : {});
  turndown.remove(['script', 'style', 'noscript', 'template']);
  return turndown.turndown(html);
}

/** The flattened text of an HTML fragment, as a scraper's textContent gives it. */
export function flatten(html: string): string {
  return textContent(parseDocument(html).children);
}

function pick(e: Embed, fields: readonly KeptField[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) out[f] = f === 'name' || f === 'handle' ? e.author[f] : e[f];
  return out;
}

/**
 * A fixture embed whose text the text route reads differently, with why and what it gives
 * instead (checked by eye): the disagreement stays in plain view.
 */
export interface Apart {
  readonly id: string;
  /** With `id`, where two embeds share it (a Reddit post and a comment on it). */
  readonly handle?: string;
  readonly why: string;
  readonly found: readonly Record<string, unknown>[];
  /** False where the Markdown of the embed reads as the HTML does (the text alone differs). */
  readonly markdownToo?: boolean;
}

/**
 * Declares the agreement checks for `platform`. `hasByline` says whether the HTML route read a
 * byline that survives flattening (a handle, or a name and a date, shown in the flattened text:
 * a byline read from an attribute has none there); `fields` are compared.
 */
export function flattenedAgreement(
  platform: Platform,
  hasByline: (e: Embed, flat: string) => boolean,
  fields: readonly KeptField[],
  apart: readonly Apart[] = [],
): void {
  const definition = registry.find((p) => p.id === platform);
  if (definition === undefined) throw new TypeError(`unknown platform ${platform}`);
  const dir = fileURLToPath(new URL(`../../fixtures/${platform}/html/`, import.meta.url));
  const cases: { name: string; html: string; flat: string; expected: Embed; byline: boolean }[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const page = readFileSync(dir + name.replace(/\.json$/, '.html'), 'utf8');
    for (const e of JSON.parse(readFileSync(dir + name, 'utf8')) as Embed[]) {
      const html = page.slice(e.start, e.end);
      const flat = flatten(html);
      cases.push({ name: `${name} ${e.kind} ${e.id ?? ''}`, html, flat, expected: e, byline: hasByline(e, flat) });
    }
  }
  const scan = (input: string) => scanDirectly(definition, input, 'text');
  const matches = (a: Apart, e: Embed) => a.id === e.id && (a.handle === undefined || a.handle === e.author.handle);
  const isApart = (e: Embed) => apart.some((a) => matches(a, e));
  const isApartInMarkdown = (e: Embed) => apart.some((a) => matches(a, e) && a.markdownToo !== false);
  const bylines = cases.filter((c) => c.byline && !isApart(c.expected));
  const differing = apart.map((a) => ({ ...a, flat: cases.find((c) => matches(a, c.expected))?.flat ?? '' }));
  const others = cases.filter((c) => !c.byline);

  it('has fixture embeds whose byline survives flattening', () => {
    expect(bylines.length).toBeGreaterThan(0);
  });

  it.each(bylines)('$name: the text route agrees with the HTML route', ({ flat, expected }) => {
    const found = scan(flat);
    expect(found.map((e) => pick(e, fields))).toEqual([pick(expected, fields)]);
    expect(found[0]?.kind).toBe('flattened');
  });

  // The same embed as an html-to-markdown reader writes it: found again with the same fields (the
  // Markdown keeps the text), read from the text the Markdown shows.
  it.each(bylines.filter((c) => !isApartInMarkdown(c.expected)))('$name: the Markdown route agrees with the HTML route', ({ html, expected }) => {
    const found = extractEmbeds(toMarkdown(html), { format: 'markdown', platforms: [platform] });
    expect(found.map((e) => pick(e, fields))).toEqual([pick(expected, fields)]);
    expect(found[0]?.source).toBe('markdown');
  });

  // The embed's text stands as a block of its own: a blank line between it and the prose.
  it.each(bylines)('$name: flattened and wrapped in prose, found again, shifted', ({ flat }) => {
    expectSameWhenWrapped(scan, `\n${flat}\n`, PROSE_WORDS, 25);
  });

  if (differing.length > 0) {
    it.each(differing)('$id: read apart ($why)', ({ flat, found }) => {
      expect(flat.length).toBeGreaterThan(0);
      expect(scan(flat).map((e) => pick(e, fields))).toEqual(found);
    });
  }

  if (others.length > 0) {
    it.each(others)('$name: no byline in HTML, none found in its text', ({ flat }) => {
      expect(scan(flat)).toEqual([]);
    });
  }
}

/** How a page's HTML embeds fare in the page's flattened text. */
export interface PageAgreement {
  /** HTML embeds whose byline stands in the page's text. */
  survived: number;
  /** Of those, found again by the text route with the same handle (or name) and, where it reads one, date. */
  found: number;
  /** Of those found, how many the text route gave no date where the HTML route gave one. */
  dateUnread: number;
  /** What was not found: `page id`. */
  missing: string[];
}

/**
 * Flattens a whole page (textContent) and looks, for each of `embeds` whose byline `survives` in
 * that text, for the text route's post with the same `key` (handle, or name), in document order:
 * two posts by one author pair one to one. A found post agrees on its date wherever the text
 * route read one.
 */
export function findAgainInText(
  platform: Platform,
  page: string,
  html: string,
  embeds: readonly Embed[],
  survives: (e: Embed, text: string) => boolean,
  key: (e: Embed) => string | null,
): PageAgreement {
  const definition = registry.find((p) => p.id === platform);
  if (definition === undefined) throw new TypeError(`unknown platform ${platform}`);
  const out: PageAgreement = { survived: 0, found: 0, dateUnread: 0, missing: [] };
  const withByline = embeds.filter((e) => key(e) !== null);
  if (withByline.length === 0) return out;
  const text = flatten(html);
  const flat = scanDirectly(definition, text, 'text');
  const used = new Set<Embed>();
  for (const e of withByline) {
    if (!survives(e, text)) continue;
    out.survived++;
    const match = flat.find((t) => !used.has(t) && key(t) === key(e) && (t.date === null || e.date === null || t.date === e.date));
    if (match === undefined) {
      out.missing.push(`${page} ${e.id ?? ''}`);
      continue;
    }
    used.add(match);
    out.found++;
    if (match.date === null && e.date !== null) out.dateUnread++;
  }
  return out;
}

/** One table row of a text route: what the input holds, and the embeds' fields expected. */
export interface TextCase {
  readonly description: string;
  readonly input: string;
  readonly expected: readonly Record<string, unknown>[];
}

/**
 * Declares a text route's table: each `finds` row gives exactly its embeds (kind
 * `'flattened'`), each `misses` row none; Markdown gives the first row's embeds again, source
 * `'markdown'`, and the gate lets the first row through.
 */
export function textRouteTable(platform: Platform, finds: readonly TextCase[], misses: readonly { description: string; input: string }[]): void {
  const definition = registry.find((p) => p.id === platform);
  if (definition === undefined) throw new TypeError(`unknown platform ${platform}`);
  const scan = (input: string) => scanDirectly(definition, input, 'text');
  it.each(finds)('finds $description', ({ input, expected }) => {
    const found = scan(input);
    expect(found).toMatchObject(expected);
    expect(found).toHaveLength(expected.length);
    for (const e of found) expect(e.kind).toBe('flattened');
  });
  it.each([...misses, { description: 'empty input', input: '' }])('does not find $description', ({ input }) => expect(scan(input)).toEqual([]));
  it('reads Markdown the same way, source markdown', () => {
    const input = finds[0]?.input ?? '';
    expect(definition.text !== undefined && admits(definition.text, input)).toBe(true);
    expect(scanDirectly(definition, input, 'markdown')).toEqual(scan(input).map((e) => ({ ...e, source: 'markdown' })));
  });
}
