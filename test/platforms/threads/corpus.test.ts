/**
 * Threads on the shared real pages: no page throws; the embeds found are printed by kind; every
 * one has a post code, a handle and a threads.net/threads.com url; and, page by page, their
 * number is the number of embed code blockquotes cheerio's DOM holds (profile links to
 * threads.net, which some pages carry, are none).
 */
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractEmbeds, type Embed } from '../../../src/index.js';
import { threads } from '../../../src/platforms/threads/index.js';
import { pageNames, pagesPresent, readPage, tally } from '../../helpers/corpus-pages.js';
import { scanDirectly } from '../../helpers/scan.js';

describe.skipIf(!pagesPresent)('Threads on the shared pages', () => {
  const pages = pageNames();
  const all: { page: string; embeds: Embed[]; expected: number }[] = [];

  it('reads every page without a throw', () => {
    for (const page of pages) {
      const html = readPage(page);
      // Strictly first: a throw in the platform's own code surfaces here, not absorbed.
      scanDirectly(threads, html, 'html');
      const embeds = extractEmbeds(html, { platforms: ['threads'] });
      const expected = html.includes('text-post-media') ? cheerio.load(html)('blockquote.text-post-media').length : 0;
      all.push({ page, embeds, expected });
    }
    const found = all.flatMap((p) => p.embeds);
    console.log(`threads on ${pages.length} pages: ${found.length} embeds, by kind ${JSON.stringify(tally(found.map((e) => e.kind)))}`);
    expect(all).toHaveLength(pages.length);
  });

  it('gives every embed a code, a handle and a Threads url', () => {
    for (const e of all.flatMap((p) => p.embeds)) {
      expect(e.id).toMatch(/^[\w-]{5,64}$/);
      expect(e.author.handle).toMatch(/^[\w.]{1,30}$/);
      if (e.url !== null) expect(e.url).toMatch(/^https:\/\/(?:www\.)?threads\.(?:net|com)\/@[\w.]+\/post\/[\w-]+\/?$/);
    }
  });

  it('finds as many embeds per page as the DOM holds embed code blockquotes', () => {
    for (const { page, embeds, expected } of all) expect([page, embeds.length]).toEqual([page, expected]);
  });
});
