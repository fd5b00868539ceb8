#!/usr/bin/env node
// The playground page (playground/): builds it with esbuild into dist-playground/ and serves it.
//
//   node scripts/playground.mjs               build, then serve on http://localhost:5178/ (or a free port)
//   node scripts/playground.mjs --build-only  build and print the bundle sizes
//   node scripts/playground.mjs --port 8080   serve on another port
//
// The samples are collected here, at build time: every fixture input file (.html, .md, .txt, as
// test/fixtures.test.ts reads them) under fixtures/, except fixtures/dates, so that a new
// platform's fixtures appear in the page's list with no change to the page.
// The server is Node's own http: static files from dist-playground/, nothing else.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { annotateDateFnsBuilders, dropDateFnsFormatters } from './date-fns-plugins.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const outDir = join(root, 'dist-playground');
const fixturesDir = join(root, 'fixtures');
const SAMPLE = /\.(?:txt|md|html)$/;
const SKIPPED_DIRS = new Set([join(fixturesDir, 'dates')]);

/** Every sample: fixture input files, sorted by path, as `{ path, text }` with paths relative to fixtures/. */
export function collectSamples() {
  const files = [];
  const stack = [fixturesDir];
  while (stack.length > 0) {
    const dir = stack.pop();
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(p)) stack.push(p);
      } else if (SAMPLE.test(entry.name)) files.push(p);
    }
  }
  return files
    .map((p) => ({ path: relative(fixturesDir, p).split(sep).join('/'), text: readFileSync(p, 'utf8') }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** esbuild plugin: the module 'embedsift:samples' holds the samples. */
const samplesPlugin = {
  name: 'embedsift-samples',
  setup(b) {
    b.onResolve({ filter: /^embedsift:samples$/ }, () => ({ path: 'samples', namespace: 'embedsift-samples' }));
    b.onLoad({ filter: /.*/, namespace: 'embedsift-samples' }, () => ({
      contents: `export const samples = ${JSON.stringify(collectSamples())};`,
      loader: 'js',
      watchDirs: [fixturesDir],
    }));
  },
};

/** Builds the page; returns the sizes of what it wrote (bytes, minified and gzipped). */
export async function buildPlayground() {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(root, 'playground', 'main.ts'), join(root, 'playground', 'worker.ts')],
    outdir: outDir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: 'linked',
    legalComments: 'linked',
    logLevel: 'warning',
    // The library's own build steps for date-fns: the locale parts it never reads stay out.
    plugins: [samplesPlugin, dropDateFnsFormatters, annotateDateFnsBuilders],
  });
  for (const f of ['index.html', 'style.css', 'favicon.svg']) copyFileSync(join(root, 'playground', f), join(outDir, f));
  const sizes = {};
  for (const f of ['index.html', 'style.css', 'main.js', 'worker.js']) {
    const data = readFileSync(join(outDir, f));
    sizes[f] = { bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
  }
  return sizes;
}

export function formatSizes(sizes) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  let total = 0;
  let totalGz = 0;
  const lines = Object.entries(sizes).map(([f, s]) => {
    total += s.bytes;
    totalGz += s.gzip;
    return `  ${f.padEnd(11)} ${kb(s.bytes).padStart(9)}  (${kb(s.gzip)} gzipped)`;
  });
  lines.push(`  ${'all'.padEnd(11)} ${kb(total).padStart(9)}  (${kb(totalGz)} gzipped)`);
  return lines.join('\n');
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serves dist-playground/ on host:port (port 0: any free port); resolves to the server and its address. */
export function servePlayground({ host = '127.0.0.1', port = 0 } = {}) {
  const server = createServer((req, res) => {
    let file = outDir;
    let ok = false;
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      file = resolve(outDir, `.${path.endsWith('/') ? `${path}index.html` : path}`);
      ok = file.startsWith(outDir + sep) && statSync(file).isFile();
    } catch {
      ok = false; // a malformed URL or a missing file
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
    } else if (!ok) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
    } else {
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const addr = server.address();
      const shown = host === '127.0.0.1' || host === '::1' ? 'localhost' : host;
      resolvePromise({ server, url: `http://${shown}:${addr.port}/` });
    });
  });
}

async function main(argv) {
  const buildOnly = argv.includes('--build-only');
  const portAt = argv.indexOf('--port');
  const port = portAt === -1 ? 5178 : Number(argv[portAt + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('usage: node scripts/playground.mjs [--build-only] [--port N]');
    process.exit(2);
  }
  const sizes = await buildPlayground();
  console.log(`built ${relative(root, outDir)}/:\n${formatSizes(sizes)}`);
  if (buildOnly) return;
  let served;
  try {
    served = await servePlayground({ port });
  } catch (e) {
    if (e.code !== 'EADDRINUSE' || portAt !== -1) throw e;
    served = await servePlayground({ port: 0 }); // the default port is taken: any free one
  }
  console.log(`embedsift playground: ${served.url}  (Ctrl+C to stop)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
