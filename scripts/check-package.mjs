#!/usr/bin/env node
// Checks the package as it would be published (run after `npm run build`):
//   1. `npm pack` and the tarball's file list: every entry, its declarations, the CLI, LICENSE
//      and CHANGELOG are in it;
//   2. publint on the tarball (warnings count as errors);
//   3. attw on the same tarball (what `attw --pack` does, without packing twice);
//   4. the tarball installed into throwaway consumer projects (npm registry for its
//      dependencies, nothing else): ESM import, CommonJS require (Node >= 20.19 loads the ESM
//      build through the 'node' condition), TypeScript under `nodenext` (.mts and .cts) and
//      under `bundler` resolution, each entry: embedsift, embedsift/core, embedsift/locales;
//   5. bundle sizes as a browser bundler sees the package (esbuild, minified, gzip level 9) for
//      what callers import, each against its budget; no Node built-in may be reachable.
// Import time is a timing, and timings live in the bench (bench/import.mjs), not in a check that
// can fail on a busy machine; the bundle budgets above are its deterministic guard.
// Quiet on success (one line per check); a failing check prints its tool's full output.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const work = mkdtempSync(join(tmpdir(), 'embedsift-pack-'));
const failures = [];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}`, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
}

function report(name, ok, detail, output) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
  if (!ok) {
    failures.push(name);
    if (output) console.log(output.trimEnd().replace(/^/gm, '     | '));
  }
}

/**
 * Bundle sizes: what a caller imports, and the most gzipped KB it may cost. The budgets sit just
 * above the sizes of today, so that growth is a decision. (X posts with English dates would
 * ideally fit in 40 KB; the dependencies alone take about 32 KB of it: entities' HTML decoding
 * table 15, linkifyjs 9, date-fns parse 7. The X budgets grew from 64/65 to 70/71 with the
 * length-budget body placement and the attribution grammar, about 5 KB gzipped. The main entry grew
 * from 147 to 149 with the text routes' shared needle search, the weight's upper bound and the
 * tokenizer's indexOf wait: about 2 KB gzipped for text four times faster; then to 151 with the
 * Markdown view the text routes of seven platforms read and their linked-post readers: 1.9 KB
 * gzipped, out of the X-only bundles, for Bluesky, Mastodon, Threads and Reddit posts found in
 * Markdown at all. Then the X budgets to 71/72 and the main entry to 152 with publishers' tweet
 * cards and holders (BBC, Condé Nast) and Instagram cards: 0.4 KB gzipped for posts that real
 * pages embed that way and nothing read before. Then to 72/73 and 153 with the embed services'
 * form (Embedly, Iframely, Drupal's oEmbed iframe) and each platform's reader of a served URL:
 * 0.7 KB gzipped, in the X-only bundles too, since an X post behind a service is an X post.
 * Then down, to 71/72, 42 for every language's dates and 116 for the main entry: the build drops
 * the locale parts date-fns `parse` never reads for embedsift's patterns (era, quarter, weekday and
 * day-period matchers; see scripts/date-fns-plugins.mjs), 37 KB gzipped off every-language dates.
 * Then the main entry to 117 with the attribution grammar's trail (Instagram's Japanese byline in
 * text) and the hand-off of the handle openers to it: 0.3 KB gzipped. Then the X budgets to 73/73
 * with the Markdown view in X's own Markdown route (flattened posts read without link syntax,
 * escapes and quote markers; a date link wrapped onto the next line): 1.5 KB gzipped in the
 * X-only bundles, which held none of the view before; the main entry already held it. Then the X
 * budgets to 74/74 and the main entry to 118 with Markdown links by reference (definitions,
 * full, collapsed and shortcut references: 0.7 KB gzipped, in the X-only bundles too, since X's
 * link route reads them) and AMP's elements, `amp-iframe` and the Flash player (0.4 KB).)
 */
const BUNDLES = [
  { name: 'parseStatusUrl alone', code: "export { parseStatusUrl } from 'embedsift';", budget: 3 },
  { name: 'snowflakeTime alone', code: "export { snowflakeTime } from 'embedsift';", budget: 3 },
  { name: 'X posts, English dates (embedsift/core)', code: "export { extractTweets } from 'embedsift/core';", budget: 74 },
  {
    name: 'X posts, English and German dates (core + locales)',
    code: "export { extractTweets } from 'embedsift/core'; export { de } from 'embedsift/locales';",
    budget: 74,
  },
  { name: 'parseEmbedDate, every language', code: "export { parseEmbedDate } from 'embedsift';", budget: 42 },
  { name: 'the whole main entry', code: "export * from 'embedsift';", budget: 118 },
];

/** The consumer programs: each must print exactly `ok`. */
const ESM_CONSUMER = `
import { extractEmbeds, parseEmbedDate, supportedPlatforms } from 'embedsift';
import * as core from 'embedsift/core';
import { de } from 'embedsift/locales';
const post = 'Ferry plan passed https://t.co/Fr3yLn4Q8z— Harbour City Council (@HarbourCouncil) February 5, 2026';
const [found] = extractEmbeds(post, { platforms: supportedPlatforms });
const ok = found?.author.handle === 'HarbourCouncil' && parseEmbedDate('5. Februar 2026') === '2026-02-05'
  && core.parseEmbedDate('5. Februar 2026') === null && core.parseEmbedDate('5. Februar 2026', { locales: [de] }) === '2026-02-05';
