/**
 * X embeds in the Markdown html-to-markdown readers write, and the Markdown helpers under them.
 * Every input is our own synthetic writing.
 */
import { describe, expect, it } from 'vitest';
import { extractEmbeds, type Embed } from '../../../src/index.js';
import { lineAt, linkAt, unescapeMarkdown } from '../../../src/core/markdown/index.js';
import { renderInline } from '../../../src/core/markdown/links.js';

const ID = '1310340832445292544'; // snowflake time 2020-09-27T22:09:34.067Z
const ID2 = '1720047757610631317';

function md(input: string): Embed[] {
  return extractEmbeds(input, { format: 'markdown' });
}

const TURNDOWN = [
  '> Paper lanterns over the old harbour tonight',
  '> ',
  `> — Harbour Watch (@HarbourWatch) [September 27, 2020](https://twitter.com/HarbourWatch/status/${ID}?ref_src=twsrc%5Etfw)`,
].join('\n');

describe('Markdown embeds', () => {
  it('reads every field of a quoted embed', () => {
    const page = `Intro paragraph.\n\n${TURNDOWN}\n\nOutro paragraph.`;
    const [e, ...rest] = md(page);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({
      platform: 'x',
      kind: 'blockquote',
      source: 'markdown',
      id: ID,
      url: `https://x.com/HarbourWatch/status/${ID}`,
      author: { name: 'Harbour Watch', handle: 'HarbourWatch' },
      date: '2020-09-27',
      dateText: 'September 27, 2020',
      createdAt: '2020-09-27T22:09:34.067Z',
      text: 'Paper lanterns over the old harbour tonight',
      lang: null,
      truncated: false,
    });
    expect(page.slice(e!.start, e!.end)).toBe(TURNDOWN);
  });

  const finds: { description: string; input: string; expected: Partial<Embed> }[] = [
    {
      description: 'escaped underscores in the handle and name',
      input: `> Hi\n>\n> — Jane\\_Doe (@jane\\_doe) [September 27, 2020](https://twitter.com/jane_doe/status/${ID})`,
      expected: { author: { name: 'Jane_Doe', handle: 'jane_doe' }, id: ID },
    },
    {
      description: 'escaped # and brackets in the body',
      input: `> \\#Harbour lights \\[live\\]\n>\n> — Harbour Watch (@HarbourWatch) [September 27, 2020](https://twitter.com/HarbourWatch/status/${ID})`,
      expected: { text: '#Harbour lights [live]' },
    },
    {
      description: 'links in the body rendered as their text',
      input: `> Look [pic.twitter.com/Q1w2E3r4T5](https://t.co/Q1w2E3r4T5) with [@OldPort](https://twitter.com/OldPort)\n>\n> — Harbour Watch (@HarbourWatch) [September 27, 2020](https://twitter.com/HarbourWatch/status/${ID})`,
      expected: { text: 'Look pic.twitter.com/Q1w2E3r4T5 with @OldPort' },
    },
    {
      description: 'hashtags linked as such where the text glues them (#mac#ferry), as the HTML route reads the anchors',
      input: `> Lanterns [#harbour](https://twitter.com/hashtag/harbour?src=hash)[#lanterns](https://twitter.com/hashtag/lanterns?src=hash) [@OldPort](https://twitter.com/OldPort)\n>\n> — Harbour Watch (@HarbourWatch) [September 27, 2020](https://twitter.com/HarbourWatch/status/${ID})`,
      expected: { text: 'Lanterns #harbour#lanterns @OldPort', hashtags: ['harbour', 'lanterns'], mentions: ['OldPort'] },
    },
    {
      description: 'a # shown on a link that is no hashtag search is left to the text',
      input: `> Lanterns [#harbour](https://example.com/harbour)[#lanterns](https://example.com/lanterns)\n>\n> — Harbour Watch (@HarbourWatch) [September 27, 2020](https://twitter.com/HarbourWatch/status/${ID})`,
      expected: { text: 'Lanterns #harbour#lanterns', hashtags: [] },
    },
    {
      description: 'body and signature on one quoted line',
      input: `> Lanterns up — Harbour Watch (@HarbourWatch) [September 27, 2020](https://x.com/HarbourWatch/status/${ID})`,
      expected: { text: 'Lanterns up', author: { name: 'Harbour Watch', handle: 'HarbourWatch' } },
    },
    {
      description: 'no display name',
      input: `> Lanterns\n>\n> — (@HarbourWatch) [September 27, 2020](https://twitter.com/HarbourWatch/status/${ID})`,
      expected: { author: { name: null, handle: 'HarbourWatch' } },
    },
    {
      description: 'an unquoted signature after its paragraph line',
      input: `Lanterns over the harbour\n— Harbour Watch (@HarbourWatch) [September 27, 2020](https://twitter.com/HarbourWatch/status/${ID})`,
      expected: { text: 'Lanterns over the harbour', id: ID },
    },
    {
      description: 'a body of several quoted paragraphs',
      input: `> First line\n>\n> Second line<br>third\n>\n> — Harbour Watch (@HarbourWatch) [September 27, 2020](https://twitter.com/HarbourWatch/status/${ID})`,
      expected: { text: 'First line Second line third' },
    },
    {
      description: 'an entity left by the converter',
      input: `> Fish &amp; chips\n>\n> &mdash; Harbour Watch (@HarbourWatch) [September 27, 2020](https://twitter.com/HarbourWatch/status/${ID})`,
      expected: { text: 'Fish & chips', author: { name: 'Harbour Watch', handle: 'HarbourWatch' } },
    },
    {
      description: 'a date in German',
      input: `> Guten Morgen\n>\n> — Hafen (@hafen) [2. November 2023](https://twitter.com/hafen/status/${ID2})`,
      expected: { date: '2023-11-02', dateText: '2. November 2023', id: ID2 },
    },
    {
      description: 'a bare quoted status link',
      input: `> [https://twitter.com/HarbourWatch/status/${ID}](https://twitter.com/HarbourWatch/status/${ID})`,
      expected: { id: ID, author: { name: null, handle: 'HarbourWatch' }, text: null, dateText: null, date: '2020-09-27' },
    },
    {
      description: 'a truncated body',
      input: `> The lanterns went up one by one…\n>\n> — Harbour Watch (@HarbourWatch) [September 27, 2020](https://twitter.com/HarbourWatch/status/${ID})`,
      expected: { truncated: true },
    },
    {
      description: 'a date link whose text the reader wrapped onto the next quoted line',
      input: `> Lanterns over the harbour tonight\n>\n> — Harbour Watch (@HarbourWatch) [September 27,\n> 2020](https://twitter.com/HarbourWatch/status/${ID})`,
      expected: { kind: 'blockquote', id: ID, dateText: 'September 27, 2020', date: '2020-09-27', text: 'Lanterns over the harbour tonight' },
    },
    {
      description: 'the attribution wrapped before its date link',
      input: `> Lanterns over the harbour tonight\n>\n> — Harbour Watch (@HarbourWatch)\n> [September 27, 2020](https://twitter.com/HarbourWatch/status/${ID})`,
      expected: { kind: 'blockquote', id: ID, author: { name: 'Harbour Watch', handle: 'HarbourWatch' }, dateText: 'September 27, 2020', text: 'Lanterns over the harbour tonight' },
    },
    {
      description: 'the attribution wrapped before its date link, outside a quote',
      input: `Lanterns over the harbour tonight\n— Harbour Watch (@HarbourWatch)\n[September 27, 2020](https://twitter.com/HarbourWatch/status/${ID})`,
      expected: { kind: 'blockquote', id: ID, author: { name: 'Harbour Watch', handle: 'HarbourWatch' }, text: 'Lanterns over the harbour tonight' },
    },
    {
      description: 'a flattened post whose links are Markdown links: their text, not their syntax',
      input: 'Lanterns [https://t.co/Q1w2E3r4T5](https://t.co/Q1w2E3r4T5) [#harbour](https://twitter.com/hashtag/harbour) — Harbour Watch (@HarbourWatch) September 27, 2020',
      expected: { kind: 'flattened', id: null, text: 'Lanterns https://t.co/Q1w2E3r4T5 #harbour', links: ['https://t.co/Q1w2E3r4T5'], hashtags: ['harbour'] },
    },
    {
      description: 'a flattened post with escaped underscores in its handle',
      input: 'Lanterns tonight \\#harbour — Harbour Watch (@Harbour\\_Watch) September 27, 2020',
      expected: { kind: 'flattened', author: { name: 'Harbour Watch', handle: 'Harbour_Watch' }, text: 'Lanterns tonight #harbour', hashtags: ['harbour'] },
    },
    {
      description: 'a flattened post in a quote block (links dropped by the reader): no quote markers in its text',
      input: '> Lanterns over the harbour tonight\n>\n> — Harbour Watch (@HarbourWatch) September 27, 2020',
      expected: { kind: 'flattened', id: null, text: 'Lanterns over the harbour tonight', date: '2020-09-27' },
    },
    {
      description: 'a flattened signature whose date links the status: its id',
      input: `Lanterns tonight — Harbour Watch (@HarbourWatch) September 27, [2020](https://twitter.com/HarbourWatch/status/${ID})`,
      expected: { id: ID, url: `https://x.com/HarbourWatch/status/${ID}`, createdAt: '2020-09-27T22:09:34.067Z', author: { name: 'Harbour Watch', handle: 'HarbourWatch' } },
    },
    {
      description: 'CRLF line breaks',
      input: TURNDOWN.replace(/\n/g, '\r\n'),
      expected: { id: ID, text: 'Paper lanterns over the old harbour tonight' },
    },
  ];
  it.each(finds)('finds one with $description', ({ input, expected }) => {
    const found = md(`Intro.\n\n${input}\n\nOutro.`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });

  it('finds two quoted embeds in a row, each with its own body', () => {
    const second = TURNDOWN.replace('Paper lanterns over the old harbour tonight', 'Second post').replace(ID, ID2);
    const found = md(`${TURNDOWN}\n\n${second}`);
    expect(found.map((e) => [e.id, e.text])).toEqual([
      [ID, 'Paper lanterns over the old harbour tonight'],
      [ID2, 'Second post'],
    ]);
  });

  it('finds flattened posts without a status link too', () => {
    const found = md('## News\n\nLanterns tonight — Harbour Watch (@HarbourWatch) September 27, 2020\n\nMore [text](https://example.com/).');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'flattened', source: 'markdown', author: { handle: 'HarbourWatch' }, date: '2020-09-27' });
  });

  const negatives: { description: string; input: string }[] = [
    { description: 'a status link in running text', input: `As [they posted](https://twitter.com/HarbourWatch/status/${ID}), the lanterns rose.` },
    { description: 'a status link in a list', input: `- [a post](https://twitter.com/HarbourWatch/status/${ID})\n- another item` },
    { description: 'a profile link', input: '> Follow [@HarbourWatch](https://twitter.com/HarbourWatch) for more' },
    { description: 'an intent link', input: `[Reply](https://twitter.com/intent/tweet?in_reply_to=${ID})` },
    {
      description: 'a pull quote imitating a signature but linking elsewhere',
      input: '> We never close.\n>\n> — Harbour Master (@harbourmaster) [September 27, 2020](https://example.com/interview)',
    },
    { description: 'a quote citing a post after other words', input: `> The council said so.\n> [source](https://twitter.com/HarbourWatch/status/${ID})` },
    { description: 'an escaped link', input: `> \\[September 27, 2020\\](https://twitter.com/HarbourWatch/status/${ID})` },
    {
      description: 'a flattened signature whose date links another account\'s status',
      input: `> Lanterns tonight\n>\n> — Harbour Watch (@HarbourWatch) September 27, [2020](https://twitter.com/OldPort/status/${ID})`,
    },
  ];
  it.each(negatives)('does not find $description', ({ input }) => {
    expect(md(`Intro.\n\n${input}\n\nOutro.`)).toEqual([]);
  });

  it('stays total on a million link openers', () => {
    expect(() => md('[a]('.repeat(200_000) + `](https://twitter.com/h/status/${ID})`)).not.toThrow();
    expect(() => md('> (@h) ['.repeat(100_000))).not.toThrow();
  });
});

