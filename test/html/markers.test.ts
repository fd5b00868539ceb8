import { describe, expect, it } from 'vitest';
import { extractEmbeds } from '../../src/index.js';

// The marker search walks a page in 64 KB windows; an anchor ('-tw' of 'twitter-tweet') that
// starts just before, on or just after a window edge must be found all the same.
const EDGE = 65_536;
const EMBED =
  '<blockquote class="twitter-tweet"><p lang="en">Edge case</p>&mdash; Jo (@jo) ' +
  '<a href="https://twitter.com/jo/status/1310340832445292544">September 27, 2020</a></blockquote>';
const ANCHOR_AT = EMBED.indexOf('-tw');

describe('embed markers across the search windows', () => {
  const offsets = [-3, -2, -1, 0, 1, 2, EDGE - 1, EDGE].map((d) => EDGE + d);
  it.each(offsets)('finds the embed when its marker starts at %i', (at) => {
    const page = `<p>${'a'.repeat(at - ANCHOR_AT - 3)}</p>`.slice(0, at - ANCHOR_AT) + EMBED;
    expect(page.indexOf('-tw')).toBe(at);
    const found = extractEmbeds(page, { format: 'html' });
    expect(found.map((e) => [e.id, e.author.handle, e.start])).toEqual([
      ['1310340832445292544', 'jo', at - ANCHOR_AT],
    ]);
  });

  it('finds embeds on both sides of several window edges', () => {
    const filler = `<p>${'prose '.repeat(20_000)}</p>\n`;
    const page = [EMBED, filler, EMBED.replace('Edge case', 'Second'), filler, filler, EMBED].join('');
    expect(extractEmbeds(page, { format: 'html' }).map((e) => e.text)).toEqual(['Edge case', 'Second', 'Edge case']);
  });
});

// Inert content (comments, scripts, inline CSS) is passed over whole by the marker search, not
// searched anchor by anchor: markers inside it are never read, and an embed just after it,
// wherever the window edges fall, is found all the same.
describe('embed markers around inert content', () => {
  const CSS = `<style>.twitter-tweet{margin:0 auto}${'.a{border-top-width:1px;font-size:2px}'.repeat(40)}</style>`;
  const table: { description: string; parts: string[]; texts: string[] }[] = [
    { description: 'an embed after inline CSS that names its class', parts: [CSS, EMBED], texts: ['Edge case'] },
    { description: 'embeds on both sides of inline CSS', parts: [EMBED, CSS, EMBED.replace('Edge case', 'Second')], texts: ['Edge case', 'Second'] },
    { description: 'an embed in a comment, then one outside', parts: [`<!-- ${EMBED.replace('Edge case', 'Hidden')} -->`, EMBED], texts: ['Edge case'] },
    { description: 'an embed in a script string, then one outside', parts: [`<script>var s = '${EMBED.replace('Edge case', 'Hidden')}';</script>`, EMBED], texts: ['Edge case'] },
    { description: 'an embed after an unclosed script', parts: [EMBED, '<script>var a = 1;', EMBED.replace('Edge case', 'Hidden')], texts: ['Edge case'] },
    { description: 'an embed inside noscript (markup, read)', parts: [`<noscript>${EMBED}</noscript>`], texts: ['Edge case'] },
  ];
  it.each(table)('$description', ({ parts, texts }) => {
    expect(extractEmbeds(parts.join('<p>between</p>'), { format: 'html' }).map((e) => e.text)).toEqual(texts);
  });

  // Inline CSS whose end falls just before, on or just after a window edge, the embed right after it.
  const ends = [-2, -1, 0, 1, 2].map((d) => EDGE + d);
  it.each(ends)('finds the embed after inline CSS ending at %i', (end) => {
    const close = '</style>';
    const css = `<style>${'.b-c{}'.repeat(EDGE)}`.slice(0, end - close.length) + close;
    const page = `${css}${EMBED}`;
    expect(page.indexOf(EMBED)).toBe(end);
    expect(extractEmbeds(page, { format: 'html' }).map((e) => e.start)).toEqual([end]);
  });

  it('finds the embed when inline CSS straddles a window edge', () => {
    const page = `<p>${'a'.repeat(EDGE - 500)}</p><style>${'.x-y{}'.repeat(200)}</style>${EMBED}`;
    expect(extractEmbeds(page, { format: 'html' }).map((e) => e.start)).toEqual([page.indexOf(EMBED)]);
  });
});
