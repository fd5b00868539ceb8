/**
 * `--warc` end to end on the built CLI: archives written by warcio's own writer from the
 * synthetic pages in fixtures/warc/, in every form the CLI reads (plain, gzip per record, the
 * whole file gzipped, WET), with chunked and compressed HTTP bodies, other character sets,
 * records to skip and records that cannot be read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  conversion,
  metadata,
  recordId,
  request,
  response,
  revisit,
  warcinfo,
  writeArchive,
  type ArchiveMode,
  type RecordMaker,
} from '../../bench/warc-archive.mjs';
import { buildOnce, jsonLines, root, run, scratch, type Library } from './helpers.js';

let lib: Library;
const tmp = scratch();
beforeAll(async () => {
  lib = await buildOnce();
}, 120_000);
afterAll(() => tmp.cleanup());

const FIXTURES = join(root, 'fixtures', 'warc');
const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));

interface ExpectedPost {
  id: string | null;
  handle: string;
  name: string;
  date: string;
  text: string;
}
const EXPECTED = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Record<string, ExpectedPost[]>;

interface OutLine {
  url: string | null;
  recordId: string | null;
  date: string | null;
  embeds?: { id: string | null; author: { handle: string | null; name: string | null }; date: string | null; text: string | null }[];
  error?: string;
  skipped?: string;
  warc: { file: string; offset: number };
}

/** The posts of an output line, in the shape of expected.json. */
function posts(line: OutLine | undefined): ExpectedPost[] {
  return (line?.embeds ?? []).map((e) => ({
    id: e.id,
    handle: e.author.handle as string,
    name: e.author.name as string,
    date: e.date as string,
    text: e.text as string,
  }));
}

/** Writes an archive to the scratch folder; returns its path and the records' offsets. */
async function archive(name: string, makers: RecordMaker[], mode: ArchiveMode): Promise<{ path: string; offsets: number[] }> {
  const { bytes, offsets } = await writeArchive(makers, mode);
  return { path: tmp.file(name, bytes), offsets };
}

function runWarc(args: string[], input: string | Buffer = ''): { status: number | null; lines: OutLine[]; errLines: string[] } {
  const r = run(['--warc', ...args], input);
  return { status: r.status, lines: jsonLines(r.stdout) as OutLine[], errLines: r.errLines };
}

const URL_FERRY = 'https://bay.example/news/ferry-strike';
const URL_FESTIVAL = 'https://bay.example/news/river-festival';
const URL_LIBRARY = 'https://bay.example/news/library-hours';

/** A crawl of three pages with the records a crawler writes around them. Record ids are 1…9. */
function crawl(): RecordMaker[] {
  return [
    warcinfo({ id: 1 }),
    request({ url: URL_FERRY, id: 2 }),
    response({ url: URL_FERRY, id: 3, body: fixture('pages/ferry-strike.html'), date: '2025-02-10T09:30:00Z' }),
    metadata({ url: URL_FERRY, id: 4 }),
    response({ url: URL_FESTIVAL, id: 5, body: fixture('pages/river-festival.html'), date: '2025-02-15T18:05:00Z' }),
    response({ url: URL_LIBRARY, id: 6, body: fixture('pages/no-embeds.html') }),
    response({ url: 'https://bay.example/img/pier.png', id: 7, body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), contentType: 'image/png' }),
    revisit({ url: URL_FERRY, id: 8 }),
    response({ url: 'https://bay.example/feed.json', id: 9, body: '{"items":[]}', contentType: 'application/json' }),
  ];
}

