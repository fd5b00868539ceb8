/**
 * The attribution grammar: every byline form as data through one scanner, with a "does not
 * find" beside each. All text here is our own writing.
 */
import { describe, expect, it } from 'vitest';
import {
  readDomainHandle,
  readFediverseHandle,
  readInstagramHandle,
  readXHandle,
  scanAttributions,
  type Attribution,
  type AttributionGrammar,
} from '../../src/core/attribution/grammar.js';
import { X_ATTRIBUTION } from '../../src/platforms/x/signature.js';
import { BLUESKY_ATTRIBUTION } from '../../src/platforms/bluesky/text.js';
import { FACEBOOK_BYLINE } from '../../src/platforms/facebook/text.js';
import { INSTAGRAM_BYLINE } from '../../src/platforms/instagram/text.js';
import { MASTODON_BYLINE } from '../../src/platforms/mastodon/text.js';
import { REDDIT_BYLINE } from '../../src/platforms/reddit/text.js';
import { THREADS_BYLINE } from '../../src/platforms/threads/text.js';

type Fields = Omit<Attribution, 'start' | 'end'>;
const cases: { description: string; grammar: AttributionGrammar; input: string; expected: Fields[] }[] = [
  {
    description: 'X: dash, name, (@handle), date',
    grammar: X_ATTRIBUTION,
    input: 'Talks resume https://t.co/EflYXFDBkL— Insider Paper (@TheInsiderPaper) February 5, 2026',
    expected: [{ name: 'Insider Paper', handle: 'TheInsiderPaper', date: '2026-02-05', dateText: 'February 5, 2026' }],
  },
  { description: 'X: does not find a byline without a dash', grammar: X_ATTRIBUTION, input: 'By Jane Doe (@janedoe) February 5, 2026', expected: [] },
  {
    description: 'Bluesky: a domain handle and a date with its time',
    grammar: BLUESKY_ATTRIBUTION,
    input: 'Lanterns over the harbour— Harbour Watch (@harbour.bsky.social) February 5, 2026 at 2:31 PM',
    expected: [{ name: 'Harbour Watch', handle: 'harbour.bsky.social', date: '2026-02-05', dateText: 'February 5, 2026 at 2:31 PM' }],
  },
  { description: 'Bluesky: does not take an X handle', grammar: BLUESKY_ATTRIBUTION, input: 'Body— Jane (@janedoe) February 5, 2026', expected: [] },
  {
    description: 'Instagram: English, with a date',
    grammar: INSTAGRAM_BYLINE,
    input: 'Lanterns tonight ✨ A post shared by Harbour Watch (@harbour.watch) on Feb 5, 2026 at 2:31pm PST',
    expected: [{ name: 'Harbour Watch', handle: 'harbour.watch', date: '2026-02-05', dateText: 'Feb 5, 2026 at 2:31pm PST' }],
  },
  {
    description: 'Instagram: English, newer embeds without a date',
    grammar: INSTAGRAM_BYLINE,
    input: 'View this post on Instagram\nA post shared by Harbour Watch (@harbour.watch)\nMore prose.',
    expected: [{ name: 'Harbour Watch', handle: 'harbour.watch', date: null, dateText: null }],
  },
  {
    description: 'Instagram: German',
    grammar: INSTAGRAM_BYLINE,
    input: 'Ein Beitrag geteilt von Hafen Nord (@hafen_nord) am 5. Feb. 2026 um 14:31 PST',
    expected: [{ name: 'Hafen Nord', handle: 'hafen_nord', date: '2026-02-05', dateText: '5. Feb. 2026 um 14:31 PST' }],
  },
  {
    description: 'Instagram: French',
    grammar: INSTAGRAM_BYLINE,
    input: 'Une publication partagée par Port Sud (@port.sud) le 5 févr. 2026 à 14:31 PST',
    expected: [{ name: 'Port Sud', handle: 'port.sud', date: '2026-02-05', dateText: '5 févr. 2026 à 14:31 PST' }],
  },
  {
    description: 'Instagram: Spanish (de and por)',
    grammar: INSTAGRAM_BYLINE,
    input: 'Una publicación compartida de Puerto (@puerto) el 5 Feb, 2026 a las 2:31 PST. Una publicación compartida por Faro (@faro.norte)',
    expected: [
      { name: 'Puerto', handle: 'puerto', date: '2026-02-05', dateText: '5 Feb, 2026 a las 2:31 PST' },
      { name: 'Faro', handle: 'faro.norte', date: null, dateText: null },
    ],
  },
  {
    description: 'Instagram: Italian and Portuguese',
    grammar: INSTAGRAM_BYLINE,
    input: 'Un post condiviso da Porto (@porto.it)\nUma publicação partilhada por Cais (@cais.pt)\nUma publicação compartilhada por Praia (@praia.br)',
    expected: [
      { name: 'Porto', handle: 'porto.it', date: null, dateText: null },
      { name: 'Cais', handle: 'cais.pt', date: null, dateText: null },
      { name: 'Praia', handle: 'praia.br', date: null, dateText: null },
    ],
  },
  {
    description: 'Instagram: Japanese, the name first and a closing phrase, then a dash and the date',
    grammar: INSTAGRAM_BYLINE,
    input: 'この投稿をInstagramで見る\n港の灯り(@minato.akari)がシェアした投稿 - 2017 4月 10 8:24午後 PDT',
    expected: [{ name: '港の灯り', handle: 'minato.akari', date: '2017-04-10', dateText: '2017 4月 10 8:24午後 PDT' }],
  },
  {
    description: "Instagram: Japanese, the name after textContent's indentation",
    grammar: INSTAGRAM_BYLINE,
    input: 'この投稿をInstagramで見る      Minato Akari (@minato.akari)がシェアした投稿',
    expected: [{ name: 'Minato Akari', handle: 'minato.akari', date: null, dateText: null }],
  },
  {
    description: 'Instagram: Japanese, two in a row, the first bounding the name of the second, a lead-phrase byline between',
    grammar: INSTAGRAM_BYLINE,
    input: '灯台(@toudai.one)がシェアした投稿 港(@minato.two)がシェアした投稿\nA post shared by Harbour (@harbour.watch)\n\n波止場(@hatoba.three)がシェアした投稿',
    expected: [
      { name: '灯台', handle: 'toudai.one', date: null, dateText: null },
      { name: '港', handle: 'minato.two', date: null, dateText: null },
      { name: 'Harbour', handle: 'harbour.watch', date: null, dateText: null },
      { name: '波止場', handle: 'hatoba.three', date: null, dateText: null },
    ],
  },
  {
    description: 'Instagram: Japanese, does not read a name it cannot tell from the prose before it (spaces collapsed)',
    grammar: INSTAGRAM_BYLINE,
    input: 'The harbour master said the lanterns would stay lit all week, and the ferry crews agreed to carry them to every island before the storm season closes the crossings. 港の灯り(@minato.akari)がシェアした投稿',
    expected: [],
  },
  { description: 'Instagram: Japanese, does not find a handle the closing phrase does not follow', grammar: INSTAGRAM_BYLINE, input: '港の灯り(@minato.akari)の投稿', expected: [] },
  { description: 'Instagram: does not find "follow us on Instagram"', grammar: INSTAGRAM_BYLINE, input: 'Follow us on Instagram (@harbour.watch)', expected: [] },
  { description: 'Instagram: does not find the phrase inside a word', grammar: INSTAGRAM_BYLINE, input: 'XA post shared by Jo (@jo)', expected: [] },
  {
    description: 'Facebook: Posted by Name on a weekday and date, no handle',
    grammar: FACEBOOK_BYLINE,
    input: 'Ferry returns in May! Posted by Harbour City Council on Thursday, August 27, 2015',
    expected: [{ name: 'Harbour City Council', handle: null, date: '2015-08-27', dateText: 'Thursday, August 27, 2015' }],
  },
  {
    description: 'Facebook: French and German',
    grammar: FACEBOOK_BYLINE,
    input: 'Publiée par Port Sud sur jeudi 27 août 2015\nGepostet von Hafen Nord am Donnerstag, 27. August 2015',
    expected: [
      { name: 'Port Sud', handle: null, date: '2015-08-27', dateText: 'jeudi 27 août 2015' },
      { name: 'Hafen Nord', handle: null, date: '2015-08-27', dateText: 'Donnerstag, 27. August 2015' },
    ],
  },
  { description: 'Facebook: does not find "posted by" without a date', grammar: FACEBOOK_BYLINE, input: 'Posted by Harbour City Council on its website', expected: [] },
  {
    description: 'Mastodon: Post by @user@host',
    grammar: MASTODON_BYLINE,
    input: 'Ferry is back! Post by @harbour@mastodon.social',
    expected: [{ name: null, handle: 'harbour@mastodon.social', date: null, dateText: null }],
  },
  { description: 'Mastodon: does not take a bare @user', grammar: MASTODON_BYLINE, input: 'Post by @harbour today', expected: [] },
  {
    description: 'Threads: Post by @user',
    grammar: THREADS_BYLINE,
    input: 'Ferry is back! Post by @harbour.watch',
    expected: [{ name: null, handle: 'harbour.watch', date: null, dateText: null }],
  },
  {
    description: 'Reddit: Title by u/user in subreddit',
    grammar: REDDIT_BYLINE,
    input: 'Ferry returns in May by u/harbour_watch in r/harbourcity',
    expected: [{ name: null, handle: 'harbour_watch', date: null, dateText: null }],
  },
  { description: 'Reddit: does not take "by" alone', grammar: REDDIT_BYLINE, input: 'Written by Jane in May', expected: [] },
  {
    description: 'a lead phrase glued to the caption before it (textContent)',
    grammar: INSTAGRAM_BYLINE,
    input: 'Merci aux équipages !#hallesUne publication partagée par Port Sud (@port.sud)',
    expected: [{ name: 'Port Sud', handle: 'port.sud', date: null, dateText: null }],
  },
  {
    description: 'lead phrases in any case where the grammar says so (German nouns)',
    grammar: INSTAGRAM_BYLINE,
    input: 'Sieh dir diesen Beitrag auf Instagram anEin Beitrag geteilt von Inselfähre Nord (@inselfaehre.nord)',
    expected: [{ name: 'Inselfähre Nord', handle: 'inselfaehre.nord', date: null, dateText: null }],
  },
  {
    description: 'Facebook: a no-break space around the date joiner',
    grammar: FACEBOOK_BYLINE,
    input: 'Posted by Coast Hospital on\u00a0Thursday, August 27, 2015',
    expected: [{ name: 'Coast Hospital', handle: null, date: '2015-08-27', dateText: 'Thursday, August 27, 2015' }],
  },
  { description: 'Facebook: does not take a lead phrase in lower case', grammar: FACEBOOK_BYLINE, input: 'it was posted by Coast Hospital on Thursday, August 27, 2015', expected: [] },
  {
    description: 'a time zone after a time stays in the date as shown',
    grammar: BLUESKY_ATTRIBUTION,
    input: 'Body— Harbour (@harbour.bsky.social) February 5, 2026 at 2:31 PM UTC',
    expected: [{ name: 'Harbour', handle: 'harbour.bsky.social', date: '2026-02-05', dateText: 'February 5, 2026 at 2:31 PM UTC' }],
  },
  {
    description: 'a capitalised word after a time is not a zone',
    grammar: BLUESKY_ATTRIBUTION,
    input: 'Body— Harbour (@harbour.bsky.social) February 5, 2026 at 2:31 PM Tide tables follow.',
    expected: [{ name: 'Harbour', handle: 'harbour.bsky.social', date: '2026-02-05', dateText: 'February 5, 2026 at 2:31 PM' }],
  },
];

