/**
 * The built CLI end to end: inputs, options, output shapes, exit codes and stderr messages.
 * Embed contents are compared with the built library on the same input (the CLI must print
 * exactly what `extractEmbeds` returns), plus a few facts about the synthetic posts.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, buildOnce, cli, jsonLines, POST_A, POST_B, root, run, scratch, type Library } from './helpers.js';

let lib: Library;
const tmp = scratch();
beforeAll(async () => {
  lib = await buildOnce();
}, 120_000);
afterAll(() => tmp.cleanup());

/** A stderr line of the CLI: one line, prefixed, no stack trace. */
const MESSAGE = /^embedsift: \S.*$/;

function parsed(stdout: string): unknown {
  return JSON.parse(stdout) as unknown;
}

describe('one input', () => {
  it('prints the JSON array extractEmbeds returns for a file', () => {
    const file = tmp.file('article.txt', ARTICLE);
    const r = run([file]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(parsed(r.stdout)).toEqual(lib.extractEmbeds(ARTICLE));
    // The two synthetic posts, by author, in order.
    const handles = (parsed(r.stdout) as { author: { handle: string } }[]).map((e) => e.author.handle);
    expect(handles).toEqual(['janedoe', 'riverwatch']);
    expect(r.stdout.endsWith(']\n')).toBe(true);
    expect(r.stdout.split('\n')).toHaveLength(2); // compact: one line and the final newline
  });

  it.each([
    { description: 'stdin when no FILE is given', args: [] as string[] },
    { description: 'stdin for -', args: ['-'] },
  ])('reads $description', ({ args }) => {
    const r = run(args, ARTICLE);
    expect(r.status).toBe(0);
    expect(parsed(r.stdout)).toEqual(lib.extractEmbeds(ARTICLE));
  });

  it.each([
    { description: 'an empty file', make: () => [tmp.file('empty.txt', '')], input: '' },
    { description: 'empty stdin', make: () => [] as string[], input: '' },
    { description: 'a page without embeds', make: () => [] as string[], input: '<p>No posts here.</p>\n' },
  ])('prints [] for $description', ({ make, input }) => {
    const r = run(make(), input);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('[]\n');
    expect(r.stderr).toBe('');
  });

  it('indents with --pretty and prints the same value', () => {
    const compact = run([], ARTICLE);
    const pretty = run(['--pretty'], ARTICLE);
    expect(pretty.status).toBe(0);
    expect(pretty.stdout).toContain('\n  {\n    "platform": "x"');
    expect(parsed(pretty.stdout)).toEqual(parsed(compact.stdout));
  });

  it.each([
    { description: 'text', format: 'text' as const },
    { description: 'html', format: 'html' as const },
    { description: 'markdown', format: 'markdown' as const },
    { description: 'auto', format: 'auto' as const },
  ])('reads the input as --format $description', ({ format }) => {
    const r = run(['--format', format], ARTICLE);
    expect(r.status).toBe(0);
    const embeds = parsed(r.stdout) as { source: string }[];
    expect(embeds).toEqual(lib.extractEmbeds(ARTICLE, { format }));
    if (format !== 'auto') for (const e of embeds) expect(e.source).toBe(format);
  });

  it('accepts --format=VALUE as well as --format VALUE', () => {
    expect(run(['--format=text'], ARTICLE).stdout).toBe(run(['--format', 'text'], ARTICLE).stdout);
  });

  it.each([
    { description: 'x', args: ['--platform', 'x'], platforms: ['x' as const] },
    { description: 'twitter as another name for x', args: ['--platform', 'twitter'], platforms: ['x' as const] },
    { description: 'a list with spaces and case', args: ['--platform', ' X , bluesky'], platforms: ['x' as const, 'bluesky' as const] },
    { description: 'instagram', args: ['--platform', 'instagram'], platforms: ['instagram' as const] },
    { description: 'facebook', args: ['--platform', 'facebook'], platforms: ['facebook' as const] },
    { description: 'threads', args: ['--platform', 'threads'], platforms: ['threads' as const] },
  ])('keeps the platforms of --platform: $description', ({ args, platforms }) => {
    const r = run(args, ARTICLE);
    expect(r.status).toBe(0);
    expect(parsed(r.stdout)).toEqual(lib.extractEmbeds(ARTICLE, { platforms }));
  });

  it.each([
    { platform: 'youtube' as const, fixture: 'fixtures/youtube/html/article-embed-forms.html' },
    { platform: 'tiktok' as const, fixture: 'fixtures/tiktok/html/article-embed-forms.html' },
  ])('keeps only $platform embeds with --platform $platform', ({ platform, fixture }) => {
    const html = readFileSync(join(root, fixture), 'utf8');
    const r = run(['--platform', platform], html);
    expect(r.status).toBe(0);
    const embeds = parsed(r.stdout) as { platform: string }[];
    expect(embeds.length).toBeGreaterThan(0);
    expect(embeds.every((e) => e.platform === platform)).toBe(true);
    expect(embeds).toEqual(lib.extractEmbeds(html, { platforms: [platform] }));
  });

  it('does not find X posts when --platform names only another platform, and says it has no scanner', () => {
    const r = run(['--platform', 'bluesky'], ARTICLE);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('[]\n');
    if (!lib.supportedPlatforms.includes('bluesky')) {
      expect(r.errLines).toEqual([expect.stringMatching(/^embedsift: warning: no scanner for bluesky/)]);
    }
  });
});

describe('--per-file', () => {
  it('prints one {"file", "embeds"} line per file, in argument order', () => {
    const a = tmp.file('a.txt', `Intro.\n\n${POST_A}\n`);
    const b = tmp.file('b.txt', `Intro.\n\n${POST_B}\n`);
    const empty = tmp.file('none.txt', '');
    const r = run(['--per-file', b, empty, a]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(jsonLines(r.stdout)).toEqual([
      { file: b, embeds: lib.extractEmbeds(`Intro.\n\n${POST_B}\n`) },
      { file: empty, embeds: [] },
      { file: a, embeds: lib.extractEmbeds(`Intro.\n\n${POST_A}\n`) },
    ]);
  });

  it('names stdin "-" among files', () => {
    const a = tmp.file('a2.txt', POST_A);
    const r = run(['--per-file', a, '-'], POST_B);
    expect(jsonLines(r.stdout)).toEqual([
      { file: a, embeds: lib.extractEmbeds(POST_A) },
      { file: '-', embeds: lib.extractEmbeds(POST_B) },
    ]);
  });

  it('goes on past an unreadable file, with an error line, a message and exit 2', () => {
    const a = tmp.file('a3.txt', POST_A);
    const missing = join(tmp.dir, 'missing.txt');
    const r = run(['--per-file', missing, a, tmp.dir]);
    expect(r.status).toBe(2);
    expect(jsonLines(r.stdout)).toEqual([
      { file: missing, error: `${missing}: no such file or directory` },
      { file: a, embeds: lib.extractEmbeds(POST_A) },
      { file: tmp.dir, error: `${tmp.dir}: is a directory` },
    ]);
    expect(r.errLines).toEqual([`embedsift: ${missing}: no such file or directory`, `embedsift: ${tmp.dir}: is a directory`]);
  });

  it('prints the same lines in the same order with --jobs 2', () => {
    const files = Array.from({ length: 12 }, (_, i) =>
      tmp.file(`many-${i}.txt`, i % 2 === 0 ? `Story ${i}.\n\n${POST_A}\n` : `Story ${i} has no posts.\n`),
    );
    const one = run(['--per-file', ...files]);
    const two = run(['--per-file', '--jobs', '2', ...files]);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect((jsonLines(two.stdout) as { file: string }[]).map((r) => r.file)).toEqual(files);
  });

  it('prints the same shape for one file as for several (a glob that matched one file)', () => {
    const a = tmp.file('only.txt', POST_A);
    const r = run(['--per-file', a]);
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout)).toEqual([{ file: a, embeds: lib.extractEmbeds(POST_A) }]);
  });

  it('does not change the output shape with the number of files: several files need --per-file or --jsonl', () => {
    const a = tmp.file('s1.txt', POST_A);
    const b = tmp.file('s2.txt', POST_B);
    const r = run([a, b]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.errLines).toEqual(['embedsift: 2 inputs: add --per-file (one JSON line per file) or --jsonl (see --help)']);
  });

  it('does not combine --per-file with --jsonl', () => {
    const r = run(['--per-file', '--jsonl', '-'], '');
    expect(r.status).toBe(2);
    expect(r.errLines).toEqual([expect.stringMatching(/^embedsift: --per-file and --jsonl cannot be combined/)]);
  });
});