describe('links by reference (turndown referenced, html2text reference links)', () => {
  const HASHTAG = 'https://twitter.com/hashtag/ferry?src=hash&ref_src=twsrc%5Etfw';
  const MENTION = 'https://twitter.com/pier_master?ref_src=twsrc%5Etfw';
  const STATUS = `https://twitter.com/HarbourWatch/status/${ID}?ref_src=twsrc%5Etfw`;
  const inline = [
    `> Lanterns over the harbour tonight [#ferry](${HASHTAG}) [@pier\\_master](${MENTION}) [pic.twitter.com/Ab12Cd34Ef](https://t.co/Ab12Cd34Ef)`,
    '> ',
    `> — Harbour Watch (@HarbourWatch) [September 27, 2020](${STATUS})`,
  ].join('\n');
  const forms: { form: string; quote: string; definitions: string }[] = [
    {
      form: 'full references',
      quote: [
        '> Lanterns over the harbour tonight [#ferry][1] [@pier\\_master][2] [pic.twitter.com/Ab12Cd34Ef][3]',
        '> ',
        '> — Harbour Watch (@HarbourWatch) [September 27, 2020][4]',
      ].join('\n'),
      definitions: `[1]: ${HASHTAG}\n[2]: ${MENTION}\n[3]: https://t.co/Ab12Cd34Ef\n[4]: ${STATUS}`,
    },
    {
      form: 'collapsed references and a shortcut',
      quote: [
        '> Lanterns over the harbour tonight [#ferry][] [@pier\\_master][] [pic.twitter.com/Ab12Cd34Ef]',
        '> ',
        '> — Harbour Watch (@HarbourWatch) [September 27, 2020][]',
      ].join('\n'),
      definitions: `[#ferry]: ${HASHTAG}\n[@pier\\_master]: ${MENTION}\n[pic.twitter.com/Ab12Cd34Ef]: https://t.co/Ab12Cd34Ef\n[September 27, 2020]: ${STATUS}`,
    },
  ];

  it.each(forms)('$form: the same post as with inline links', ({ quote, definitions }) => {
    const page = `Intro.\n\n${quote}\n\nOutro.\n\n${definitions}\n`;
    const [e, ...rest] = md(page);
    const [expected] = md(`Intro.\n\n${inline}\n\nOutro.\n`);
    expect(rest).toEqual([]);
    expect({ ...e, start: 0, end: 0 }).toEqual({ ...expected, start: 0, end: 0 });
    expect(e).toMatchObject({ id: ID, text: 'Lanterns over the harbour tonight #ferry @pier_master pic.twitter.com/Ab12Cd34Ef', hashtags: ['ferry'], mentions: ['pier_master'] });
    expect(page.slice(e!.start, e!.end)).toBe(quote);
  });

  it('reads no post from a date whose label is undefined', () => {
    const quote = '> Lanterns over the harbour tonight\n> \n> — Harbour Watch (@HarbourWatch) [September 27, 2020][9]';
    expect(md(`${quote}\n\n[1]: https://example.org/`).filter((e) => e.kind === 'blockquote')).toEqual([]);
  });
});

