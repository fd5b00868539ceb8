// Properties that hold for any input: the public functions never throw, offsets stay in bounds,
// URL fields are https or null, results are deterministic, and the routes that must agree do
// (a post wrapped in prose is the same post shifted; extractTweets is extractEmbeds' X posts;
// extractEntities agrees with twitter-text on token soups). The parsers are checked to be
// "null or right" on generated forms, and right on the forms the contract spells out.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  extractEmbeds,
  extractEntities,
  extractTweets,
  parseEmbedDate,
  parseSignature,
  parseStatusUrl,
  snowflakeTime,
  stripEmbeds,
  type Embed,
  type Entities,
  type ExtractOptions,
} from '../src/index.js';
import { registry } from '../src/platforms/registry.js';
import { scanDirectly } from './helpers/scan.js';
import { article, makePost, postHtml, postMarkdown, postText, rng, shownDate } from '../bench/corpus.mjs';

// twitter-text ships no types: the one function used here, typed by hand.
interface TwitterTextEntity {
  indices: [number, number];
  url?: string;
  screenName?: string;
  listSlug?: string;
  hashtag?: string;
  cashtag?: string;
}
const twitterText = createRequire(import.meta.url)('twitter-text') as {
  extractEntitiesWithIndices(text: string): TwitterTextEntity[];
};

// Moderate by default so the suite stays fast; FC_RUNS=5000 for a deep local fuzzing session.
const SCALE = Math.max(1, Number(process.env.FC_RUNS ?? 150) || 150);
const RUNS = { numRuns: SCALE };
const FEW = { numRuns: Math.ceil(SCALE * 0.4) };

// ---------------------------------------------------------------------------------------------
// Invariants of results
// ---------------------------------------------------------------------------------------------

const PLATFORMS = ['x', 'bluesky', 'mastodon', 'threads', 'instagram', 'tiktok', 'facebook', 'youtube', 'reddit', 'telegram'];
const FORMATS = ['html', 'markdown', 'text'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const HANDLE = /^\w{1,20}$/;

/** JSON with every character outside printable ASCII escaped, so a failing input can be copied exactly. */
function exact(value: unknown): string {
  return JSON.stringify(value).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function fail(message: string, value: unknown): never {
  throw new Error(`${message}: ${exact(value)}`);
}

/** The string without white space and invisible format characters (signature fields are collapsed). */
function squeeze(s: string): string {
  return s.replace(/[\s\u0085\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff]/gu, '');
}

/** A real calendar date in 'YYYY-MM-DD' form. */
function isCalendarDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(2000, mo - 1, d));
  dt.setUTCFullYear(y);
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

function isStringList(v: unknown): boolean {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}

/** Every contract invariant of one extraction result over `input`. */
function checkEmbeds(input: string, embeds: Embed[], format?: string): void {
  if (!Array.isArray(embeds)) fail('not an array', embeds);
  let previous = 0;
  for (const e of embeds) {
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end)) fail('non-integer offsets', e);
    if (!(e.start >= 0 && e.start < e.end && e.end <= input.length)) fail(`offsets out of bounds (length ${input.length})`, e);
    if (e.start < previous) fail('not sorted by start', e);
    previous = e.start;
    if (!PLATFORMS.includes(e.platform)) fail('unknown platform', e);
    if (!FORMATS.includes(e.source)) fail('unknown source', e);
    if (format !== undefined && e.source !== format) fail(`source is not the format read (${format})`, e);
    if (typeof e.kind !== 'string' || e.kind === '') fail('kind', e);
    if (e.url !== null && !(typeof e.url === 'string' && e.url.startsWith('https://'))) fail('url is not https or null', e);
    if (e.id !== null && typeof e.id !== 'string') fail('id is not a string', e);
    if (e.platform === 'x' && e.id !== null && !/^\d{1,20}$/.test(e.id)) fail('X id is not decimal', e);
    if (e.author === null || typeof e.author !== 'object') fail('author', e);
    if (e.author.handle !== null && (typeof e.author.handle !== 'string' || e.author.handle.startsWith('@') || e.author.handle === ''))
      fail('handle', e);
    if (e.platform === 'x' && e.author.handle !== null && !HANDLE.test(e.author.handle)) fail('X handle', e);
    if (e.author.name !== null && typeof e.author.name !== 'string') fail('name', e);
    if (e.date !== null && !isCalendarDate(e.date)) fail('date', e);
    if (e.dateText !== null && typeof e.dateText !== 'string') fail('dateText', e);
    // In plain text the date is shown exactly as it stands in the input.
    if (e.source === 'text' && e.dateText !== null && !input.slice(e.start, e.end).includes(e.dateText))
      fail('dateText is not in the embed text', { input: input.slice(e.start, e.end), e });
    if (e.createdAt !== null && !ISO_INSTANT.test(e.createdAt)) fail('createdAt', e);
    if (e.text !== null && typeof e.text !== 'string') fail('text', e);
    if (e.lang !== null && typeof e.lang !== 'string') fail('lang', e);
    for (const k of ['links', 'media', 'mentions', 'hashtags', 'cashtags'] as const) {
      if (!isStringList(e[k])) fail(k, e);
      if (new Set(e[k]).size !== e[k].length) fail(`${k} has duplicates`, e);
    }
    if (typeof e.truncated !== 'boolean') fail('truncated', e);
  }
}

