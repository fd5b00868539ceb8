/**
 * The playground's marks: where it paints an embed's body, signature and entities inside the
 * embed's span, found by string search of the embed's fields (playground/marks.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Embed, InputFormat } from '../src/index.js';
import { marksFor, nestMarks, packMarks, unpackMarks, type Mark, type MarkNode } from '../playground/marks.js';

function embed(fields: Partial<Embed> & Pick<Embed, 'start' | 'end'>): Embed {
  return {
    platform: 'x',
    kind: 'flattened',
    source: 'text',
    id: null,
    url: null,
    author: { name: null, handle: null },
    date: null,
    dateText: null,
    createdAt: null,
    text: null,
    lang: null,
    links: [],
    media: [],
    mentions: [],
    hashtags: [],
    cashtags: [],
    truncated: false,
    ...fields,
  };
}

/** The marks of one embed as [kind, marked text] pairs, in the order marksFor gives them. */
function painted(input: string, e: Embed, format: InputFormat): [string, string][] {
  return marksFor(input, e, 0, format).map((m) => [m.kind, input.slice(m.start, m.end)]);
}

const FLAT = 'Intro. Hello #a @b $C https://t.co/abcdefghij pic.twitter.com/Q1w2E3r4T5— Name (@h) May 1, 2026 after';
const FLAT_START = FLAT.indexOf('Hello');
const FLAT_END = FLAT.indexOf(' after');

const HTML =
  '<p>#FerryNow news</p><blockquote class="twitter-tweet"><p lang="en">Fish &amp; chips <a href="https://t.co/x1y2z3w4v5">https://t.co/x1y2z3w4v5</a> ' +
  '<a href="https://twitter.com/hashtag/FerryNow">#FerryNow</a></p>&mdash; Harbour Watch (@hw) <a href="https://twitter.com/hw/status/1">May 1, 2026</a></blockquote>';
const HTML_START = HTML.indexOf('<blockquote');
const HTML_END = HTML.length;

describe('marksFor', () => {
  const cases: { description: string; input: string; format: InputFormat; embed: Embed; expected: [string, string][] }[] = [
    {
      description: 'flattened text: body, signature with its dash, and every kind of entity',
      input: FLAT,
      format: 'text',
      embed: embed({
        start: FLAT_START,
        end: FLAT_END,
        text: 'Hello #a @b $C https://t.co/abcdefghij pic.twitter.com/Q1w2E3r4T5',
        author: { name: 'Name', handle: 'h' },
        dateText: 'May 1, 2026',
        links: ['https://t.co/abcdefghij'],
        media: ['pic.twitter.com/Q1w2E3r4T5'],
        mentions: ['b'],
        hashtags: ['a'],
        cashtags: ['C'],
      }),
      expected: [
        ['embed', FLAT.slice(FLAT_START, FLAT_END)],
        ['body', 'Hello #a @b $C https://t.co/abcdefghij pic.twitter.com/Q1w2E3r4T5'],
        ['signature', '— Name (@h) May 1, 2026'],
        ['link', 'https://t.co/abcdefghij'],
        ['media', 'pic.twitter.com/Q1w2E3r4T5'],
        ['mention', '@b'],
        ['hashtag', '#a'],
        ['cashtag', '$C'],
      ],
    },
    {
      description: 'HTML source: the body across its markup and an escaped &, entities outside tags only',
      input: HTML,
      format: 'html',
      embed: embed({
        start: HTML_START,
        end: HTML_END,
        text: 'Fish & chips https://t.co/x1y2z3w4v5 #FerryNow',
        author: { name: 'Harbour Watch', handle: 'hw' },
        dateText: 'May 1, 2026',
        links: ['https://t.co/x1y2z3w4v5'],
        hashtags: ['FerryNow'],
      }),
      expected: [
        ['embed', HTML.slice(HTML_START)],
        ['body', 'Fish &amp; chips <a href="https://t.co/x1y2z3w4v5">https://t.co/x1y2z3w4v5</a> <a href="https://twitter.com/hashtag/FerryNow">#FerryNow'],
        ['signature', '&mdash; Harbour Watch (@hw) <a href="https://twitter.com/hw/status/1">May 1, 2026'],
        ['link', 'https://t.co/x1y2z3w4v5'],
        ['hashtag', '#FerryNow'],
      ],
    },
    {
      description: 'does not mark a mention that is only the start of a longer handle',
      input: 'Thanks @HarbourCouncil— A (@a) May 1, 2026',
      format: 'text',
      embed: embed({ start: 0, end: 42, text: 'Thanks @HarbourCouncil', mentions: ['Harbour'] }),
      expected: [
        ['embed', 'Thanks @HarbourCouncil— A (@a) May 1, 2026'],
        ['body', 'Thanks @HarbourCouncil'],
      ],
    },
    {
      description: 'does not mark a link that appears only inside a tag (an href)',
      input: '<blockquote><p>See <a href="https://t.co/abcdefghij">this</a></p></blockquote>',
      format: 'html',
      embed: embed({ start: 0, end: 79, text: 'See this', links: ['https://t.co/abcdefghij'] }),
      expected: [
        ['embed', '<blockquote><p>See <a href="https://t.co/abcdefghij">this</a></p></blockquote>'],
        ['body', 'See <a href="https://t.co/abcdefghij">this'],
      ],
    },
    {
      description: 'does not mark a body when fewer than half of its words are in the span',
      input: 'one two three four five six',
      format: 'text',
      embed: embed({ start: 0, end: 27, text: 'one alpha beta gamma delta' }),
      expected: [['embed', 'one two three four five six']],
    },
    {
      description: 'does not mark anything outside the span',
      input: '#a before. inside text',
      format: 'text',
      embed: embed({ start: 11, end: 22, text: 'inside text', hashtags: ['a'] }),
      expected: [
        ['embed', 'inside text'],
        ['body', 'inside text'],
      ],
    },
  ];

  it.each(cases)('$description', ({ input, format, embed: e, expected }) => {
    expect(painted(input, e, format)).toEqual(expected);
  });
});

