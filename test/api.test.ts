// Pins the public surface: the runtime exports of the source entry and of the built package are
// exactly the contract's functions plus our documented additions, nothing accidental.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { DEFAULT_MAX_INPUT_LENGTH, extractEmbeds, extractTweets, stripEmbeds } from '../src/index.js';

/** The contract's functions (../shared/CONTRACT.md): fixed names, all functions. */
const CONTRACT_FUNCTIONS = [
  'detectFormat',
  'extractEmbeds',
  'extractEntities',
  'extractTweets',
  'parseEmbedDate',
  'parseSignature',
  'parseStatusUrl',
  'snowflakeTime',
  'stripEmbeds',
];

/** Our additions to the contract, with the type of value each is. */
const ADDITIONS: Record<string, string> = {
  supportedPlatforms: 'object',
  DEFAULT_MAX_INPUT_LENGTH: 'number',
};

const EXPECTED = [...CONTRACT_FUNCTIONS, ...Object.keys(ADDITIONS)].sort();

const distEntry = fileURLToPath(new URL('../dist/index.js', import.meta.url));

function checkSurface(mod: Record<string, unknown>): void {
  expect(Object.keys(mod).sort()).toEqual(EXPECTED);
  for (const name of CONTRACT_FUNCTIONS) expect(typeof mod[name], name).toBe('function');
  for (const [name, type] of Object.entries(ADDITIONS)) expect(typeof mod[name], name).toBe(type);
}

describe('public exports', () => {
  it('src/index.ts exports exactly the contract plus supportedPlatforms and DEFAULT_MAX_INPUT_LENGTH', () => {
    checkSurface(api as Record<string, unknown>);
  });

  it.skipIf(!existsSync(distEntry))('dist/index.js (the built package) exports the same list', async () => {
    const built = (await import(distEntry)) as Record<string, unknown>;
    checkSurface(built);
    expect(built.DEFAULT_MAX_INPUT_LENGTH).toBe(DEFAULT_MAX_INPUT_LENGTH);
  });

  it('supportedPlatforms is a list of contract platform ids that includes x', () => {
    const platforms = [
      'x', 'bluesky', 'mastodon', 'threads', 'instagram', 'tiktok', 'facebook', 'youtube', 'reddit', 'telegram',
    ];
    expect(Array.isArray(api.supportedPlatforms)).toBe(true);
    expect(api.supportedPlatforms).toContain('x');
    for (const p of api.supportedPlatforms) expect(platforms).toContain(p);
    expect(new Set(api.supportedPlatforms).size).toBe(api.supportedPlatforms.length);
  });

  it('DEFAULT_MAX_INPUT_LENGTH is the documented 50 million code units', () => {
    expect(DEFAULT_MAX_INPUT_LENGTH).toBe(50_000_000);
  });
});

