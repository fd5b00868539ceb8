// Wrong input never passes as "nothing found": bytes are read as text, `twitter` names X, and a
// programming error (input that is neither text nor bytes, a platform or format that does not
// exist) is a TypeError that names it. Content never throws.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractEmbeds, extractTweets, parseEmbedDate, parseSignature, stripEmbeds, supportedPlatforms } from '../src/index.js';
import { de, en, fr, ru } from '../src/locales.js';

const POST = 'Ferry plan passed https://t.co/Fr3yLn4Q8z— Harbour City Council (@HarbourCouncil) February 5, 2026';
const GERMAN_POST = 'Fähre beschlossen https://t.co/Fr3yLn4Q8z— Stadtrat (@HarbourCouncil) 5. Februar 2026';
const HTML =
  '<p>Intro.</p><blockquote class="twitter-tweet"><p lang="en">Hi <a href="https://t.co/AbCdEfGhIj">https://t.co/AbCdEfGhIj</a></p>' +
  '&mdash; Jo Example (@joexample) <a href="https://twitter.com/joexample/status/1310340832445292544">September 27, 2020</a></blockquote>';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
const withBom = (b: Uint8Array): Uint8Array => new Uint8Array([...BOM, ...b]);

describe('bytes are read as UTF-8 text', () => {
  const cases = [
    { description: 'a Uint8Array', input: utf8(POST), text: POST },
    { description: 'a Node Buffer', input: Buffer.from(POST, 'utf8'), text: POST },
    { description: 'an ArrayBuffer', input: utf8(POST).buffer, text: POST },
    { description: 'bytes with a byte order mark (dropped)', input: withBom(utf8(POST)), text: POST },
    { description: 'HTML bytes with a byte order mark', input: withBom(utf8(HTML)), text: HTML },
  ];
  it.each(cases)('$description gives what the string gives', ({ input, text }) => {
    const found = extractEmbeds(input as Uint8Array);
    expect(found.length).toBe(1);
    expect(found).toEqual(extractEmbeds(text));
    expect(stripEmbeds(input as Uint8Array)).toBe(stripEmbeds(text));
  });

  it('does not throw on malformed UTF-8: the bad bytes become U+FFFD', () => {
    const bad = new Uint8Array([0xff, 0xfe, ...utf8(` ${POST}`)]);
    const [post] = extractEmbeds(bad);
    expect(post?.author.handle).toBe('HarbourCouncil');
  });

  it('does not find anything in empty bytes', () => {
    expect(extractEmbeds(new Uint8Array(0))).toEqual([]);
    expect(extractEmbeds(BOM)).toEqual([]);
  });
});

describe('platform names', () => {
  it.each([
    { description: "'twitter' is a name for X", platforms: ['twitter'] as const, found: 1 },
    { description: "'x' finds X", platforms: ['x'] as const, found: 1 },
    { description: 'supportedPlatforms (readonly) finds X', platforms: supportedPlatforms, found: 1 },
    { description: 'does not find X among other platforms only', platforms: ['bluesky', 'mastodon'] as const, found: 0 },
    { description: 'does not find anything with no platform asked', platforms: [] as const, found: 0 },
  ])('$description', ({ platforms, found }) => {
    expect(extractEmbeds(POST, { platforms }).length).toBe(found);
  });
});

