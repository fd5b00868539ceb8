import { describe, expect, it } from 'vitest';
import { HTML_ANCHORS, MarkerSearch, MarkerTable } from '../../src/core/html/locate.js';
import { extractEmbeds } from '../../src/index.js';
import { registry } from '../../src/platforms/registry.js';

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
    {
      description: 'an embed holding a script with a marker, then one outside',
      parts: [EMBED.replace('</p>', `</p><script>var s = '<blockquote class="twitter-tweet">';</script>`), EMBED.replace('Edge case', 'Second')],
      texts: ['Edge case', 'Second'],
    },
    {
      // As in a browser: the comment swallows the signature and everything after it.
      description: 'an embed holding a comment left open',
      parts: [EMBED.replace('</p>', '</p><!-- open'), EMBED.replace('Edge case', 'Hidden')],
      texts: [],
    },
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

// The marker search itself, over every platform's declared markers: each is found wherever it
// stands (one-byte and two-byte pages), with its platform as owner; look-alikes are not.
describe('the marker search over every declared marker', () => {
  const forms = registry.flatMap((p) => (p.html !== undefined ? [p.html] : []));
  const table = new MarkerTable(forms);
  const cases = forms.flatMap((f, owner) => f.markers.map((marker) => ({ marker, owner })));
  const anchorOf = (marker: string): number => Math.min(...HTML_ANCHORS.map((a) => marker.indexOf(a)).filter((i) => i >= 0));

  it.each(cases)('finds $marker', ({ marker, owner }) => {
    for (const before of ['<p class="', 'Ünïcödé 東京 <p class="']) {
      const page = `${before}${marker}">x</p>`;
      const search = new MarkerSearch(page, table);
      const at = search.from(0);
      // Another platform's marker may stand at the same place (a WordPress figure's classes);
      // what is found is a marker that stands there, and this one's owner when it is the first.
      expect(at, before).toBe(before.length + anchorOf(marker));
      const standing = cases.filter((c) => page.startsWith(c.marker, at - anchorOf(c.marker))).map((c) => c.owner);
      expect(standing).toContain(owner);
      expect(standing).toContain(search.owner);
    }
  });

  const lookAlikes = [
    '<a href="https://www.thepoke.com/">', // `//www.` and the length of `//www.threads.com/`
    '<a href="https://www.threadsx.com/">',
    '<div style="margin-top:0;font-size:1px;--wp--preset--color:red">',
    '<p class="twitter">-twee</p>',
    '<a href="/embed/Tweet.htm?x">',
    '<p>re-post, re-video, fb_post, fbpost</p>',
  ];
  it.each(lookAlikes)('finds no marker in %s', (page) => {
    expect(new MarkerSearch(page, table).from(0)).toBe(-1);
  });
});

// A marker's element opens at the nearest `<` before it, unless that `<` stands inside the
// quoted value of the start tag before it: then it opens no tag (browsers read one element),
// and the marker is that start tag's. The answer is the same whichever platforms are on.
describe('the start tag a marker stands in', () => {
  const IFRAME = '<iframe src="https://platform.twitter.com/embed/Tweet.html?id=1887146412345678901"></iframe>';
  const table: { description: string; before: string; found: number }[] = [
    { description: 'after a paragraph of prose', before: '<p>Some prose ', found: 1 },
    { description: 'after a void and a self-closed tag', before: '<br><img src="a.png"/>', found: 1 },
    { description: 'after a tag with a `<` in a quoted value', before: '<div class="a<b">', found: 1 },
    { description: 'after a `<` in prose', before: '<p>a < b ', found: 1 },
    { description: 'after a script whose text holds an open quote', before: `<script>var a = "<a title='";</script>`, found: 1 },
    { description: 'inside the unclosed quoted value of the tag before', before: '<blockquote class="instagram-media', found: 0 },
    { description: 'inside the tag before, after a closed value (an attribute name)', before: '<a title="x>"', found: 0 },
  ];
  it.each(table)('$description: $found', ({ before, found }) => {
    const page = `<h2>Title</h2>${before}${IFRAME}`;
    expect(extractEmbeds(page).length).toBe(found);
    expect(extractEmbeds(page, { platforms: ['x'] }).length).toBe(found);
  });
});
