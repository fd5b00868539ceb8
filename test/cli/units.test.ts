/**
 * The CLI's pure parts, tested from source: argument parsing, the line splitter and the UTF-8
 * decoder at chunk boundaries (which end-to-end runs rarely hit at a chosen byte).
 */
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../src/cli/args.js';
import { incompleteTail, Utf8Collector } from '../../src/cli/decode.js';
import { splitLines, type RawLine } from '../../src/cli/lines.js';

describe('parseArgs', () => {
  it.each([
    { description: 'nothing: stdin, defaults', argv: [], expected: { inputs: [], format: undefined, platforms: undefined, jsonl: false, pretty: false, jobs: 1 } },
    { description: 'files and -', argv: ['a.html', '-', 'b.md'], expected: { inputs: ['a.html', '-', 'b.md'] } },
    { description: '--format VALUE', argv: ['--format', 'html'], expected: { format: 'html' } },
    { description: '--format=VALUE, any case', argv: ['--format=Markdown'], expected: { format: 'markdown' } },
    { description: 'the last --format wins', argv: ['--format', 'html', '--format', 'text'], expected: { format: 'text' } },
    { description: '--platform lists, repeated, deduplicated', argv: ['--platform', 'x,bluesky', '--platform=twitter,reddit'], expected: { platforms: ['x', 'bluesky', 'reddit'] } },
    { description: '-j4 and --jobs 4', argv: ['-j4'], expected: { jobs: 4 } },
    { description: '--jobs=256', argv: ['--jobs=256'], expected: { jobs: 256 } },
    { description: 'flags', argv: ['--jsonl', '--pretty'], expected: { jsonl: true, pretty: true } },
    { description: 'after --, options are file names', argv: ['--', '--jsonl', '-'], expected: { inputs: ['--jsonl', '-'], jsonl: false } },
    { description: '--help wins over a mistake', argv: ['--nope', '-h'], expected: { help: true } },
    { description: '--max-line-bytes', argv: ['--max-line-bytes', '4096'], expected: { maxLineBytes: 4096 } },
  ])('reads $description', ({ argv, expected }) => {
    expect(parseArgs(argv)).toMatchObject(expected);
  });

  it.each([
    { description: 'an unknown long option', argv: ['--json'], message: 'unknown option --json (see --help)' },
    { description: 'a short option glued to others', argv: ['-hV'], message: 'unknown option -hV (see --help)' },
    { description: 'a format it does not read', argv: ['--format', 'pdf'], message: '--format must be one of auto, html, markdown, text, not "pdf"' },
    { description: 'a missing value', argv: ['--jobs'], message: '--jobs needs a value: a whole number from 1 to 256' },
    { description: 'a negative job count', argv: ['--jobs', '-1'], message: '--jobs must be a whole number from 1 to 256, not "-1"' },
    { description: 'a fractional job count', argv: ['--jobs=1.5'], message: '--jobs must be a whole number from 1 to 256, not "1.5"' },
    { description: 'a value on a flag', argv: ['--jsonl=1'], message: '--jsonl takes no value' },
    { description: 'an unknown platform', argv: ['--platform', 'friendster'], message: expect.stringMatching(/^unknown platform "friendster"/) },
    { description: 'a zero line ceiling', argv: ['--max-line-bytes', '0'], message: expect.stringMatching(/^--max-line-bytes must be/) },
  ])('does not accept $description', ({ argv, message }) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(expect.objectContaining({ message }));
  });
});

async function* chunksOf(...chunks: (string | number[])[]): AsyncGenerator<Uint8Array> {
  for (const c of chunks) yield typeof c === 'string' ? Buffer.from(c) : Uint8Array.from(c);
}

async function collect(source: AsyncIterable<Uint8Array>, max = 1 << 20): Promise<(string | { tooLong: number })[]> {
  const out: (string | { tooLong: number })[] = [];
  for await (const lines of splitLines(source, max)) {
    for (const line of lines as RawLine[]) out.push(Buffer.isBuffer(line) ? line.toString('utf8') : line);
  }
  return out;
}

