/**
 * Reading the core of a date (the day, month and year, without weekday or time) from the
 * tokens at one index: the longest reading first. One pass over the candidate tokens hashes the
 * core's shape (./hash.ts) and marks each dot after a month abbreviation, which is tried
 * dropped; each candidate end then takes a prefix. A core of a memoised shape is read from its
 * digits (./shapes.ts); anything else goes to date-fns (./datefns.ts), and the first reading of
 * a shape teaches the memo its rule.
 *
 * With `memo` null every core goes to date-fns: tests compare both paths.
 */
import { coreByRule, type Core } from './calendar.js';
import { slowRead, type Reading } from './datefns.js';
import { HASH_SEED, shapeHashStep, shapeOf, type TokenSpan } from './hash.js';
import type { DateLocaleRow } from './locales.js';
import type { DateMemo, LearntRule, ShapeEntry } from './memo.js';
import { keyOf } from './names.js';
import { MAX_CORE_TOKENS, type DateReader, type Hints } from './reader.js';
import { inferRule, MAX_SHAPE_GROUPS, probeValues, readByRule, withDigits, type DigitGroups } from './shapes.js';
import { asciiValue, GAP, isAbbreviationMark, NUM, PUNCT, WORD, type Token } from './tokens.js';

/** Readings of a shape that may fail to yield a rule before the shape is left to date-fns. */
const SHAPE_ATTEMPTS = 3;

/** A core read at an index. */
export interface CoreReading {
  readonly core: Core;
  /** Token index just past the core. */
  readonly next: number;
  /** The memoised rule that read the core, or null when date-fns did. */
  readonly rule: LearntRule | null;
}

/** The shape of a core and the values of its first `count` digit groups (./shapes.ts). */
interface CoreShape {
  /** Hash of the shape (the shape itself is built only to be learnt). */
  readonly hash: number;
  readonly values: readonly number[];
  readonly count: number;
}

/** Whether a core may end with this token. */
function canEnd(t: Token): boolean {
  return t.kind === NUM || t.kind === WORD || isAbbreviationMark(t.text) || t.text === ')';
}

/**
 * The longest core at token `at`, or null. A year-less core is read only when `hasRef`.
 *
 * @example
 * readCoreAt(reader, reader.memo, tokenize('Feb 5, 2026', 0, 11), 0, noHints, false);
 * // { core: { year: 2026, month: 2, day: 5 }, next: 6, rule: null }
 */
export function readCoreAt(
  reader: DateReader,
  memo: DateMemo | null,
  tokens: readonly Token[],
  at: number,
  hints: Hints,
  hasRef: boolean,
): CoreReading | null {
  const first = tokens[at];
  if (!first || first.kind === GAP || first.kind === PUNCT) return null;
  const { months } = reader.names;
  const scratch = reader.scratch;
  const last = Math.min(tokens.length, at + MAX_CORE_TOKENS) - 1;
  let hash = HASH_SEED;
  let nums = 0;
  let words = 0;
  let hasYear = false;
  let shapeable = true;
  let anyDropped = false;
  const values: number[] = [];
  const n = last - at + 1;
  const marks = scratch.marks;
  for (let k = at; k <= last; k++) {
    const t = tokens[k] as Token;
    const i = k - at;
    marks[i] = 0;
    if (t.kind === PUNCT && k > at && isAbbreviationMark(t.text)) {
      const prev = tokens[k - 1] as Token;
      if (prev.kind === WORD && prev.end === t.start && prev.text.length >= 2 && months.has(keyOf(prev.text.toLowerCase()))) {
        marks[i] = 1;
        anyDropped = true;
      }
    }
    if (t.kind === NUM) {
      nums++;
      // A glued digit (more than 4) also counts as a year: the patterns reject it.
      if (t.text.length >= 4) hasYear = true;
      if (t.text.length > 4 || nums > MAX_SHAPE_GROUPS) shapeable = false;
      else {
        values.push(asciiValue(t.text));
        hash = shapeHashStep(hash, t, false);
      }
    } else {
      if (t.kind === WORD) words++;
      // A dropped mark is written as U+0001 too, so the shape also tells which text date-fns saw.
      hash = shapeHashStep(hash, t, marks[i] === 1);
    }
    scratch.hash[i] = hash;
    scratch.nums[i] = nums;
    scratch.words[i] = words;
    scratch.flags[i] = (hasYear ? 1 : 0) | (shapeable ? 2 : 0) | (anyDropped ? 4 : 0);
  }
  for (let i = n - 1; i >= 0; i--) {
    const end = at + i;
    if (!canEnd(tokens[end] as Token)) continue;
    const flags = scratch.flags[i] as number;
    if (scratch.nums[i] === 0 || scratch.words[i] === 0) continue;
    const yearHere = (flags & 1) !== 0;
    if (!yearHere && !hasRef) continue;
    const groups =
      (flags & 2) !== 0 ? { hash: scratch.hash[i] as number, values, count: scratch.nums[i] as number } : null;
    const read = readCore(reader, memo, { tokens, from: at, to: end, marks }, groups, yearHere, hints);
    if (read !== null) return { core: read.core, next: end + 1, rule: read.rule };
  }
  return null;
}

