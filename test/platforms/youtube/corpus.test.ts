/**
 * YouTube on real pages (../shared/corpus/pages, evaluation data kept beside the project, never
 * copied into it): no page throws, every embed has an id or a url of the contract's form, and
 * on each page the videos found are the videos an independent reading names: htmlparser2's DOM
 * (comments and script text left out by the parser), every player URL in an attribute of an
 * element that can embed (not a link or meta tag), and the ids AMP, lite and placeholder
 * elements carry. Prints the count by kind.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { extractEmbeds, type Embed } from '../../../src/index.js';

const PAGES = fileURLToPath(new URL('../../../../shared/corpus/pages/', import.meta.url));
const present = existsSync(PAGES);

function readPage(name: string): string {
  const raw = readFileSync(PAGES + name);
  return (name.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
}

/** Player URLs in an attribute value: `youtube[-nocookie].com/embed/<word>[?…list=<list>]`. */
const PLAYER = /youtube(?:-nocookie)?\.com\/embed\/([\w-]+)(?:\?[^"'\s]*?\blist=([\w-]+))?/g;
const NOT_EMBEDS = new Set(['a', 'meta', 'link', 'script', 'style', 'img']);

/** What the page names, as keys `v:<id>` and `list:<list>`, read without the library. */
function independentKeys(html: string): Set<string> {
  const keys = new Set<string>();
  const els = DomUtils.findAll(() => true, parseDocument(html).children) as Element[];
  for (const el of els) {
    if (NOT_EMBEDS.has(el.name)) continue;
    for (const value of Object.values(el.attribs)) {
      if (value.trimStart().startsWith('{')) continue; // JSON quoting markup is not markup
      for (const m of value.matchAll(PLAYER)) {
        const word = m[1] ?? '';
        if (word === 'videoseries' && m[2] !== undefined) keys.add(`list:${m[2]}`);
        else if (word.length === 11 && word !== 'videoseries' && word !== 'live_stream') keys.add(`v:${word}`);
      }
    }
    const id = el.name === 'amp-youtube' ? el.attribs['data-videoid'] : el.name === 'lite-youtube' ? el.attribs.videoid : undefined;
    if (id !== undefined) keys.add(`v:${id}`);
    if (/\brll-youtube-player\b/.test(el.attribs.class ?? '') && el.attribs['data-id'] !== undefined) keys.add(`v:${el.attribs['data-id']}`);
  }
  return keys;
}

function keyOf(e: Embed): string {
  return e.id !== null ? `v:${e.id}` : `list:${(e.url ?? '').replace('https://www.youtube.com/playlist?list=', '')}`;
}

describe.skipIf(!present)('YouTube on the shared corpus pages', () => {
  const names = present ? readdirSync(PAGES).filter((n) => /\.html(?:\.gz)?$/.test(n)).sort() : [];

  it('finds on every page the videos an independent reading names, each with a well-formed id and url', () => {
    const byKind: Record<string, number> = {};
    let pagesWith = 0;
    for (const name of names) {
      const html = readPage(name);
      let embeds: Embed[] = [];
      expect(() => (embeds = extractEmbeds(html, { format: 'html', platforms: ['youtube'] })), name).not.toThrow();
      for (const e of embeds) {
        byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
        expect(e.id !== null || e.url !== null, name).toBe(true);
        if (e.id !== null) {
          expect(e.id, name).toMatch(/^[\w-]{11}$/);
          expect(e.url, name).toBe(`https://www.youtube.com/watch?v=${e.id}`);
        } else expect(e.url, name).toMatch(/^https:\/\/www\.youtube\.com\/playlist\?list=[\w-]{2,64}$/);
        expect(e.text, name).toBeNull();
      }
      if (embeds.length > 0) pagesWith++;
      expect(new Set(embeds.map(keyOf)), name).toEqual(independentKeys(html));
    }
    const total = Object.values(byKind).reduce((a, b) => a + b, 0);
    console.log(`youtube on ${names.length} pages: ${total} embeds on ${pagesWith} pages, by kind ${JSON.stringify(byKind)}`);
    expect(total).toBeGreaterThan(0);
  });
});