function checkEntities(text: string, ents: Entities): void {
  const all: { start: number; end: number }[] = [];
  const spans = (list: { start: number; end: number }[], name: string) => {
    if (!Array.isArray(list)) fail(`${name} not an array`, ents);
    for (const x of list) {
      if (!Number.isInteger(x.start) || !Number.isInteger(x.end) || !(x.start >= 0 && x.start < x.end && x.end <= text.length))
        fail(`${name} offsets out of bounds (length ${text.length})`, x);
      all.push(x);
    }
  };
  spans(ents.urls, 'urls');
  spans(ents.mentions, 'mentions');
  spans(ents.hashtags, 'hashtags');
  spans(ents.cashtags, 'cashtags');
  for (const u of ents.urls) if (text.slice(u.start, u.end) !== u.url) fail('url is not the text at its offsets', u);
  for (const m of ents.mentions) {
    if (!HANDLE.test(m.handle)) fail('mention handle', m);
    if (!/^[@＠]$/.test(text[m.start] ?? '') || text.slice(m.start + 1, m.start + 1 + m.handle.length) !== m.handle)
      fail('mention is not @handle at its offsets', m);
  }
  for (const h of ents.hashtags) if (!/^[#＃]$/.test(text[h.start] ?? '') || text.slice(h.start + 1, h.end) !== h.tag) fail('hashtag', h);
  for (const c of ents.cashtags) if (text[c.start] !== '$' || text.slice(c.start + 1, c.end) !== c.tag) fail('cashtag', c);
  all.sort((a, b) => a.start - b.start);
  for (let i = 1; i < all.length; i++) if (all[i]!.start < all[i - 1]!.end) fail('overlapping entities', [all[i - 1], all[i]]);
}

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

/** Characters that break naive code: NUL, bidi marks, lone surrogates, emoji, dashes, line breaks. */
const SPECIALS = [
  '\u0000', '\u200e', '\u200f', '\u202e', '\u2066', '\u2069', '\ufeff', '\u00a0', '\u2028', '\u2029', '\u0085',
  '\ud800', '\udfff', '\ud83d', '\ude00', '😀', '🕊️', '👩‍👩‍👧', '\r\n', '\n', '\r', '\t', '—', '–', '―', '-', '(@', '@', '＠',
  '#', '＃', '$', '…', '&', '<', '>', '"', "'", '/', '\\', '(', ')', ':', '.', ',', 'ー', 'ـ', 'ש', 'ب', '١', '٢',
];

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

const unicodeString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: codeUnit, maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...SPECIALS), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 80 }).map((a) => a.join('')),
);