/**
 * The date of a canonical core, trying each candidate locale's patterns on the text as written
 * (`kept`) and with the dot after a month abbreviation dropped (`dropped`): some date-fns
 * locales read "févr" only, others "mrt." only. A core of a known shape is read from its
 * digits (./shapes.ts); anything else goes to date-fns.
 */
function readCore(
  reader: DateReader,
  memo: DateMemo | null,
  span: TokenSpan,
  groups: CoreShape | null,
  hasYear: boolean,
  hints: Hints,
): { core: Core; rule: LearntRule | null } | null {
  let entry: ShapeEntry | undefined;
  if (groups !== null && memo !== null) {
    entry = memo.findShape(hints.key, hasYear, groups.hash, span);
    if (entry !== undefined && typeof entry !== 'number') {
      const core = coreByRule(readByRule(entry.rule, groups.values), entry.buddhist);
      if (core !== null) return { core, rule: entry };
    }
  }
  const { kept, dropped } = textsOf(span);
  if (memo === null) {
    const core = slowRead(reader, kept, dropped, wordsOf(span), hasYear, hints.rows)?.core;
    return core === undefined ? null : { core, rule: null };
  }
  const key = `${hints.key}\u0000${hasYear ? 'y' : 'n'}\u0000${kept}`;
  const hit = memo.cached(key);
  if (hit !== undefined) return hit === null ? null : { core: hit, rule: null };
  const words = wordsOf(span);
  const reading = slowRead(reader, kept, dropped, words, hasYear, hints.rows);
  if (reading !== null && groups !== null && (entry === undefined || typeof entry === 'number')) {
    const own = { shape: shapeOf(span), values: groups.values.slice(0, groups.count) };
    learnShape(reader, memo, hints, groups.hash, entry ?? 0, reading, { kept, dropped, words, hasYear }, own);
  }
  const core = memo.remember(key, reading?.core ?? null);
  return core === null ? null : { core, rule: null };
}

/** The canonical text of a core, as written and with the mark after a month abbreviation dropped. */
function textsOf(span: TokenSpan): { kept: string; dropped: string } {
  let kept = '';
  let dropped = '';
  for (let k = span.from; k <= span.to; k++) {
    const text = (span.tokens[k] as Token).text;
    kept += text;
    if (span.marks[k - span.from] === 0) dropped += text;
  }
  return { kept, dropped };
}

/** The words of a core, lower case. */
function wordsOf(span: TokenSpan): string[] {
  const words: string[] = [];
  for (let k = span.from; k <= span.to; k++) {
    const u = span.tokens[k] as Token;
    if (u.kind === WORD) words.push(u.text.toLowerCase());
  }
  return words;
}

/**
 * Records the rule of a shape from its first reading, when exactly one assignment of roles
 * explains it and date-fns reads a probe of the same shape by the same row as the rule does.
 */
function learnShape(
  reader: DateReader,
  memo: DateMemo,
  hints: Hints,
  hash: number,
  failures: number,
  reading: Reading,
  text: { kept: string; dropped: string; words: readonly string[]; hasYear: boolean },
  groups: DigitGroups,
): void {
  if (failures >= SHAPE_ATTEMPTS) return;
  const buddhist = (reader.rows[reading.row] as DateLocaleRow).buddhistEra === true;
  const rule = inferRule(groups.values, reading.raw);
  const probe = rule !== null ? probeValues(groups.shape, groups.values, rule) : null;
  let ok = false;
  if (rule !== null && probe !== null) {
    const expected = coreByRule(readByRule(rule, probe), buddhist);
    const got = slowRead(
      reader,
      withDigits(text.kept, probe),
      withDigits(text.dropped, probe),
      text.words,
      text.hasYear,
      hints.rows,
    );
    ok =
      expected !== null &&
      got !== null &&
      got.row === reading.row &&
      got.core.year === expected.year &&
      got.core.month === expected.month &&
      got.core.day === expected.day;
  }
  memo.rememberShape(hints.key, text.hasYear, hash, groups.shape, ok && rule !== null ? { rule, buddhist } : failures + 1);
}
