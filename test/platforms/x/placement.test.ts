/**
 * Where a flattened post's body begins (docs/flattened-text.md): one case per failure kind seen
 * on real pages, written by us in the shapes textContent and block-per-line renderings leave,
 * and the counter-cases where the tempting rule would be wrong.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEmbeds } from '../../../src/index.js';
import { lineRole, placeBody } from '../../../src/core/attribution/placement.js';
import { xBodyWeight, xWeightAtLeast, xWeightAtMost } from '../../../src/platforms/x/text.js';

interface Case {
  description: string;
  input: string;
  /** The text of each post found, in order; null for a post without a placed body. */
  texts: (string | null)[];
}

function texts(input: string): (string | null)[] {
  return extractEmbeds(input, { format: 'text' }).map((e) => e.text);
}

const PROSE_LONG =
  'The council met for four hours on Tuesday evening and heard from more than forty residents, ' +
  'most of whom asked for the ferry line to be restored before the summer season, when the island ' +
  'quarter fills with visitors and the bridge is closed to traffic for the annual regatta and the ' +
  'fireworks that follow it on the last weekend of July, as it has been every year since 1998.';

/** 273 characters with few spaces: its lower bound is close to its weight, and it fits with a short post. */
const LONG_WORDS =
  'Sommerfahrplanerweiterungen Donaudampfschifffahrtslinie Wochenendspaetverbindungen Bahnhofshafenbuszubringer ' +
  'Fahrradmitnahmemoeglichkeit Familienermaessigungstarife Hafenverwaltungsbeschluss Saisonverlaengerungsantrag ' +
  'Faehrverbindungsausbau Inselviertelanbindungen Hafenamt';

