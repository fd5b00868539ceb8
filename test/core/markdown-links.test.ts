/**
 * Markdown links by reference, as html-to-markdown readers write them when asked to (turndown's
 * `linkStyle: 'referenced'`, html2text's reference links): definitions, full, collapsed and
 * shortcut references, and how they sit beside inline links. Our own inputs throughout.
 */
import { describe, expect, it } from 'vitest';
import { linkDefinitions, markdownLinks, renderInline } from '../../src/core/markdown/links.js';
import { markdownView } from '../../src/core/markdown/view.js';

describe('linkDefinitions', () => {
  const table: { description: string; input: string; expected: [string, string][] }[] = [
    { description: 'a definition', input: '[1]: https://example.org/a', expected: [['1', 'https://example.org/a']] },
    { description: 'indented by three spaces (html2text)', input: 'Text.\n\n   [1]: https://example.org/a', expected: [['1', 'https://example.org/a']] },
    { description: 'with a title', input: '[ferry]: https://example.org/a "The ferry"', expected: [['FERRY', 'https://example.org/a']] },
    { description: 'in angle brackets', input: '[1]: <https://example.org/a b>', expected: [['1', 'https://example.org/a b']] },
    { description: 'the destination on the next line', input: '[1]:\n  https://example.org/a', expected: [['1', 'https://example.org/a']] },
    { description: 'in a block quote', input: '> [1]: https://example.org/a', expected: [['1', 'https://example.org/a']] },
    { description: 'a label in any case and spacing', input: '[Harbour   Watch]: https://example.org/a', expected: [['HARBOUR WATCH', 'https://example.org/a']] },
    { description: 'two definitions of a label: the first', input: '[1]: https://example.org/a\n[1]: https://example.org/b', expected: [['1', 'https://example.org/a']] },
    { description: 'an escaped underscore in the destination', input: '[1]: https://twitter.com/river\\_desk/status/1', expected: [['1', 'https://twitter.com/river_desk/status/1']] },
    // not definitions
    { description: 'indented by four spaces (code)', input: '    [1]: https://example.org/a', expected: [] },
    { description: 'after text on its line', input: 'See [1]: https://example.org/a', expected: [] },
    { description: 'text after the destination', input: '[1]: https://example.org/a and more', expected: [] },
    { description: 'no destination', input: '[1]:\n\nText.', expected: [] },
    { description: 'an empty label', input: '[]: https://example.org/a', expected: [] },
  ];
  it.each(table)('$description', ({ input, expected }) => {
    expect([...linkDefinitions(input)]).toEqual(expected);
  });
});

describe('markdownLinks', () => {
  const defs = '\n\n[1]: https://example.org/one\n[ferry]: https://example.org/ferry\n[pic]: https://example.org/pic.png';
  const table: { description: string; input: string; expected: [string, string][] }[] = [
    { description: 'a full reference', input: 'See [the post][1].', expected: [['the post', 'https://example.org/one']] },
    { description: 'a collapsed reference', input: 'Take the [Ferry][] home.', expected: [['Ferry', 'https://example.org/ferry']] },
    { description: 'a shortcut reference', input: 'Take the [ferry] home.', expected: [['ferry', 'https://example.org/ferry']] },
    { description: 'a label in another case', input: 'See [the post][FERRY].', expected: [['the post', 'https://example.org/ferry']] },
    { description: 'inline and reference links in order', input: '[a](https://example.org/a) then [b][1]', expected: [['a', 'https://example.org/a'], ['b', 'https://example.org/one']] },
    { description: 'an image by reference', input: '![The ferry][pic]', expected: [['The ferry', 'https://example.org/pic.png']] },
    { description: 'a reference holding an image', input: '[![x](https://example.org/x.png) Ferry][1]', expected: [['![x](https://example.org/x.png) Ferry', 'https://example.org/one'], ['x', 'https://example.org/x.png']] },
    { description: 'a full reference with no text', input: 'Shown: [][1].', expected: [['', 'https://example.org/one']] },
    { description: 'crossing links: the first to open', input: '[a][1](https://example.org/b)', expected: [['a', 'https://example.org/one']] },
    // not links
    { description: 'an undefined label', input: 'See [the post][9] and [sic].', expected: [] },
    { description: 'escaped brackets', input: 'See \\[ferry\\] here.', expected: [] },
    { description: 'an empty collapsed or shortcut reference', input: 'See [][] and [] here.', expected: [] },
  ];
  it.each(table)('$description', ({ input, expected }) => {
    const src = input + defs;
    expect(markdownLinks(src).map((l) => [src.slice(l.textStart, l.textEnd), l.href])).toEqual(expected);
  });

  it('reads none without definitions, however many brackets', () => {
    expect(markdownLinks('[a][1] [b][] [c]'.repeat(1000))).toEqual([]);
  });
});

describe('renderInline with definitions', () => {
  it('renders reference links as their text and locates them', () => {
    const defs = linkDefinitions('[1]: https://t.co/Ab12Cd34Ef\n[2]: https://twitter.com/hashtag/ferry?src=hash');
    expect(renderInline('Lanterns tonight [#ferry][2] [pic.twitter.com/Ab12Cd34Ef][1]', defs)).toEqual({
      text: 'Lanterns tonight #ferry pic.twitter.com/Ab12Cd34Ef',
      links: [
        { href: 'https://twitter.com/hashtag/ferry?src=hash', text: '#ferry', start: 17, end: 23 },
        { href: 'https://t.co/Ab12Cd34Ef', text: 'pic.twitter.com/Ab12Cd34Ef', start: 24, end: 50 },
      ],
    });
  });

  it('renders an image inside a link away, and keeps the link', () => {
    expect(renderInline('[![logo](https://example.org/l.png) Post](https://example.org/p)')).toEqual({
      text: ' Post',
      links: [{ href: 'https://example.org/p', text: ' Post', start: 0, end: 5 }],
    });
  });
});

describe('the Markdown view renders reference links', () => {
  it('shows their text, maps back to the input, and lists their destinations', () => {
    const input = '> Post by [@harbour][2] on [Harbour][3]\n\n[2]: https://example.org/@harbour\n[3]: https://example.org/';
    const v = markdownView(input);
    expect(v.text.startsWith('Post by @harbour on Harbour\n')).toBe(true);
    const at = v.text.indexOf('@harbour');
    expect(v.linksIn(at, at + '@harbour'.length)).toEqual(['https://example.org/@harbour']);
    expect(input.slice(v.toInput(at), v.toInputEnd(at + '@harbour'.length))).toBe('[@harbour][2]');
    expect(v.links.map((l) => l.href)).toEqual(['https://example.org/@harbour', 'https://example.org/']);
  });
});