console.log(ok ? 'ok' : 'wrong results');
`;
const CJS_CONSUMER = `
const { extractEmbeds, parseEmbedDate } = require('embedsift');
const core = require('embedsift/core');
const { de } = require('embedsift/locales');
const post = 'Ferry plan passed https://t.co/Fr3yLn4Q8z— Harbour City Council (@HarbourCouncil) February 5, 2026';
const [found] = extractEmbeds(post);
const ok = found && found.author.handle === 'HarbourCouncil' && parseEmbedDate('5. Februar 2026') === '2026-02-05'
  && core.parseEmbedDate('5. Februar 2026', { locales: [de] }) === '2026-02-05';
console.log(ok ? 'ok' : 'wrong results');
`;
const TS_CONSUMER = `
import { extractEmbeds, supportedPlatforms, type Embed, type ExtractOptions } from 'embedsift';
import { extractTweets } from 'embedsift/core';
import { de, type DateLocale } from 'embedsift/locales';
const locales: readonly DateLocale[] = [de];
const options: ExtractOptions = { platforms: supportedPlatforms, locales: [...locales, 'en'] };
const posts: Embed[] = [...extractEmbeds('text', options), ...extractTweets(new Uint8Array(0), { platforms: ['twitter'] as const })];
export const handles: (string | null)[] = posts.map((p) => p.author.handle);
`;

try {
  // 1. Pack.
  const pack = run('npm', ['pack', '--json', '--silent', '--pack-destination', work]);
  let tarball = null;
  let files = [];
  if (pack.ok) {
    try {
      const info = JSON.parse(pack.stdout)[0];
      tarball = join(work, info.filename);
      files = info.files.map((f) => f.path);
    } catch {
      // handled below: tarball stays null
    }
  }
  report('npm pack', tarball !== null, tarball ? `${files.length} files` : '', pack.out);
  if (tarball === null) throw new Error('cannot go on without a tarball');

  const required = [
    'package.json', 'LICENSE', 'README.md', 'CHANGELOG.md', 'dist/cli.js',
    'dist/index.js', 'dist/index.d.ts', 'dist/core.js', 'dist/core.d.ts', 'dist/locales.js', 'dist/locales.d.ts',
    'dist/esm/index.js', 'dist/esm/locales.js', 'dist/esm-core/index.js', 'dist/THIRD-PARTY-NOTICES.txt',
  ];
  const missing = required.filter((f) => !files.includes(f));
  report('tarball contents', missing.length === 0, missing.length ? `missing ${missing.join(', ')}` : `${required.length} required files`, files.join('\n'));

  // TSDoc links in the published declarations must name something the package exports (or a
  // member of it, `ExtractOptions.locales`): a link to an internal name is dead for every reader.
  {
    const { readFileSync, readdirSync } = await import('node:fs');
    const dist = join(root, 'dist');
    const dts = readdirSync(dist).filter((f) => f.endsWith('.d.ts'));
    const exported = new Set();
    const dead = [];
    for (const entry of ['index.d.ts', 'locales.d.ts', 'core.d.ts']) {
      const text = readFileSync(join(dist, entry), 'utf8');
      for (const [, list] of text.matchAll(/export \{([^}]*)\}/g)) {
        for (const item of list.split(',')) {
          const name = item.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop();
          if (name) exported.add(name);
        }
      }
      for (const [, name] of text.matchAll(/export (?:declare )?(?:const|function|interface|type|class) (\w+)/g)) exported.add(name);
    }
    for (const file of dts) {
      for (const [, target] of readFileSync(join(dist, file), 'utf8').matchAll(/\{@link\s+([\w.]+)/g)) {
        if (!exported.has(target.split('.')[0])) dead.push(`${file}: {@link ${target}}`);
      }
    }
    report('TSDoc links', dead.length === 0, dead.length ? `${dead.length} to names the package does not export` : `every link in ${dts.length} declaration files names an export`, dead.join('\n'));
  }

  // 2. publint.
  const pub = run('npx', ['--no-install', 'publint', 'run', tarball, '--strict']);
  report('publint', pub.ok, pub.ok ? 'clean' : '', pub.out);

  // 3. attw. CommonJS callers load the ESM build through require(esm) (Node >= 20.19, the
  // engines floor); attw's node16-from-CJS resolution reports that as 'CJS resolves to ESM',
  // which the consumer check below proves works, so that one rule is left out.
  const attw = run('npx', ['--no-install', 'attw', tarball, '--format', 'ascii', '--no-color', '--profile', 'node16', '--ignore-rules', 'cjs-resolves-to-esm']);
  report('attw', attw.ok, attw.ok ? 'clean (every resolution; require(esm) allowed)' : '', attw.out);

  // 4. Consumer projects.
  const consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  const install = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], { cwd: consumer });
  report('install the tarball', install.ok, install.ok ? 'into a throwaway project' : '', install.out);
  if (install.ok) {
    const programs = [
      { name: 'consumer: ESM import', args: ['--input-type=module', '-e', ESM_CONSUMER] },
      { name: 'consumer: CommonJS require', args: ['--input-type=commonjs', '-e', CJS_CONSUMER] },
    ];
    for (const { name, args } of programs) {
      const r = run(process.execPath, args, { cwd: consumer });
      // A warning on stderr (an experimental require(esm)) counts as a failure too.
      report(name, r.ok && r.stdout.trim() === 'ok' && r.stderr.trim() === '', r.ok ? `Node ${process.version}` : '', r.out);
    }
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const base = { strict: true, noEmit: true, skipLibCheck: false, target: 'es2022', lib: ['es2022', 'dom'], types: [] };
    for (const { name, options, files: sources } of [
      { name: 'nodenext', options: { module: 'nodenext', moduleResolution: 'nodenext' }, files: { 'a.mts': TS_CONSUMER, 'b.cts': TS_CONSUMER } },
      { name: 'bundler', options: { module: 'esnext', moduleResolution: 'bundler' }, files: { 'a.ts': TS_CONSUMER } },
    ]) {
      const dir = join(consumer, `ts-${name}`);
      mkdirSync(dir);
      for (const [file, text] of Object.entries(sources)) writeFileSync(join(dir, file), text);
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...base, ...options }, include: ['*'] }));
      const r = run(process.execPath, [tsc, '-p', dir], { cwd: consumer });
      report(`consumer: TypeScript ${name}`, r.ok, r.ok ? Object.keys(sources).join(', ') : '', r.out);
    }

    // 5. Bundle sizes, resolved from the consumer as a browser bundler would.
    const { build } = await import('esbuild');
    for (const { name, code, budget } of BUNDLES) {
      let result = null;
      let error = null;
      try {
        result = await build({
          stdin: { contents: code, resolveDir: consumer, loader: 'js' },
          bundle: true,
          platform: 'browser',
          format: 'esm',
          target: 'es2022',
          minify: true,
          write: false,
          logLevel: 'silent',
        });
      } catch (e) {
        error = e;
      }
      if (result === null) {
        const msgs = (error?.errors ?? []).map((m) => `${m.location?.file ?? ''}:${m.location?.line ?? ''} ${m.text}`);
        report(`bundle: ${name}`, false, 'esbuild --bundle --platform=browser failed', msgs.join('\n') || String(error));
        continue;
      }
      const bytes = result.outputFiles[0].contents;
      const gz = gzipSync(bytes, { level: 9 }).length;
      report(`bundle: ${name}`, gz <= budget * 1024, `${kb(bytes.length)} minified, ${kb(gz)} gzipped (budget ${budget} KB)`);
    }
  }
} catch (e) {
  if (failures.length === 0) report('check-package', false, String(e));
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.log(`package checks failed: ${failures.join(', ')}`);
  process.exit(1);
}
