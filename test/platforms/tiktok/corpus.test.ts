/**
 * TikTok on real pages (../shared/corpus/pages, evaluation data kept beside the project, never
 * copied into it): no page throws, every embed has an id of the platform's grammar and a url of
 * the contract's form or none, and on each page the embeds found are as many as an independent
 * reading counts: htmlparser2's DOM, `blockquote.tiktok-embed` naming a video (data-video-id or a
 * `/video/` cite) and iframes whose src or data-* is a TikTok player URL. Prints the count by
 * kind. (The pages hold TikTok profile links and icons, and no TikTok embed at all.)
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

const PLAYER = /^(?:https?:)?\/\/www\.tiktok\.com\/(?:embed\/(?:v[23]\/)?|player\/v1\/)\d+/;

/** The TikTok embeds a page holds, counted without the library. */
function independentCount(html: string): number {
  const els = DomUtils.findAll(() => true, parseDocument(html).children) as Element[];
  let n = 0;
  for (const el of els) {
    const cls = ` ${el.attribs.class ?? ''} `;
    if (el.name === 'blockquote' && cls.includes(' tiktok-embed ')) {
      if (/^\d+$/.test(el.attribs['data-video-id'] ?? '') || /\/video\/\d+/.test(el.attribs.cite ?? '')) n++;
    } else if (el.name === 'iframe') {
      if (Object.entries(el.attribs).some(([k, v]) => (k === 'src' || k.startsWith('data-')) && PLAYER.test(v.trim()))) n++;
    }
  }
  return n;
}

describe.skipIf(!present)('TikTok on the shared corpus pages', () => {
  const names = present ? readdirSync(PAGES).filter((n) => /\.html(?:\.gz)?$/.test(n)).sort() : [];

  it('finds on every page as many embeds as an independent count, each with a well-formed id and url', () => {
    const byKind: Record<string, number> = {};
    for (const name of names) {
      const html = readPage(name);
      let embeds: Embed[] = [];
      expect(() => (embeds = extractEmbeds(html, { format: 'html', platforms: ['tiktok'] })), name).not.toThrow();
      for (const e of embeds) {
        byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
        expect(e.id, name).toMatch(/^\d{1,20}$/);
        if (e.url !== null) expect(e.url, name).toBe(`https://www.tiktok.com/@${e.author.handle}/video/${e.id}`);
      }
      expect(embeds.length, name).toBe(independentCount(html));
    }
    const total = Object.values(byKind).reduce((a, b) => a + b, 0);
    console.log(`tiktok on ${names.length} pages: ${total} embeds, by kind ${JSON.stringify(byKind)}`);
  });
});
