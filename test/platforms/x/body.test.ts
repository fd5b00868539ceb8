/** The entity lists of one X post body: glued short links split where their slugs end. */
import { describe, expect, it } from 'vitest';
import { findShortLinks, isMediaLink, splitGluedLinks, tcoSlugLength } from '../../../src/platforms/x/links.js';
import { bodyEntities, type BodyEntities } from '../../../src/platforms/x/body.js';

const none: BodyEntities = { links: [], media: [], mentions: [], hashtags: [], cashtags: [] };
const only = (part: Partial<BodyEntities>): BodyEntities => ({ ...none, ...part });

const cases: { description: string; input: string; date: string | null; expected: BodyEntities }[] = [
  {
    description: 'a t.co link and a media link, spaced',
    input: 'Ministers meet in Oslo https://t.co/Zx81QwErTy pic.twitter.com/Lm20PoIuYt',
    date: '2026-01-14',
    expected: only({ links: ['https://t.co/Zx81QwErTy'], media: ['pic.twitter.com/Lm20PoIuYt'] }),
  },
  {
    description: 'a mention glued after a t.co slug',
    input: 'Thanks to our partners https://t.co/Gh47KlMnOp@HarborRelief',
    date: '2025-11-02',
    expected: only({ links: ['https://t.co/Gh47KlMnOp'], mentions: ['HarborRelief'] }),
  },
  {
    description: 'a media link glued after a hashtag',
    input: 'Lanterns over the river #Festival2025pic.twitter.com/Aa11Bb22Cc',
    date: '2025-09-30',
    expected: only({ media: ['pic.twitter.com/Aa11Bb22Cc'], hashtags: ['Festival2025'] }),
  },
  {
    description: 'two t.co links glued together',
    input: 'Both reports: https://t.co/Qq12Ww34Eehttps://t.co/Rr56Tt78Yy',
    date: null,
    expected: only({ links: ['https://t.co/Qq12Ww34Ee', 'https://t.co/Rr56Tt78Yy'] }),
  },
  {
    description: 'a dash right after the slug',
    input: 'Drill completed https://t.co/Pp90Oo12Ii— Northern Command',
    date: '2026-02-01',
    expected: only({ links: ['https://t.co/Pp90Oo12Ii'] }),
  },
  {
    description: 'a t.co slug glued to a word, by the slug length of the post date',
    input: 'Read https://t.co/Kk34Jj56Hhmore',
    date: '2024-03-03',
    expected: only({ links: ['https://t.co/Kk34Jj56Hh'] }),
  },
  {
    description: 'an 8-character slug before 2013 glued to a word',
    input: 'Read http://t.co/Ab12Cd34more',
    date: '2011-07-04',
    expected: only({ links: ['http://t.co/Ab12Cd34'] }),
  },
  {
    description: 'a word glued before a t.co link',
    input: 'Full statementhttps://t.co/Nn11Mm22Bb',
    date: '2026-02-05',
    expected: only({ links: ['https://t.co/Nn11Mm22Bb'] }),
  },
  {
    description: 'a media link shown with its protocol',
    input: 'Photo https://pic.twitter.com/Vv33Cc44Xx',
    date: '2026-02-05',
    expected: only({ media: ['https://pic.twitter.com/Vv33Cc44Xx'] }),
  },
  {
    description: 'mentions, hashtags and cashtags in order, without duplicates',
    input: '@CityDesk @citydesk #Budget $ACME #budget $acme @MayorOffice',
    date: '2026-02-05',
    expected: only({ mentions: ['CityDesk', 'MayorOffice'], hashtags: ['Budget'], cashtags: ['ACME'] }),
  },
  {
    description: 'more hashtags than are compared pairwise (20), repeats in another case dropped',
    input: 'Tags #t01 #t02 #t03 #t04 #t05 #t06 #t07 #t08 #t09 #t10 #T03 #t11 #t12 #t13 #t14 #t15 #t16 #t17 #t18 #t19 #t20 #T20',
    date: '2026-02-05',
    expected: only({
      hashtags: ['t01', 't02', 't03', 't04', 't05', 't06', 't07', 't08', 't09', 't10', 't11', 't12', 't13', 't14', 't15', 't16', 't17', 't18', 't19', 't20'],
    }),
  },
  {
    description: 'the same link twice is listed once',
    input: 'https://t.co/Zx81QwErTy again https://t.co/Zx81QwErTy',
    date: '2026-02-05',
    expected: only({ links: ['https://t.co/Zx81QwErTy'] }),
  },
  {
    description: 'other links as shown, beside t.co',
    input: 'Details at example.org/report and https://t.co/Zx81QwErTy',
    date: '2026-02-05',
    expected: only({ links: ['example.org/report', 'https://t.co/Zx81QwErTy'] }),
  },
  {
    description: 'does not split a 9-character slug followed by a space, nor read the next word into it',
    input: 'Old link https://t.co/Abc123Def and more',
    date: '2026-02-05',
    expected: only({ links: ['https://t.co/Abc123Def'] }),
  },
  {
    description: 'does not split a 9-character slug before a dash into a 10-character one',
    input: 'Report https://t.co/Abc123Def—Desk',
    date: '2026-02-05',
    expected: only({ links: ['https://t.co/Abc123Def'] }),
  },
  {
    description: 'does not take an e-mail address for a mention',
    input: 'Write to tips@newsroom.example',
    date: '2026-02-05',
    expected: none,
  },
  {
    description: 'does not take #123 for a hashtag',
    input: 'Bus #123 is late',
    date: '2026-02-05',
    expected: none,
  },
  {
    description: 'does not take bit.co/ for a t.co link nor split it',
    input: 'See bit.co/abcdefghijklmn',
    date: '2026-02-05',
    expected: only({ links: ['bit.co/abcdefghijklmn'] }),
  },
  {
    description: 'finds nothing in plain prose',
    input: 'Officials met on Thursday - talks went on - no statement yet.',
    date: '2026-02-05',
    expected: none,
  },
];

