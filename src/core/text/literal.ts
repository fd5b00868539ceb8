/**
 * Searching a page for a short literal (`Post by @`, `u/`, `Posted by`) at the speed of its
 * rarest character.
 *
 * `String.prototype.indexOf` is fast when the first character of what it looks for is rare:
 * engines find that character with a byte scan (`memchr`) and check the rest there. When it is
 * common (a lower-case letter) the scan stops at nearly every character, and in a page of
 * two-byte text (any Cyrillic, Arabic or CJK in it) the byte it scans for is the low byte of
 * every Latin letter. Looking for `u/` by its `/`, or for `Post by @` by its `@`, and checking the
 * rest around each hit, reads a 1 MB page several times faster than looking for the literal
 * itself. The answer is the same.
 */

/** The anchor of a literal: the character searched for and its offset in the literal. */
export interface LiteralAnchor {
  readonly literal: string;
  readonly char: string;
  readonly offset: number;
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

/** The anchor of `literal`: its rarest character (the first of the rarest). */
export function literalAnchor(literal: string): LiteralAnchor {
  let best = 0;
  for (let i = 1; i < literal.length; i++) {
    if (rarity(literal.charCodeAt(i)) < rarity(literal.charCodeAt(best))) best = i;
  }
  return { literal, char: literal.charAt(best), offset: best };
}

/** The first offset ≥ `from` where `anchor.literal` stands in `input`, or -1 (as `indexOf`). */
export function indexOfLiteral(input: string, anchor: LiteralAnchor, from = 0): number {
  const { literal, char, offset } = anchor;
  const start = Math.max(from, 0);
  if (literal.length <= 1) return input.indexOf(literal, start);
  for (let at = input.indexOf(char, start + offset); at >= 0; at = input.indexOf(char, at + 1)) {
    if (input.startsWith(literal, at - offset)) return at - offset;
  }
  return -1;
}

/**
 * Calls `visit(at, literal)` for every occurrence of each of `anchors`' literals in `input`
 * (occurrences of one literal may overlap; the order is by anchor character, then offset), until
 * `visit` returns true. Literals sharing an anchor character share one search for it.
 */
export function eachLiteral(
  input: string,
  anchors: readonly LiteralAnchor[],
  visit: (at: number, literal: string) => boolean | void,
): void {
  for (let k = 0; k < anchors.length; k++) {
    const char = (anchors[k] as LiteralAnchor).char;
    if (char.length === 0 || anchors.findIndex((a) => a.char === char) < k) continue; // empty, or searched with an earlier literal
    const group = anchors.filter((a) => a.char === char);
    for (let at = input.indexOf(char); at >= 0; at = input.indexOf(char, at + 1)) {
      for (const a of group) {
        if (at - a.offset >= 0 && input.startsWith(a.literal, at - a.offset) && visit(at - a.offset, a.literal) === true) return;
      }
    }
  }
}

/**
 * One literal of {@link presentNeedles}' search: its anchor, the lists it belongs to, and the
 * probe searched for (the anchor character and the next one: the engine checks the second
 * character itself, so only the probe's real occurrences come back to the loop).
 */
interface PlannedNeedle extends LiteralAnchor {
  readonly probe: string;
  readonly lists: number[];
}

/** The needles of some lists grouped by probe, each literal once: made once per array of lists. */
interface NeedlePlan {
  readonly groups: readonly (readonly PlannedNeedle[])[];
  /** Lists holding the empty literal: present in any input. */
  readonly always: readonly number[];
}

const PLANS = new WeakMap<readonly (readonly string[])[], NeedlePlan>();

function planOf(lists: readonly (readonly string[])[]): NeedlePlan {
  let plan = PLANS.get(lists);
  if (plan !== undefined) return plan;
  const byProbe = new Map<string, PlannedNeedle[]>();
  const always: number[] = [];
  lists.forEach((needles, list) => {
    for (const needle of needles) {
      if (needle.length === 0) {
        always.push(list);
        continue;
      }
      const anchor = literalAnchor(needle);
      const probe = needle.slice(anchor.offset, anchor.offset + 2);
      const group = byProbe.get(probe) ?? [];
      const known = group.find((n) => n.literal === needle);
      if (known !== undefined) known.lists.push(list);
      else group.push({ ...anchor, probe, lists: [list] });
      byProbe.set(probe, group);
    }
  });
  plan = { groups: [...byProbe.values()], always };
  PLANS.set(lists, plan);
  return plan;
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