describe('archive forms', () => {
  it.each([
    { mode: 'warc' as const, description: 'an uncompressed .warc' },
    { mode: 'record-gzip' as const, description: 'a .warc.gz gzipped record by record' },
    { mode: 'file-gzip' as const, description: 'a .warc.gz gzipped as one stream' },
  ])('reads $description: one line per record holding embeds, with its place in the file', async ({ mode }) => {
    const { path, offsets } = await archive(`crawl-${mode}.warc${mode === 'warc' ? '' : '.gz'}`, crawl(), mode);
    const r = runWarc([path]);
    expect(r.status).toBe(0);
    expect(r.lines.map((l) => l.url)).toEqual([URL_FERRY, URL_FESTIVAL]);
    expect(r.lines.map((l) => l.recordId)).toEqual([recordId(3), recordId(5)]);
    expect(r.lines.map((l) => l.date)).toEqual(['2025-02-10T09:30:00Z', '2025-02-15T18:05:00Z']);
    // The writer's offsets: in the file, or in the decompressed stream for a whole-file gzip.
    expect(r.lines.map((l) => l.warc)).toEqual([
      { file: path, offset: offsets[2] },
      { file: path, offset: offsets[4] },
    ]);
    expect(posts(r.lines[0])).toEqual(EXPECTED['pages/ferry-strike.html']);
    expect(posts(r.lines[1])).toEqual(EXPECTED['pages/river-festival.html']);
    // Exactly what the library finds in the page.
    expect(r.lines[1]?.embeds).toEqual(lib.extractEmbeds(fixture('pages/river-festival.html').toString('utf8'), { format: 'html' }));
    expect(r.errLines).toEqual(['embedsift: 9 records read, 6 skipped, 0 failed, 3 embeds found']);
  });

  it('gives different file offsets per record-by-record gzip than uncompressed (members are found)', async () => {
    const plain = await archive('offsets.warc', crawl(), 'warc');
    const gz = await archive('offsets.warc.gz', crawl(), 'record-gzip');
    expect(gz.offsets[4]).not.toBe(plain.offsets[4]);
    const bytes = readFileSync(gz.path);
    // Each reported offset is the start of a gzip member.
    for (const line of runWarc([gz.path]).lines) expect([...bytes.subarray(line.warc.offset, line.warc.offset + 2)]).toEqual([0x1f, 0x8b]);
  });

  it('reads stdin when no FILE is given, and for -', async () => {
    const { bytes } = await writeArchive(crawl(), 'record-gzip');
    for (const args of [[], ['-']]) {
      const r = runWarc(args, bytes);
      expect(r.status).toBe(0);
      expect(r.lines.map((l) => [l.recordId, l.warc.file])).toEqual([
        [recordId(3), '-'],
        [recordId(5), '-'],
      ]);
    }
  });

  it('reads several archives in order, each line naming its file', async () => {
    const a = await archive('a.warc.gz', crawl(), 'record-gzip');
    const b = await archive('b.warc', [response({ url: URL_FESTIVAL, id: 21, body: fixture('pages/river-festival.html') })], 'warc');
    const r = runWarc([a.path, b.path]);
    expect(r.status).toBe(0);
    expect(r.lines.map((l) => [l.warc.file, l.recordId])).toEqual([
      [a.path, recordId(3)],
      [a.path, recordId(5)],
      [b.path, recordId(21)],
    ]);
    expect(r.errLines).toEqual(['embedsift: 10 records read, 6 skipped, 0 failed, 5 embeds found']);
  });
});

describe('HTTP bodies', () => {
  const page = fixture('pages/river-festival.html');
  it.each([
    { description: 'chunked', options: { chunk: true } },
    { description: 'gzip', options: { encoding: 'gzip' as const } },
    { description: 'deflate', options: { encoding: 'deflate' as const } },
    { description: 'br', options: { encoding: 'br' as const } },
    { description: 'gzip, then chunked', options: { encoding: 'gzip' as const, chunk: true } },
  ])('decodes a $description body', async ({ options }) => {
    const { path } = await archive('body.warc.gz', [response({ url: URL_FESTIVAL, id: 31, body: page, ...options })], 'record-gzip');
    const r = runWarc([path]);
    expect(r.status).toBe(0);
    expect(posts(r.lines[0])).toEqual(EXPECTED['pages/river-festival.html']);
    expect(r.lines[0]?.embeds).toEqual(lib.extractEmbeds(page.toString('utf8'), { format: 'html' }));
  });

  it('does not find posts in a compressed body it is told is not compressed (an error line instead)', async () => {
    const gz = gzipSync(page);
    const { path } = await archive('raw.warc', [response({ url: URL_FESTIVAL, id: 32, body: gz })], 'warc');
    const r = runWarc([path]);
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([
      { url: URL_FESTIVAL, recordId: recordId(32), date: '2025-02-20T08:00:00Z', error: 'binary content, not text', warc: { file: path, offset: 0 } },
    ]);
  });

  it('gives an error line for a body that says gzip and is not', async () => {
    const broken = response({ url: URL_FERRY, id: 33, body: 'plain text, not gzip', contentType: 'text/html' });
    // The writer would compress it; instead keep the body and claim gzip in the headers.
    const claim = (): ReturnType<RecordMaker> => {
      const record = broken();
      record.httpHeaders?.headers.set('Content-Encoding', 'gzip');
      return record;
    };
    const { path } = await archive('claims-gzip.warc', [claim, response({ url: URL_FESTIVAL, id: 34, body: page })], 'warc');
    const r = runWarc([path]);
    expect(r.status).toBe(1);
    expect(r.lines[0]?.error).toMatch(/^cannot decode the gzip body: /);
    expect(r.lines[1]?.recordId).toBe(recordId(34)); // the run goes on
    expect(r.errLines).toEqual(['embedsift: 2 records read, 0 skipped, 1 failed, 2 embeds found']);
  });
});

