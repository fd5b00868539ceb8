/**
 * Turning one input into its output record. No I/O here: these run the same way in the main
 * thread and in worker threads.
 */
import { extractEmbeds, type Embed, type ExtractOptions, type InputFormat, type Platform } from '../index.js';

/** The options every record is made with; plain data, so it can be sent to a worker. */
export interface RecordOptions {
  format: 'auto' | InputFormat | undefined;
  platforms: Platform[] | undefined;
  pretty: boolean;
  /** The ceiling on a JSONL line, for the message of a line above it. */
  maxLineBytes: number;
  /** The ceiling on one input or record (`--max-input-length`). */
  maxInputLength: number;
  /** `--warc --all-records`: a line for every record read, not only those holding embeds. */
  allRecords?: boolean;
}

/** The keys a JSONL record may hold its text under, in the order they are looked for. */
export const TEXT_KEYS = ['html', 'markdown', 'text'] as const satisfies readonly InputFormat[];

/** One JSONL line's output: the line to print (with its newline), or null for a blank line. */
export interface LineOutcome {
  out: string;
  failed: boolean;
  embeds: number;
  /** The record's text was longer than `maxInputLength` and scanned only in part. */
  cut: boolean;
}

/**
 * Embeds of one text, with the CLI's format and platform options.
 *
 * @example
 * ```ts
 * findEmbeds('<p>no posts</p>', { format: undefined, platforms: ['x'], pretty: false, maxLineBytes: 1, maxInputLength: 1e6 }, 'auto'); // []
 * ```
 */
export function findEmbeds(text: string, options: RecordOptions, format: 'auto' | InputFormat): Embed[] {
  const extract: ExtractOptions = { format: options.format ?? format };
  if (options.platforms !== undefined) extract.platforms = options.platforms;
  extract.maxInputLength = options.maxInputLength;
  return extractEmbeds(text, extract);
}

/** JSON text of a value, indented with `--pretty`, ending in a newline. */
export function jsonLine(value: unknown, pretty: boolean): string {
  return `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`;
}

/**
 * Reads one JSONL line: `{"id": …, "html"|"markdown"|"text": "…"}` gives `{"id": …, "embeds": [...]}`;
 * a line it cannot read gives `{"id": …, "error": "…", "line": N}` (with `"file"` when `file` is
 * not null). A blank line (only whitespace) gives null: it is skipped.
 *
 * @example
 * ```ts
 * processLine('{"id":7,"text":"hi"}', 1, null, options);   // { out: '{"id":7,"embeds":[]}\n', failed: false, embeds: 0 }
 * processLine('{"id":7,"text":42}', 2, null, options).out; // '{"id":7,"error":"\\"text\\" is not a string (it is a number)","line":2}\n'
 * ```
 */
export function processLine(
  line: string | { tooLong: number },
  lineNumber: number,
  file: string | null,
  options: RecordOptions,
): LineOutcome | null {
  const fail = (id: unknown, error: string): LineOutcome => {
    const record: Record<string, unknown> = { id, error, line: lineNumber };
    if (file !== null) record.file = file;
    return { out: jsonLine(record, options.pretty), failed: true, embeds: 0, cut: false };
  };

  if (typeof line !== 'string') {
    return fail(null, `line is longer than ${options.maxLineBytes} bytes (${line.tooLong}); skipped`);
  }
  if (line.trim() === '') return null;

  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return fail(null, `not valid JSON: ${shortMessage(error)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(null, `not a JSON object (it is ${describe(value)})`);
  }
  const record = value as Record<string, unknown>;
  const id = Object.hasOwn(record, 'id') ? record.id : null;

  const key = TEXT_KEYS.find((k) => Object.hasOwn(record, k));
  if (key === undefined) return fail(id, 'no "html", "markdown" or "text" field');
  const text = record[key];
  if (typeof text !== 'string') return fail(id, `"${key}" is not a string (it is ${describe(text)})`);

  let embeds: Embed[];
  try {
    embeds = findEmbeds(text, options, key);
  } catch (error) {
    // extractEmbeds never throws by contract; if it ever does, the record says so and the run goes on.
    return fail(id, `internal error: ${shortMessage(error)}`);
  }
  // A record longer than the ceiling was scanned only in part: the record says so.
  const cut = text.length > options.maxInputLength;
  const out = cut ? { id, embeds, inputCut: true } : { id, embeds };
  return { out: jsonLine(out, options.pretty), failed: false, embeds: embeds.length, cut };
}

/** "a number", "an array", "null" … for messages. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

/** The first line of an error's message, at most 160 characters. */
export function shortMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n', 1)[0] ?? '';
  return first.length > 160 ? `${first.slice(0, 160)}…` : first;
}