const STATUS = 'https://twitter.com/janedoe/status/1887146412345678901?ref_src=twsrc%5Etfw';

/** Pieces of embed markup as the different CMSs and embed codes write them. */
const HTML_FRAGMENTS = [
  '<blockquote class="twitter-tweet">', '<blockquote class="twitter-tweet" data-lang="fr" data-dnt="true">',
  '<blockquote class=twitter-tweet>', "<blockquote class='twitter-tweet tw-align-center'>", '<BLOCKQUOTE CLASS="twitter-tweet">',
  '<blockquote>', '</blockquote>', '<p lang="en" dir="ltr">', '<p lang="ar" dir="rtl">', '<p>', '</p>', '<br>', '<br/>',
  '&mdash;', '&#8212;', '&#x2014;', '&amp;', '&lt;', '&nbsp;', '&', '— ', ' - ', '(@h)', '(@janedoe)', '(@', '@janedoe',
  `<a href="${STATUS}">`, '<a href="https://x.com/janedoe/status/1887146412345678901">', '<a href="https://twitter.com/i/web/status/1">',
  '<a href="javascript:alert(1)">', '<a href="/janedoe/status/123">', '<a href="//twitter.com/a/status/9">', '<a href=',
  '<a href="https://t.co/AbCdEfGhIj">', 'https://t.co/AbCdEfGhIj', 'pic.twitter.com/Q1w2E3r4T5', '</a>',
  'February 5, 2026', '5 février 2026', '2026年2月5日', 'Jane Doe',
  '<amp-twitter data-tweetid="1887146412345678901" width="375" height="472" layout="responsive">', '</amp-twitter>',
  '<amp-twitter data-tweetid="javascript:1">',
  '<iframe src="https://platform.twitter.com/embed/Tweet.html?id=1887146412345678901"></iframe>', '<iframe src="https://platform.twitter.com/embed/Tweet.html?id=',
  '<iframe', '<!--', '-->', '<!-- <blockquote class="twitter-tweet"> -->', '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>',
  '<script>', '</script>', '<script>document.write("<blockquote class=\\"twitter-tweet\\">")</script>', '<style>', '</style>',
  '<noscript>', '</noscript>', '<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter">',
  '<div class="wp-block-embed__wrapper">', '</div>', '</figure>', '<div data-tweet-id="1887146412345678901">', '<![CDATA[', ']]>',
  '<html>', '<body>', '</body>', '<', '>', '"', "'", '=', '/', '\n', ' ',
];

/** Pieces of flattened posts and of Markdown. */
const TEXT_FRAGMENTS = [
  'JUST IN - US and allies agree', 'Body text', 'home—157 Ukrainians', ' ', '  ', '\n', '\n\n', '\r\n', '\u2028', '— ', '—', '–', ' - ',
  '&mdash;', '(@', '(@ ', '(@janedoe)', '(@h)', '(@a_very_long_handle_over_twenty)', 'Jane Doe', 'Jane Doe (she/her) 🕊️',
  'Volodymyr Zelenskyy / Володимир Зеленський', '@janedoe', 'jane@example.com', '#Peace2026', '$TSLA', 'https://t.co/AbCdEfGhIj',
  'https://t.co/bTcwtG77Zo@SEPeaceMissions', '#Peace2026pic.twitter.com/Q1w2E3r4T5', 'pic.twitter.com/Q1w2E3r4T5', 'https://t.co/',
  'pic.twitter.com/', 'February 5, 2026', '5 February 2026', 'Feb 5, 2026', '5. Februar 2026', '5 de febrero de 2026',
  '5 февраля 2026 г.', '2026年2月5日', '31 February 2026', 'is a columnist', '— Reuters', '(CEO)', '…', '...', '> ', '>', '[', ']', '(', ')',
  '[February 5, 2026](https://twitter.com/janedoe/status/1887146412345678901)', '](', '![img](pic.png)', '```', '    ', '* ', '1. ',
  'https://x.com/janedoe/status/1887146412345678901', 'twitter.com/janedoe/status/', '\u200f', '\u200e', '\u00a0', '\ufeff',
];

