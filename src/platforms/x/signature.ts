import { DASH_ENTITIES, dashBefore, readDate, readXHandle, yearEnd, type AttributionGrammar } from '../../core/attribution/grammar.js';
import { fitsDisplayName } from '../../core/attribution/name.js';
import { parseEmbedDate, type ScannedDate } from '../../core/dates/index.js';
import {
  CharCode,
  HYPHEN,
  collapseSpace,
  isGap,
  isHandleChar,
  isInvisible,
  isLineBreak,
  isSpace,
  isStrongDash,
} from '../../core/text/chars.js';
import type { DateOptions, Signature } from '../../types.js';

/**
 * The attribution that closes a flattened X post:
 *
 * ```
 * …military dialogue https://t.co/EflYXFDBkL— Insider Paper (@TheInsiderPaper) February 5, 2026
 *                                          ^dash ^name        ^paren            ^date          ^end
 * ```
 *
 * A signature is a dash, a display name (possibly empty), `(@handle)` and a date. Everything
 * here works on offsets into the caller's string; only field values are normalised.
 */
export interface SignatureMatch {
  /** Offset of the dash (`—`, `–`, spaced `-`, or a literal `&mdash;`). */
  dashStart: number;
  /** Offset just past the dash. */
  dashEnd: number;
  /** Offset of the `(` of `(@handle)`. */
  parenStart: number;
  /** Offset just past the `)` of `(@handle)`. */
  parenEnd: number;
  name: string | null;
  handle: string;
  date: string;
  dateText: string;
  dateStart: number;
  /** Offset just past the date: the end of the signature. */
  end: number;
}

/** X handles are 1 to 20 characters (15 for accounts made since 2009; older ones run longer). */
export const MAX_HANDLE_LENGTH = 20;
/** X display names are at most 50 characters. */
export const MAX_NAME_CODE_POINTS = 50;
/**
 * How far back from `(@` the dash may stand, in UTF-16 units: 50 code points of name, each up to
 * two units, plus variation selectors, joiners and the spaces around the name.
 */
const NAME_WINDOW = 160;
/**
 * Reads `(@handle)` at `paren` (the index of `(`): returns the handle and the offset past `)`.
 *
 * ```
 * (@TheInsiderPaper) February 5, 2026
 * ^paren            ^end
 * ```
 */
export function matchHandleGroup(
  input: string,
  paren: number,
): { handle: string; end: number } | null {
  if (input.charCodeAt(paren) !== CharCode.OpenParen || input.charCodeAt(paren + 1) !== CharCode.At) return null;
  const end = readXHandle(input, paren + 2);
  if (end < 0 || end === paren + 2 || input.charCodeAt(end) !== CharCode.CloseParen) return null;
  return { handle: input.slice(paren + 2, end), end: end + 1 };
}

/**
 * Finds the attribution dash that opens a signature, looking back from `paren` on the same line
 * and never before `floor`: the core grammar's rule (`dashBefore`). The rightmost strong dash
 * (`—`, `–`, `&mdash;`) wins when the name after it can be a display name: X's embed code writes
 * an em dash, so a spaced hyphen closer to the handle is part of the name
 * (`— ABC 7 News - WJLA (@ABC7News)`), and dashes in the body (`home—157 Ukrainians`) stay body
 * text. Without one, the rightmost spaced hyphen (`text - Name`), never a hyphen inside a name
 * (`Jean-Luc`).
 */
export function findDashBefore(
  input: string,
  paren: number,
  floor: number,
): { start: number; end: number } | null {
  return dashBefore(input, paren, floor);
}

/** The display name between the dash and `(@`, or undefined when it cannot be one. */
function readName(input: string, from: number, to: number): string | null | undefined {
  const name = collapseSpace(input.slice(from, to));
  if (name.length === 0) return null;
  // A link is no part of a name: the dash before it belongs to the body.
  if (name.includes('://') || name.includes('pic.twitter.com/') || name.includes('pic.x.com/')) return undefined;
  if (!fitsDisplayName(name, MAX_NAME_CODE_POINTS)) return undefined;
  return name;
}

/** `(@handle)` with a readable date after it: the anchor of every signature. */
export interface DatedHandle {
  parenStart: number;
  parenEnd: number;
  handle: string;
  date: ScannedDate;
}

/**
 * Reads `(@handle)` at `paren` and the date after it (the core grammar's `readDate`: up to 64 gap characters
 * away, at most one blank line). Null when either is missing.
 */
export function matchDatedHandle(
  input: string,
  paren: number,
  options?: DateOptions,
): DatedHandle | null {
  const group = matchHandleGroup(input, paren);
  if (group === null) return null;
  const date = readDate(input, group.end, X_ATTRIBUTION, options);
  if (date === null) return null;
  return { parenStart: paren, parenEnd: group.end, handle: group.handle, date };
}

/**
 * Where an X signature's date may end: at its year (the core grammar's `yearEnd`). X shows no
 * time in an attribution, so what follows the year is the next sentence (`November 29, 2016
 * So…`) or a live blog's timestamp (`August 5, 2024 20:19`), not the date. The year's era mark
 * stays (`16 мая 2018 г.`). A date that opens with its year (`2026年2月5日`) reads on to `limit`.
 */
export function dateLimit(input: string, at: number, limit: number): number {
  return yearEnd(input, at, limit);
}

