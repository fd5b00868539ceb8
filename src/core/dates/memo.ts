/**
 * The memo of one {@link DateReader} (./reader.ts), as an explicit object: what the reader has
 * learnt from date-fns, bounded, and nothing else. Three tables:
 *
 * - the string cache: a core's canonical text (with hints and year-ness) → its reading;
 * - the shape memo (./shapes.ts): a core's shape → the rule that reads it from its digits;
 * - the whole-text memo: a whole date text that was one core read by a rule → that rule, so a
 *   later text of the same shape is read from its digits without tokenizing.
 *
 * Each lookup hashes and compares in place (./hash.ts); a shape string is built only to learn it.
 */
import type { Core } from './calendar.js';
import { shapeMatches, shapeOfTextIs, type DigitScratch, type TokenSpan } from './hash.js';
import { digitGroups, MAX_SHAPE_GROUPS, type ShapeRule } from './shapes.js';

/** Bound of each table. */
const CACHE_LIMIT = 1024;

/** A rule and whether the years it reads are Buddhist era. */
export interface LearntRule {
  readonly rule: ShapeRule;
  readonly buddhist: boolean;
}

/** A memoised shape, or how many times a shape failed to be memoised. */
export type ShapeEntry = LearntRule | number;

/** One memoised shape and its entry. */
interface ShapeSlot {
  readonly shape: string;
  entry: ShapeEntry;
}

/** Shapes of one hint list and year-ness, by the hash of the shape (./shapes.ts). */
type ShapeTable = Map<number, ShapeSlot[]>;

/** A whole-text memo entry: the hints and shape it was learnt for, and the rule that reads it. */
export interface WholeEntry extends LearntRule {
  readonly hints: string;
  readonly shape: string;
}

/** What one reader has learnt. */
export class DateMemo {
  /** Canonical core texts and their readings, oldest first. */
  private readonly cache = new Map<string, Core | null>();
  /** Shape tables by hint key: [without year, with year]. */
  private readonly shapeTables = new Map<string, [ShapeTable, ShapeTable]>();
  /** The composite keys of every memoised shape, in insertion order: bounds the shape memo. */
  private readonly shapeOrder = new Map<
    string,
    { readonly table: ShapeTable; readonly hash: number; readonly slot: ShapeSlot }
  >();
  /**
   * Date texts whose whole (trimmed) was one core read by a shape rule, by a hash of the hints
   * and the text's shape. Embeds of one language print one or two shapes, so most dates of a
   * page are read here.
   */
  private readonly wholeShapes = new Map<number, WholeEntry[]>();
  private wholeEntries = 0;
  /** The digit values of the whole text last hashed (./hash.ts `wholeHash`). */
  readonly digits: DigitScratch = { values: new Int32Array(MAX_SHAPE_GROUPS), count: 0 };

  /** The reading cached for a core text, or undefined. */
  cached(key: string): Core | null | undefined {
    return this.cache.get(key);
  }

  /** Caches a reading; the oldest leaves first once the cache is full. */
  remember(key: string, value: Core | null): Core | null {
    if (this.cache.size >= CACHE_LIMIT) {
      const oldest = this.cache.keys().next();
      if (!oldest.done) this.cache.delete(oldest.value);
    }
    this.cache.set(key, value);
    return value;
  }

  /** The memo table of a hint list and year-ness. */
  private shapeTable(hintKey: string, hasYear: boolean): ShapeTable {
    let pair = this.shapeTables.get(hintKey);
    if (pair === undefined) {
      pair = [new Map(), new Map()];
      this.shapeTables.set(hintKey, pair);
    }
    return pair[hasYear ? 1 : 0];
  }

  /** The entry of the shape of `span` (hashed to `hash`), if memoised. */
  findShape(hintKey: string, hasYear: boolean, hash: number, span: TokenSpan): ShapeEntry | undefined {
    const slots = this.shapeTable(hintKey, hasYear).get(hash);
    if (slots === undefined) return undefined;
    for (const slot of slots) if (shapeMatches(slot.shape, span)) return slot.entry;
    return undefined;
  }

  /** Records a shape's entry; the oldest shape leaves first once the memo is full. */
  rememberShape(hintKey: string, hasYear: boolean, hash: number, shape: string, entry: ShapeEntry): void {
    if (this.shapeOrder.size >= CACHE_LIMIT) {
      const oldest = this.shapeOrder.entries().next();
      if (!oldest.done) {
        const [key, { table, hash: h, slot }] = oldest.value;
        this.shapeOrder.delete(key);
        const slots = table.get(h);
        if (slots !== undefined) {
          const k = slots.indexOf(slot);
          if (k >= 0) slots.splice(k, 1);
          if (slots.length === 0) table.delete(h);
        }
      }
    }
    const key = `${hintKey}\u0000${hasYear ? 'y' : 'n'}\u0000${shape}`;
    const known = this.shapeOrder.get(key);
    if (known !== undefined) {
      known.slot.entry = entry;
      return;
    }
    const table = this.shapeTable(hintKey, hasYear);
    const slot: ShapeSlot = { shape, entry };
    const slots = table.get(hash);
    if (slots === undefined) table.set(hash, [slot]);
    else slots.push(slot);
    this.shapeOrder.set(key, { table, hash, slot });
  }

  /** The whole-text entry for `hints` and the shape of `text[from, to)` under `hash`, or null. */
  findWhole(hash: number, hints: string, text: string, from: number, to: number): WholeEntry | null {
    const entries = this.wholeShapes.get(hash);
    if (entries === undefined) return null;
    for (const e of entries) if (e.hints === hints && shapeOfTextIs(e.shape, text, from, to)) return e;
    return null;
  }

  /** Records a whole-text entry; the table is emptied when it reaches its bound. */
  rememberWhole(hash: number, hints: string, trimmed: string, used: LearntRule): void {
    if (this.wholeEntries >= CACHE_LIMIT) {
      this.wholeShapes.clear();
      this.wholeEntries = 0;
    }
    const shape = digitGroups(trimmed)?.shape;
    if (shape === undefined) return;
    const entry: WholeEntry = { hints, shape, rule: used.rule, buddhist: used.buddhist };
    const entries = this.wholeShapes.get(hash);
    if (entries === undefined) this.wholeShapes.set(hash, [entry]);
    else entries.push(entry);
    this.wholeEntries++;
  }

  /** Forgets everything. */
  clear(): void {
    this.shapeTables.clear();
    this.shapeOrder.clear();
    this.cache.clear();
    this.wholeShapes.clear();
    this.wholeEntries = 0;
  }

  /** How many shapes are read from their digits. */
  shapeCount(): number {
    let n = 0;
    for (const { slot } of this.shapeOrder.values()) if (typeof slot.entry !== 'number') n++;
    return n;
  }
}