describe('--max-input-length', () => {
  const long = `${POST_A}

${'Prose of the article. '.repeat(20)}

${POST_B}
`;
  const cutAt = long.indexOf(POST_B);

  it('one input: scans up to the ceiling, warns, and exits 4 so scripts see the cut', () => {
    const f = tmp.file('long.txt', long);
    const r = run(['--max-input-length', String(cutAt), f]);
    expect(r.status).toBe(4);
    expect(parsed(r.stdout)).toEqual(lib.extractEmbeds(long.slice(0, cutAt)));
    expect(r.errLines).toEqual([`embedsift: ${f}: warning: longer than ${cutAt} characters; only the first ${cutAt} were scanned`]);
  });

  it('does not report a cut when the input fits', () => {
    const f = tmp.file('fits.txt', long);
    const r = run(['--max-input-length', String(long.length), f]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(parsed(r.stdout)).toEqual(lib.extractEmbeds(long));
  });

  it('--per-file: marks the cut file\'s record with "inputCut": true', () => {
    const f = tmp.file('long2.txt', long);
    const short = tmp.file('short2.txt', POST_A);
    const r = run(['--per-file', '--max-input-length', String(cutAt), short, f]);
    expect(r.status).toBe(4);
    expect(jsonLines(r.stdout)).toEqual([
      { file: short, embeds: lib.extractEmbeds(POST_A) },
      { file: f, embeds: lib.extractEmbeds(long.slice(0, cutAt)), inputCut: true },
    ]);
  });

  it('--jsonl: marks the cut record with "inputCut": true', () => {
    const input = `${JSON.stringify({ id: 1, text: POST_A })}
${JSON.stringify({ id: 2, text: long })}
`;
    const r = run(['--jsonl', '--max-input-length', String(cutAt)], input);
    expect(r.status).toBe(4);
    expect(jsonLines(r.stdout)).toEqual([
      { id: 1, embeds: lib.extractEmbeds(POST_A) },
      { id: 2, embeds: lib.extractEmbeds(long.slice(0, cutAt)), inputCut: true },
    ]);
  });

  it.each(['0', '-1', '1.5', 'lots'])('does not take %s', (value) => {
    const r = run(['--max-input-length', value, '-'], '');
    expect(r.status).toBe(2);
    expect(r.errLines).toEqual([expect.stringMatching(/^embedsift: --max-input-length must be a whole number of characters/)]);
  });
});

describe('--jsonl', () => {
  const good = [
    { id: 'a-1', text: ARTICLE },
    { id: 2, text: 'No posts in this one.' },
    { id: null, markdown: `> ${POST_A}` },
    { text: POST_B }, // no id: null in the output
  ];

  it('prints {"id", "embeds"} per line, reading the key as the format, and exits 0', () => {
    const input = good.map((g) => JSON.stringify(g)).join('\n') + '\n';
    const r = run(['--jsonl'], input);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(jsonLines(r.stdout)).toEqual([
      { id: 'a-1', embeds: lib.extractEmbeds(ARTICLE, { format: 'text' }) },
      { id: 2, embeds: [] },
      { id: null, embeds: lib.extractEmbeds(`> ${POST_A}`, { format: 'markdown' }) },
      { id: null, embeds: lib.extractEmbeds(POST_B, { format: 'text' }) },
    ]);
    const first = (jsonLines(r.stdout)[0] as { embeds: { author: { handle: string } }[] }).embeds;
    expect(first.map((e) => e.author.handle)).toEqual(['janedoe', 'riverwatch']);
  });

  it('reads the html key as HTML, and --format overrides the key', () => {
    const html = `<p>Intro</p><blockquote class="twitter-tweet"><p>Big news</p>&mdash; Jane Doe (@janedoe) <a href="https://twitter.com/janedoe/status/1887000000000000001">February 5, 2026</a></blockquote>`;
    const line = JSON.stringify({ id: 'h', html }) + '\n';
    expect(jsonLines(run(['--jsonl'], line).stdout)).toEqual([{ id: 'h', embeds: lib.extractEmbeds(html, { format: 'html' }) }]);
    expect(jsonLines(run(['--jsonl', '--format', 'text'], line).stdout)).toEqual([
      { id: 'h', embeds: lib.extractEmbeds(html, { format: 'text' }) },
    ]);
  });

  it('takes html before markdown before text when a record has several', () => {
    const r = run(['--jsonl'], JSON.stringify({ id: 1, text: POST_A, html: '<p>none</p>' }) + '\n');
    expect(jsonLines(r.stdout)).toEqual([{ id: 1, embeds: lib.extractEmbeds('<p>none</p>', { format: 'html' }) }]);
  });

  const bad = [
    { description: 'a line that is not JSON', line: 'not json at all', id: null, error: /^not valid JSON: / },
    { description: 'a JSON line cut short', line: '{"id": 3, "text": "abc', id: null, error: /^not valid JSON: / },
    { description: 'a record without a text field', line: '{"id": 4, "body": "x"}', id: 4, error: /^no "html", "markdown" or "text" field$/ },
    { description: 'a number as text', line: '{"id": 5, "text": 42}', id: 5, error: /^"text" is not a string \(it is a number\)$/ },
    { description: 'null as html', line: '{"id": "six", "html": null}', id: 'six', error: /^"html" is not a string \(it is null\)$/ },
    { description: 'an array instead of an object', line: '[1, 2]', id: null, error: /^not a JSON object \(it is an array\)$/ },
    { description: 'a bare string', line: '"text"', id: null, error: /^not a JSON object \(it is a string\)$/ },
  ];

  it.each(bad)('writes an error record for $description and goes on', ({ line, id, error }) => {
    const input = [JSON.stringify({ id: 'before', text: POST_A }), line, JSON.stringify({ id: 'after', text: POST_B })].join('\n');
    const r = run(['--jsonl'], input);
    expect(r.status).toBe(1);
    const out = jsonLines(r.stdout) as Record<string, unknown>[];
    expect(out).toHaveLength(3);
    expect(out[0]).toEqual({ id: 'before', embeds: lib.extractEmbeds(POST_A, { format: 'text' }) });
    expect(out[1]).toEqual({ id, error: expect.stringMatching(error), line: 2 });
    expect(out[2]).toEqual({ id: 'after', embeds: lib.extractEmbeds(POST_B, { format: 'text' }) });
    expect(r.errLines).toEqual(['embedsift: 1 of 3 lines could not be read (see their "error" records)']);
  });

  it('skips blank lines (they are not records) and keeps counting lines', () => {
    const input = `\n${JSON.stringify({ id: 1, text: 'x' })}\n   \n\r\n{oops}\n\n`;
    const r = run(['--jsonl'], input);
    expect(r.status).toBe(1);
    expect(jsonLines(r.stdout)).toEqual([
      { id: 1, embeds: [] },
      { id: null, error: expect.stringMatching(/^not valid JSON/), line: 5 },
    ]);
  });

  it('reads CRLF line ends, a byte-order mark and a last line without a newline', () => {
    const input = `\uFEFF${JSON.stringify({ id: 1, text: POST_A })}\r\n${JSON.stringify({ id: 2, text: POST_B })}`;
    const r = run(['--jsonl'], input);
    expect(r.status).toBe(0);
    expect((jsonLines(r.stdout) as { id: number }[]).map((o) => o.id)).toEqual([1, 2]);
  });

  it('prints nothing and exits 0 for empty input', () => {
    const r = run(['--jsonl'], '');
    expect(r).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });

  it('reads JSONL files in order, naming the file in error records', () => {
    const one = tmp.file('one.jsonl', `${JSON.stringify({ id: 1, text: POST_A })}\n`);
    const two = tmp.file('two.jsonl', `${JSON.stringify({ id: 2, text: 7 })}\n`);
    const r = run(['--jsonl', one, two]);
    expect(r.status).toBe(1);
    expect(jsonLines(r.stdout)).toEqual([
      { id: 1, embeds: lib.extractEmbeds(POST_A, { format: 'text' }) },
      { id: 2, error: '"text" is not a string (it is a number)', line: 1, file: two },
    ]);
  });

  it('keeps output order with --jobs 2, byte for byte as --jobs 1', () => {
    const lines = Array.from({ length: 3000 }, (_, i) =>
      i % 97 === 13
        ? `{"id": ${i}, "text": `
        : JSON.stringify({ id: i, text: i % 3 === 0 ? `Story ${i}.\n\n${POST_A}\n` : `Story ${i}, no posts.` }),
    );
    const input = lines.join('\n') + '\n';
    const one = run(['--jsonl'], input);
    const two = run(['--jsonl', '--jobs', '2'], input);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const ids = (jsonLines(two.stdout) as { id: number | null; line?: number }[]).map((o) => o.line ?? o.id);
    expect(ids).toEqual(lines.map((_, i) => (i % 97 === 13 ? i + 1 : i)));
  });

  it('skips a line longer than --max-line-bytes with an error record', () => {
    const long = JSON.stringify({ id: 'long', text: 'x'.repeat(5000) });
    const input = [JSON.stringify({ id: 1, text: 'a' }), long, JSON.stringify({ id: 3, text: 'c' })].join('\n');
    const r = run(['--jsonl', '--max-line-bytes', '1000'], input);
    expect(r.status).toBe(1);
    expect(jsonLines(r.stdout)).toEqual([
      { id: 1, embeds: [] },
      { id: null, error: `line is longer than 1000 bytes (${long.length}); skipped`, line: 2 },
      { id: 3, embeds: [] },
    ]);
  });

  it('reads a line far longer than one read chunk', () => {
    const text = `${'Filler words. '.repeat(300_000)}\n\n${POST_A}\n`;
    const r = run(['--jsonl'], `${JSON.stringify({ id: 'big', text })}\n${JSON.stringify({ id: 'small', text: POST_B })}\n`);
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout)).toEqual([
      { id: 'big', embeds: lib.extractEmbeds(text, { format: 'text' }) },
      { id: 'small', embeds: lib.extractEmbeds(POST_B, { format: 'text' }) },
    ]);
  });
});

