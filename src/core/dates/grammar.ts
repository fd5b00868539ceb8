/**
 * The grammar around a date's core: a weekday before or after it, a time before or after it,
 * and the connector words between them. Each reader takes the token list and an index and
 * returns the index past what it read (or -1 / the same index when nothing is there).
 *
 * ```
 * Thursday, 2:45 PM · Feb 5, 2026 at 9:00 PM
 * ^readWeekday       ^core        ^readTrailingTime
 * ```
 */
import { isWeekdayName, type NameIndexes } from './names.js';
import { asciiValue, GAP, NUM, PUNCT, WORD, type Token } from './tokens.js';

/** Words that may open a date before its number or month (Vietnamese "ngày 5 tháng 2"). */
export const LEADING_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(['ngày']);
/** Words that may open a time written before its date (Vietnamese "lúc 15:09 21 tháng 4, 2024"). */
export const TIME_LEADERS: ReadonlySet<string> = /* @__PURE__ */ new Set(['lúc']);
/** Day-period words written before a time ("午後2:45", "오후 2:45"). */
export const PERIOD_BEFORE: ReadonlySet<string> = /* @__PURE__ */ new Set(['午前', '午後', '오전', '오후', '上午', '下午', '早上', '晚上']);
/**
 * Day-period and hour words written after a time (Malay `PG`/`PTG`, Hindi `बजे` "o'clock", which
 * also follows `pm`: "3:09 pm बजे"; Japanese `午前`/`午後` where a 12-hour English pattern was
 * localized word for word, as in Instagram's older bylines: "2017 4月 10 8:24午後 PDT").
 */
const PERIOD_AFTER: ReadonlySet<string> = /* @__PURE__ */ new Set(['am', 'pm', 'uhr', 'h', 'ч', 'น', 'ص', 'م', 'öö', 'ös', 'pg', 'ptg', 'बजे', '午前', '午後']);
/** Day periods abbreviated as two letters with dots: "a.m.", "p.m.", Greek "π.μ.", "μ.μ.". */
const DOTTED_PERIODS: ReadonlySet<string> = /* @__PURE__ */ new Set(['am', 'pm', 'πμ', 'μμ']);
/** Separators between a time and a date ("2:45 PM · Feb 5, 2026", "Feb 5, 2026, 9:00"). */
export const TIME_SEPARATORS: ReadonlySet<string> = /* @__PURE__ */ new Set(['·', ',', '-', '–', '|', '•', '،']);


/**
 * Index after a time `H:MM[:SS]` with an optional day period, or -1. With `dotted`, also
 * `H.MM` (Danish, Finnish, Indonesian write "kl. 15.09", "klo 15.09", "pukul 15.09"): read only
 * after a date and a connector word or separator, where a number pair can be nothing else.
 */
export function readTime(tokens: readonly Token[], at: number, dotted = false): number {
  let i = at;
  const before = tokens[i];
  if (before?.kind === WORD && PERIOD_BEFORE.has(before.text)) {
    i++;
    if (tokens[i]?.kind === GAP) i++;
  }
  const h = tokens[i];
  if (h?.kind !== NUM || h.text.length > 2 || asciiValue(h.text) > 24) return -1;
  const separator = tokens[i + 1]?.text;
  if (separator !== ':' && !(dotted && separator === '.')) return -1;
  const m = tokens[i + 2];
  if (m?.kind !== NUM || m.text.length !== 2 || asciiValue(m.text) > 59) return -1;
  i += 3;
  const s = tokens[i + 1];
  if (tokens[i]?.text === separator && s?.kind === NUM && s.text.length === 2) i += 2;
  // A period after it: "PM", " Uhr", "a.m.", "ч.", "μ.μ.", "pm बजे"
  let j = i;
  if (tokens[j]?.kind === GAP) j++;
  const p = tokens[j];
  if (p?.kind === WORD) {
    const w = p.text.toLowerCase();
    const second = tokens[j + 2];
    if (w.length === 1 && tokens[j + 1]?.text === '.' && second?.kind === WORD && DOTTED_PERIODS.has(w + second.text.toLowerCase())) {
      j += 3;
      if (tokens[j]?.text === '.') j++;
      return j;
    }
    if (PERIOD_AFTER.has(w)) {
      j++;
      // "ч." and "น." are abbreviations; the dot after "PM" ends the sentence.
      if ((w === 'ч' || w === 'น') && tokens[j]?.text === '.') j++;
      if (w !== 'बजे' && tokens[j]?.kind === GAP && tokens[j + 1]?.kind === WORD && tokens[j + 1]?.text === 'बजे') j += 2;
      return j;
    }
  }
  return i;
}

/** Index after "Thursday," / "Вторник," / "Thứ Năm," and its gap, or -1. */
export function readWeekday(tokens: readonly Token[], at: number, names: NameIndexes): number {
  const t = tokens[at];
  if (t?.kind !== WORD) return -1;
  let i = at + 1;
  const second = tokens[i + 1];
  if (tokens[i]?.text === '-' && second?.kind === WORD && isWeekdayName(names, `${t.text}-${second.text}`)) {
    // "quinta-feira"
    i += 2;
  } else if (tokens[i]?.kind === GAP && second?.kind === WORD && isWeekdayName(names, `${t.text} ${second.text}`)) {
    // "Thứ Năm"
    i += 2;
  } else if (isWeekdayName(names, t.text)) {
    if (tokens[i]?.text === '.') i++;
  } else return -1;
  if (tokens[i]?.text === ',' || tokens[i]?.text === '،') i++;
  if (tokens[i]?.kind !== GAP) return -1;
  i++;
  // Danish "torsdag den 5. februar".
  if (tokens[i]?.kind === WORD && tokens[i]?.text.toLowerCase() === 'den' && tokens[i + 1]?.kind === GAP) i += 2;
  return i;
}

/** Index after a weekday written after the date ("2026年2月5日星期四", ", csütörtök"), or `at`. */
export function readTrailingWeekday(tokens: readonly Token[], at: number, names: NameIndexes): number {
  let i = at;
  if (tokens[i]?.text === ',' || tokens[i]?.text === '،') i++;
  if (tokens[i]?.kind === GAP) i++;
  // CJK weekdays hold a marker character ("木曜日", "星期日", "목요일"), so join glued words.
  let word = '';
  let best = at;
  for (let k = i; k < i + 3; k++) {
    const t = tokens[k];
    if (t?.kind !== WORD || (k > i && tokens[k - 1]?.end !== t.start)) break;
    word += t.text;
    if (isWeekdayName(names, word)) best = k + 1;
  }
  return best;
}


/** Index after a trailing time (" at 5:00 PM", " à 14:43", ", 09:12"), or `at` when none. */
export function readTrailingTime(tokens: readonly Token[], at: number): number {
  let i = at;
  // After a separator ("21 Apr 2024, 15.09") a number pair is a time, dotted or not.
  const separated = tokens[i]?.kind === PUNCT && TIME_SEPARATORS.has(tokens[i]?.text ?? '');
  if (separated) i++;
  if (tokens[i]?.kind === GAP) i++;
  const direct = readTime(tokens, i, separated);
  if (direct > 0) return direct;
  // Up to two short connector words: "at", "à", "um", "a las", "kl.", "в".
  for (let words = 0; words < 2; words++) {
    const w = tokens[i];
    if (w?.kind !== WORD || w.text.length > 6) return at;
    i++;
    if (tokens[i]?.text === '.') i++;
    if (tokens[i]?.kind !== GAP) return at;
    i++;
    const end = readTime(tokens, i, true);
    if (end > 0) return end;
  }
  return at;
}
