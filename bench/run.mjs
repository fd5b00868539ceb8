// npm run bench: throughput of the built library (dist/index.js) on synthetic articles and
// adversarial inputs at 1 MB and 10 MB, as ratios to reference runs in the same process:
//   HTML pages        vs htmlparser2's bare Parser (no-op callbacks)       target >= 3x
//                     (two page families: Latin-script prose, and Cyrillic/Arabic/CJK prose with
//                     entities in every post; about half the embeds are Instagram, YouTube, Facebook)
//                     vs cheerio blockquote.twitter-tweet extraction      target >= 30x
//   text pages        vs twitter-text extractEntitiesWithIndices          target >= 40x
//   pages, no embeds  vs one indexOf('(@') pass over the page             target >= 0.1x
//   growth            time(10 MB) / time(1 MB), every input kind          target <= 11
//   HTML floor        the bare work any reader on this stack must do      a report (see htmlFloor)
//   cold import       import('embedsift') vs import('htmlparser2')        target <= 2x (bench/import.mjs)
// A report, not a test: it always exits 0. Plain loops timed with process.hrtime.bigint, rotating
// over distinct inputs of the same kind, each call starting with the CPU caches flushed (--warm: not
// flushed). Every ratio is measured in rounds that time a block of calls of each side in turn, and
// is the median of the rounds' ratios (see measurePair). Results also go to bench/out/last.json.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { extractEmbeds, extractEntities } from '../dist/index.js';
import { article, HOSTILE_KINDS, hostile } from './corpus.mjs';

const require = createRequire(import.meta.url);
const twitterText = require('twitter-text');

/**
 * htmlparser2's Parser, imported from a private copy of its two modules (bench/out/reference/).
 * The library drives htmlparser2's Tokenizer too, with its own callbacks and options; sharing one
 * copy, each side's calls make the other's call sites polymorphic and both slow down, by amounts
 * that vary from process to process (measured here on the 1 MB pages: the library 5% slower, the
 * Parser 2-20%). With a copy of its own, each side runs the code and type feedback it would have
 * in a process that used only it. (entities' decoder stays shared; both call it only on text
 * holding an `&`.)
 */
async function privateParser() {
  const from = dirname(require.resolve('htmlparser2'));
  const to = fileURLToPath(new URL('./out/reference/htmlparser2/', import.meta.url));
  mkdirSync(to, { recursive: true });
  for (const file of ['Parser.js', 'Tokenizer.js']) copyFileSync(join(from, file), join(to, file));
  return (await import(pathToFileURL(join(to, 'Parser.js')).href)).Parser;
}
const Parser = await privateParser();

/**
 * htmlparser2's Tokenizer for the floor (see htmlFloor), a copy of its own for the same reason
 * the Parser has one: neither side's call sites see the other's callbacks.
 */
async function privateTokenizer() {
  const from = dirname(require.resolve('htmlparser2'));
  const to = fileURLToPath(new URL('./out/reference/floor/', import.meta.url));
  mkdirSync(to, { recursive: true });
  copyFileSync(join(from, 'Tokenizer.js'), join(to, 'Tokenizer.js'));
  return (await import(pathToFileURL(join(to, 'Tokenizer.js')).href)).default;
}
const FloorTokenizer = await privateTokenizer();

const MB = 1_000_000;
const SIZES = [1 * MB, 10 * MB];
const QUICK = process.argv.includes('--quick'); // 1 MB only, for a fast look while developing
const WARM = process.argv.includes('--warm'); // skip the cache flush before each call (see flushCaches)
const SKIP_10MB_AFTER_NS = 4e9; // a kind whose 1 MB run takes over 4 s is not run at 10 MB

// ---------------------------------------------------------------------------------------------
// Timing

function now() {
  return process.hrtime.bigint();
}

let sink = 0; // results are folded in here so no call can be optimised away

/**
 * A buffer larger than any CPU's last-level cache, written once so every page of it is backed
 * by memory of its own (an untouched allocation maps one shared zero page and would evict nothing).
 */
const FLUSH = WARM ? null : new Float64Array((64 * MB) / 8).fill(1);

/**
 * Reads {@link FLUSH} once, a cache line at a time, before each timed call: every call, of the
 * library or of a reference, then starts with its input in main memory, as a pipeline meeting each
 * page once finds it. Without it a 1 MB input sits in the last-level cache between calls (eight
 * rotating 1 MB pages are 16 MB of UTF-16, under this machine's 32 MB L3) while a 10 MB one cannot,
 * and the 10 MB / 1 MB growth of even a single indexOf pass reads 12-13 instead of 10: the cache,
 * not the work, would be measured. Not timed. `--warm` skips it.
 */
