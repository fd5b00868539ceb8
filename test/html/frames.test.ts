/**
 * A platform's player or post frame, wherever a page keeps it: in `amp-iframe`, which AMP pages
 * write where other pages write `iframe` (the same `src`, placeholder children in place of the
 * frame's content), and with its address in the attribute a lazy loader or a consent manager
 * keeps it in until the frame may load (`src` blank or `about:blank`). Each is the same embed as
 * the plain iframe. All addresses here are made up.
 */
import { describe, expect, it } from 'vitest';
import { extractEmbeds } from '../../src/index.js';
import { isFrame } from '../../src/core/html/index.js';
import { frameAddress } from '../../src/core/html/parts.js';

const enc = encodeURIComponent;

/** One frame source per platform (and an embed service's), and what it names. */
const frames: { platform: string; src: string; id: string | null }[] = [
  { platform: 'x', src: 'https://platform.twitter.com/embed/Tweet.html?id=1887146412345678901', id: '1887146412345678901' },
  { platform: 'instagram', src: 'https://www.instagram.com/p/Cq3xLm8rT2a/embed/captioned/', id: 'Cq3xLm8rT2a' },
  { platform: 'youtube', src: 'https://www.youtube-nocookie.com/embed/Hb7xQ2mK9pA?rel=0', id: 'Hb7xQ2mK9pA' },
  { platform: 'facebook', src: `https://www.facebook.com/plugins/post.php?href=${enc('https://www.facebook.com/HarbourWatch/posts/1920722881385983')}`, id: '1920722881385983' },
  { platform: 'bluesky', src: 'https://embed.bsky.app/embed/did:plc:harbourwatch2024abcdefgh/app.bsky.feed.post/3lbq2xk4fds2c', id: '3lbq2xk4fds2c' },
  { platform: 'mastodon', src: 'https://harbour.social/@ferrydesk/113245678901234567/embed', id: '113245678901234567' },
  { platform: 'threads', src: 'https://www.threads.net/@harbour.watch/post/C9xYz12AbCd/embed', id: 'C9xYz12AbCd' },
  { platform: 'tiktok', src: 'https://www.tiktok.com/embed/v2/7301234567890123456', id: '7301234567890123456' },
  { platform: 'reddit', src: 'https://embed.reddit.com/r/Harbours/comments/1c2d3e4/the_ferry_ran/?embed=true', id: '1c2d3e4' },
  { platform: 'telegram', src: 'https://t.me/harbourwatch/4821?embed=1', id: '4821' },
  { platform: 'youtube', src: `//cdn.embedly.com/widgets/media.html?url=${enc('https://www.youtube.com/watch?v=Hb7xQ2mK9pA')}`, id: 'Hb7xQ2mK9pA' },
];

describe('amp-iframe is read as an iframe, for every platform', () => {
  it.each(frames)('$platform: $src', ({ platform, src, id }) => {
    const iframe = `<iframe src="${src}" width="550" height="600"></iframe>`;
    const amp = `<amp-iframe src="${src}" width="550" height="600" layout="responsive" sandbox="allow-scripts allow-same-origin"><amp-img layout="fill" src="/img/poster.jpg" placeholder></amp-img></amp-iframe>`;
    const [a, ...more] = extractEmbeds(`<p>Before.</p>${amp}<p>After.</p>`, { format: 'html' });
    const [b] = extractEmbeds(`<p>Before.</p>${iframe}<p>After.</p>`, { format: 'html' });
    expect(more).toEqual([]);
    expect(a).toMatchObject({ platform, kind: 'iframe', id, start: 14, end: 14 + amp.length });
    // Everything but where it ends is the same embed.
    expect({ ...a, end: 0 }).toEqual({ ...b, end: 0 });
  });

  it('does not read an amp-iframe of a page no platform claims', () => {
    expect(extractEmbeds('<amp-iframe src="https://example.org/maps/harbour" width="600" height="400"></amp-iframe>', { format: 'html' })).toEqual([]);
  });
});

/** Where lazy loaders and consent managers keep a frame's address, `src` left blank. */
const HOLDERS: [string, string][] = [
  ['a lazy loader', 'data-src'],
  ['WP Rocket', 'data-lazy-src'],
  ['Cookiebot', 'data-cookieblock-src'],
  ['Complianz', 'data-src-cmplz'],
  ['Iubenda', 'suppressedsrc'],
  ['Real Cookie Banner', 'consent-original-src-_'],
  ['a jQuery lazy loader', 'data-original'],
];

describe("a frame's address kept aside until it may load, for every platform", () => {
  const cases = frames.flatMap((f) => HOLDERS.map(([who, name]) => ({ ...f, who, name })));
  it.each(cases)('$platform, $who ($name)', ({ platform, src, id, name }) => {
    // A Mastodon instance is any host: a frame of one is found by `iframe src="https://`, or by
    // the class its embed code gives it, which a frame whose address is held aside needs.
    const cls = platform === 'mastodon' ? ' class="mastodon-embed"' : '';
    const held = `<iframe${cls} src="about:blank" ${name}="${src}" width="550" height="600"></iframe>`;
    const [a, ...more] = extractEmbeds(`<p>Before.</p>${held}<p>After.</p>`, { format: 'html' });
    const [b] = extractEmbeds(`<p>Before.</p><iframe${cls} src="${src}" width="550" height="600"></iframe><p>After.</p>`, { format: 'html' });
    expect(more).toEqual([]);
    expect(a).toMatchObject({ platform, kind: 'iframe', id, start: 14, end: 14 + held.length });
    expect({ ...a, end: 0 }).toEqual({ ...b, end: 0 });
  });
});

describe('frameAddress', () => {
  const parse = (url: string): string | null => (url.startsWith('https://player.example/') ? url.slice(23) : null);
  it.each([
    { description: '`src` first', attribs: { 'data-src': 'https://player.example/b', src: 'https://player.example/a' }, expected: 'a' },
    { description: 'a lazy attribute when `src` names nothing', attribs: { src: 'about:blank', 'data-lazy-src': 'https://player.example/b' }, expected: 'b' },
    { description: 'attributes in their order', attribs: { 'data-cookieblock-src': 'https://player.example/c', 'data-src': 'https://player.example/d' }, expected: 'c' },
    { description: 'a name holding `src` without `data-`', attribs: { suppressedsrc: 'https://player.example/e' }, expected: 'e' },
    { description: 'any other `data-*`', attribs: { 'data-url': 'https://player.example/f' }, expected: 'f' },
    { description: 'not other attributes', attribs: { title: 'https://player.example/g', name: 'https://player.example/h' }, expected: null },
    { description: 'nothing the parser reads', attribs: { src: 'https://example.org/x', 'data-src': 'about:blank' }, expected: null },
  ])('$description', ({ attribs, expected }) => {
    expect(frameAddress({ attribs }, parse)).toBe(expected);
  });
});

describe('isFrame', () => {
  it.each([
    ['iframe', true],
    ['amp-iframe', true],
    ['frame', false],
    ['amp-img', false],
    ['div', false],
  ])('%s → %s', (name, expected) => {
    expect(isFrame(name)).toBe(expected);
  });
});