describe('scanAttributions', () => {
  it.each(cases)('$description', ({ grammar, input, expected }) => {
    const found = scanAttributions(input, grammar);
    expect(found.map(({ start: _s, end: _e, ...rest }) => rest)).toEqual(expected);
    for (const a of found) {
      expect(a.start).toBeGreaterThanOrEqual(0);
      expect(a.end).toBeLessThanOrEqual(input.length);
      if (a.dateText !== null) expect(input.slice(a.start, a.end).endsWith(a.dateText)).toBe(true);
    }
  });
  it('never throws and finds nothing in empty input', () => {
    expect(scanAttributions('', X_ATTRIBUTION)).toEqual([]);
  });
});

describe('handle readers', () => {
  const table: { reader: (s: string, at: number) => number; input: string; expected: number }[] = [
    { reader: readXHandle, input: 'TheInsiderPaper)', expected: 15 },
    { reader: readXHandle, input: 'a'.repeat(21), expected: -1 },
    { reader: readDomainHandle, input: 'harbour.bsky.social)', expected: 19 },
    { reader: readDomainHandle, input: 'harbour)', expected: -1 },
    { reader: readDomainHandle, input: 'harbour.bsky.social.', expected: 19 },
    { reader: readFediverseHandle, input: 'harbour@mastodon.social', expected: 23 },
    { reader: readFediverseHandle, input: 'harbour@', expected: -1 },
    { reader: readInstagramHandle, input: 'harbour.watch.', expected: 13 },
  ];
  it.each(table)('$input', ({ reader, input, expected }) => expect(reader(input, 0)).toBe(expected));
});

