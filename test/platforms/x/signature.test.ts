import { describe, expect, it } from 'vitest';
import { parseSignature } from '../../../src/index.js';
import type { Signature } from '../../../src/types.js';

const finds: { description: string; input: string; expected: Signature }[] = [
  {
    description: 'em dash, name, handle, English date',
    input: '— Insider Desk (@InsiderDesk) February 5, 2026',
    expected: { name: 'Insider Desk', handle: 'InsiderDesk', dateText: 'February 5, 2026', date: '2026-02-05' },
  },
  {
    description: 'a literal &mdash; and no display name',
    input: '&mdash; (@jack) March 21, 2006',
    expected: { name: null, handle: 'jack', dateText: 'March 21, 2006', date: '2006-03-21' },
  },
  {
    description: 'no dash at all',
    input: 'Jane Doe (@janedoe) 5 February 2026',
    expected: { name: 'Jane Doe', handle: 'janedoe', dateText: '5 February 2026', date: '2026-02-05' },
  },
  {
    description: 'the line ends at the handle',
    input: '— Jane Doe (@janedoe)',
    expected: { name: 'Jane Doe', handle: 'janedoe', dateText: null, date: null },
  },
  {
    description: 'a date-like tail that cannot be read keeps its text',
    input: '— Jane Doe (@janedoe) Febuary 5, 2026',
    expected: { name: 'Jane Doe', handle: 'janedoe', dateText: 'Febuary 5, 2026', date: null },
  },
  {
    description: 'surrounding white space and an en dash',
    input: '  – Wire Desk (@wiredesk)   Feb 5, 2026  ',
    expected: { name: 'Wire Desk', handle: 'wiredesk', dateText: 'Feb 5, 2026', date: '2026-02-05' },
  },
  {
    description: 'the handle is the last (@…) group',
    input: '— Jane (@oldjane) Doe (@janedoe) February 5, 2026',
    expected: { name: 'Jane (@oldjane) Doe', handle: 'janedoe', dateText: 'February 5, 2026', date: '2026-02-05' },
  },
  {
    description: 'a name in two scripts',
    input: '— Olena Petrenko / Олена Петренко (@OlenaP) February 5, 2026',
    expected: { name: 'Olena Petrenko / Олена Петренко', handle: 'OlenaP', dateText: 'February 5, 2026', date: '2026-02-05' },
  },
];

const rejects: { description: string; input: string }[] = [
  { description: 'no handle', input: '— Reuters' },
  { description: 'a title in parentheses', input: '— John Smith (CEO) March 3, 2025' },
  { description: 'prose after the handle', input: '— Jane Doe (@janedoe) is a columnist' },
  { description: 'a handle of 21 characters', input: '— Jane (@abcdefghijklmnopqrstu) February 5, 2026' },
  { description: 'an e-mail address', input: '— jane@example.com February 5, 2026' },
  { description: 'a name over 50 characters', input: `— ${'Abcdefghij '.repeat(6)}(@janedoe) February 5, 2026` },
  { description: 'a sentence with a digit after the handle', input: '(@janedoe)JUST IN - US and allies agree 0' },
  { description: 'a date-like tail running onto the next line', input: '— Jane (@janedoe) Febuary 5\u0085JUST IN' },
  { description: 'empty', input: '' },
];

describe('parseSignature', () => {
  it.each(finds)('reads $description', ({ input, expected }) => {
    expect(parseSignature(input)).toEqual(expected);
  });
  it.each(rejects)('rejects $description', ({ input }) => {
    expect(parseSignature(input)).toBeNull();
  });
  it('returns null for a non-string at run time', () => {
    expect(parseSignature(42 as unknown as string)).toBeNull();
  });
});
