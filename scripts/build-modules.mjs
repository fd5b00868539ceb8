#!/usr/bin/env node
// Writes dist/esm/ (the `default` export condition, what bundlers read): every library module
// of src/ as its own ESM file, dependencies left as imports. A bundler then keeps only the
// modules a caller reaches (package.json says "sideEffects": false), so an entry that imports
// parseStatusUrl does not carry the HTML parser, linkifyjs or the date locales.
//
// dist/esm-core/ is the same tree for `embedsift/core`, whose date reader defaults to English:
// one import differs (core/dates/reader.js reads ./default-locales.en.js), as in tsup.config.ts.
import { build } from 'esbuild';
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const src = join(root, 'src');

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return relative(src, path) === 'cli' ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const out = join(root, 'dist', 'esm');
const outCore = join(root, 'dist', 'esm-core');
rmSync(out, { recursive: true, force: true });
rmSync(outCore, { recursive: true, force: true });
await build({
  entryPoints: sources(src),
  outdir: out,
  outbase: src,
  bundle: false,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  sourcemap: true,
  logLevel: 'warning',
});
// Only the library's modules are imported relatively; the package.json type tells Node and
// bundlers that these .js files are ESM.
cpSync(out, outCore, { recursive: true });
const reader = join(outCore, 'core', 'dates', 'reader.js');
const text = readFileSync(reader, 'utf8');
const swapped = text.replace('from "./default-locales.js"', 'from "./default-locales.en.js"');
if (swapped === text) throw new Error('build-modules: the default-locales import of reader.js was not found');
writeFileSync(reader, swapped);