describe('programming errors are TypeErrors that say what was wrong', () => {
  const cases: { description: string; call: () => unknown; message: RegExp }[] = [
    { description: 'undefined input', call: () => extractEmbeds(undefined as never), message: /^extractEmbeds: input must be a string or UTF-8 bytes \(Uint8Array\), not undefined$/ },
    { description: 'null input', call: () => extractEmbeds(null as never), message: /, not null$/ },
    { description: 'a number', call: () => extractEmbeds(42 as never), message: /, not a number$/ },
    { description: 'an object', call: () => extractEmbeds({ html: POST } as never), message: /, not an object$/ },
    { description: 'an array of strings', call: () => extractEmbeds([POST] as never), message: /, not an array$/ },
    { description: 'extractTweets names itself', call: () => extractTweets(7 as never), message: /^extractTweets: input must be/ },
    { description: 'stripEmbeds names itself', call: () => stripEmbeds(7 as never), message: /^stripEmbeds: input must be/ },
    { description: 'an unknown platform', call: () => extractEmbeds(POST, { platforms: ['x', 'myspace' as never] }), message: /^extractEmbeds: unknown platform "myspace" in options\.platforms \(known: x, bluesky, .*, twitter\)$/ },
    { description: 'a platform that is not a string', call: () => extractEmbeds(POST, { platforms: [1 as never] }), message: /unknown platform a number in options\.platforms/ },
    { description: 'platforms that are not an array', call: () => extractEmbeds(POST, { platforms: 'x' as never }), message: /^extractEmbeds: options\.platforms must be an array of platform names, not a string$/ },
    { description: 'an unknown format', call: () => extractEmbeds(POST, { format: 'xml' as never }), message: /^extractEmbeds: options\.format must be 'auto', 'html', 'markdown' or 'text', not "xml"$/ },
    { description: 'options that are not an object', call: () => extractEmbeds(POST, 'x' as never), message: /^extractEmbeds: options must be an object, not a string$/ },
  ];
  it.each(cases)('$description', ({ call, message }) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });

  it('does not throw on any content: odd strings give arrays', () => {
    for (const s of ['', '\uFEFF', '\ud800', '<'.repeat(1000), '— (@) ', '\u0000'.repeat(10)]) {
      expect(Array.isArray(extractEmbeds(s))).toBe(true);
    }
  });
});

describe('date locales as data', () => {
  it.each([
    { description: 'every language by default', text: '5. Februar 2026', locales: undefined, expected: '2026-02-05' },
    { description: 'a tag is a hint, every language still read', text: '5 février 2026', locales: ['de'], expected: '2026-02-05' },
    { description: 'rows choose the languages read', text: '5. Februar 2026', locales: [de], expected: '2026-02-05' },
    { description: 'does not read French when only German and English rows are given', text: '5 février 2026', locales: [de, en], expected: null },
    { description: 'reads French when its row is given', text: '5 février 2026', locales: [fr], expected: '2026-02-05' },
    { description: 'rows and tags together', text: '14 февраля 2026 г.', locales: ['ru', ru, en], expected: '2026-02-14' },
    { description: 'ISO dates need no language', text: '2026-02-05', locales: [fr], expected: '2026-02-05' },
  ])('$description', ({ text, locales, expected }) => {
    expect(parseEmbedDate(text, locales === undefined ? undefined : { locales })).toBe(expected);
  });

  it('passes rows through extractEmbeds and parseSignature', () => {
    expect(extractEmbeds(GERMAN_POST, { locales: [de] })[0]?.date).toBe('2026-02-05');
    expect(extractEmbeds(GERMAN_POST, { locales: [fr] })[0]?.date ?? null).toBeNull();
    expect(parseSignature('— Stadtrat (@HarbourCouncil) 5. Februar 2026', { locales: [de] })?.date).toBe('2026-02-05');
    expect(parseSignature('— Stadtrat (@HarbourCouncil) 5. Februar 2026', { locales: [en] })?.date).toBeNull();
  });
});

// The `embedsift/core` build reads English dates by default and other languages passed as data.
const coreEntry = fileURLToPath(new URL('../dist/core.js', import.meta.url));
const localesEntry = fileURLToPath(new URL('../dist/locales.js', import.meta.url));
describe.skipIf(!existsSync(coreEntry) || !existsSync(localesEntry))('the embedsift/core build', () => {
  it('reads English by default, other languages only as data', async () => {
    const core = (await import(coreEntry)) as typeof import('../src/index.js');
    const locales = (await import(localesEntry)) as typeof import('../src/locales.js');
    expect(core.parseEmbedDate('February 5, 2026')).toBe('2026-02-05');
    expect(core.parseEmbedDate('5. Februar 2026')).toBeNull();
    expect(core.parseEmbedDate('5. Februar 2026', { locales: ['de'] })).toBeNull();
    expect(core.parseEmbedDate('5. Februar 2026', { locales: [locales.de] })).toBe('2026-02-05');
    expect(core.parseEmbedDate('5. Februar 2026', { locales: locales.allLocales })).toBe('2026-02-05');
    expect(core.extractEmbeds(POST)[0]?.date).toBe('2026-02-05');
    expect(core.extractEmbeds(GERMAN_POST)[0]?.date ?? null).toBeNull();
    expect(core.extractEmbeds(GERMAN_POST, { locales: [locales.de] })[0]?.date).toBe('2026-02-05');
  });
});
