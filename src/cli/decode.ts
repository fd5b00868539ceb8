/**
 * UTF-8 decoding that never fails: invalid bytes become U+FFFD (as `Buffer#toString` does) and
 * are reported, so the caller can warn and go on. A byte-order mark is kept as U+FEFF, so offsets
 * match `readFileSync(path, 'utf8')`.
 */
import { Buffer, isUtf8 } from 'node:buffer';

/**
 * How many bytes at the end of `bytes` start a UTF-8 sequence that the next chunk completes.
 *
 * ```
 * … 61 E2 82 | AC …   → 2 (the euro sign's lead byte and its first continuation byte)
 * ```
 */
export function incompleteTail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back] as number;
    if (b < 0x80) return 0; // ASCII: nothing pending
    if (b < 0xc0) continue; // a continuation byte: look further back for its lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return need > back ? back : 0;
  }
  return 0;
}

/**
 * Decodes a stream of byte chunks into text, keeping at most `maxUnits` UTF-16 code units
 * (the rest is read and dropped, and `clipped` says so).
 *
 * @example
 * ```ts
 * const d = new Utf8Collector(100);
 * d.push(Buffer.from([0x61, 0xe2, 0x82])); d.push(Buffer.from([0xac]));
 * d.end(); // { text: 'a€', invalid: false, clipped: false }
 * ```
 */
export class Utf8Collector {
  private readonly parts: string[] = [];
  private units = 0;
  private carry: Buffer | null = null;
  private invalid = false;
  private clipped = false;

  constructor(private readonly maxUnits: number) {}

  /** True once enough text is held; later chunks are dropped. */
  get full(): boolean {
    return this.units > this.maxUnits;
  }

  push(chunk: Uint8Array): void {
    if (this.full) {
      this.clipped = true;
      return;
    }
    let bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.carry !== null) {
      bytes = Buffer.concat([this.carry, bytes]);
      this.carry = null;
    }
    const tail = incompleteTail(bytes);
    if (tail > 0) {
      this.carry = Buffer.from(bytes.subarray(bytes.length - tail));
      bytes = bytes.subarray(0, bytes.length - tail);
    }
    this.add(bytes);
  }

  end(): { text: string; invalid: boolean; clipped: boolean } {
    if (this.carry !== null) {
      // The input ended inside a multi-byte sequence.
      this.add(this.carry);
      this.carry = null;
    }
    let text = this.parts.join('');
    if (text.length > this.maxUnits) {
      text = text.slice(0, this.maxUnits);
      this.clipped = true;
    }
    return { text, invalid: this.invalid, clipped: this.clipped };
  }

  private add(bytes: Buffer): void {
    if (bytes.length === 0) return;
    if (!this.invalid && !isUtf8(bytes)) this.invalid = true;
    const text = bytes.toString('utf8');
    this.parts.push(text);
    this.units += text.length;
  }
}

/**
 * One complete line's bytes as text, and whether any of them were not UTF-8.
 *
 * @example
 * ```ts
 * decodeLine(Buffer.from([0x7b, 0xff, 0x7d])); // { text: '{\uFFFD}', invalid: true }
 * ```
 */
export function decodeLine(bytes: Buffer): { text: string; invalid: boolean } {
  return { text: bytes.toString('utf8'), invalid: !isUtf8(bytes) };
}