const cases: Case[] = [
  // A line above that fits just: the search for its start, which refuses a line too heavy before
  // reaching it, must not refuse this one.
  {
    description: 'a paragraph of the post that fits just, under a stronger break',
    input: `Der Rat tagte am Dienstag vier Stunden lang.\n\n\n${LONG_WORDS}\n\nGo— Harbour City (@HarbourCity) February 5, 2026`,
    texts: [`${LONG_WORDS} Go`],
  },
  // Too long: the article's paragraph glued to the post (textContent drops the paragraph break).
  {
    description: 'too long: a long paragraph glued to the post at a glued seam',
    input: `${PROSE_LONG}Ferry service resumes in May! Fares unchanged. https://t.co/Fr3yLn4Q8z— Harbour City (@HarbourCity) February 5, 2026`,
    texts: ['Ferry service resumes in May! Fares unchanged. https://t.co/Fr3yLn4Q8z'],
  },
  {
    description: 'too long: a long paragraph before the post with a space, no glued seam: the earliest sentence that fits',
    input: `${PROSE_LONG} Officials said so on Monday. Ferry service resumes in May, fares unchanged and the first boat leaves at six. — Harbour City (@HarbourCity) October 6, 2014`,
    texts: ['Officials said so on Monday. Ferry service resumes in May, fares unchanged and the first boat leaves at six.'],
  },
  {
    description: 'never null for a long line: 2,000 characters of prose before the post',
    input: `${'word '.repeat(400)}and more.Ferry service resumes in May— Harbour City (@HarbourCity) February 5, 2026`,
    texts: ['Ferry service resumes in May'],
  },
  // Too short: a post with several lines.
  {
    description: 'too short: a post of several <br> lines, block per line',
    input: 'Article paragraph.\n\n\nFerries back in May\nFares unchanged\nFirst boat at six\n— Harbour City (@HarbourCity) February 5, 2026\n\n\nMore prose.',
    texts: ['Ferries back in May Fares unchanged First boat at six'],
  },
  {
    description: 'too short: <br><br> paragraphs inside a blockquote, block per line',
    input: 'Article paragraph.\n\n\n\nFerries back in May.\n\nFares unchanged.\n\nFirst boat at six.\n— Harbour City (@HarbourCity) February 5, 2026\n',
    texts: ['Ferries back in May. Fares unchanged. First boat at six.'],
  },
  {
    description: 'too short: a post whose lines textContent separates by source line breaks',
    input: 'Article paragraph.\n   \n   Ferries back in May\n   Fares unchanged— Harbour City (@HarbourCity) February 5, 2026',
    texts: ['Ferries back in May Fares unchanged'],
  },
  // Cut inside: the post's own <br> glued two of its lines.
  {
    description: 'cut inside: a post whose <br> glued two sentences (textContent)',
    input: 'Article paragraph.\n\n💥Wow! The drone captures an amazing footage.How hard would it be to stop it? pic.twitter.com/DS8DqPhUud— S. Observer (@observer) November 5, 2023\n\nMore.',
    texts: ['💥Wow! The drone captures an amazing footage.How hard would it be to stop it? pic.twitter.com/DS8DqPhUud'],
  },
  {
    description: 'the glued seam still splits prose from a post when nothing settles the top',
    input: 'The final whistle brought thousands onto the streets of the old town.WHAT A NIGHT!!! Champions— FC Riverside (@FCRiverside) May 24, 2025',
    texts: ['WHAT A NIGHT!!! Champions'],
  },
  // A display name holding a spaced hyphen.
  {
    description: 'a display name with a spaced hyphen after an em dash',
    input: 'Watch live: https://t.co/2nLUhDS820 pic.twitter.com/jQ7omnJ3PE — City News 7 - WJXX (@CityNews7) January 2, 2020',
    texts: ['Watch live: https://t.co/2nLUhDS820 pic.twitter.com/jQ7omnJ3PE'],
  },
  {
    description: 'a glued em dash in the body stays body text before a hyphen signature',
    input: 'We are bringing them home—157 of them - Jean-Luc Picard (@jlp) May 1, 2020',
    texts: ['We are bringing them home—157 of them'],
  },
  // Counter-cases: the tempting rule (join every line above) would be wrong.
  {
    description: 'counter-case: a short intro line ending in ":" above a one-line post',
    input: 'The mayor replied:\nThank you all, the ferry is back!— Mayor Ana (@MayorAna) February 5, 2026',
    texts: ['Thank you all, the ferry is back!'],
  },
  {
    description: 'counter-case: a numbered list above a post',
    input: 'Article paragraph.\n\n1. Ferries resume in May\n2. Fares stay the same\nWe did it, thank you all!— Mayor Ana (@MayorAna) February 5, 2026',
    texts: ['We did it, thank you all!'],
  },
  {
    description: 'counter-case: a caption line above a post',
    input: 'Article paragraph.\n\nPhoto: Harbour City archive\nFirst ferry of the season!— Harbour City (@HarbourCity) February 5, 2026',
    texts: ['First ferry of the season!'],
  },
  {
    description: 'a post that holds a list with its intro',
    input: 'Article paragraph.\n\nDrinking game for web devs:\n(1) Think of a noun\n(2) Google it\n(3) If it exists - drink— Dev Person (@devperson) August 22, 2013',
    texts: ['Drinking game for web devs: (1) Think of a noun (2) Google it (3) If it exists - drink'],
  },
  {
    description: 'counter-case: paragraphs alike everywhere (generic text): only the dash\'s paragraph',
    input: 'The council voted on Thursday.\n\nFerries back in May.\n\nFares unchanged.— Harbour City (@HarbourCity) February 5, 2026',
    texts: ['Fares unchanged.'],
  },
  {
    description: 'counter-case: one paragraph per line (the seed\'s form): only the dash\'s line',
    input: 'The council voted on Thursday to restore the line.\nFerries back in May, fares unchanged.— Harbour City (@HarbourCity) February 5, 2026\nMore prose.',
    texts: ['Ferries back in May, fares unchanged.'],
  },
  {
    description: 'a 2016 post: the 140-character budget keeps the sentence before it out',
    input: `${PROSE_LONG} The city said it plans to add two boats. I didn't sign up for a ferry alert system to be woken at 5am by a test message about boats. — N. Resident (@nresident) September 19, 2016`,
    texts: ["The city said it plans to add two boats. I didn't sign up for a ferry alert system to be woken at 5am by a test message about boats."],
  },
];

