import { describe, expect, it } from 'vitest';
import { extractEmbeds } from '../../../src/index.js';
import type { Embed } from '../../../src/types.js';

/** The fields a case pins; anything left out is not checked by that case. */
type Expected = Partial<Omit<Embed, 'author'>> & { name?: string | null; handle?: string };

interface Case {
  description: string;
  input: string;
  expected: Expected[];
}

function textPosts(input: string): Embed[] {
  return extractEmbeds(input, { format: 'text' });
}

function pick(embed: Embed, expected: Expected): Record<string, unknown> {
  const view: Record<string, unknown> = { ...embed, name: embed.author.name, handle: embed.author.handle };
  return Object.fromEntries(Object.keys(expected).map((k) => [k, view[k]]));
}

const SIG = '— Jane Doe (@janedoe) February 5, 2026';

const positives: Case[] = [
  {
    description: 'em dash glued to a t.co link',
    input: 'Markets rally https://t.co/AbCdEfGhIj— Jane Doe (@janedoe) February 5, 2026',
    expected: [
      {
        name: 'Jane Doe',
        handle: 'janedoe',
        date: '2026-02-05',
        dateText: 'February 5, 2026',
        text: 'Markets rally https://t.co/AbCdEfGhIj',
        links: ['https://t.co/AbCdEfGhIj'],
        kind: 'flattened',
        source: 'text',
        id: null,
        url: null,
        createdAt: null,
        truncated: false,
      },
    ],
  },
  {
    description: 'spaced em dash',
    input: `The vote is today. ${SIG}`,
    expected: [{ text: 'The vote is today.', handle: 'janedoe', date: '2026-02-05' }],
  },
  {
    description: 'en dash and an abbreviated month',
    input: 'Rain all week – Met Desk (@metdesk) Feb 5, 2026',
    expected: [{ text: 'Rain all week', name: 'Met Desk', handle: 'metdesk', date: '2026-02-05', dateText: 'Feb 5, 2026' }],
  },
  {
    description: 'spaced hyphen as the dash, day-first date',
    input: 'Polls close at eight - Election Desk (@elexdesk) 5 February 2026',
    expected: [{ text: 'Polls close at eight', name: 'Election Desk', date: '2026-02-05', dateText: '5 February 2026' }],
  },
  {
    description: 'a literal &mdash; left by a double-escaping scraper',
    input: 'Bridge reopened&mdash; City Roads (@cityroads) February 5, 2026',
    expected: [{ text: 'Bridge reopened', name: 'City Roads', handle: 'cityroads' }],
  },
  {
    description: 'signature on its own line after the body',
    input: 'Intro paragraph of the article.\nThe bridge is open again.\n— City Roads (@cityroads) February 5, 2026\nMore prose.',
    expected: [{ text: 'The bridge is open again.', handle: 'cityroads' }],
  },
  {
    description: 'signature in its own paragraph after the body paragraph',
    input: 'Intro.\n\nThe bridge is open again.\n\n— City Roads (@cityroads) February 5, 2026\n\nMore prose.',
    expected: [{ text: 'The bridge is open again.', handle: 'cityroads' }],
  },
  {
    description: 'a display name in two scripts with a slash',
    input: 'We stand together.— Olena Petrenko / Олена Петренко (@OlenaP) February 5, 2026',
    expected: [{ name: 'Olena Petrenko / Олена Петренко', handle: 'OlenaP', text: 'We stand together.' }],
  },
  {
    description: 'a display name with parentheses and an emoji',
    input: 'Spring is here — Jane Doe (she/her) 🕊️ (@janedoe) February 5, 2026',
    expected: [{ name: 'Jane Doe (she/her) 🕊️', handle: 'janedoe' }],
  },
  {
    description: 'a display name with a comma and a hyphen inside it',
    input: 'Bonjour à tous — Picard, Jean-Luc (@jlpicard) February 5, 2026',
    expected: [{ name: 'Picard, Jean-Luc', handle: 'jlpicard', text: 'Bonjour à tous' }],
  },
  {
    description: 'no display name',
    input: 'Just the handle — (@janedoe) February 5, 2026',
    expected: [{ name: null, handle: 'janedoe', text: 'Just the handle' }],
  },
  {
    description: 'the handle is the last (@…) group',
    input: 'Moved accounts — Jane (@oldjane) Doe (@janedoe) February 5, 2026',
    expected: [{ name: 'Jane (@oldjane) Doe', handle: 'janedoe' }],
  },
  {
    description: 'dashes and a spaced hyphen inside the body stay body text',
    input: 'BREAKING - talks resume—12 delegates arrive today.— Wire Desk (@wiredesk) February 5, 2026',
    expected: [{ text: 'BREAKING - talks resume—12 delegates arrive today.', name: 'Wire Desk' }],
  },
  {
    description: '"(@ " inside the body is body text',
    input: 'Ask them (@ the desk) anything — Wire Desk (@wiredesk) February 5, 2026',
    expected: [{ text: 'Ask them (@ the desk) anything', handle: 'wiredesk' }],
  },
  {
    description: 'the body starts at its paragraph, not in the prose before it',
    input: 'The minister spoke at length on Tuesday.\nTalks went well today— Jane Doe (@janedoe) February 5, 2026',
    expected: [{ text: 'Talks went well today', start: 41 }],
  },
  {
    description: 'two posts glued on one line',
    input: 'First post— Ann (@ann) February 5, 2026Second post— Bob (@bob) February 6, 2026',
    expected: [
      { text: 'First post', handle: 'ann', date: '2026-02-05' },
      { text: 'Second post', handle: 'bob', date: '2026-02-06' },
    ],
  },
  {
    description: 'a cut-off tail on the next line that ends in the media link',
    input:
      'We are proud of every one of them.— Jane Doe (@janedoe) February 5, 2026\nToday we… pic.twitter.com/AbCdEfGhIj\nNext paragraph.',
    expected: [
      {
        text: 'We are proud of every one of them. Today we… pic.twitter.com/AbCdEfGhIj',
        media: ['pic.twitter.com/AbCdEfGhIj'],
        truncated: true,
      },
    ],
  },
  {
    description: 'a media line that is the next post\'s body is not a tail',
    input:
      'First— Ann (@ann) February 5, 2026\nSecond pic.twitter.com/AbCdEfGhIj\n— Bob (@bob) February 6, 2026',
    expected: [
      { text: 'First', handle: 'ann' },
      { text: 'Second pic.twitter.com/AbCdEfGhIj', handle: 'bob' },
    ],
  },
  {
    description: 'a body cut before its pic.x.com media link is truncated, as with pic.twitter.com',
    input: 'A long post the embed cut… pic.x.com/AbCdEfGhIj— Jane Doe (@janedoe) February 5, 2026',
    expected: [{ truncated: true, text: 'A long post the embed cut… pic.x.com/AbCdEfGhIj', media: ['pic.x.com/AbCdEfGhIj'] }],
  },
  {
    description: 'the same post with pic.twitter.com',
    input: 'A long post the embed cut… pic.twitter.com/AbCdEfGhIj— Jane Doe (@janedoe) February 5, 2026',
    expected: [{ truncated: true, text: 'A long post the embed cut… pic.twitter.com/AbCdEfGhIj', media: ['pic.twitter.com/AbCdEfGhIj'] }],
  },
  {
    description: 'a body cut with an ellipsis is truncated',
    input: 'This is a very long post that the embed cut…— Jane Doe (@janedoe) February 5, 2026',
    expected: [{ truncated: true, text: 'This is a very long post that the embed cut…' }],
  },
  {
    description: 'CRLF line endings',
    input: 'Prose.\r\nBody line\r\n— Jane Doe (@janedoe) February 5, 2026\r\nMore.',
    expected: [{ text: 'Body line', handle: 'janedoe' }],
  },
  {
    description: 'NBSP and a zero-width space around the handle',
    input: 'Body\u00a0text\u00a0— Jane\u00a0Doe (@janedoe)\u00a0\u200bFebruary 5, 2026',
    expected: [{ text: 'Body text', name: 'Jane Doe', date: '2026-02-05' }],
  },
  {
    description: 'escaped entities in the body are decoded',
    input: 'AT&amp;T and Q&amp;A today— Jane Doe (@janedoe) February 5, 2026',
    expected: [{ text: 'AT&T and Q&A today' }],
  },
  {
    description: 'the next paragraph glued after the date',
    input: 'Body— Jane Doe (@janedoe) February 5, 2026The story continues.',
    expected: [{ dateText: 'February 5, 2026', end: 'Body— Jane Doe (@janedoe) February 5, 2026'.length }],
  },
  {
    description: 'textContent of indented HTML: the date on the next line, indented',
    input: '\n    Drink responsibly— Jane Doe (@janedoe)\n                    February 5, 2026\n  ',
    expected: [{ text: 'Drink responsibly', handle: 'janedoe', date: '2026-02-05' }],
  },
  {
    description: 'a signature with nothing before it has no body',
    input: '— Jane Doe (@janedoe) February 5, 2026',
    expected: [{ text: null, handle: 'janedoe', start: 0 }],
  },
];