describe('bad bytes', () => {
  it('decodes invalid UTF-8 as U+FFFD, warns once and goes on', () => {
    const bytes = Buffer.concat([Buffer.from('Intro \xff\xfe text.\n\n', 'latin1'), Buffer.from(POST_A), Buffer.from([0xc3])]);
    const file = tmp.file('bad.txt', bytes);
    const r = run([file]);
    expect(r.status).toBe(0);
    expect(parsed(r.stdout)).toEqual(lib.extractEmbeds(bytes.toString('utf8')));
    expect((parsed(r.stdout) as unknown[]).length).toBe(lib.extractEmbeds(POST_A).length);
    expect(r.errLines).toEqual([`embedsift: ${file}: warning: invalid UTF-8 replaced by U+FFFD`]);
  });

  it('reads binary bytes without a stack trace', () => {
    // A deterministic byte soup: every byte value, NULs included, three times over.
    const bytes = Buffer.from(Array.from({ length: 768 }, (_, i) => (i * 7) % 256));
    const r = run([], bytes);
    expect(r.status).toBe(0);
    expect(parsed(r.stdout)).toEqual(lib.extractEmbeds(bytes.toString('utf8')));
    expect(r.errLines).toEqual(['embedsift: (stdin): warning: invalid UTF-8 replaced by U+FFFD']);
  });

  it('does not warn about valid UTF-8 split anywhere, or a literal U+FFFD', () => {
    const text = `Für Ünïcödé — 東京 😀 \uFFFD ${POST_A}`;
    const r = run([], Buffer.from(text));
    expect(r.stderr).toBe('');
    expect(parsed(r.stdout)).toEqual(lib.extractEmbeds(text));
  });

  it('reads a JSONL line with invalid UTF-8 and warns with a count', () => {
    const line = Buffer.concat([Buffer.from('{"id": 1, "text": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    const r = run(['--jsonl'], Buffer.concat([line, line]));
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout)).toEqual([
      { id: 1, embeds: [] },
      { id: 1, embeds: [] },
    ]);
    expect(r.errLines).toEqual(['embedsift: (stdin): warning: invalid UTF-8 in 2 lines, replaced by U+FFFD']);
  });
});

describe('unreadable inputs exit 2 with one line on stderr', () => {
  it.each([
    { description: 'a missing file', args: () => [join(tmp.dir, 'nope.html')], message: /: no such file or directory$/ },
    { description: 'a directory', args: () => [tmp.dir], message: /: is a directory$/ },
    { description: 'a missing JSONL file', args: () => ['--jsonl', join(tmp.dir, 'nope.jsonl')], message: /: no such file or directory$/ },
    { description: 'a directory as JSONL', args: () => ['--jsonl', tmp.dir], message: /: is a directory$/ },
  ])('$description', ({ args, message }) => {
    const r = run(args());
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.errLines).toHaveLength(1);
    expect(r.errLines[0]).toMatch(MESSAGE);
    expect(r.errLines[0]).toMatch(message);
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission', async () => {
    const { chmodSync } = await import('node:fs');
    const file = tmp.file('secret.txt', POST_A);
    chmodSync(file, 0o000);
    const r = run([file]);
    expect(r.status).toBe(2);
    expect(r.errLines).toEqual([`embedsift: ${file}: permission denied`]);
  });
});

