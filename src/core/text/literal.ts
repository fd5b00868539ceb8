/**
 * Searching a page for a short literal (`Post by @`, `u/`, `Posted by`) at the speed of its
 * rarest character.
 *
 * `String.prototype.indexOf` is fast when the first character of what it looks for is rare:
 * V8 finds that character with a byte scan (`memchr`) and checks the rest there. When it is
 * common (a lower-case letter) the scan stops at nearly every character, and in a page of
 * two-byte text (any Cyrillic, Arabic or CJK in it) the byte it scans for is also the low byte
 * of letters of those scripts. A literal is therefore searched by a probe: its rarest character
 * and the one after it (`Po` of `Post by @`, `/` of `u/`), the rest checked around each hit. A
 * two-character probe is checked by the engine itself, so only its real occurrences come back to
 * the loop; and long literals, which V8 searches by another algorithm, are never searched whole.
 * The answers are those of `indexOf`.
 */

/** The anchor of a literal: the probe searched for and its offset in the literal. */
export interface LiteralAnchor {
  readonly literal: string;
  readonly offset: number;
  /** What is searched: the literal's character at `offset` and the one after it, when there is one. */
  readonly probe: string;
}

/**
 * How rare a character is in prose, lower is rarer: ASCII punctuation and symbols, then
 * capitals, then other ASCII (lower-case letters, digits), then white space. A character
 * beyond ASCII ranks with lower-case letters: the byte an engine scans for may be the low
 * byte of common letters.
 */
function rarity(c: number): number {
  if (c === 0x20 || c < 0x20) return 4;
  if (c >= 0x7f) return 3;
  if (c >= 0x41 && c <= 0x5a) return 2; // A-Z
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return 3; // a-z, 0-9
  return 1;
}

/** What a probe at `i` costs: its first character's rarity, less when a second character follows (see the module comment). */
function probeCost(literal: string, i: number): number {
  return rarity(literal.charCodeAt(i)) - (i + 1 < literal.length ? 1.5 : 0);
}

/** The anchor of `literal`: the cheapest probe (the first of the cheapest). */
export function literalAnchor(literal: string): LiteralAnchor {
  let best = 0;
  for (let i = 1; i < literal.length; i++) if (probeCost(literal, i) < probeCost(literal, best)) best = i;
  return { literal, offset: best, probe: literal.slice(best, best + 2) };
}

/** The first offset ≥ `from` where `anchor.literal` stands in `input`, or -1 (as `indexOf`). */
export function indexOfLiteral(input: string, anchor: LiteralAnchor, from = 0): number {
  const { literal, probe, offset } = anchor;
  const start = Math.max(from, 0);
  if (literal.length <= 1) return input.indexOf(literal, start);
  for (let at = input.indexOf(probe, start + offset); at >= 0; at = input.indexOf(probe, at + 1)) {
    if (input.startsWith(literal, at - offset)) return at - offset;
  }
  return -1;
}

/**
 * One literal of {@link presentNeedles}' search: its anchor (see {@link literalAnchor}) and the
 * lists it belongs to.
 */
interface PlannedNeedle extends LiteralAnchor {
  readonly lists: number[];
}

/** Needles grouped by probe, each literal once (see {@link groupByProbe}). */
interface NeedlePlan {
  readonly groups: readonly (readonly PlannedNeedle[])[];
  /** Lists holding the empty literal: present in any input. */
  readonly always: readonly number[];
}

/** Literals of several lists grouped by probe, each literal once with the lists it belongs to. */
function groupByProbe(lists: readonly (readonly string[])[]): NeedlePlan {
  const byProbe = new Map<string, PlannedNeedle[]>();
  const always: number[] = [];
  lists.forEach((needles, list) => {
    for (const needle of needles) {
      if (needle.length === 0) {
        always.push(list);
        continue;
      }
      const anchor = literalAnchor(needle);
      const group = byProbe.get(anchor.probe) ?? [];
      const known = group.find((n) => n.literal === needle);
      if (known !== undefined) known.lists.push(list);
      else group.push({ ...anchor, lists: [list] });
      byProbe.set(anchor.probe, group);
    }
  });
  return { groups: [...byProbe.values()], always };
}

/** Plans made for arrays of lists ({@link presentNeedles}) and for arrays of literals ({@link eachLiteral}). */
const PLANS = new WeakMap<readonly (readonly string[])[], NeedlePlan>();
const LITERAL_PLANS = new WeakMap<readonly string[], NeedlePlan>();

function planOf(lists: readonly (readonly string[])[]): NeedlePlan {
  let plan = PLANS.get(lists);
  if (plan === undefined) {
    plan = groupByProbe(lists);
    PLANS.set(lists, plan);
  }
  return plan;
}

/**
 * Calls `visit(at, literal)` for every occurrence of each of `literals` in `input` (occurrences of
 * one literal may overlap; the order is by probe, then offset), until `visit` returns true.
 * Literals sharing a probe share one search for it. Pass the same array from call to call: the
 * grouping is kept for it.
 */
export function eachLiteral(input: string, literals: readonly string[], visit: (at: number, literal: string) => boolean | void): void {
  let plan = LITERAL_PLANS.get(literals);
  if (plan === undefined) {
    plan = groupByProbe([literals]);
    LITERAL_PLANS.set(literals, plan);
  }
  for (const group of plan.groups) {
    const probe = (group[0] as PlannedNeedle).probe;
    for (let at = input.indexOf(probe); at >= 0; at = input.indexOf(probe, at + 1)) {
      for (const n of group) {
        if (at - n.offset >= 0 && input.startsWith(n.literal, at - n.offset) && visit(at - n.offset, n.literal) === true) return;
      }
    }
  }
}

/**
 * For each list of needles, whether one of its needles stands in `input`. Needles are searched
 * by their anchor characters (see {@link literalAnchor}) and the character after; one search
 * serves every needle with that probe, and stops once each list it serves is settled. Pass the
 * same array of lists from call to call: the plan is kept for it.
 *
 * @example
 * ```ts
 * presentNeedles('Jo (@jo) May 5, 2020', [['(@'], ['Post by @'], ['u/']]); // [true, false, false]
 * ```
 */
export function presentNeedles(input: string, lists: readonly (readonly string[])[]): boolean[] {
  const plan = planOf(lists);
  const present = lists.map(() => false);
  for (const list of plan.always) present[list] = true;
  const settled = (n: PlannedNeedle): boolean => n.lists.every((l) => present[l]);
  // Window by window, every probe searched in each: a page is read from memory once, however
  // many probes there are (a page of 10 MB does not stay in the cache between two whole-page
  // searches, one of 1 MB does).
  for (let from = 0; from < input.length; from += NEEDLE_WINDOW) {
    // A probe may end just past the window.
    const window = input.slice(from, Math.min(input.length, from + NEEDLE_WINDOW + 1));
    let open = false;
    for (const group of plan.groups) {
      if (group.every(settled)) continue;
      open = true;
      const probe = (group[0] as PlannedNeedle).probe;
      for (let i = window.indexOf(probe); i >= 0 && i < NEEDLE_WINDOW; i = window.indexOf(probe, i + 1)) {
        const at = from + i;
        let done = true;
        for (const n of group) {
          if (settled(n)) continue;
          if (at >= n.offset && input.startsWith(n.literal, at - n.offset)) for (const l of n.lists) present[l] = true;
          else done = false;
        }
        if (done) break;
      }
    }
    if (!open) break;
  }
  return present;
}

/** The span of input, in UTF-16 units, searched for every probe before the next. */
const NEEDLE_WINDOW = 1 << 16;