function soup(fragments: string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...fragments) }, { weight: 1, arbitrary: unicodeString.map((s) => s.slice(0, 12)) }), {
      maxLength: 60,
    })
    .map((a) => a.join(''));
}

const htmlish = soup(HTML_FRAGMENTS);
const textish = soup(TEXT_FRAGMENTS);
const anyInput = fc.oneof(unicodeString, htmlish, textish);

// Our synthetic fixtures, plus every fixture file the repository holds (read at test time).
const fixtureRoot = fileURLToPath(new URL('../fixtures/', import.meta.url));
function readFixtures(dir: string, out: string[]): string[] {
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names.sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) readFixtures(path, out);
    else if (/\.(?:html?|md|txt)$/.test(name) && statSync(path).size < 200_000) out.push(readFileSync(path, 'utf8'));
  }
  return out;
}
const BASES: string[] = [];
for (let seed = 1; seed <= 6; seed++) {
  const p = makePost(rng(seed));
  BASES.push(postHtml(p), postText(p), postMarkdown(p));
}
BASES.push(article('html', { size: 4000, seed: 2, every: 1500 }).input);
BASES.push(article('text', { size: 4000, seed: 3, every: 1500 }).input);
BASES.push(article('markdown', { size: 4000, seed: 4, every: 1500 }).input);
readFixtures(fixtureRoot, BASES);

type Mutation =
  | { op: 'delete'; at: number; len: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'duplicate'; at: number; len: number }
  | { op: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...SPECIALS, ...HTML_FRAGMENTS, ...TEXT_FRAGMENTS), unicodeString) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(base: string, ops: Mutation[]): string {
  let s = base;
  for (const m of ops) {
    const at = s.length === 0 ? 0 : m.at % (s.length + 1);
    if (m.op === 'delete') s = s.slice(0, at) + s.slice(at + m.len);
    else if (m.op === 'insert') s = s.slice(0, at) + m.text + s.slice(at);
    else if (m.op === 'duplicate') s = s.slice(0, at + m.len) + s.slice(at, at + m.len) + s.slice(at + m.len);
    else s = s.slice(0, at);
  }
  return s;
}

const mutatedFixture = fc
  .tuple(fc.integer({ min: 0, max: BASES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([i, ops]) => mutate(BASES[i]!, ops));

const options: fc.Arbitrary<ExtractOptions | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      format: fc.constantFrom('auto' as const, 'html' as const, 'markdown' as const, 'text' as const),
      locales: fc.array(fc.constantFrom('en', 'en-GB', 'fr', 'de', 'ja', 'ru', '', 'xx', 'not a locale', 'zh-Hant-TW'), { maxLength: 3 }),
      platforms: fc.subarray(['x', 'bluesky', 'mastodon', 'youtube'] as const).map((a) => [...a]),
    },
    { requiredKeys: [] },
  ),
);

