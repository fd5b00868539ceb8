/**
 * stripEmbeds round trips: the stripped output holds no embed, and every piece of the article's
 * own text survives, in every format.
 */
import { describe, expect, it } from 'vitest';
import { extractEmbeds, stripEmbeds } from '../src/index.js';

const ID = '1310340832445292544';
const WIDGET = '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>';
const BQ =
  `<blockquote class="twitter-tweet" data-dnt="true"><p lang="en" dir="ltr">Paper lanterns tonight</p>` +
  `&mdash; Harbour Watch (@HarbourWatch) <a href="https://twitter.com/HarbourWatch/status/${ID}">September 27, 2020</a></blockquote>`;

const table: { description: string; input: string; kept: string[]; expected?: string }[] = [
  {
    description: 'HTML: the element and the widget script after it',
    input: `<p>First paragraph.</p>\n${BQ}\n${WIDGET}\n<p>Second paragraph.</p>`,
    kept: ['<p>First paragraph.</p>', '<p>Second paragraph.</p>'],
    expected: '<p>First paragraph.</p>\n\n<p>Second paragraph.</p>',
  },
  {
    description: 'HTML: a WordPress figure with the script inside',
    input: `<p>One.</p><figure class="wp-block-embed is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">${BQ}${WIDGET}</div></figure><p>Two.</p>`,
    kept: ['<p>One.</p>', '<p>Two.</p>'],
    expected: '<p>One.</p><p>Two.</p>',
  },
  {
    description: 'HTML: a script that is not the widget stays',
    input: `<p>One.</p>${BQ}<script>track()</script><p>Two.</p>`,
    kept: ['<p>One.</p>', '<script>track()</script>', '<p>Two.</p>'],
    expected: '<p>One.</p><script>track()</script><p>Two.</p>',
  },
  {
    description: 'HTML: two embeds and an amp-twitter',
    input: `<p>A.</p>${BQ}${WIDGET}<p>B.</p><amp-twitter data-tweetid="${ID}" width="1" height="1"></amp-twitter><p>C.</p>`,
    kept: ['<p>A.</p>', '<p>B.</p>', '<p>C.</p>'],
    expected: '<p>A.</p><p>B.</p><p>C.</p>',
  },
  {
    description: 'Markdown: the quote block',
    input: `Intro.\n\n> Lanterns\n>\n> — Harbour Watch (@HarbourWatch) [September 27, 2020](https://twitter.com/HarbourWatch/status/${ID})\n\nOutro.`,
    kept: ['Intro.', 'Outro.'],
    expected: 'Intro.\n\n\n\nOutro.',
  },
  {
    description: 'text: the flattened post',
    input: 'The mayor spoke at noon.\n\nLanterns over the harbour — Harbour Watch (@HarbourWatch) September 27, 2020\n\nThe festival ends Sunday.',
    kept: ['The mayor spoke at noon.', 'The festival ends Sunday.'],
  },
  {
    description: 'a page without embeds is returned as given',
    input: '<p>Follow <a href="https://twitter.com/HarbourWatch">@HarbourWatch</a>.</p>',
    kept: ['<p>Follow <a href="https://twitter.com/HarbourWatch">@HarbourWatch</a>.</p>'],
    expected: '<p>Follow <a href="https://twitter.com/HarbourWatch">@HarbourWatch</a>.</p>',
  },
];

describe('stripEmbeds', () => {
  it.each(table)('$description', ({ input, kept, expected }) => {
    expect(extractEmbeds(input).length + (expected === input ? 1 : 0)).toBeGreaterThan(0);
    const out = stripEmbeds(input);
    expect(extractEmbeds(out)).toEqual([]);
    for (const k of kept) expect(out).toContain(k);
    expect(out).not.toContain('HarbourWatch/status');
    if (expected !== undefined) expect(out).toBe(expected);
  });

  it('returns "" for empty input and a TypeError for input that is neither text nor bytes', () => {
    expect(stripEmbeds('')).toBe('');
    expect(stripEmbeds(new Uint8Array(0))).toBe('');
    expect(() => stripEmbeds(undefined as unknown as string)).toThrow(/^stripEmbeds: input must be a string or UTF-8 bytes \(Uint8Array\), not undefined$/);
  });
});