const negatives: Case[] = [
  { description: 'an attribution without a handle', input: 'Prices rose again. — Reuters', expected: [] },
  {
    description: 'a byline with a title in parentheses, not a handle',
    input: 'We grew fast. — John Smith (CEO) March 3, 2025',
    expected: [],
  },
  {
    description: 'a handle followed by prose, not a date',
    input: 'Opinion. — Jane Doe (@janedoe) is a columnist',
    expected: [],
  },
  { description: 'a handle in prose', input: 'Follow the newsroom (@newsroom) for updates on February 5, 2026.', expected: [] },
  { description: 'an e-mail address', input: 'Write to jane@example.com — February 5, 2026', expected: [] },
  { description: 'a byline without a dash', input: 'By Jane Doe (@janedoe) February 5, 2026', expected: [] },
  {
    description: 'a handle longer than 20 characters',
    input: 'Body — Jane (@abcdefghijklmnopqrstuvwxyz) February 5, 2026',
    expected: [],
  },
  { description: 'an impossible date', input: 'Body — Jane (@janedoe) February 30, 2026', expected: [] },
  { description: 'a year that runs on into more digits', input: 'Body — Jane (@janedoe) February 5, 20261', expected: [] },
  {
    description: 'a display name longer than 50 characters',
    input: `Body — ${'Abcdefghij '.repeat(6)}(@janedoe) February 5, 2026`,
    expected: [],
  },
  { description: 'the dash on the line before the name', input: 'Body —\nJane (@janedoe) February 5, 2026', expected: [] },
  {
    description: 'a date two paragraphs below the handle',
    input: 'Body — Jane (@janedoe)\n\n\nFebruary 5, 2026',
    expected: [],
  },
  { description: 'a handle group with a space', input: 'Body — Jane (@ janedoe) February 5, 2026', expected: [] },
  { description: 'empty input', input: '', expected: [] },
];

describe('flattened X posts in text: finds', () => {
  it.each(positives)('$description', ({ input, expected }) => {
    const found = textPosts(input);
    expect(found.map((e, i) => pick(e, expected[i] ?? {}))).toEqual(expected);
    for (const e of found) {
      expect(e.platform).toBe('x');
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(input.length);
      // The slice is the whole embed: it holds the signature's handle and date text.
      const slice = input.slice(e.start, e.end);
      expect(slice).toContain(`(@${e.author.handle})`);
      expect(slice).toContain(e.dateText);
    }
  });
});

describe('flattened X posts in text: does not find', () => {
  it.each(negatives)('$description', ({ input }) => {
    expect(textPosts(input)).toEqual([]);
  });
});
