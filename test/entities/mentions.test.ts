/**
 * extractMentionsOrLists jumps from at sign to at sign; the rule itself is the global regex
 * MENTION. The two routes must find the same mentions on any text: checked on a table of the
 * tricky cases in plain view, and on random texts built from the characters the rule turns on
 * (at signs, `RT`, `:`, the excluded neighbours, list slashes and dashes, accents, `://`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLatinAccent } from '../../src/core/entities/chars.js';
import { extractMentionsOrLists, type MentionOrList } from '../../src/core/entities/index.js';
import { MENTION } from '../../src/core/entities/tags.js';

/** The plain statement of the rule: every match of MENTION, less those twitter-text drops. */
function byRegex(text: string): MentionOrList[] {
  const out: MentionOrList[] = [];
  for (const m of text.matchAll(MENTION)) {
    const before = m[1] ?? '';
    const end = m.index + m[0].length;
    const next = text.charCodeAt(end);
    if (next === 0x40 || next === 0xff20 || isLatinAccent(next) || text.startsWith('://', end)) continue;
    out.push({ handle: m[2] ?? '', list: m[3] ?? '', start: m.index + before.length, end });
  }
  return out;
}

const cases: { description: string; input: string }[] = [
  { description: 'at the start', input: '@jack hi' },
  { description: 'after a space and after punctuation', input: 'hi @jack, (@nasa) "@esa"' },
  { description: 'not after a word character or !#$%&*', input: 'a@jack !@jack #@jack $@jack %@jack &@jack *@jack' },
  { description: 'RT markers in every case, with and without a colon', input: 'RT@a rt@b Rt:@c rT:@d xRT@e .RT@f -rt@g +rt@h ~rt@i' },
  { description: 'RT at the very start', input: 'RT@jack' },
  { description: 'two at signs glued', input: '@a@b @c@@d' },
  { description: 'a mention right after another mention', input: '@first@second and @third' },
  { description: 'list mentions', input: '@nasa/space-list and @esa/x and @jpl/1bad' },
  { description: 'an at sign right after a list slug ending in a dash', input: '@nasa/space-@esa @jpl/a-b-@x' },
  { description: 'RT glued after a list slug', input: '@nasa/a-rt@esa @jpl/b-RT:@x' },
  { description: 'long handles', input: '@abcdefghijklmnopqrstuvwxyz and @a_b_c' },
  { description: 'a list slug longer than its bound', input: '@nasa/abcdefghijklmnopqrstuvwxyz0123 and @esa/a-b_c' },
  { description: 'fullwidth at signs', input: 'see ＠jack and x＠nasa' },
  { description: 'followed by an accent, an at sign or ://', input: '@jackñ @jack@ @jack://x @jack.' },
];

describe('extractMentionsOrLists agrees with the MENTION regex', () => {
  for (const { description, input } of cases) {
    it(description, () => {
      expect(extractMentionsOrLists(input)).toEqual(byRegex(input));
    });
  }

  it('on random texts made of the characters the rule turns on', () => {
    const unit = fc.constantFrom(
      '@', '@', '＠', 'r', 'R', 't', 'T', 'RT', 'rt', ':', 'a', 'Z', '0', '_', ' ', '.', '-', '+', '~', '!', '#', '$',
      '%', '&', '*', '/', '/list', '/a-', 'é', 'ñ', '://', '\n', 'x', 'jack', '\ud83d\ude00', '\u0300',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(extractMentionsOrLists(text)).toEqual(byRegex(text));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 3000) },
    );
  });
});
