/** Flattened Instagram posts in text (our own writing), with "does not find" beside each form. */
import { describe, expect, it } from 'vitest';
import { scanInstagramText } from '../../../src/platforms/instagram/text.js';

function scan(input: string) {
  return scanInstagramText({ input, source: 'text', locales: undefined, dates: {} });
}

describe('flattened Instagram posts', () => {
  const finds: { description: string; input: string; expected: Record<string, unknown>[] }[] = [
    {
      description: 'caption and English byline with a date, the chrome line left out',
      input: 'Article paragraph.\n\n\nView this post on Instagram\n\n\nLanterns over the harbour ✨ #harbour #lanterns\nA post shared by Harbour Watch (@harbour.watch) on Feb 5, 2026 at 2:31pm PST\n\n\nMore prose.',
      expected: [{ platform: 'instagram', kind: 'flattened', text: 'Lanterns over the harbour ✨ #harbour #lanterns', hashtags: ['harbour', 'lanterns'], author: { name: 'Harbour Watch', handle: 'harbour.watch' }, date: '2026-02-05', dateText: 'Feb 5, 2026 at 2:31pm PST', id: null, url: null }],
    },
    {
      description: 'a placeholder embed: the byline alone, no caption, no date',
      input: 'Article paragraph.\n\n\nView this post on Instagram\n\n\nA post shared by Harbour Watch (@harbour.watch)\n\n\nMore prose.',
      expected: [{ text: null, author: { name: 'Harbour Watch', handle: 'harbour.watch' }, date: null, dateText: null }],
    },
    {
      description: 'a German byline',
      input: 'Artikel.\n\n\nRuhige See heute früh.\nEin Beitrag geteilt von Hafen Nord (@hafen_nord) am 5. Feb. 2026 um 14:31 PST',
      expected: [{ text: 'Ruhige See heute früh.', author: { name: 'Hafen Nord', handle: 'hafen_nord' }, date: '2026-02-05' }],
    },
    {
      description: 'a French byline glued to the caption (textContent)',
      input: 'Article.\n\nMer calme ce matin.Une publication partagée par Port Sud (@port.sud) le 5 févr. 2026 à 14:31 PST',
      expected: [{ text: 'Mer calme ce matin.', author: { name: 'Port Sud', handle: 'port.sud' }, date: '2026-02-05' }],
    },
    {
      description: 'a placeholder embed flattened onto one line: no caption, not the article above, the embed from its chrome',
      input: 'The harbour reopened on Monday.\nCrews worked through the night.\n        View this post on Instagram            A post shared by Harbour Watch (@harbour.watch)\n\nMore prose.',
      expected: [{ text: null, author: { name: 'Harbour Watch', handle: 'harbour.watch' }, start: 72 }],
    },
    {
      description: 'a caption under the chrome, a blank line between caption and byline',
      input: 'Article.\n\nView this post on Instagram\n\nLanterns tonight ✨\n\nA post shared by Harbour Watch (@harbour.watch)\n\nMore.',
      expected: [{ text: 'Lanterns tonight ✨', author: { handle: 'harbour.watch' }, start: 10 }],
    },
    {
      description: 'an embed without chrome or caption after a wide run of spaces (textContent): text null',
      input: 'Die Bloggerin hat unsere Fragen beantwortet.  Ein Beitrag geteilt von Hafen Nord (@hafen_nord) am 5. Feb. 2026 um 14:31 PST',
      expected: [{ text: null, author: { name: 'Hafen Nord', handle: 'hafen_nord' }, date: '2026-02-05', start: 46 }],
    },
    {
      description: 'a caption on the byline\'s line: the article lines above it stay out',
      input: 'The article ends here.\nIt had a second line.\n      Lanterns tonight ✨ A post shared by Harbour Watch (@harbour.watch) on Feb 5, 2026 at 2:31pm PST',
      expected: [{ text: 'Lanterns tonight ✨', date: '2026-02-05' }],
    },
    {
      description: 'a caption paragraph right above the byline: the page\'s lines above its blank line stay out, its own spaces kept',
      input: 'Menu\nNews\nSport\n\n\n Lanterns for the crews of  @harbour.watch #harbour\nA post shared by Harbour Watch (@harbour.watch) on Feb 5, 2026 at 2:31pm PST',
      expected: [{ text: 'Lanterns for the crews of @harbour.watch #harbour', hashtags: ['harbour'] }],
    },
    {
      description: 'a Japanese byline (name first, a closing phrase, a dash and the date), the caption above it',
      input: '記事の段落。\n\nこの投稿をInstagramで見る\n港の灯り、今夜も ✨ #夜景\n港の灯り(@minato.akari)がシェアした投稿 - 2017 4月 10 8:24午後 PDT\n\n続き。',
      expected: [{ text: '港の灯り、今夜も ✨ #夜景', hashtags: ['夜景'], author: { name: '港の灯り', handle: 'minato.akari' }, date: '2017-04-10', dateText: '2017 4月 10 8:24午後 PDT', start: 8 }],
    },
    {
      description: 'a Japanese placeholder embed on one line (textContent indentation): the name after the run of spaces',
      input: '記事の段落。\n      この投稿をInstagramで見る          Minato Akari(@minato.akari)がシェアした投稿\n\n続き。',
      expected: [{ text: null, author: { name: 'Minato Akari', handle: 'minato.akari' }, date: null, start: 13 }],
    },
  ];
  it.each(finds)('finds $description', ({ input, expected }) => {
    const found = scan(input);
    expect(found.length).toBe(expected.length);
    found.forEach((e, i) => {
      expect(e).toMatchObject(expected[i] ?? {});
      expect(input.slice(e.start, e.end)).toContain(`(@${e.author.handle})`);
    });
  });
  const misses: { description: string; input: string }[] = [
    { description: 'a "follow us on Instagram" line', input: 'Follow us on Instagram (@harbour.watch) for more.' },
    { description: 'the byline phrase without a handle', input: 'A post shared by the council on Monday drew praise.' },
    { description: 'empty input', input: '' },
    {
      description: 'a Japanese byline whose name cannot be told from the prose glued before it with single spaces',
      input: 'The harbour master said the lanterns would stay lit all week, and the ferry crews agreed to carry them to every island before the storm season closes the crossings. 港の灯り(@minato.akari)がシェアした投稿',
    },
  ];
  it.each(misses)('does not find $description', ({ input }) => expect(scan(input)).toEqual([]));
});