function formatOf(input: string, opts: ExtractOptions | undefined): string {
  const f = opts?.format;
  return f === 'html' || f === 'markdown' || f === 'text' ? f : detectFormat(input);
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe('extractEmbeds and extractTweets: total, in bounds, deterministic', () => {
  const cases: [string, fc.Arbitrary<string>][] = [
    ['random unicode', unicodeString],
    ['HTML-ish fragments', htmlish],
    ['flattened-text and Markdown fragments', textish],
    ['mutated fixtures', mutatedFixture],
  ];
  it.each(cases)('%s', (_name, arb) => {
    fc.assert(
      fc.property(arb, options, (input, opts) => {
        const first = extractEmbeds(input, opts);
        checkEmbeds(input, first, formatOf(input, opts));
        expect(extractEmbeds(input, opts)).toEqual(first);
        if (opts?.platforms !== undefined) for (const e of first) expect(opts.platforms).toContain(e.platform);
        const tweets = extractTweets(input, opts);
        checkEmbeds(input, tweets);
        for (const e of tweets) expect(e.platform).toBe('x');
        // The X route alone finds every X embed the full run finds (merging is per platform). It
        // may find more: a marker inside another platform's embed element belongs to that element
        // in a run that reads it (nothing is read twice, which keeps the pass linear), while a run
        // without that platform reads the inner marker's own element.
        const { platforms: _ignored, ...rest } = opts ?? {};
        const full = extractEmbeds(input, rest).filter((e) => e.platform === 'x');
        for (const e of full) expect(tweets).toContainEqual(e);
      }),
      arb === mutatedFixture ? FEW : RUNS,
    );
  });
});

describe('every platform scanner, called directly (no gate, no catch): total and in bounds', () => {
  // extractEmbeds keeps one scanner's exception from costing the other platforms' results, so a
  // throw would be invisible through it: the scanners are driven here without that net.
  it.each([
    ['random unicode', unicodeString],
    ['HTML-ish fragments', htmlish],
    ['flattened-text and Markdown fragments', textish],
    ['mutated fixtures', mutatedFixture],
  ] as [string, fc.Arbitrary<string>][])('%s', (_name, arb) => {
    fc.assert(
      fc.property(arb, fc.constantFrom('html' as const, 'markdown' as const, 'text' as const), (input, source) => {
        for (const platform of registry) {
          const found = scanDirectly(platform, input, source);
          checkEmbeds(input, found, source);
          for (const e of found) expect(e.platform).toBe(platform.id);
        }
      }),
      arb === mutatedFixture ? FEW : RUNS,
    );
  });
});

describe('stripEmbeds: total, never grows the input, identity when nothing is found', () => {
  it.each([
    ['random unicode', unicodeString],
    ['HTML-ish fragments', htmlish],
    ['flattened-text and Markdown fragments', textish],
    ['mutated fixtures', mutatedFixture],
  ] as [string, fc.Arbitrary<string>][])('%s', (_name, arb) => {
    fc.assert(
      fc.property(arb, options, (input, opts) => {
        const out = stripEmbeds(input, opts);
        expect(typeof out).toBe('string');
        expect(out.length).toBeLessThanOrEqual(input.length);
        expect(stripEmbeds(input, opts)).toBe(out);
        if (extractEmbeds(input, opts).length === 0) expect(out).toBe(input);
      }),
      arb === mutatedFixture ? FEW : RUNS,
    );
  });
});

describe('detectFormat: total and one of the three formats', () => {
  it('any string', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const f = detectFormat(input);
        expect(FORMATS).toContain(f);
        expect(detectFormat(input)).toBe(f);
      }),
      RUNS,
    );
  });
});

// Prose around a post: words of several scripts, dates, names, bare mentions and hashtags,
// but no '(@', no dashes and no line breaks, so it cannot extend a post or form one.
const PROSE_WORDS = [
  'the', 'council', 'said', 'on', 'Tuesday', 'that', 'water', 'levels', 'would', 'fall', 'Jane', 'Doe', 'February', '5,', '2026',
  'officials', 'Reuters', '(AP)', 'le', 'conseil', 'a', 'déclaré', 'der', 'Stadtrat', 'sagte', 'городской', 'совет', '市議会は',
  'قال', 'المجلس', '@janedoe', '#Flood2026', 'said:', '"quoted"', '12,000', 'homes.', 'https://example.com/story', '🕊️', 'status',
];
const proseArb = fc.array(fc.constantFrom(...PROSE_WORDS), { minLength: 1, maxLength: 60 }).map((w) => w.join(' '));