describe('nestMarks', () => {
  const m = (kind: Mark['kind'], start: number, end: number): Mark => ({ kind, start, end, embed: 0 });
  const shape = (nodes: MarkNode[]): unknown[] => nodes.map((n) => [n.kind, n.start, n.end, shape(n.children)]);
  const cases: { description: string; marks: Mark[]; expected: unknown[] }[] = [
    {
      description: 'puts each mark inside the innermost mark that contains it',
      marks: [m('link', 3, 5), m('body', 2, 6), m('embed', 0, 10), m('signature', 7, 9)],
      expected: [['embed', 0, 10, [['body', 2, 6, [['link', 3, 5, []]]], ['signature', 7, 9, []]]]],
    },
    {
      description: 'puts the outer kind outside when two marks cover the same range',
      marks: [m('body', 0, 4), m('embed', 0, 4)],
      expected: [['embed', 0, 4, [['body', 0, 4, []]]]],
    },
    {
      description: 'does not keep a mark that crosses the edge of another',
      marks: [m('embed', 0, 10), m('body', 2, 6), m('link', 5, 8)],
      expected: [['embed', 0, 10, [['body', 2, 6, []]]]],
    },
    {
      description: 'does not keep an empty mark',
      marks: [m('embed', 0, 10), m('mention', 4, 4)],
      expected: [['embed', 0, 10, []]],
    },
    {
      description: 'keeps side-by-side embeds as separate roots',
      marks: [m('embed', 5, 9), m('embed', 0, 5)],
      expected: [
        ['embed', 0, 5, []],
        ['embed', 5, 9, []],
      ],
    },
  ];

  it.each(cases)('$description', ({ marks, expected }) => {
    expect(shape(nestMarks(marks))).toEqual(expected);
  });
});

describe('packMarks', () => {
  it('gives back every mark unpackMarks is handed, kinds and offsets unchanged', () => {
    const marks: Mark[] = [
      { kind: 'embed', start: 0, end: 40, embed: 0 },
      { kind: 'cashtag', start: 3, end: 7, embed: 0 },
      { kind: 'signature', start: 50, end: 90, embed: 1 },
    ];
    expect(unpackMarks(packMarks(marks))).toEqual(marks);
  });

  it('does not invent a mark from a kind index it does not know', () => {
    expect(unpackMarks(new Int32Array([99, 0, 5, 0]))).toEqual([]);
  });
});