describe('bodyEntities', () => {
  it.each(cases)('$description', ({ input, date, expected }) => {
    expect(bodyEntities(input, { date })).toEqual(expected);
  });
});

describe('tcoSlugLength', () => {
  it.each([
    { description: '8 before 20 Feb 2013', input: '2013-02-19', expected: 8 },
    { description: '10 from 20 Feb 2013', input: '2013-02-20', expected: 10 },
    { description: '10 for a recent post', input: '2026-02-05', expected: 10 },
    { description: '10 when the date is unknown', input: null, expected: 10 },
    { description: '10 when the date is not a date', input: 'yesterday', expected: 10 },
  ])('$description', ({ input, expected }) => {
    expect(tcoSlugLength(input)).toBe(expected);
  });
});

describe('splitGluedLinks', () => {
  it.each([
    { description: 'spaces a mention off a slug', input: 'https://t.co/Gh47KlMnOp@Desk', expected: 'https://t.co/Gh47KlMnOp @Desk' },
    { description: 'spaces a media link off a hashtag', input: '#Vote2026pic.twitter.com/Aa11Bb22Cc', expected: '#Vote2026 pic.twitter.com/Aa11Bb22Cc' },
    { description: 'leaves a spaced text as it is', input: 'a https://t.co/Gh47KlMnOp b', expected: 'a https://t.co/Gh47KlMnOp b' },
    { description: 'leaves a t.co link inside another URL glued in front', input: 'https://example.com/?u=https://t.co/Gh47KlMnOp', expected: 'https://example.com/?u=https://t.co/Gh47KlMnOp' },
    { description: 'leaves a query on its slug', input: 'https://t.co/Gh47KlMnOp?amp=1', expected: 'https://t.co/Gh47KlMnOp?amp=1' },
  ])('$description', ({ input, expected }) => {
    expect(splitGluedLinks(input, 10)).toBe(expected);
  });

  it('finds the short links of a text with their extents', () => {
    const text = 'x https://t.co/Gh47KlMnOp pic.twitter.com/Aa11Bb22Ccz';
    expect(findShortLinks(text, 10).map((l) => text.slice(l.start, l.end))).toEqual([
      'https://t.co/Gh47KlMnOp',
      'pic.twitter.com/Aa11Bb22Cc',
    ]);
  });
});

describe('isMediaLink', () => {
  it.each([
    { description: 'pic.twitter.com as shown', input: 'pic.twitter.com/Aa11Bb22Cc', expected: true },
    { description: 'pic.twitter.com with a protocol', input: 'https://pic.twitter.com/Aa11Bb22Cc', expected: true },
    { description: 'pic.x.com', input: 'pic.x.com/Aa11Bb22Cc', expected: true },
    { description: 'not a t.co link', input: 'https://t.co/Aa11Bb22Cc', expected: false },
    { description: 'not another host starting with pic', input: 'pictures.example.com/a', expected: false },
  ])('$description', ({ input, expected }) => {
    expect(isMediaLink(input)).toBe(expected);
  });
});