describe('a post wrapped in prose is the same post, shifted', () => {
  const shifted = (embeds: Embed[], by: number) => embeds.map((e) => ({ ...e, start: e.start + by, end: e.end + by }));

  it('flattened text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), proseArb, proseArb, (seed, before, after) => {
        const post = postText(makePost(rng(seed)));
        const prefix = `${before}\n\n`;
        const alone = extractEmbeds(post, { format: 'text' });
        const wrapped = extractEmbeds(`${prefix}${post}\n\n${after}`, { format: 'text' });
        expect(wrapped).toEqual(shifted(alone, prefix.length));
      }),
      RUNS,
    );
  });

  it('Markdown', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), proseArb, proseArb, (seed, before, after) => {
        const post = postMarkdown(makePost(rng(seed)));
        const prefix = `${before}\n\n`;
        const alone = extractEmbeds(post, { format: 'markdown' });
        const wrapped = extractEmbeds(`${prefix}${post}\n\n${after}`, { format: 'markdown' });
        expect(wrapped).toEqual(shifted(alone, prefix.length));
      }),
      RUNS,
    );
  });

  it('HTML', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), proseArb, proseArb, (seed, before, after) => {
        const post = postHtml(makePost(rng(seed)));
        const prefix = `<p>${before}</p>\n`;
        const alone = extractEmbeds(post, { format: 'html' });
        const wrapped = extractEmbeds(`${prefix}${post}\n<p>${after}</p>`, { format: 'html' });
        expect(wrapped).toEqual(shifted(alone, prefix.length));
      }),
      RUNS,
    );
  });

  it('does not find a post in the prose alone', () => {
    fc.assert(
      fc.property(proseArb, (prose) => {
        expect(extractEmbeds(prose, { format: 'text' })).toEqual([]);
        expect(extractEmbeds(prose, { format: 'markdown' })).toEqual([]);
        expect(extractEmbeds(`<p>${prose}</p>`, { format: 'html' })).toEqual([]);
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The parsers: total, null or right
// ---------------------------------------------------------------------------------------------

const DATE_LANGS = ['en', 'en-GB', 'fr', 'de', 'es', 'pt', 'it', 'nl', 'ru', 'uk', 'ja'];
const dateParts = fc.record({
  lang: fc.constantFrom(...DATE_LANGS),
  y: fc.integer({ min: 2006, max: 2035 }),
  m: fc.integer({ min: 1, max: 12 }),
  d: fc.integer({ min: 1, max: 28 }),
});
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const localeHints = fc.option(fc.array(fc.constantFrom('en', 'fr', 'de-AT', 'ja-JP', 'ru', '', 'xx-invalid', '!!'), { maxLength: 3 }), {
  nil: undefined,
});

describe('parseEmbedDate', () => {
  it('is total and returns null or a real calendar date', () => {
    fc.assert(
      fc.property(anyInput, localeHints, (text, locales) => {
        const r = parseEmbedDate(text, locales === undefined ? undefined : { locales });
        if (r !== null && !isCalendarDate(r)) fail('not a calendar date', { text, r });
        expect(parseEmbedDate(text, locales === undefined ? undefined : { locales })).toBe(r);
      }),
      RUNS,
    );
  });

  it('reads a date as embeds show it in any language as null or the right day, never a wrong one', () => {
    fc.assert(
      fc.property(dateParts, localeHints, ({ lang, y, m, d }, locales) => {
        const r = parseEmbedDate(shownDate(lang, y, m, d), locales === undefined ? undefined : { locales });
        if (r !== null) expect(r).toBe(iso(y, m, d));
      }),
      RUNS,
    );
  });

  it('reads every English form the contract names', () => {
    fc.assert(
      fc.property(dateParts, ({ y, m, d }) => {
        expect(parseEmbedDate(shownDate('en', y, m, d))).toBe(iso(y, m, d)); // 'February 5, 2026'
        expect(parseEmbedDate(shownDate('en-GB', y, m, d))).toBe(iso(y, m, d)); // '5 February 2026'
        expect(parseEmbedDate(shownDate('short', y, m, d))).toBe(iso(y, m, d)); // 'Feb 5, 2026'
      }),
      RUNS,
    );
  });
});

// Display names: a word of some script first, then words, emoji, parentheses, slashes, commas.
const NAME_WORDS = ['Jane', 'Doe', 'Marie', 'Dupont', 'Ольга', 'Петрова', '山田', '花子', 'علي', 'U.S.', 'Desk', 'N°1'];
const NAME_PIECES = [...NAME_WORDS, '🕊️', '(she/her)', '/', ',', 'Зеленський'];
const nameArb = fc
  .tuple(fc.constantFrom(...NAME_WORDS), fc.array(fc.constantFrom(...NAME_PIECES), { maxLength: 4 }))
  .map(([first, rest]) => [first, ...rest].join(' '))
  .filter((n) => n.length <= 50);
const handleArb = fc.stringMatching(/^\w{1,20}$/);

describe('parseSignature', () => {
  it('is total; a result has a valid handle found in the text, and a dateText found in the text', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, textish), (text) => {
        const s = parseSignature(text);
        if (s === null) return;
        if (!HANDLE.test(s.handle) || !text.includes(s.handle)) fail('handle', { text, s });
        // Signature fields come back with white space collapsed (the contract's Signature is not
        // "exactly as shown" like Embed.dateText), so compare without white space.
        if (s.dateText !== null && !squeeze(text).includes(squeeze(s.dateText))) fail('dateText not in text', { text, s });
        if (s.date !== null && !isCalendarDate(s.date)) fail('date', { text, s });
        if (s.name !== null && typeof s.name !== 'string') fail('name', { text, s });
        expect(parseSignature(text)).toEqual(s);
      }),
      RUNS,
    );
  });

  it('reads `— Name (@handle) February 5, 2026` back for any name and handle', () => {
    fc.assert(
      fc.property(nameArb, handleArb, dateParts, fc.constantFrom('— ', '—', '– ', '- ', '&mdash; '), (name, handle, { y, m, d }, dash) => {
        const dateText = shownDate('en', y, m, d);
        const s = parseSignature(`${dash}${name} (@${handle}) ${dateText}`);
        expect(s).toEqual({ name, handle, dateText, date: iso(y, m, d) });
      }),
      RUNS,
    );
  });
});

const hostArb = fc.constantFrom('twitter.com', 'x.com', 'www.twitter.com', 'mobile.twitter.com', 'mobile.x.com');
const lookalikeArb = fc.constantFrom('x.com.evil.example', 'nottwitter.com', 'twitter.co', 'evil.example/twitter.com', 'evil.example/x.com', 'xx.com');
const idArb = fc.bigInt({ min: 1n, max: 2n ** 63n - 1n }).map(String);

describe('parseStatusUrl', () => {
  it('is total; a result has a decimal id and a valid handle (or null) taken from the URL', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyInput,
          fc.tuple(fc.constantFrom('https://', 'http://', '', '//', 'javascript:'), fc.oneof(hostArb, lookalikeArb), fc.string({ maxLength: 20 }), fc.constantFrom('/status/', '/statuses/', '/status', '/'), fc.oneof(idArb, fc.string({ maxLength: 8 })), fc.constantFrom('', '?ref_src=twsrc%5Etfw', '/photo/1', '#m', ' ', '/'))
            .map((p) => `${p[0]}${p[1]}/${p[2]}${p[3]}${p[4]}${p[5]}`),
        ),
        (url) => {
          const r = parseStatusUrl(url);
          if (r === null) return;
          if (!/^\d{1,20}$/.test(r.id) || !url.includes(r.id)) fail('id', { url, r });
          if (r.handle !== null && (!HANDLE.test(r.handle) || !url.includes(r.handle))) fail('handle', { url, r });
        },
      ),
      RUNS,
    );
  });

  it('reads status links of twitter.com and x.com back', () => {
    fc.assert(
      fc.property(hostArb, handleArb.filter((h) => h.toLowerCase() !== 'i'), idArb, fc.constantFrom('', '?ref_src=twsrc%5Etfw', '?s=20'), (host, handle, id, query) => {
        expect(parseStatusUrl(`https://${host}/${handle}/status/${id}${query}`)).toEqual({ handle, id });
      }),
      RUNS,
    );
  });

  it('gives no handle for i/status and i/web/status links', () => {
    fc.assert(
      fc.property(hostArb, idArb, fc.constantFrom('i/status', 'i/web/status'), (host, id, path) => {
        expect(parseStatusUrl(`https://${host}/${path}/${id}`)).toEqual({ handle: null, id });
      }),
      FEW,
    );
  });

  it('does not read lookalike hosts', () => {
    fc.assert(
      fc.property(lookalikeArb, handleArb, idArb, (host, handle, id) => {
        expect(parseStatusUrl(`https://${host}/${handle}/status/${id}`)).toBeNull();
      }),
      FEW,
    );
  });
});

