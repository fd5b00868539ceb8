/**
 * Literal search by the rarest character, and the gates text routes build on it: the answers
 * are those of `indexOf` / `includes`, whatever character the search is anchored on.
 */
import { describe, expect, it } from 'vitest';
import { eachLiteral, indexOfLiteral, literalAnchor, presentNeedles } from '../../src/core/text/literal.js';
import { bodyAfterGate } from '../../src/core/attribution/flattened.js';
import { TIKTOK_ROUTE } from '../../src/platforms/tiktok/text.js';

describe('literalAnchor: the cheapest probe of a literal', () => {
  const cases: [literal: string, offset: number, probe: string][] = [
    ['u/', 1, '/'], // punctuation, though last, before a lower-case letter with a follower
    ['Post by @', 0, 'Po'], // a capital with a follower before a last '@'
    ['(@', 0, '(@'],
    ['/status', 0, '/s'],
    ['Dikirim oleh', 0, 'Di'],
    ['a post shared by', 0, 'a '], // nothing rarer than a lower-case letter
    ['♬', 0, '♬'],
    ['', 0, ''],
  ];
  it.each(cases)('%j is searched at %i by the probe %j', (literal, offset, probe) => {
    expect(literalAnchor(literal)).toEqual({ literal, offset, probe });
  });
});

describe('indexOfLiteral answers as indexOf', () => {
  const haystacks = [
    'by u/deckhand_42 in Harbours',
    'nothing here / at all u / u/',
    '/u/u/u/',
    'Post by Post by @ Post by @x',
    '',
    'u',
    '/',
  ];
  const needles = ['u/', 'Post by @', '/u', 'x', '@'];
  for (const hay of haystacks) {
    for (const needle of needles) {
      it(`${JSON.stringify(needle)} in ${JSON.stringify(hay)}`, () => {
        const anchor = literalAnchor(needle);
        for (let from = -1; from <= hay.length + 1; from++) expect(indexOfLiteral(hay, anchor, from)).toBe(hay.indexOf(needle, Math.max(from, 0)));
      });
    }
  }
});

describe('eachLiteral', () => {
  const literals = ['Posted by', 'Publiée par', 'Gepostet von', 'Publié par'];
  it('visits every occurrence of every literal, literals sharing an anchor searched together', () => {
    const seen: [number, string][] = [];
    eachLiteral('Posted by A. Publié par B. Gepostet von C. Posted by D', literals, (at, literal) => {
      seen.push([at, literal]);
    });
    expect(seen.sort((a, b) => a[0] - b[0])).toEqual([
      [0, 'Posted by'],
      [13, 'Publié par'],
      [27, 'Gepostet von'],
      [43, 'Posted by'],
    ]);
  });
  it('stops when the visitor says so', () => {
    let calls = 0;
    eachLiteral('Posted by A. Posted by B.', literals, () => ++calls === 1);
    expect(calls).toBe(1);
  });
});

describe('presentNeedles: one search for the needles of every route', () => {
  const lists = [['(@'], ['Post by @'], ['u/'], ['Posted by', 'Gepostet von'], ['@'], ['(@', '/status'], []];
  const cases: [input: string, expected: boolean[]][] = [
    ['Jo (@jo) May 5, 2020', [true, false, false, false, true, true, false]],
    ['Post by @jo@example.social', [false, true, false, false, true, false, false]],
    ['The title by u/deckhand in Harbours', [false, false, true, false, false, false, false]],
    ['Gepostet von Hafen am 5. Mai', [false, false, false, true, false, false, false]],
    ['posted by mail', [false, false, false, false, false, false, false]], // case counts
    ['see https://x.com/jo/status/1', [false, false, false, false, false, true, false]],
    ['', [false, false, false, false, false, false, false]],
  ];
  it.each(cases)('%j', (input, expected) => {
    expect(presentNeedles(input, lists)).toEqual(expected);
    // The same answer as includes(), list by list.
    expect(lists.map((needles) => needles.some((n) => input.includes(n)))).toEqual(expected);
  });
  it('counts the empty literal as present everywhere', () => {
    expect(presentNeedles('anything', [[''], ['zzz']])).toEqual([true, false]);
  });
});

describe('bodyAfterGate: a closer within reach after a lead, no blank line between', () => {
  const gate = bodyAfterGate(TIKTOK_ROUTE);
  const cases: [description: string, input: string, expected: boolean][] = [
    ['handle, caption, credit', '@ferry.crew Last crossing #night ♬ original sound - Ferry Crew', true],
    ['credit on the next line', '@ferry.crew Last crossing\n♬ original sound', true],
    ['a blank line between', '@ferry.crew Last crossing\n\n♬ original sound', false],
    ['a blank line of spaces between', '@ferry.crew Last crossing\n  \n♬ original sound', false],
    ['no handle before the credit', '♬ original sound @ferry.crew', false],
    ['no credit', '@ferry.crew Last crossing of the night', false],
    ['a later handle reaches the credit', '@a one\n\n@b two ♬ sound', true],
    ['handles in one block, then a blank line', '@a one @b two @c three\n\n♬ sound', false],
    ['the credit beyond the reach of a body', `@ferry.crew ${'x'.repeat(2200 * 4 + 600)} ♬ sound`, false],
    ['empty', '', false],
  ];
  it.each(cases)('%s', (_d, input, expected) => {
    expect(gate(input)).toBe(expected);
  });
});