describe('usage errors exit 2 with one line on stderr', () => {
  it.each([
    { description: 'an unknown option', args: ['--frobnicate'], message: 'unknown option --frobnicate (see --help)' },
    { description: 'an unknown short option', args: ['-x'], message: 'unknown option -x (see --help)' },
    { description: 'a bad --format', args: ['--format', 'pdf'], message: '--format must be one of auto, html, markdown, text, not "pdf"' },
    { description: '--format without a value', args: ['--format'], message: '--format needs a value: auto, html, markdown, text' },
    { description: 'an unknown platform', args: ['--platform', 'x,myspace'], message: expect.stringMatching(/^unknown platform "myspace"; --platform takes/) },
    { description: 'an empty --platform', args: ['--platform', ','], message: expect.stringMatching(/^--platform needs a comma-separated list/) },
    { description: '--jobs 0', args: ['--jobs', '0'], message: '--jobs must be a whole number from 1 to 256, not "0"' },
    { description: '--jobs abc', args: ['--jobs', 'abc'], message: '--jobs must be a whole number from 1 to 256, not "abc"' },
    { description: '--jobs 1000', args: ['-j', '1000'], message: '-j must be a whole number from 1 to 256, not "1000"' },
    { description: 'a value on a flag', args: ['--pretty=yes'], message: '--pretty takes no value' },
    { description: 'stdin twice', args: ['-', '-'], message: 'stdin (-) can be given only once' },
  ])('$description', ({ args, message }) => {
    const r = run(args, POST_A);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.errLines).toHaveLength(1);
    expect(r.errLines[0]).toMatch(MESSAGE);
    expect(r.errLines[0]?.slice('embedsift: '.length)).toEqual(message);
  });

  it('does not treat a file named after -- as an option', () => {
    const file = tmp.file('--pretty', POST_A);
    const r = run(['--', '--pretty'], '', tmp.dir);
    expect(r.status).toBe(0);
    expect(parsed(r.stdout)).toEqual(lib.extractEmbeds(POST_A));
    expect(file.endsWith('--pretty')).toBe(true);
  });
});