function flushCaches() {
  if (FLUSH === null) return;
  let s = 0;
  for (let i = 0; i < FLUSH.length; i += 8) s += FLUSH[i];
  sink += s === 0.5 ? 1 : 0;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Wall time (ns) of one call of `fn` on `input`, after a cache flush ({@link flushCaches}). */
function timeCall(fn, input) {
  flushCaches();
  const t = now();
  sink += fn(input);
  return Number(now() - t);
}

const WARM_CALLS = 10;
const WARM_NS = 5e8;
/** A call slower than this is warm after itself, and is timed only a few times. */
const SLOW_NS = 1e9;

/**
 * Untimed calls before a measurement, after its `gc()`: every input once, then more until
 * {@link WARM_CALLS} calls or {@link WARM_NS} of work. A full collection between calls
 * deoptimises much of the library's code and of htmlparser2's (V8 drops optimised code that
 * embedded objects which died with the last call; its trace gives the reason as "weak objects"),
 * and both need several calls to be optimised again: on the 10 MB page the library's first calls
 * after one take 86, 46, 32, then 25 ms. A call slower than {@link SLOW_NS} ends the warm-up.
 * Returns the times of the calls.
 */
function warmUp(fn, inputs) {
  const times = [];
  let spent = 0;
  for (let i = 0; i < inputs.length || (times.length < WARM_CALLS && spent < WARM_NS); i++) {
    const dt = timeCall(fn, inputs[i % inputs.length]);
    times.push(dt);
    spent += dt;
    if (dt > SLOW_NS) break;
  }
  return times;
}

/** A timed block aims at this much wall time: several calls of a fast function, one of a slow one. */
const BLOCK_NS = 50e6;
/** Most timed calls in a block. */
const BLOCK_CALLS = 10;

/**
 * Paired timing of two functions, `a` on `inputsA` and `b` on `inputsB` (the library and a
 * reference on the same pages, or the library on 1 MB and on 10 MB pages), in rounds. A round is
 * a block of calls of each, in alternating order: one untimed call, then up to {@link BLOCK_CALLS}
 * timed ones (about {@link BLOCK_NS} of work), each on the next input of its rotation (so no memo
 * inside the library sees the same input twice in a row) and after a cache flush. The round's
 * ratio is the median time of `b` in it over that of `a`; the result is the median of the rounds'
 * ratios.
 *
 * Why rounds: this machine's speed drifts during a run. Timing all of `a` and then all of `b`, as
 * this bench did first, saw htmlparser2 anywhere from 82 to 160 MB/s on the same pages from one
 * run to the next, and ten-call blocks of the library and htmlparser2 gave ratios from 2.2 to 5.1
 * within one process; within a round both sides meet the same machine.
 * Why blocks with an untimed call first: each side then runs in its own steady state, as in a
 * pipeline that calls it page after page. Strictly alternating single calls made one side pay for
 * the other's heap: a call right after cheerio's (which leaves a 10 MB page's DOM behind) took up to
 * twice its time. With the Parser, strict alternation and blocks agree (3.36 and 3.38 in one process).
 *
 * Warm-up calls of each first ({@link warmUp}); then rounds until `budgetNs` is spent (at least
 * `minRounds`, at most 100). Returns { a, b, ratio }: each side's median time (ns) over all its
 * timed calls, and the median of the rounds' ratios.
 */
function measurePair(a, inputsA, b, inputsB, budgetNs = 2e9, minRounds = 5) {
  // Start on a collected heap, so no run pays for the garbage an earlier measurement (a
  // reference's DOM, a 10 MB result array) left behind. npm run bench passes --expose-gc;
  // without it this is skipped.
  globalThis.gc?.();
  const sides = [
    { fn: a, inputs: inputsA, next: 0, all: [] },
    { fn: b, inputs: inputsB, next: 0, all: [] },
  ];
  for (const side of sides) {
    const warm = warmUp(side.fn, side.inputs);
    side.calls = Math.max(1, Math.min(BLOCK_CALLS, Math.floor(BLOCK_NS / median(warm))));
  }
  const block = (side) => {
    const times = [];
    for (let k = 0; k <= side.calls; k++) {
      const dt = timeCall(side.fn, side.inputs[side.next++ % side.inputs.length]);
      if (k > 0) times.push(dt); // the first call only settles this side in after the other
    }
    side.all.push(...times);
    return { ns: median(times), spent: times.reduce((x, y) => x + y, 0) };
  };
  const ratios = [];
  let spent = 0;
  while ((ratios.length < minRounds || spent < budgetNs) && ratios.length < 100) {
    const [first, second] = ratios.length % 2 === 0 ? sides : [sides[1], sides[0]];
    const r1 = block(first);
    const r2 = block(second);
    const [ra, rb] = first === sides[0] ? [r1, r2] : [r2, r1];
    ratios.push(rb.ns / ra.ns);
    spent += ra.spent + rb.spent;
  }
  return { a: median(sides[0].all), b: median(sides[1].all), ratio: median(ratios) };
}

/**
 * Median wall time (ns) of `fn` alone on `inputs` (rotating, cache flushed): for --quick, and for
 * a kind whose 1 MB call is too slow to pair with a 10 MB one. A slow function is timed twice.
 */
function measure(fn, inputs, budgetNs = 1e9, minRuns = 5) {
  globalThis.gc?.();
  const slow = warmUp(fn, inputs).some((dt) => dt > SLOW_NS);
  const times = [];
  let spent = 0;
  while ((times.length < (slow ? 2 : minRuns) || (!slow && spent < budgetNs)) && times.length < 500) {
    const dt = timeCall(fn, inputs[times.length % inputs.length]);
    times.push(dt);
    spent += dt;
  }
  return median(times);
}

// ---------------------------------------------------------------------------------------------
// The library and the references

const lib = (input) => extractEmbeds(input).length;

const NOOP_HANDLERS = {
  onopentag() {},
  onopentagname() {},
  onattribute() {},
  ontext() {},
  onclosetag() {},
  oncomment() {},
  onprocessinginstruction() {},
};
function htmlparser2Bare(html) {
  const p = new Parser(NOOP_HANDLERS);
  p.end(html);
  return 1;
}

function cheerioExtract(html) {
  const $ = cheerio.load(html);
  return $('blockquote.twitter-tweet')
    .map((_, el) => $(el).text())
    .get().length;
}

function twitterTextEntities(text) {
  return twitterText.extractEntitiesWithIndices(text).length;
}

function indexOfPass(page) {
  return page.indexOf('(@') + 2;
}

/**
 * The floor of the HTML route, not a target: what any reader built on this stack must do with a
 * page, at the bare cost of each step. A search for each marker anchor (`-`, `//`, `?`) and a
 * walk over every `<` (the inert ranges), each stopping at every occurrence; htmlparser2's
 * Tokenizer, with no-op callbacks, over each embed found; twitter-text's rules (the library's
 * extractEntities) on each X post's text. The embeds' spans and texts are taken from the
 * library's own results when the pages are made, untimed. How far embedsift's ratio lies below
 * the floor's is the cost of its own code: reading elements, flattening, interpreting, building
 * results.
 */
const floorWork = new Map();
const floorTokenizer = new FloorTokenizer({ decodeEntities: false }, Object.fromEntries(
  ['onattribdata', 'onattribentity', 'onattribend', 'onattribname', 'oncdata', 'onclosetag', 'oncomment', 'ondeclaration', 'onend',
    'onopentagend', 'onopentagname', 'onprocessinginstruction', 'onselfclosingtag', 'ontext', 'ontextentity'].map((k) => [k, () => {}]),
));
function prepareFloor(pages) {
  for (const page of pages) {
    const found = extractEmbeds(page);
    floorWork.set(page, { spans: found.map((e) => [e.start, e.end]), texts: found.filter((e) => e.platform === 'x' && e.text !== null).map((e) => e.text) });
  }
}
function htmlFloor(page) {
  const { spans, texts } = floorWork.get(page);
  let n = 0;
  for (const anchor of ['-', '//', '?', '<']) for (let i = page.indexOf(anchor); i >= 0; i = page.indexOf(anchor, i + 1)) n++;
  for (const [start, end] of spans) {
    floorTokenizer.reset();
    floorTokenizer.write(page.slice(start, end));
    floorTokenizer.end();
  }
  for (const text of texts) n += extractEntities(text).urls.length;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Inputs

const bytes = (s) => Buffer.byteLength(s, 'utf8');
const mbps = (s, ns) => bytes(s) / MB / (ns / 1e9);

/** Every input kind: HTML, text and Markdown articles, the same pages without posts, hostile inputs. */
const KINDS = [
  ...['html', 'text', 'markdown'].map((format) => ({ kind: format, label: `${format} articles, 1 post / 5 KB`, format, embeds: true })),
  { kind: 'html-x-only', label: 'html articles, X posts only (the pages of the earlier benches)', format: 'html', embeds: true, mix: false },
  { kind: 'html-multilingual', label: 'html articles, Cyrillic/Arabic/CJK prose, entities in every post', format: 'html', embeds: true, family: 'multilingual' },
  ...['html', 'text'].map((format) => ({ kind: `${format}-no-embeds`, label: `${format} articles, no posts`, format, embeds: false })),
  ...HOSTILE_KINDS.map((kind) => ({ kind, label: `hostile: ${kind}` })),
];

/**
 * Distinct variants of one input kind at one size: { inputs, posts (posts in the first variant) }.
 * 8 variants at 1 MB, 2 at 10 MB.
 */
function inputsOf(k, size) {
  const n = size <= MB ? 8 : 2;
  const seeds = Array.from({ length: n }, (_, i) => 11 + i);
  if (k.format === undefined) return { inputs: seeds.map((seed) => hostile(k.kind, size, seed)), posts: 0 };
  // HTML pages hold other platforms' embeds too (Instagram, YouTube, Facebook): about half.
  const arts = seeds.map((seed) => article(k.format, { size, seed, embeds: k.embeds, family: k.family ?? 'latin', mix: k.mix ?? true }));
  return { inputs: arts.map((a) => a.input), posts: arts[0].posts.length + arts[0].others };
}

/** The references each kind is compared with: [name, fn, budgetNs, minRounds]. */
const REFERENCES = {
  html: [
    ['htmlparser2', htmlparser2Bare, 2e9, 5],
    ['cheerio', cheerioExtract, 2e9, 3],
  ],
  'html-multilingual': [['htmlparser2', htmlparser2Bare, 2e9, 5]],
  'html-x-only': [['htmlparser2', htmlparser2Bare, 2e9, 5]],
  text: [['twitterText', twitterTextEntities, 2e9, 3]],
  'html-no-embeds': [['indexOf', indexOfPass, 5e8, 20]],
  'text-no-embeds': [['indexOf', indexOfPass, 5e8, 20]],
};

// ---------------------------------------------------------------------------------------------
// Runs

const fmtMs = (ns) => (ns >= 1e9 ? `${(ns / 1e9).toFixed(2)} s` : `${(ns / 1e6).toFixed(ns < 1e7 ? 2 : 1)} ms`);
const fmtRate = (r) => (r >= 1000 ? `${(r / 1000).toFixed(1)} GB/s` : `${r.toFixed(r < 10 ? 2 : 0)} MB/s`);
const fmtX = (x) => `${x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)}x`;

function table(rows, headers) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

const started = Date.now();
console.log(`embedsift bench: ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}`);
console.log('Library imported from dist/index.js. Sizes are UTF-16 code units; MB/s counts UTF-8 bytes (1 MB = 10^6 bytes).\n');

// kind -> { label, growth?, [size]: { ns, rate, found, posts, refs: { name: ns }, ratios: { name: x },
// paired: { name: the library's own median ns in that pairing } } }
const results = {};
const sizes = QUICK ? [SIZES[0]] : SIZES;

for (const k of KINDS) {
  const r = (results[k.kind] = { label: k.label });
  const at = Object.fromEntries(sizes.map((size) => [size, inputsOf(k, size)]));
  const entry = (size, ns) => {
    const first = at[size].inputs[0];
    return { ns, bytes: bytes(first), rate: mbps(first, ns), found: extractEmbeds(first).length, posts: at[size].posts, refs: {}, ratios: {} };
  };
  // The library at both sizes, paired: the growth target. A kind whose first 1 MB call takes
  // over SKIP_10MB_AFTER_NS is timed at 1 MB only.
  const small = at[SIZES[0]].inputs;
  if (QUICK || timeCall(lib, small[0]) > SKIP_10MB_AFTER_NS) {
    r[SIZES[0]] = entry(SIZES[0], measure(lib, small));
    if (!QUICK) r[SIZES[1]] = { skipped: true };
  } else {
    const g = measurePair(lib, small, lib, at[SIZES[1]].inputs);
    r.growth = g.ratio;
    r[SIZES[0]] = entry(SIZES[0], g.a);
    r[SIZES[1]] = entry(SIZES[1], g.b);
  }
  // Each reference paired with the library on the same pages.
  for (const [name, fn, budgetNs, minRounds] of REFERENCES[k.kind] ?? []) {
    for (const size of sizes) {
      const p = measurePair(lib, at[size].inputs, fn, at[size].inputs, budgetNs, minRounds);
      r[size].refs[name] = p.b;
      r[size].ratios[name] = p.ratio;
      r[size].paired ??= {};
      r[size].paired[name] = p.a; // the library's own median in this pairing
    }
  }
  process.stderr.write('.');
}

// The shared real pages, when they stand beside the repository (../shared/corpus/pages): every
// page once per call, so the ratio is of total times, each page weighing what it costs. Real pages
// hold few embeds and much else (inline CSS, scripts); the families above are far denser in embeds.
const SHARED_PAGES = fileURLToPath(new URL('../../shared/corpus/pages/', import.meta.url));
let shared = null;
if (existsSync(SHARED_PAGES)) {
  const pages = readdirSync(SHARED_PAGES)
    .filter((n) => /\.html(\.gz)?$/.test(n))
    .sort()
    .map((n) => {
      const raw = readFileSync(join(SHARED_PAGES, n));
      return (n.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
    });
  const every = (fn) => (list) => list.reduce((n, page) => n + fn(page), 0);
  const p = measurePair(every((page) => extractEmbeds(page, { format: 'html' }).length), [pages], every(htmlparser2Bare), [pages], 2e9, 5);
  shared = { pages: pages.length, bytes: pages.reduce((n, page) => n + bytes(page), 0), ns: p.a, ref: p.b, ratio: p.ratio };
  process.stderr.write('.');
}
process.stderr.write('\n');

// Throughput table.
const throughputRows = [];
for (const [kind, r] of Object.entries(results)) {
  for (const size of sizes) {
    const e = r[size];
    if (e === undefined) continue;
    if (e.skipped) {
      throughputRows.push([kind, `${size / MB} MB`, 'skipped', '', '', '']);
      continue;
    }
    throughputRows.push([kind, `${size / MB} MB`, fmtMs(e.ns), fmtRate(e.rate), `${e.found}`, `${e.posts}`]);
  }
}
console.log('Throughput of extractEmbeds (auto format):');
table(throughputRows, ['input', 'size', 'time', 'rate', 'embeds found', 'posts in input']);

// Targets table.
const targetRows = [];
let passed = 0;
let failed = 0;
function target(name, size, value, goal, higherIsBetter, note = '') {
  const ok = value !== null && (higherIsBetter ? value >= goal : value <= goal);
  if (ok) passed++;
  else failed++;
  targetRows.push([
    name,
    size === null ? '' : `${size / MB} MB`,
    value === null ? 'n/a' : higherIsBetter ? fmtX(value) : value.toFixed(2),
    `${higherIsBetter ? '>=' : '<='} ${goal}${higherIsBetter ? 'x' : ''}`,
    ok ? 'PASS' : 'FAIL',
    note,
  ]);
}
for (const size of sizes) {
  const h = results.html?.[size];
  if (h && !h.skipped) {
    target('HTML vs htmlparser2 Parser (no-op)', size, h.ratios.htmlparser2, 3, true, `htmlparser2 ${fmtRate(mbps_(h, h.refs.htmlparser2))}`);
    target('HTML vs cheerio blockquote.twitter-tweet', size, h.ratios.cheerio, 30, true, `cheerio ${fmtRate(mbps_(h, h.refs.cheerio))}`);
  }
  const hx = results['html-x-only']?.[size];
  if (hx && !hx.skipped) {
    target('HTML X-only pages vs htmlparser2 Parser', size, hx.ratios.htmlparser2, 3, true, `htmlparser2 ${fmtRate(mbps_(hx, hx.refs.htmlparser2))}`);
  }
  const hm = results['html-multilingual']?.[size];
  if (hm && !hm.skipped) {
    target('HTML multilingual vs htmlparser2 Parser', size, hm.ratios.htmlparser2, 3, true, `htmlparser2 ${fmtRate(mbps_(hm, hm.refs.htmlparser2))}`);
  }
  const t = results.text?.[size];
  if (t && !t.skipped)
    target('text vs twitter-text extractEntitiesWithIndices', size, t.ratios.twitterText, 40, true, `twitter-text ${fmtRate(mbps_(t, t.refs.twitterText))}`);
  for (const kind of ['html-no-embeds', 'text-no-embeds']) {
    const e = results[kind]?.[size];
    if (e && !e.skipped) target(`${kind} vs one indexOf('(@')`, size, e.ratios.indexOf, 0.1, true, `indexOf ${fmtRate(mbps_(e, e.refs.indexOf))}`);
  }
}
if (shared !== null) {
  target(`HTML, ${shared.pages} shared real pages, vs htmlparser2`, null, shared.ratio, 3, true, `${fmtMs(shared.ns)} for ${(shared.bytes / MB).toFixed(1)} MB (htmlparser2 ${fmtMs(shared.ref)})`);
}
function mbps_(entry, ns) {
  return entry.bytes / MB / (ns / 1e9);
}
if (!QUICK) {
  for (const [kind, r] of Object.entries(results)) {
    const a = r[SIZES[0]];
    const b = r[SIZES[1]];
    if (b?.skipped) target(`growth 10 MB / 1 MB: ${kind}`, null, null, 11, false, `1 MB took ${fmtMs(a.ns)}; 10 MB not run`);
    else {
      // A reference run on the same inputs grows too: its growth (ratio of its medians) is
      // printed beside ours for scale.
      const ref = Object.keys(b.refs ?? {})[0];
      const refGrowth = ref !== undefined && a.refs?.[ref] ? ` (${ref}: ${(b.refs[ref] / a.refs[ref]).toFixed(2)})` : '';
      target(`growth 10 MB / 1 MB: ${kind}`, null, r.growth, 11, false, `${fmtMs(a.ns)} -> ${fmtMs(b.ns)}${refGrowth}`);
    }
  }
}
console.log('\nTargets (a ratio is the median over rounds, in this process, of reference time / embedsift time on the\nsame inputs, each round timing a block of calls of each side; growth pairs 1 MB blocks with 10 MB ones):');
table(targetRows, ['target', 'size', 'measured', 'goal', 'result', 'reference / note']);
console.log(`\n${passed} PASS, ${failed} FAIL. Not measured: htmlparser2 and cheerio on the adversarial inputs`);
console.log('(htmlparser2 keeps its open-tag stack with unshift/shift: unclosed nesting costs it O(depth^2),');
console.log('about 15 s on a 10 MB hostile page), so the references run on the article pages only.');
console.log(`Total bench time ${((Date.now() - started) / 1000).toFixed(0)} s.`);

const outDir = fileURLToPath(new URL('./out/', import.meta.url));
mkdirSync(outDir, { recursive: true });
writeFileSync(
  `${outDir}last.json`,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, results, shared, targets: targetRows }, null, 2)}\n`,
);
if (sink === 0.5) console.log(''); // keeps `sink` observable

// --warc against zlib decompression of the same archive (bench/warc.mjs; alone: npm run bench:warc).
if (!QUICK) await import('./warc.mjs');

// Cold import of each entry against htmlparser2's, in fresh processes (bench/import.mjs; alone:
// npm run bench:import).
if (!QUICK) await import('./import.mjs');

// Last: making the floor's pages before the WARC bench slowed its reading of the archive by a
// third in this process (38 to 60 ms; alone it does not move), so it runs after everything else.
// The floor of each HTML family at 1 MB (see htmlFloor): a report, not a target.
const floors = [];
for (const k of KINDS.filter((k) => k.kind === 'html' || k.kind === 'html-x-only' || k.kind === 'html-multilingual')) {
  const { inputs } = inputsOf(k, SIZES[0]);
  prepareFloor(inputs);
  const p = measurePair(htmlFloor, inputs, htmlparser2Bare, inputs, 1e9, 5);
  floors.push([k.kind, fmtX(p.ratio), fmtX(results[k.kind]?.[SIZES[0]]?.ratios?.htmlparser2 ?? NaN)]);
  floorWork.clear();
}

console.log('\nFloor of the HTML route at 1 MB, as a ratio to the same Parser (a report, not a target): the bare marker and `<`');
console.log("searches, htmlparser2's Tokenizer over each embed, twitter-text's rules on each X post. The distance from");
console.log("embedsift's ratio to the floor's is the cost of the library's own code (see htmlFloor).");
table(floors, ['pages', 'floor vs htmlparser2', 'embedsift vs htmlparser2']);

writeFileSync(`${outDir}floor.json`, `${JSON.stringify({ date: new Date().toISOString(), floors }, null, 2)}\n`);