describe('character sets', () => {
  const cp1251 = fixture('pages/city-budget.windows-1251.html');
  const sjis = fixture('pages/snowfall.shift_jis.html');
  it.each([
    { description: 'windows-1251 from the page <meta> (no charset in the header)', body: cp1251, contentType: 'text/html', expected: EXPECTED['pages/city-budget.windows-1251.html'] },
    { description: 'windows-1251 from the header and the <meta> alike', body: cp1251, contentType: 'text/html; charset=windows-1251', expected: EXPECTED['pages/city-budget.windows-1251.html'] },
    { description: 'Shift_JIS from the header alone', body: sjis, contentType: 'text/html; charset=Shift_JIS', expected: EXPECTED['pages/snowfall.shift_jis.html'] },
    { description: 'Shift_JIS from a quoted label alias (sjis)', body: sjis, contentType: 'text/html; charset="sjis"', expected: EXPECTED['pages/snowfall.shift_jis.html'] },
    { description: 'UTF-8 from the header', body: fixture('pages/ferry-strike.html'), contentType: 'text/html;charset=UTF-8', expected: EXPECTED['pages/ferry-strike.html'] },
  ])('decodes $description', async ({ body, contentType, expected }) => {
    const { path } = await archive('charset.warc', [response({ url: URL_FERRY, id: 41, body, contentType })], 'warc');
    const r = runWarc([path]);
    expect(r.status).toBe(0);
    expect(posts(r.lines[0])).toEqual(expected);
  });

  it.each([
    { description: 'Shift_JIS bytes with no charset anywhere (read as UTF-8)', body: sjis, contentType: 'text/html' },
    { description: 'windows-1251 bytes when the header says UTF-8 (the header wins over <meta>)', body: cp1251, contentType: 'text/html; charset=utf-8' },
  ])('does not recover the text of $description', async ({ body, contentType }) => {
    const { path } = await archive('charset-wrong.warc', [response({ url: URL_FERRY, id: 42, body, contentType })], 'warc');
    const r = runWarc(['--all-records', path]);
    expect(r.status).toBe(0);
    const texts = (r.lines[0]?.embeds ?? []).map((e) => e.text);
    expect(texts.some((t) => t?.includes('\uFFFD') === true) || texts.length === 0).toBe(true);
    const expectedTexts = [...EXPECTED['pages/city-budget.windows-1251.html']!, ...EXPECTED['pages/snowfall.shift_jis.html']!].map((p) => p.text);
    for (const t of texts) expect(expectedTexts).not.toContain(t);
  });
});

describe('records that are skipped or cannot be read', () => {
  it('counts skipped records, and prints them with --all-records', async () => {
    const { path, offsets } = await archive('all.warc.gz', crawl(), 'record-gzip');
    const r = runWarc(['--all-records', path]);
    expect(r.status).toBe(0);
    expect(r.lines.map((l) => [l.recordId, l.warc.offset, l.skipped ?? (l.embeds ?? []).length])).toEqual([
      [recordId(1), offsets[0], 'warcinfo record'],
      [recordId(2), offsets[1], 'request record'],
      [recordId(3), offsets[2], 1],
      [recordId(4), offsets[3], 'metadata record'],
      [recordId(5), offsets[4], 2],
      [recordId(6), offsets[5], 0], // no embeds: printed only with --all-records
      [recordId(7), offsets[6], 'response of type image/png'],
      [recordId(8), offsets[7], 'revisit record'],
      [recordId(9), offsets[8], 'response of type application/json'],
    ]);
  });

  it.each([
    { mode: 'warc' as const, name: 'cut.warc' },
    { mode: 'record-gzip' as const, name: 'cut.warc.gz' },
    { mode: 'file-gzip' as const, name: 'cut-whole.warc.gz' },
  ])('gives an error line for a truncated last record ($mode) and keeps the records before it', async ({ mode, name }) => {
    // The last record's page appears nowhere else in the archive, so its compressed bytes are its own.
    const makers = [...crawl().slice(0, 5), response({ url: URL_LIBRARY, id: 10, body: fixture('pages/no-embeds.html') })];
    const { bytes, offsets } = await writeArchive(makers, mode);
    // The last 40 bytes: the end of the page (after it come 4 bytes of CRLFs, or an 8-byte gzip trailer).
    const path = tmp.file(name, bytes.subarray(0, bytes.length - 40));
    const r = runWarc([path]);
    expect(r.status).toBe(1);
    expect(r.lines.map((l) => [l.recordId, l.warc.offset])).toEqual([
      [recordId(3), offsets[2]],
      [recordId(5), offsets[4]],
      [recordId(10), offsets[5]],
    ]);
    expect(r.lines[2]?.error).toMatch(mode === 'warc' ? /^truncated record: \d+ of \d+ bytes$/ : /^gzip member at offset \d+ is cut short$/);
    expect(r.errLines).toEqual(['embedsift: 6 records read, 3 skipped, 1 failed, 3 embeds found']);
  });

  it('gives an error line for an HTML response whose body is binary', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const { path } = await archive('binary.warc', [response({ url: URL_FERRY, id: 51, body: png, contentType: 'text/html' })], 'warc');
    const r = runWarc([path]);
    expect(r.status).toBe(1);
    expect(r.lines.map((l) => l.error)).toEqual(['binary content, not text']);
  });

  it('gives one error line for a file that is not a WARC, and reads the next file', async () => {
    const junk = tmp.file('junk.warc', 'this is not an archive\nat all\n');
    const good = await archive('good.warc', crawl(), 'warc');
    const r = runWarc([junk, good.path]);
    expect(r.status).toBe(1);
    expect(r.lines[0]).toMatchObject({ recordId: null, warc: { file: junk, offset: 0 } });
    expect(r.lines[0]?.error).toMatch(/^not a WARC record/);
    expect(r.lines.slice(1).map((l) => l.recordId)).toEqual([recordId(3), recordId(5)]);
  });

  it('gives an error line for a corrupt gzip member', async () => {
    const { bytes, offsets } = await writeArchive(crawl(), 'record-gzip');
    const corrupt = Buffer.from(bytes);
    const at = (offsets[4] as number) + 40; // inside the festival page's member
    corrupt[at] = (corrupt[at] as number) ^ 0xff;
    const path = tmp.file('corrupt.warc.gz', corrupt);
    const r = runWarc([path]);
    expect(r.status).toBe(1);
    expect(r.lines[0]?.recordId).toBe(recordId(3));
    expect(r.lines.at(-1)?.error).toMatch(/gzip member at offset \d+|corrupt gzip/);
  });

  it('exits 2 for an input that cannot be read, after reading the others', async () => {
    const good = await archive('good2.warc', crawl(), 'warc');
    const r = runWarc([join(tmp.dir, 'missing.warc.gz'), good.path]);
    expect(r.status).toBe(2);
    expect(r.errLines[0]).toBe(`embedsift: ${join(tmp.dir, 'missing.warc.gz')}: no such file or directory`);
    expect(r.lines.map((l) => l.recordId)).toEqual([recordId(3), recordId(5)]);
  });
});