describe('--help and --version', () => {
  it('prints usage on stdout and exits 0, even beside a bad option', () => {
    for (const args of [['--help'], ['-h'], ['--bogus', '--help']]) {
      const r = run(args);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^Usage: embedsift \[FILE\|-\]\.\.\./);
      expect(r.stdout).toContain('--jsonl');
      expect(r.stderr).toBe('');
    }
  });

  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    for (const args of [['--version'], ['-V']]) expect(run(args)).toMatchObject({ status: 0, stdout: `${version}\n` });
  });
});

describe('streams', () => {
  const corpus = (n: number): string =>
    Array.from({ length: n }, (_, i) => JSON.stringify({ id: i, text: `Story ${i}.\n\n${POST_A}\n` })).join('\n') + '\n';

  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

  it.skipIf(!hasScript)('draws a progress line and a summary on stderr when it is a terminal', () => {
    const input = tmp.file('tty.jsonl', corpus(50));
    const output = join(tmp.dir, 'tty-out.jsonl');
    // script(1) gives the CLI a terminal; stdout goes to a file, so the terminal shows stderr only.
    const shell = `node ${JSON.stringify(cli)} --jsonl ${JSON.stringify(input)} > ${JSON.stringify(output)}`;
    const r = spawnSync('script', ['-qec', shell, '/dev/null'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/embedsift: 50 lines, [\d.]+ MB, \d+ embeds, 0 errors in [\d.]+ s/);
    expect(jsonLines(readFileSync(output, 'utf8'))).toHaveLength(50);
  });

  it.skipIf(!hasScript)('says there is no input instead of waiting on a terminal', () => {
    const r = spawnSync('script', ['-qec', `node ${JSON.stringify(cli)}; echo "status=$?"`, '/dev/null'], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.stdout.replace(/\r/g, '')).toBe(
      'embedsift: no input: give a FILE, or pipe text to stdin (see --help)\nstatus=2\n',
    );
  });

  it('does not draw progress when stderr is not a terminal', () => {
    const r = run(['--jsonl'], corpus(50));
    expect(r).toMatchObject({ status: 0, stderr: '' });
  });

  it('stops quietly when the reader closes the pipe early', () => {
    const input = tmp.file('pipe.jsonl', corpus(20_000));
    const shell = `node ${JSON.stringify(cli)} --jsonl ${JSON.stringify(input)} | head -n 2`;
    const r = spawnSync('bash', ['-c', `${shell}; echo "status=\${PIPESTATUS[0]}" >&2`], { encoding: 'utf8' });
    expect(jsonLines(r.stdout)).toHaveLength(2);
    expect(r.stderr).toBe('status=0\n');
  });
});
