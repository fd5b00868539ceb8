/**
 * Hashing and comparing the shape of a date (see ./shapes.ts) in place: from the tokens of a
 * core as they are read, or from the characters of a whole date text. A lookup in the memo
 * (./memo.ts) hashes and compares without building the shape string, which is built only when
 * a new shape is learnt.
 */
import { isAsciiDigit, MAX_SHAPE_GROUPS, runShape } from './shapes.js';
import { digitValue } from './digits.js';
import { NUM, type Token } from './tokens.js';

/** Tokens `[from, to]` (inclusive) of a core; `marks[k - from]` is 1 where a mark is dropped. */
export interface TokenSpan {
  readonly tokens: readonly Token[];
  readonly from: number;
  readonly to: number;
  readonly marks: Uint8Array;
}

/** The digit values of the text last hashed by {@link wholeHash}: `values[0, count)`. */
export interface DigitScratch {
  readonly values: Int32Array;
  count: number;
}

/** FNV-1a step: `h` with one more UTF-16 unit. */
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** {@link hashStep} over a whole string. */
export function hashText(h: number, text: string): number {
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h;
}

export const HASH_SEED = 0x811c9dc5 | 0;

/**
 * The shape of a core (./shapes.ts): each number by its run shape, each dropped mark written
 * as U+0001 and its text, everything else as it stands. {@link shapeHashStep} hashes the same
 * pieces, {@link shapeMatches} compares them.
 */
export function shapeOf(span: TokenSpan): string {
  let shape = '';
  for (let k = span.from; k <= span.to; k++) {
    const t = span.tokens[k] as Token;
    if (t.kind === NUM) shape += runShape(t.text);
    else shape += span.marks[k - span.from] === 1 ? `\u0001${t.text}` : t.text;
  }
  return shape;
}

/** `h` with one more token of a shape (see {@link shapeOf}). */
export function shapeHashStep(h: number, t: Token, marked: boolean): number {
  if (t.kind === NUM) {
    h = hashStep(h, t.text.charCodeAt(0) === 0x30 ? 0x30 : 0x31);
    for (let k = 1; k < t.text.length; k++) h = hashStep(h, 0x30);
    return h;
  }
  if (marked) h = hashStep(h, 1);
  return hashText(h, t.text);
}

/** Whether `shape` is the shape of `span` (see {@link shapeOf}), compared in place. */
export function shapeMatches(shape: string, span: TokenSpan): boolean {
  let pos = 0;
  for (let k = span.from; k <= span.to; k++) {
    const t = span.tokens[k] as Token;
    const text = t.text;
    if (t.kind === NUM) {
      if (pos + text.length > shape.length) return false;
      if (shape.charCodeAt(pos) !== (text.charCodeAt(0) === 0x30 ? 0x30 : 0x31)) return false;
      for (let j = 1; j < text.length; j++) if (shape.charCodeAt(pos + j) !== 0x30) return false;
      pos += text.length;
      continue;
    }
    if (span.marks[k - span.from] === 1) {
      if (shape.charCodeAt(pos) !== 1) return false;
      pos++;
    }
    if (!shape.startsWith(text, pos)) return false;
    pos += text.length;
  }
  return pos === shape.length;
}

/**
 * The hash of `hints` and the shape of `text[from, to)`, its digit values left in
 * `digits`; null when the whole-text memo must not answer for the text: a ':' (a
 * time's digits decide whether it reads as a time), a digit of another script (read through
 * tokenizing only), more than {@link MAX_SHAPE_GROUPS} runs or a run over 4 digits.
 */
export function wholeHash(hints: string, text: string, from: number, to: number, digits: DigitScratch): number | null {
  let h = hashStep(hashText(HASH_SEED, hints), 0);
  digits.count = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isAsciiDigit(c)) {
      if (c === 0x3a /* : */ || (c >= 0x0660 && digitValue(c) >= 0)) return null;
      h = hashStep(h, c);
      i++;
      continue;
    }
    if (digits.count === MAX_SHAPE_GROUPS) return null;
    let value = 0;
    const start = i;
    h = hashStep(h, c === 0x30 ? 0x30 : 0x31);
    while (i < to && isAsciiDigit(text.charCodeAt(i))) {
      value = value * 10 + (text.charCodeAt(i) - 0x30);
      if (i > start) h = hashStep(h, 0x30);
      i++;
    }
    if (i - start > 4) return null;
    digits.values[digits.count++] = value;
  }
  return h;
}


/** Whether `shape` is the shape of `text[from, to)` (digit runs by run shape), compared in place. */
export function shapeOfTextIs(shape: string, text: string, from: number, to: number): boolean {
  let p = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isAsciiDigit(c)) {
      if (shape.charCodeAt(p) !== c) return false;
      p++;
      i++;
      continue;
    }
    if (shape.charCodeAt(p) !== (c === 0x30 ? 0x30 : 0x31)) return false;
    p++;
    i++;
    while (i < to && isAsciiDigit(text.charCodeAt(i))) {
      if (shape.charCodeAt(p) !== 0x30) return false;
      p++;
      i++;
    }
  }
  return p === shape.length;
}
