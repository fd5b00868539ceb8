// npm run bench:warc (also run at the end of npm run bench): what `embedsift --warc` costs
// against the floor it cannot beat, decompressing the same .warc.gz with Node's zlib alone.
//   --warc pipeline vs zlib.gunzipSync of the whole archive          target >= 0.5x (one core)
//   growth         time(10x archive) / time(1x archive)               target <= 11
// The archive: realistic news pages (bench/corpus.mjs prose in one language per page, half of
// them English, inside site chrome and inline script state; posts on every other page), each as
// request + response + metadata
// records, gzip per record as crawlers write them, a fifth of the bodies gzip-encoded and chunked.
// The 10x archive repeats the 1x archive's gzip members ten times (gzip members concatenate).
// The pipeline runs in this process on one thread, as `--warc --jobs 1` does, through the CLI's
// own modules (bundled from src/cli with esbuild, so no separate build is needed): gzip members,
// warcio's parsing, HTTP decoding, charset, extractEmbeds and the JSON lines. Not timed: reading
// the file and writing stdout. Paired rounds as in bench/run.mjs: each round times a block of
// each side in turn; a ratio is the median of the rounds' ratios. A report: always exits 0.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { makePost, paragraph, postHtml, rng } from './corpus.mjs';
import { metadata, request, response, warcinfo, writeArchive } from './warc-archive.mjs';

const MB = 1e6;
const ROUNDS = Number(process.env.WARC_BENCH_ROUNDS ?? 3);
const PAGES = Number(process.env.WARC_BENCH_PAGES ?? 200);
const outDir = fileURLToPath(new URL('./out/', import.meta.url));
mkdirSync(outDir, { recursive: true });