describe('WET files', () => {
  it('reads conversion records through the text route and skips the rest', async () => {
    const makers = [
      warcinfo({ id: 61, filename: 'test.warc.wet.gz' }),
      conversion({ url: URL_FERRY, id: 62, text: fixture('wet/harbour-notes.txt') }),
      conversion({ url: URL_LIBRARY, id: 63, text: fixture('wet/no-embeds.txt') }),
    ];
    const { path, offsets } = await archive('crawl.warc.wet.gz', makers, 'record-gzip');
    const r = runWarc([path]);
    expect(r.status).toBe(0);
    expect(r.lines.map((l) => [l.url, l.recordId, l.warc.offset])).toEqual([[URL_FERRY, recordId(62), offsets[1]]]);
    expect(posts(r.lines[0])).toEqual(EXPECTED['wet/harbour-notes.txt']);
    expect(r.lines[0]?.embeds).toEqual(lib.extractEmbeds(fixture('wet/harbour-notes.txt').toString('utf8'), { format: 'text' }));
    expect(r.errLines).toEqual(['embedsift: 3 records read, 1 skipped, 0 failed, 1 embeds found']);
  });
});

describe('--jobs', () => {
  it('prints the same lines in the same order with worker threads', async () => {
    const pages = ['pages/ferry-strike.html', 'pages/river-festival.html', 'pages/no-embeds.html'];
    const makers: RecordMaker[] = [];
    for (let i = 0; i < 240; i++) {
      makers.push(response({ url: `https://bay.example/p/${i}`, id: 1000 + i, body: fixture(pages[i % 3] as string), encoding: i % 2 ? 'gzip' : null }));
    }
    const { path } = await archive('many.warc.gz', makers, 'record-gzip');
    const one = run(['--warc', path]);
    const three = run(['--warc', '--jobs', '3', path]);
    expect(one.status).toBe(0);
    expect(three.status).toBe(0);
    expect(three.stdout).toBe(one.stdout);
    expect(jsonLines(one.stdout)).toHaveLength(160);
    expect(three.errLines).toEqual(['embedsift: 240 records read, 0 skipped, 0 failed, 240 embeds found']);
  });
});

describe('usage', () => {
  it.each([
    { args: ['--warc', '--jsonl'], message: 'embedsift: --warc and --jsonl cannot be used together' },
    { args: ['--all-records'], message: 'embedsift: --all-records needs --warc' },
  ])('rejects $args', ({ args, message }) => {
    const r = run(args, '');
    expect(r.status).toBe(2);
    expect(r.errLines).toEqual([message]);
  });
});