describe('body placement', () => {
  it.each(cases)('$description', ({ input, texts: expected }) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('signature dates end at the year', () => {
  const dates: { description: string; input: string; dateText: string; date: string }[] = [
    { description: 'the next sentence glued on', input: 'Body— Jane (@jane) November 29, 2016 So the vote went ahead.', dateText: 'November 29, 2016', date: '2016-11-29' },
    { description: 'a live blog\'s timestamp', input: 'Body— Jane (@jane) August 5, 2024 20:19 Update', dateText: 'August 5, 2024', date: '2024-08-05' },
    { description: 'letters glued to the year', input: 'Body— Jane (@jane) November 29, 2016So', dateText: 'November 29, 2016', date: '2016-11-29' },
    { description: 'the era mark stays', input: 'Body— Jane (@jane) 16 мая 2018 г. Далее', dateText: '16 мая 2018 г.', date: '2018-05-16' },
    { description: 'a date that opens with its year reads on', input: 'Body— Jane (@jane) 2026年2月5日 次', dateText: '2026年2月5日', date: '2026-02-05' },
  ];
  it.each(dates)('$description', ({ input, dateText, date }) => {
    const [e, ...rest] = extractEmbeds(input, { format: 'text' });
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ dateText, date });
  });
});

describe('placeBody and lineRole', () => {
  const weigh = (raw: string) => raw.trim().length;
  it('places a body under its intro line', () => {
    const input = 'Intro:\nWow, what a night— Jane (@jane) May 1, 2020';
    expect(placeBody(input, 24, { floor: 0, weigh, budget: 280, lookBack: 1200 })).toEqual({ start: 7, end: 24 });
  });
  it('finds no body right after the previous post', () => {
    expect(placeBody('— Jane (@jane) May 1, 2020', 0, { floor: 0, weigh, budget: 280, lookBack: 1200 })).toBeNull();
  });
  const roles: { line: string; below: string; belowIsItem: boolean; expected: string }[] = [
    { line: 'He wrote:', below: 'Talks went well', belowIsItem: false, expected: 'article' },
    { line: 'Steps:', below: '1. Think', belowIsItem: true, expected: 'line' },
    { line: '2. Google it', below: '3. Drink', belowIsItem: true, expected: 'item' },
    { line: '2. Google it', below: 'Thanks all', belowIsItem: false, expected: 'article' },
    { line: '📌 First', below: '📌 Second', belowIsItem: false, expected: 'item' },
    { line: '⚠️ Warning: roads closed', below: 'Take the ferry', belowIsItem: false, expected: 'line' },
    { line: 'Photo: Harbour archive', below: 'First ferry', belowIsItem: false, expected: 'article' },
    { line: 'Ferries back in May', below: 'Fares unchanged', belowIsItem: false, expected: 'line' },
  ];
  it.each(roles)('lineRole($line) is $expected', ({ line, below, belowIsItem, expected }) => {
    expect(lineRole(line, below, belowIsItem)).toBe(expected);
  });
});

describe('the weight bounds change the speed of placement, never its answer', () => {
  // Lines of prose, links, list items, intros and captions, separated by single and blank lines
  // and wide runs of spaces; the post's dash at the end.
  const words = ['Ferry', 'service', 'resumes', 'in May.', 'Fares', 'unchanged,', 'officials', 'said', 'Дамби', '故人西辞', 'https://t.co/AbCdEfGhIj', '@jo', '#Elbe', 'x.co', '&amp;'];
  const line = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 36 }).map((w) => w.join(' '));
  const opener = fc.constantFrom('', '', '', '1. ', '- ', 'Photo: ', '📌 ');
  const closer = fc.constantFrom('', '', '', ':', '.');
  const separator = fc.constantFrom('\n', '\n\n', '\n\n', '\n\n\n', '\n\n\n', '    ', ' ', '\r\n\r\n', '\u2028');
  const text = fc.array(fc.tuple(opener, line, closer, separator), { minLength: 1, maxLength: 8 }).map((parts) =>
    parts.map(([o, l, c, sep]) => `${o}${l}${c}${sep}`).join('').trimEnd(),
  );
  for (const date of ['2026-02-05', '2015-06-01']) {
    it(`on posts of ${date}`, () => {
      const uniform = date < '2017-11-07';
      const budget = uniform ? 140 : 280;
      const weigh = (raw: string) => xBodyWeight(raw, date);
      fc.assert(
        fc.property(text, (input) => {
          const plain = placeBody(input, input.length, { floor: 0, weigh, budget, lookBack: 2000 });
          const bounded = placeBody(input, input.length, {
            floor: 0,
            weigh,
            budget,
            lookBack: 2000,
            atLeast: (t, start, end, limit) => xWeightAtLeast(t, start, end, uniform, limit),
            atMost: xWeightAtMost,
          });
          expect(bounded).toEqual(plain);
        }),
        { numRuns: 4000 },
      );
    });
  }
});