describe('X through the core grammar', () => {
  it('reads the same signatures as the X text route on the X text fixtures', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    const { findSignatures } = await import('../../src/platforms/x/text.js');
    const dir = fileURLToPath(new URL('../../fixtures/x/text/', import.meta.url));
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const input = readFileSync(dir + f, 'utf8');
      const core = scanAttributions(input, X_ATTRIBUTION).map((a) => [a.start, a.end, a.handle, a.name, a.date]);
      const x = findSignatures(input).map((s) => [s.dashStart, s.end, s.handle, s.name, s.date]);
      expect(core, f).toEqual(x);
    }
  });
});

describe('lead phrases shared by grammars that differ in case', () => {
  const lead = ['a post shared by'];
  const base = { lead, handle: { open: '(@', close: ')', read: readInstagramHandle }, handleRequired: true, dateJoiners: [''], dateRequired: false, dateTime: false, maxName: 60 };
  const anyCase: AttributionGrammar = { ...base, leadAnyCase: true };
  const asWritten: AttributionGrammar = { ...base, leadAnyCase: false };
  const input = 'A POST SHARED BY Harbour Watch (@harbour.watch)';
  it('each reads by its own rule, whichever runs first', () => {
    expect(scanAttributions(input, asWritten)).toEqual([]);
    expect(scanAttributions(input, anyCase).map((a) => a.handle)).toEqual(['harbour.watch']);
    expect(scanAttributions(input, asWritten)).toEqual([]);
  });
});
