/**
 * Reading whole inputs (files or stdin) as text, and naming what went wrong when one cannot be read.
 */
import { Buffer } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Utf8Collector } from './decode.js';

/** An input that cannot be read; `message` is one line, e.g. `page.html: no such file or directory`. */
export class InputError extends Error {
  override name = 'InputError';
}

/** The text of one input, and what the decoding noticed. */
export interface InputText {
  text: string;
  /** Some bytes were not UTF-8 and became U+FFFD. */
  invalid: boolean;
  /** The input was longer than the ceiling and only its start is kept. */
  clipped: boolean;
}

const CHUNK_BYTES = 1 << 20;

/** Plain words for the errors a file open or read can give. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/**
 * `name: reason` for an error reading `name`.
 *
 * @example
 * ```ts
 * describeReadError('a.html', Object.assign(new Error('…'), { code: 'ENOENT' })); // 'a.html: no such file or directory'
 * ```
 */
export function describeReadError(name: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const reason =
    typeof code === 'string' && REASONS[code] !== undefined
      ? REASONS[code]
      : ((error instanceof Error ? error.message : String(error)).split('\n', 1)[0] ?? 'cannot be read');
  return `${displayName(name)}: ${reason}`;
}

/** An error from opening or reading an input stream (it carries a system error code), not from its content. */
export function isReadError(error: unknown): boolean {
  return typeof (error as { code?: unknown } | null)?.code === 'string' && (error as { syscall?: unknown }).syscall !== undefined;
}

/** How an input is named in messages: `-` is stdin. */
export function displayName(name: string): string {
  return name === '-' ? '(stdin)' : name;
}

/**
 * Reads a file, or stdin for `-`, as UTF-8 text of at most `maxUnits` UTF-16 code units.
 * Throws {@link InputError} when the input cannot be read.
 *
 * @example
 * ```ts
 * const { text, invalid } = await readInput('article.html', 50_000_000);
 * ```
 */
export async function readInput(name: string, maxUnits: number): Promise<InputText> {
  const collector = new Utf8Collector(maxUnits);
  try {
    if (name === '-') {
      // Read stdin to its end even past the ceiling, so the writer before us is not cut off.
      for await (const chunk of process.stdin) collector.push(chunk as Uint8Array);
    } else {
      const handle = await open(name, 'r');
      try {
        if ((await handle.stat()).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
        for (;;) {
          const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
          const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
          if (bytesRead === 0) break;
          collector.push(buffer.subarray(0, bytesRead));
          if (collector.full) break; // the rest would be dropped: end() marks the text clipped
        }
      } finally {
        await handle.close();
      }
    }
  } catch (error) {
    throw new InputError(describeReadError(name, error));
  }
  return collector.end();
}

/**
 * A byte stream of a file, or stdin for `-`, for line-by-line reading. Errors (a missing file, a
 * directory) surface when the stream is read.
 */
export function openStream(name: string): AsyncIterable<Uint8Array | string> {
  return name === '-' ? process.stdin : createReadStream(name, { highWaterMark: CHUNK_BYTES });
}