describe('splitLines', () => {
  it.each([
    { description: 'lines within one chunk', chunks: ['a\nb\n'], expected: ['a', 'b'] },
    { description: 'a line across three chunks', chunks: ['ab', 'cd', 'e\nf\n'], expected: ['abcde', 'f'] },
    { description: 'a last line without a newline', chunks: ['a\nb'], expected: ['a', 'b'] },
    { description: 'blank lines kept as empty lines', chunks: ['\n\na\n'], expected: ['', '', 'a'] },
    { description: 'a newline at a chunk start', chunks: ['a', '\nb'], expected: ['a', 'b'] },
    { description: 'a multi-byte character split between chunks', chunks: [[0x61, 0xe2, 0x82], [0xac, 0x0a]], expected: ['a€'] },
    { description: 'no lines in empty input', chunks: [], expected: [] },
    { description: 'no line after a final newline', chunks: ['a\n'], expected: ['a'] },
  ])('splits $description', async ({ chunks, expected }) => {
    expect(await collect(chunksOf(...chunks))).toEqual(expected);
  });

  it('reports a line above the ceiling by its length, and keeps the next line', async () => {
    expect(await collect(chunksOf('ok\n', 'x'.repeat(6), 'x'.repeat(6), '\nnext\n'), 10)).toEqual(['ok', { tooLong: 12 }, 'next']);
  });

  it('does not call a line at the ceiling too long', async () => {
    expect(await collect(chunksOf('x'.repeat(10), '\n'), 10)).toEqual(['x'.repeat(10)]);
  });
});

describe('Utf8Collector', () => {
  it.each([
    { description: 'a lead byte alone at the end', bytes: [0x61, 0xe2], expected: 1 },
    { description: 'a lead and one continuation byte', bytes: [0x61, 0xe2, 0x82], expected: 2 },
    { description: 'three bytes of a four-byte emoji', bytes: [0xf0, 0x9f, 0x98], expected: 3 },
    { description: 'a complete sequence (nothing pending)', bytes: [0xe2, 0x82, 0xac], expected: 0 },
    { description: 'ASCII (nothing pending)', bytes: [0x61, 0x62], expected: 0 },
  ])('holds back $description', ({ bytes, expected }) => {
    expect(incompleteTail(Uint8Array.from(bytes))).toBe(expected);
  });

  it('decodes text split at every byte without calling it invalid', () => {
    const bytes = Buffer.from('Zürich — 東京 😀 ok');
    for (let cut = 0; cut <= bytes.length; cut++) {
      const c = new Utf8Collector(1000);
      c.push(bytes.subarray(0, cut));
      c.push(bytes.subarray(cut));
      expect(c.end()).toEqual({ text: 'Zürich — 東京 😀 ok', invalid: false, clipped: false });
    }
  });

  it.each([
    { description: 'a stray 0xFF', bytes: [0x61, 0xff, 0x62], text: 'a\uFFFDb' },
    { description: 'input ending inside a sequence', bytes: [0x61, 0xe2, 0x82], text: 'a\uFFFD' },
    { description: 'a lead byte followed by ASCII', bytes: [0xc3, 0x41], text: '\uFFFDA' },
  ])('replaces and reports $description', ({ bytes, text }) => {
    const c = new Utf8Collector(1000);
    c.push(Uint8Array.from(bytes));
    expect(c.end()).toEqual({ text, invalid: true, clipped: false });
  });

  it('keeps a byte-order mark, as readFileSync does', () => {
    const c = new Utf8Collector(100);
    c.push(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]));
    expect(c.end().text).toBe('\uFEFFa');
  });

  it('clips to the ceiling and says so', () => {
    const c = new Utf8Collector(5);
    c.push(Buffer.from('abc'));
    c.push(Buffer.from('defg'));
    c.push(Buffer.from('dropped'));
    expect(c.end()).toEqual({ text: 'abcde', invalid: false, clipped: true });
  });
});
