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