describe('Markdown helpers', () => {
  it('reads quote markers', () => {
    expect(lineAt('a\n> b', 3, 0)).toEqual({ start: 2, end: 5, contentStart: 4, depth: 1 });
    expect(lineAt('> > b', 4, 0)).toMatchObject({ contentStart: 4, depth: 2 });
    expect(lineAt('plain', 2, 0)).toMatchObject({ contentStart: 0, depth: 0 });
  });

  const links: { description: string; input: string; mid: number; expected: { href: string; text: string } | null }[] = [
    { description: 'a plain link', input: '[a](https://x.com/)', mid: 2, expected: { href: 'https://x.com/', text: 'a' } },
    { description: 'a title', input: '[a](https://x.com/ "T")', mid: 2, expected: { href: 'https://x.com/', text: 'a' } },
    { description: 'angle brackets', input: '[a](<https://x.com/a b>)', mid: 2, expected: { href: 'https://x.com/a b', text: 'a' } },
    { description: 'parentheses in the href', input: '[a](https://e.example/a_(b))', mid: 2, expected: { href: 'https://e.example/a_(b)', text: 'a' } },
    { description: 'an escaped closing bracket', input: '[a\\](https://x.com/)', mid: 3, expected: null },
    { description: 'no opening bracket', input: 'a](https://x.com/)', mid: 1, expected: null },
    { description: 'no closing parenthesis', input: '[a](https://x.com/', mid: 2, expected: null },
  ];
  it.each(links)('linkAt: $description', ({ input, mid, expected }) => {
    const link = linkAt(input, mid, 0);
    if (expected === null) expect(link).toBeNull();
    else expect({ href: link?.href, text: link ? input.slice(link.textStart, link.textEnd) : null }).toEqual(expected);
  });

  it('unescapes and renders inline Markdown', () => {
    expect(unescapeMarkdown('(@jane\\_doe) \\#tag \\\\ \\a')).toBe('(@jane_doe) #tag \\ \\a');
    expect(renderInline('Hi [pic.twitter.com/a](https://t.co/a) ![img](x.png) \\#tag &amp; more').text).toBe(
      'Hi pic.twitter.com/a  #tag & more',
    );
    expect(renderInline('see [here](https://e.example/)').links).toEqual([
      { href: 'https://e.example/', text: 'here', start: 4, end: 8 },
    ]);
  });
});

describe('a tweet quote nested in a list item', () => {
  const quote = [
    '*   > Ferries back in May [https://t.co/Fr3yLn4Q8z](https://t.co/Fr3yLn4Q8z)',
    '    > ',
    `    > — Harbour Watch (@HarbourWatch) [September 27, 2020](https://twitter.com/HarbourWatch/status/${ID})`,
  ].join('\n');
  it('reads the body without the list and quote markers', () => {
    const [e, ...rest] = md(`Intro.\n\n${quote}\n*   Next item.`);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ kind: 'blockquote', id: ID, text: 'Ferries back in May https://t.co/Fr3yLn4Q8z', author: { name: 'Harbour Watch', handle: 'HarbourWatch' } });
  });
  it('does not take a list item that only holds a status link among other words', () => {
    expect(md(`Intro.\n\n*   See [the post](https://twitter.com/HarbourWatch/status/${ID}) for more.`).filter((e) => e.kind === 'blockquote')).toEqual([]);
  });
});