// The CLI's archive modules, bundled from source (dependencies stay external, as in dist/cli.js).
const pipelineFile = `${outDir}warc-pipeline.mjs`;
await build({
  stdin: {
    contents: `export { readArchive } from './src/cli/warc.ts'; export { toTaskItem, warcRecordsOut } from './src/cli/warc-records.ts';`,
    resolveDir: fileURLToPath(new URL('../', import.meta.url)),
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile: pipelineFile,
  logLevel: 'error',
});
const { readArchive, toTaskItem, warcRecordsOut } = await import(pathToFileURL(pipelineFile).href);

// ---------------------------------------------------------------------------------------------
// The archive

/** Inline script state of the size real news pages carry (a JSON blob), our own filler. */
function scriptState(seed, size) {
  const items = [];
  for (let i = 0; items.join(',').length < size; i++) {
    items.push(`{"id":${seed * 1000 + i},"slug":"story-${seed}-${i}","section":"news","tags":["floods","council","weather"],"ad":{"slot":"mpu-${i % 4}","sizes":[[300,250],[300,600]]}}`);
  }
  return `<script type="application/json" id="__STATE__">{"stories":[${items.join(',')}]}</script>\n`;
}

/** Page languages: a news site writes in one language; half the pages here are English. */
const PAGE_LANGS = ['en', 'en', 'en', 'en', 'en', 'fr', 'de', 'es', 'ru', 'ja'];

/**
 * A news page: site chrome and inline script state around paragraphs of the corpus prose, all
 * in the page's language, with posts (X's embed code) about every 12 KB on every other page.
 */
function newsPage(seed) {
  const r = rng(seed);
  const lang = PAGE_LANGS[seed % PAGE_LANGS.length];
  const size = 25_000 + (seed % 7) * 12_000; // 25-97 KB of article
  const withPosts = seed % 2 === 0;
  const parts = [
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Daily Courier ${seed}</title>`,
    '<link rel="stylesheet" href="/assets/site.css">',
    scriptState(seed, 15_000 + (seed % 5) * 8_000),
    '</head><body><header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a></nav>',
    '<a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fcourier.example%2F">Share on X</a></header><main><article>\n',
  ];
  let length = parts.join('').length;
  let since = 0;
  let posts = 0;
  while (length < size) {
    const p = `<p>${paragraph(r, lang)}</p>\n`;
    parts.push(p);
    length += p.length;
    since += p.length;
    if (withPosts && since >= 12_000) {
      const post = `${postHtml(makePost(r))}\n`;
      parts.push(post);
      length += post.length;
      since = 0;
      posts++;
    }
  }
  parts.push('</article></main><footer><a href="https://x.com/dailycourier">X</a></footer></body></html>\n');
  return { html: parts.join(''), posts };
}

const tGen = Date.now();
const makers = [warcinfo({ id: 1, filename: 'bench.warc.gz' })];
let id = 1;
let posts = 0;
let pageBytes = 0;
for (let p = 0; p < PAGES; p++) {
  const url = `https://courier.example/2026/02/story-${p}`;
  const page = newsPage(p + 1);
  posts += page.posts;
  pageBytes += Buffer.byteLength(page.html);
  const encoded = p % 5 === 4;
  makers.push(request({ url, id: ++id }));
  makers.push(response({ url, id: ++id, body: page.html, encoding: encoded ? 'gzip' : null, chunk: encoded }));
  makers.push(metadata({ url, id: ++id }));
}
const one = (await writeArchive(makers, 'record-gzip')).bytes;
const ten = Buffer.concat(Array.from({ length: 10 }, () => one));
const rawOne = gunzipSync(one).length;
const genSeconds = (Date.now() - tGen) / 1000;

// ---------------------------------------------------------------------------------------------
// The two sides

const OPTIONS = { format: undefined, platforms: undefined, pretty: false, maxLineBytes: 1 << 27, allRecords: false };
let sink = 0;

/** The archive in 1 MiB chunks, as a file stream gives it. */
async function* chunks(bytes) {
  for (let at = 0; at < bytes.length; at += 1 << 20) yield bytes.subarray(at, at + (1 << 20));
}

/** `--warc --jobs 1` on an archive in memory: returns records read; output lengths go to `sink`. */
async function warc(bytes) {
  let records = 0;
  for await (const item of readArchive(chunks(bytes), 'bench.warc.gz')) {
    const { item: taskItem, body } = toTaskItem(item);
    const result = { out: '', records: 0, failed: 0, embeds: 0, messages: [], status: 0, invalidLines: 0 };
    await warcRecordsOut(body ?? new Uint8Array(0), [body?.length ?? 0], [taskItem], OPTIONS, result);
    sink += result.out.length + result.embeds;
    records++;
  }
  return records;
}

/** Reading alone: gzip members, warcio's parsing and the bodies kept, nothing decoded or scanned. */
async function readOnly(bytes) {
  let records = 0;
  for await (const item of readArchive(chunks(bytes), 'bench.warc.gz')) records += item.kind === 'body' ? 1 : 0;
  return records;
}

/** The floor: Node's zlib inflating the same archive, every member, in one call. */
async function floor(bytes) {
  return gunzipSync(bytes).length;
}

const now = () => process.hrtime.bigint();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time(fn, input) {
  const t = now();
  sink += await fn(input);
  return Number(now() - t);
}

/**
 * Paired rounds: each round times `calls` calls of each side in turn (order alternating between
 * rounds, one untimed call first), and its ratio is b's median over a's. Returns each side's
 * median time and the median and range of the rounds' ratios.
 */
async function pair(a, inA, b, inB, rounds, calls) {
  globalThis.gc?.();
  for (let i = 0; i < 2; i++) {
    await time(a, inA);
    await time(b, inB);
  }
  const sides = [
    { fn: a, input: inA, all: [] },
    { fn: b, input: inB, all: [] },
  ];
  const ratios = [];
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? sides : [sides[1], sides[0]];
    const medians = new Map();
    for (const side of order) {
      await time(side.fn, side.input);
      const times = [];
      for (let c = 0; c < calls; c++) times.push(await time(side.fn, side.input));
      side.all.push(...times);
      medians.set(side, median(times));
    }
    ratios.push(medians.get(sides[1]) / medians.get(sides[0]));
  }
  return { a: median(sides[0].all), b: median(sides[1].all), ratio: median(ratios), low: Math.min(...ratios), high: Math.max(...ratios) };
}

// ---------------------------------------------------------------------------------------------
// Runs

const t0 = Date.now();
const records = await warc(one);
console.log(`embedsift WARC bench: ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, load ${os.loadavg()[0].toFixed(1)}`);
console.log(
  `Archive 1x: ${PAGES} news pages (${(pageBytes / MB).toFixed(1)} MB of HTML, ${posts} posts), ${records} records, ` +
    `${(one.length / MB).toFixed(1)} MB gzipped per record, ${(rawOne / MB).toFixed(1)} MB decompressed (written in ${genSeconds.toFixed(1)} s); 10x: ${(ten.length / MB).toFixed(1)} MB.\n`,
);

const vsFloor1 = await pair(warc, one, floor, one, ROUNDS, 3);
const readVsFloor = await pair(readOnly, one, floor, one, ROUNDS, 3);
const vsFloor10 = await pair(warc, ten, floor, ten, Math.max(3, ROUNDS - 2), 1);
const growth = await pair(warc, one, warc, ten, Math.max(3, ROUNDS - 2), 1);

const rate = (bytes, ns) => bytes / MB / (ns / 1e9);
const rows = [
  ['1x', vsFloor1],
  ['10x', vsFloor10],
].map(([label, p]) => {
  const n = label === '1x' ? 1 : 10;
  return {
    archive: label,
    warcMs: (p.a / 1e6).toFixed(0),
    floorMs: (p.b / 1e6).toFixed(0),
    ratio: p.ratio,
    range: `${p.low.toFixed(2)}-${p.high.toFixed(2)}`,
    recordsPerS: Math.round((records * n) / (p.a / 1e9)),
    mbpsGz: rate(one.length * n, p.a),
    mbpsRaw: rate(rawOne * n, p.a),
    floorMbpsRaw: rate(rawOne * n, p.b),
  };
});
console.log('archive  --warc time  zlib time  ratio (zlib/--warc)  rounds range  records/s  MB/s gz  MB/s decompressed  zlib MB/s decompressed');
for (const r of rows) {
  console.log(
    `${r.archive.padEnd(8)} ${`${r.warcMs} ms`.padStart(11)} ${`${r.floorMs} ms`.padStart(10)} ${`${r.ratio.toFixed(2)}x`.padStart(20)} ${r.range.padStart(13)} ` +
      `${String(r.recordsPerS).padStart(10)} ${r.mbpsGz.toFixed(1).padStart(8)} ${r.mbpsRaw.toFixed(1).padStart(18)} ${r.floorMbpsRaw.toFixed(1).padStart(23)}`,
  );
}
const ok = (v, goal, higher) => (higher ? v >= goal : v <= goal) ? 'PASS' : 'FAIL';
console.log(
  `Reading alone (gzip members, warcio, bodies kept; no decoding or scanning), 1x: ${(readVsFloor.a / 1e6).toFixed(0)} ms, ` +
    `${readVsFloor.ratio.toFixed(2)}x zlib (rounds ${readVsFloor.low.toFixed(2)}-${readVsFloor.high.toFixed(2)}): the rest of --warc's time is ` +
    'UTF-8 decoding and extractEmbeds.',
);
console.log('\nTargets (one core, this process):');
console.log(`  --warc vs zlib decompression, 1x    ${rows[0].ratio.toFixed(2)}x  (>= 0.5x)  ${ok(rows[0].ratio, 0.5, true)}`);
console.log(`  --warc vs zlib decompression, 10x   ${rows[1].ratio.toFixed(2)}x  (>= 0.5x)  ${ok(rows[1].ratio, 0.5, true)}`);
console.log(`  growth 10x / 1x                     ${growth.ratio.toFixed(2)}   (<= 11)    ${ok(growth.ratio, 11, false)}  (rounds ${growth.low.toFixed(2)}-${growth.high.toFixed(2)})`);

// The whole command once, for scale: node dist/cli.js --warc on the 10x archive, output to /dev/null.
let cli = null;
const cliPath = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const archivePath = `${outDir}bench-10x.warc.gz`;
writeFileSync(archivePath, ten);
const tCli = Date.now();
const run = spawnSync(process.execPath, [cliPath, '--warc', archivePath], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
if (run.status === 0) {
  const s = (Date.now() - tCli) / 1000;
  cli = { seconds: s, recordsPerS: Math.round((records * 10) / s), mbpsRaw: (rawOne * 10) / MB / s, summary: run.stderr.trim() };
  console.log(`\nnode dist/cli.js --warc on the 10x archive: ${s.toFixed(2)} s wall (process start and stdout included), ${cli.recordsPerS} records/s, ${cli.mbpsRaw.toFixed(1)} MB/s decompressed`);
  console.log(`  ${cli.summary}`);
} else {
  const why = run.error?.message ?? (run.stderr.trim() || `status ${run.status}`);
  console.log(`\n(dist/cli.js not run: ${why}; npm run bench:warc builds it)`);
}
console.log(`WARC bench time ${((Date.now() - t0) / 1000).toFixed(0)} s.`);

writeFileSync(
  `${outDir}warc.json`,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, load: os.loadavg(), pages: PAGES, records, archiveBytes: one.length, decompressedBytes: rawOne, rows, readVsFloor, growth, cli }, null, 2)}\n`,
);
if (sink === 0.5) console.log('');