const EPOCH = 1288834974657n;
const snowflakeInstant = (id: string) => new Date(Number((BigInt(id) >> 22n) + EPOCH)).toISOString();

describe('snowflakeTime', () => {
  it('is total; a result is the instant the id encodes', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, idArb, fc.stringMatching(/^\d{1,25}$/)), (id) => {
        const r = snowflakeTime(id);
        if (r === null) return;
        if (!ISO_INSTANT.test(r)) fail('not ISO', { id, r });
        const digits = id.trim();
        if (!/^\d+$/.test(digits)) fail('a non-decimal id gave a time', { id, r });
        expect(r).toBe(snowflakeInstant(digits));
      }),
      RUNS,
    );
  });

  it('gives the instant of every snowflake id from 2011 to 2035', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2011-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: 0, max: 2 ** 22 - 1 }), (date, low) => {
        const id = (((BigInt(date.getTime()) - EPOCH) << 22n) | BigInt(low)).toString();
        expect(snowflakeTime(id)).toBe(date.toISOString());
      }),
      RUNS,
    );
  });
});

// Whole tokens that twitter-text reads without ambiguity, with the single spaces between them.
const TOKENS = [
  '@janedoe', '@Jane_Doe2', '#Flood2026', '#Hochwasser', '#inondations', '#2026', '$TSLA', '$AAPL', '$1234', 'https://t.co/AbCdEfGhIj',
  'http://t.co/ZyXwVuTsRq', 'pic.twitter.com/Q1w2E3r4T5', 'https://example.com/a/b?c=1', 'jane@example.com', 'word', 'Flood', 'Москва',
  '東京', '🕊️', '@', '#', '$', 'a@b', 'RT', 'said:', '(AP)', '12,000', 'https://www.bbc.co.uk/news', 'x.com/janedoe',
];

