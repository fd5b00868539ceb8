/**
 * isTruncated and collapseSpace walk their input by index; they must answer exactly as the
 * plain definitions below (split, regex, char by char) over any string.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseSpace, detached, isInvisible, isLineBreak, isSpace } from '../../../src/core/text/chars.js';
import { isTruncated, xBodyWeight, xWeightAtLeast, xWeightAtMost } from '../../../src/platforms/x/text.js';

const RUNS = Math.max(1, Number(process.env.FC_RUNS ?? 150) || 150) * 20;

/** The definition: split on ' ', skip link tokens from the end, cut a glued link, look for '…'. */
function isTruncatedByDefinition(text: string): boolean {
  const tokens = text.split(' ');
  let i = tokens.length - 1;
  while (i >= 0 && /^(?:pic\.twitter\.com\/|https?:\/\/)\S+$/.test(tokens[i] ?? '')) i--;
  const last = tokens[i];
  if (last === undefined) return false;
  return last.replace(/(?:pic\.twitter\.com\/|https?:\/\/)\S*$/, '').endsWith('…');
}

/** The definition: every run of white space one ' ', invisibles but ZWNJ/ZWJ dropped, trimmed. */
function collapseByDefinition(s: string): string {
  let out = '';
  let pending = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c) || isLineBreak(c)) {
      pending = out.length > 0;
      continue;
    }
    if (isInvisible(c) && c !== 0x200c && c !== 0x200d) continue;
    if (pending) out += ' ';
    pending = false;
    out += s[i];
  }
  return out;
}

/** Strings built from the pieces that matter here. */
const pieces = fc.constantFrom(
  ' ', '  ', '\n', '\t', '\u00a0', '\u200b', '\u200d', '\u200f', '\u3000', '\u2028', '\ufeff',
  '…', 'a', 'Z', '.', '/', ':', 'é', '😀',
  'pic.twitter.com/', 'pic.twitter.com/Ab12Cd34Ef', 'http://', 'https://', 'https://t.co/Xy', 'http:', 'htt',
);
const texts = fc.array(pieces, { maxLength: 14 }).map((a) => a.join(''));

