/**
 * Splits a byte stream into lines without ever holding more than one line (up to a ceiling) and
 * the chunk being read. `node:readline` would hold a line of any length; here a line longer than
 * `maxLineBytes` is skipped to its end and reported by its length instead.
 */
import { Buffer } from 'node:buffer';

/** A line's bytes (without its `\n`), or the length of a line that was too long to keep. */
export type RawLine = Buffer | { tooLong: number };

/**
 * Yields the lines of `chunks`, one array per chunk read (the lines that chunk completed), so the
 * caller can batch them. The last line needs no trailing newline; an empty last line is not a line.
 *
 * @example
 * ```ts
 * for await (const lines of splitLines(fs.createReadStream('corpus.jsonl'), 1 << 20)) {
 *   for (const line of lines) if (Buffer.isBuffer(line)) console.log(line.toString());
 * }
 * ```
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array | string>,
  maxLineBytes: number,
): AsyncGenerator<RawLine[]> {
  let parts: Buffer[] = [];
  let lineBytes = 0;
  let tooLong = false;

  const take = (): RawLine => {
    const line: RawLine = tooLong
      ? { tooLong: lineBytes }
      : parts.length === 1
        ? (parts[0] as Buffer)
        : Buffer.concat(parts, lineBytes);
    parts = [];
    lineBytes = 0;
    tooLong = false;
    return line;
  };

  for await (const raw of chunks) {
    const chunk =
      typeof raw === 'string' ? Buffer.from(raw, 'utf8') : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    const lines: RawLine[] = [];
    let pos = 0;
    while (pos < chunk.length) {
      const nl = chunk.indexOf(0x0a, pos);
      const end = nl === -1 ? chunk.length : nl;
      if (end > pos) {
        lineBytes += end - pos;
        if (!tooLong && lineBytes > maxLineBytes) {
          tooLong = true;
          parts = [];
        }
        if (!tooLong) {
          const piece = chunk.subarray(pos, end);
          // A piece that waits for the next chunk is copied, so the stream may reuse its buffer.
          parts.push(nl === -1 ? Buffer.from(piece) : piece);
        }
      }
      if (nl === -1) break;
      lines.push(take());
      pos = nl + 1;
    }
    if (lines.length > 0) yield lines;
  }
  if (lineBytes > 0) yield [take()];
}