describe('maxInputLength', () => {
  // Two posts in flattened text, far apart, with plain prose around them.
  const post1 =
    'Flood barriers on the river held overnight https://t.co/AbCdEfGhIj pic.twitter.com/Q1w2E3r4T5— Jane Doe (@janedoe) February 5, 2026';
  const post2 =
    'Schools reopen on Monday after the storm https://t.co/ZyXwVuTsRq— City Council Newsroom (@CityCouncilNews) 6 February 2026';
  const prose = 'The council said the water would fall by the weekend. '.repeat(40);
  const input = `${prose}\n\n${post1}\n\n${prose}\n\n${post2}\n\n${prose}`;
  const post2Start = input.indexOf(post2);
  const html =
    `<p>${prose}</p><blockquote class="twitter-tweet"><p lang="en" dir="ltr">Flood barriers held <a href="https://t.co/AbCdEfGhIj">https://t.co/AbCdEfGhIj</a></p>` +
    '&mdash; Jane Doe (@janedoe) <a href="https://twitter.com/janedoe/status/1887146412345678901?ref_src=twsrc%5Etfw">February 5, 2026</a></blockquote>' +
    `<p>${prose}</p>`;

  const ceilings = [0, 1, 10, post2Start, post2Start + 20, post2Start + post2.length, input.length, input.length + 1];

  it.each(ceilings)('ceiling %i: the result is the result on the clipped input', (n) => {
    const clipped = extractEmbeds(input, { maxInputLength: n });
    expect(clipped).toEqual(extractEmbeds(input.slice(0, n)));
    for (const e of clipped) expect(e.end).toBeLessThanOrEqual(n);
  });

  it('does not find a post that starts past the ceiling', () => {
    const found = extractEmbeds(input, { maxInputLength: post2Start });
    expect(found.some((e) => e.author.handle === 'CityCouncilNews')).toBe(false);
  });

  it('does not find anything with a ceiling of 0', () => {
    expect(extractEmbeds(input, { maxInputLength: 0 })).toEqual([]);
    expect(extractTweets(html, { maxInputLength: 0 })).toEqual([]);
  });

  it('clips HTML the same way, with the format forced or detected', () => {
    for (const n of [0, 50, html.indexOf('&mdash;'), html.length - prose.length, html.length]) {
      expect(extractEmbeds(html, { maxInputLength: n })).toEqual(extractEmbeds(html.slice(0, n)));
      expect(extractEmbeds(html, { maxInputLength: n, format: 'html' })).toEqual(
        extractEmbeds(html.slice(0, n), { format: 'html' }),
      );
    }
  });

  it('a ceiling at or above the input length changes nothing', () => {
    expect(extractEmbeds(input, { maxInputLength: input.length })).toEqual(extractEmbeds(input));
    expect(extractEmbeds(html, { maxInputLength: DEFAULT_MAX_INPUT_LENGTH })).toEqual(extractEmbeds(html));
  });

  it('never throws on odd ceilings (negative, fractional, NaN, Infinity)', () => {
    for (const n of [-1, 0.5, 10.7, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(Array.isArray(extractEmbeds(input, { maxInputLength: n }))).toBe(true);
      expect(typeof stripEmbeds(input, { maxInputLength: n })).toBe('string');
    }
  });

  it('stripEmbeds never returns more than the input', () => {
    for (const n of ceilings) {
      expect(stripEmbeds(input, { maxInputLength: n }).length).toBeLessThanOrEqual(input.length);
    }
  });
});

describe('results are plain objects', () => {
  /** The contract's Embed fields, in the order results list them. */
  const EMBED_KEYS = [
    'platform', 'kind', 'source', 'id', 'url', 'author', 'date', 'dateText', 'createdAt', 'text', 'lang',
    'links', 'media', 'mentions', 'hashtags', 'cashtags', 'truncated', 'start', 'end',
  ];
  const cases = [
    {
      description: 'a tweet blockquote in HTML',
      input:
        '<p>Intro.</p><blockquote class="twitter-tweet"><p lang="en">Hi <a href="https://t.co/AbCdEfGhIj">https://t.co/AbCdEfGhIj</a></p>' +
        '&mdash; Jo Example (@joexample) <a href="https://twitter.com/joexample/status/1310340832445292544">September 27, 2020</a></blockquote>',
    },
    { description: 'a flattened post in text', input: 'Hi https://t.co/AbCdEfGhIj— Jo Example (@joexample) February 5, 2026' },
    {
      description: 'a quoted post in Markdown',
      input: '> Hi https://t.co/AbCdEfGhIj\n>\n> — Jo Example (@joexample) [September 27, 2020](https://twitter.com/joexample/status/1310340832445292544)',
    },
  ];
  for (const { description, input } of cases) {
    it(`${description}: Object.prototype, the contract's keys in order, cloned and serialised unchanged`, () => {
      const [embed] = extractEmbeds(input);
      expect(embed).toBeDefined();
      if (embed === undefined) return;
      expect(Object.getPrototypeOf(embed)).toBe(Object.prototype);
      expect(Object.getPrototypeOf(embed.author)).toBe(Object.prototype);
      expect(Object.keys(embed)).toEqual(EMBED_KEYS);
      expect(Object.keys(embed.author)).toEqual(['name', 'handle']);
      expect(embed.author).toEqual({ name: 'Jo Example', handle: 'joexample' });
      expect(structuredClone(embed)).toStrictEqual(embed);
      expect(JSON.parse(JSON.stringify(embed))).toStrictEqual({ ...embed, author: { ...embed.author } });
    });
  }
});