describe('isTruncated', () => {
  const cases = [
    { description: 'ends in an ellipsis', input: 'Schools reopen on…', expected: true },
    { description: 'ellipsis, then links', input: 'Schools reopen on… https://t.co/AbCdEfGhIj pic.twitter.com/AbCdEfGhIj', expected: true },
    { description: 'a link glued to the ellipsis', input: "Today's…pic.twitter.com/nn7zZYESsd", expected: true },
    { description: 'the leftmost glued link is cut', input: 'xhttp://y…https://z', expected: false },
    { description: 'does not read an ellipsis mid-text', input: 'Wait… it reopened', expected: false },
    { description: 'does not read a bare link prefix as a link', input: 'so… https://', expected: false },
    { description: 'does not read links alone', input: 'https://t.co/AbCdEfGhIj', expected: false },
    { description: 'does not read an empty text', input: '', expected: false },
    { description: 'does not read a trailing space', input: 'cut… ', expected: false },
    { description: 'a space before a link that opens the text', input: ' https://t.co/AbCdEfGhIj', expected: false },
  ];
  it.each(cases)('$description: $input', ({ input, expected }) => {
    expect(isTruncated(input)).toBe(expected);
    expect(isTruncatedByDefinition(input)).toBe(expected);
  });

  it('agrees with its definition on any string', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(isTruncated(text)).toBe(isTruncatedByDefinition(text));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('collapseSpace', () => {
  const cases = [
    { description: 'clean text comes back as is', input: 'Flood barriers held', expected: 'Flood barriers held' },
    { description: 'runs, breaks and ends', input: '  a \n\t b\u00a0 c  ', expected: 'a b c' },
    { description: 'invisibles dropped, joiners kept', input: 'a\u200bb \u200dc\u200c', expected: 'ab \u200dc\u200c' },
    { description: 'only white space', input: ' \n ', expected: '' },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(collapseSpace(input)).toBe(expected);
  });

  it('agrees with its definition around every UTF-16 code unit', () => {
    // Each code unit alone, doubled, and next to a space, between letters and at both ends.
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const u = String.fromCharCode(c);
      for (const text of [`a${u}b`, `a${u}${u}b`, `a ${u}b`, `a${u} b`, `${u}a`, `a${u}`]) {
        if (collapseSpace(text) !== collapseByDefinition(text)) wrong.push(`U+${c.toString(16).padStart(4, '0')} in ${JSON.stringify(text)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with its definition on any string', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(collapseSpace(text)).toBe(collapseByDefinition(text));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('detached', () => {
  // Whether the copy shares storage is an engine matter no test can see; its characters can be.
  const parent = `${'Ω'.repeat(40)} Flood barriers held overnight https://t.co/EflYXFDBkL ${'Ω'.repeat(40)}`;
  const cases = [
    { description: 'empty', input: '' },
    { description: 'short (copied by any slice)', input: parent.slice(41, 46) },
    { description: 'exactly 13 units', input: parent.slice(41, 54) },
    { description: 'a long slice of a longer string', input: parent.slice(41, 95) },
    { description: 'astral characters and lone surrogates', input: 'a\u{1F600}b\ud800c\udc00 and more text' },
  ];
  it.each(cases)('$description: same characters', ({ input }) => {
    expect(detached(input)).toBe(input);
  });

  it('keeps any string as it is', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(detached(text)).toBe(text);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the bounds of a body weight: xWeightAtLeast ≤ xBodyWeight ≤ xWeightAtMost', () => {
  // Pieces that move the weight: links glued or not, media links, mentions, entities, emoji,
  // combining marks, precomposed and decomposable letters, Hangul, CJK, dots between sentences.
  const pieces = [
    'Floods ', 'hit ', 'the town', 'https://t.co/AbCdEfGhIj', 'pic.twitter.com/tNveF44FuZ', 'x.co', 'a.b', '.',
    'footage.How', '@jo ', '@jo', '#Elbe ', '&amp;', '&#xD55C;', '&#x1F469;', '&nbsp;', '👨‍👩‍👧‍👦', '1️⃣', '©',
    'é', 'e\u0301', 'й', '\u0958', '한국어', '故人西辞', 'Дамби ', ' ', '\n', '  ', '\u2026',
    // Precomposed letters above U+10FF (heavy, their parts light), light punctuation, a singleton.
    '\u1e01', '\u1f00', '\u2014', '\u201c', '\u2126', '\u212b', '\u00a9\ufe0f', '#\u20e3', '🇧🇬',
  ];
  const bodies = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));
  for (const date of ['2026-02-05', '2016-01-01', null]) {
    it(`holds for bodies of ${date ?? 'an unknown day'}`, () => {
      fc.assert(
        fc.property(bodies, (body) => {
          const weight = xBodyWeight(body, date);
          expect(xWeightAtMost(body, 0, body.length)).toBeGreaterThanOrEqual(weight);
          expect(xWeightAtLeast(body, 0, body.length, date !== null && date < '2017-11-07')).toBeLessThanOrEqual(weight);
        }),
        { numRuns: 2000 },
      );
    });
  }
  it('reads its slice in place, and says only "over" past its limit', () => {
    // 34 light units and one dot.
    expect(xWeightAtMost('xx Floods hit https://t.co/AbCdEfGhIj yy', 3, 37)).toBe(34 + 26);
    // Heavy units weigh 2; a decomposable letter is counted decomposed (é: e and U+0301, both light).
    expect(xWeightAtMost('故人西辞', 0, 4)).toBe(8);
    expect(xWeightAtMost('café', 0, 4)).toBe(5);
    expect(xWeightAtMost('— “Hi”', 0, 6)).toBe(6);
    expect(xWeightAtMost('a'.repeat(300), 0, 300, 280)).toBeGreaterThan(280);
  });
});