describe('extractEntities', () => {
  it('is total; entities are in bounds, match the text at their offsets and do not overlap', () => {
    fc.assert(
      fc.property(anyInput, (text) => {
        const ents = extractEntities(text);
        checkEntities(text, ents);
        expect(extractEntities(text)).toEqual(ents);
      }),
      RUNS,
    );
  });

  it('agrees with twitter-text on space-separated token soups', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 25 }), (tokens) => {
        const text = tokens.join(' ');
        const ref = twitterText.extractEntitiesWithIndices(text);
        const expected: Entities = { urls: [], mentions: [], hashtags: [], cashtags: [] };
        for (const e of ref) {
          const [start, end] = e.indices;
          if (e.url !== undefined) expected.urls.push({ url: e.url, start, end });
          else if (e.screenName !== undefined) expected.mentions.push({ handle: e.screenName, start, end });
          else if (e.hashtag !== undefined) expected.hashtags.push({ tag: e.hashtag, start, end });
          else if (e.cashtag !== undefined) expected.cashtags.push({ tag: e.cashtag, start, end });
        }
        const got = extractEntities(text);
        const pick = (x: Entities) => ({
          urls: x.urls.map(({ url, start, end }) => ({ url, start, end })),
          mentions: x.mentions.map(({ handle, start, end }) => ({ handle, start, end })),
          hashtags: x.hashtags.map(({ tag, start, end }) => ({ tag, start, end })),
          cashtags: x.cashtags.map(({ tag, start, end }) => ({ tag, start, end })),
        });
        expect(pick(got)).toEqual(expected);
      }),
      RUNS,
    );
  });
});