/**
 * X's attribution as data in the core grammar: dash, display name (at most 50), `(@handle)`
 * and a date that ends at its year. `scanAttributions(text, X_ATTRIBUTION)` reads the same
 * signatures as {@link findSignatures}, which keeps the offsets X's text route places bodies by.
 */
export const X_ATTRIBUTION: AttributionGrammar = {
  lead: 'dash',
  handle: { open: '(@', close: ')', read: readXHandle },
  handleRequired: true,
  dateJoiners: [''],
  dateRequired: true,
  dateTime: false,
  maxName: MAX_NAME_CODE_POINTS,
};

/**
 * Completes a dated handle into a signature with the dash and display name before it, looking
 * no further back than `floor`. Null without a dash on the same line or with an overlong name
 * (`By Jane Doe (@janedoe) February 5, 2026` is a byline, not a post).
 */
export function completeSignature(
  input: string,
  anchor: DatedHandle,
  floor: number,
): SignatureMatch | null {
  const dash = findDashBefore(input, anchor.parenStart, floor);
  if (dash === null) return null;
  const name = readName(input, dash.end, anchor.parenStart);
  if (name === undefined) return null;
  return {
    dashStart: dash.start,
    dashEnd: dash.end,
    parenStart: anchor.parenStart,
    parenEnd: anchor.parenEnd,
    name,
    handle: anchor.handle,
    date: anchor.date.date,
    dateText: anchor.date.dateText,
    dateStart: anchor.date.start,
    end: anchor.date.end,
  };
}

/**
 * Matches a whole signature around the `(@` at `paren`: handle group, the date after it, and the
 * dash and name before it. `floor` is the first offset the signature may use (the end of the
 * previous one). Returns null when any part is missing: a handle without a date
 * (`— Jane Doe (@janedoe) is a columnist`) or without a dash is not a signature.
 */
export function matchSignatureAt(
  input: string,
  paren: number,
  floor: number,
  options?: DateOptions,
): SignatureMatch | null {
  const anchor = matchDatedHandle(input, paren, options);
  return anchor === null ? null : completeSignature(input, anchor, floor);
}

/**
 * Parses one whole attribution line of an X embed: an optional leading dash, the display name,
 * `(@handle)` and the date as the embed shows it (in any supported language). The name is null
 * when the line shows none; `dateText`/`date` are null when the line ends at the handle, and
 * `date` alone is null when the text after the handle looks like a date but cannot be read.
 * Returns null for anything that is not an attribution (`— Reuters`,
 * `— Jane Doe (@janedoe) is a columnist`, `— John Smith (CEO) March 3, 2025`). `options` are
 * those of {@link parseEmbedDate}, for the date.
 *
 * @example
 * ```ts
 * parseSignature('— Insider Paper (@TheInsiderPaper) February 5, 2026');
 * // { name: 'Insider Paper', handle: 'TheInsiderPaper', dateText: 'February 5, 2026', date: '2026-02-05' }
 * parseSignature('&mdash; (@jack) March 21, 2006');
 * // { name: null, handle: 'jack', dateText: 'March 21, 2006', date: '2006-03-21' }
 * ```
 */
export function parseSignature(text: string, options?: DateOptions): Signature | null {
  if (typeof text !== 'string' || text.length > 1000) return null;
  const line = text.trim();
  // The handle group is the last `(@…)` whose rest of line is a date or nothing.
  let paren = line.lastIndexOf('(@');
  while (paren >= 0) {
    const group = matchHandleGroup(line, paren);
    if (group !== null) return readSignatureLine(line, paren, group, options);
    paren = paren === 0 ? -1 : line.lastIndexOf('(@', paren - 1);
  }
  return null;
}

/**
 * A tail that may be a date we cannot read: one line, a digit, at most {@link MAX_DATE_WORDS}
 * words and 40 characters (`Febuary 5, 2026`, `5 ventôse an 234`), not a sentence
 * (`JUST IN - US and allies agree 0`).
 */
function looksLikeDate(tail: string): boolean {
  const t = tail.trim();
  if (t.length > 40 || !/\d/.test(t)) return false;
  for (let i = 0; i < t.length; i++) if (isLineBreak(t.charCodeAt(i))) return false;
  return t.split(/\s+/).length <= MAX_DATE_WORDS;
}
const MAX_DATE_WORDS = 5;

function readSignatureLine(
  line: string,
  paren: number,
  group: { handle: string; end: number },
  options: DateOptions | undefined,
): Signature | null {
  const rest = collapseSpace(line.slice(group.end));
  let date: string | null = null;
  let dateText: string | null = null;
  if (rest.length > 0) {
    date = parseEmbedDate(rest, options);
    // Unreadable but date-like (a misspelt month, an unsupported language): keep the text.
    if (date === null && !looksLikeDate(line.slice(group.end))) return null;
    dateText = rest;
  }
  let nameStart = 0;
  while (nameStart < paren && isGap(line.charCodeAt(nameStart))) nameStart++;
  const lead = line.charCodeAt(nameStart);
  if (isStrongDash(lead) || lead === HYPHEN) nameStart++;
  else {
    const entity = DASH_ENTITIES.find((e) => line.startsWith(e, nameStart));
    if (entity !== undefined) nameStart += entity.length;
  }
  const name = readName(line, nameStart, paren);
  if (name === undefined) return null;
  return { name, handle: group.handle, dateText, date };
}
