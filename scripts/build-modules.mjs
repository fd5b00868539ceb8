#!/usr/bin/env node
// Writes dist/esm/ (the `default` export condition, what bundlers read): every library module
// of src/ as its own ESM file, dependencies left as imports. A bundler then keeps only the
// modules a caller reaches (package.json says "sideEffects": false), so an entry that imports
// parseStatusUrl does not carry the HTML parser, linkifyjs or the date locales.
//
// date-fns is the exception: what the modules import from it (parse, isValid, isExists and the
// locales) is inlined into one module, dist/esm/vendor/date-fns.js, without the locale
// formatters embedsift never calls and with the locale builders marked pure
// (./date-fns-plugins.mjs), so a bundle keeps only the locales it uses, a third less of each,
// and one English locale (date-fns parse's default and the 'en' row share it).
//
// dist/esm-core/ is the same tree for `embedsift/core`, whose date reader defaults to English:
// one import differs (core/dates/reader.js reads ./default-locales.en.js), as in tsup.config.ts.
import { build } from 'esbuild';
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotateDateFnsBuilders, dropDateFnsFormatters } from './date-fns-plugins.mjs';

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
// What the modules import from date-fns, as one module.
const modules = readdirSync(out, { recursive: true }).filter((f) => f.endsWith('.js')).map((f) => join(out, f));
const IMPORT = /import \{ ([^}]+) \} from "date-fns\/([\w/-]+)";/g;
const exports = new Map();
for (const file of modules) {
  for (const [, names, path] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    for (const name of names.split(',').map((n) => n.trim().split(/\s+as\s+/)[0])) exports.set(name, path);
  }
}
if (!exports.has('parse') || !exports.has('enUS')) throw new Error('build-modules: date-fns imports not found');
const vendor = join(out, 'vendor', 'date-fns.js');
await build({
  stdin: {
    contents: [...exports].map(([name, path]) => `export { ${name} } from 'date-fns/${path}';`).join('\n'),
    resolveDir: root,
    loader: 'js',
  },
  outfile: vendor,
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  plugins: [dropDateFnsFormatters, annotateDateFnsBuilders],
  legalComments: 'inline',
  logLevel: 'warning',
});
for (const file of modules) {
  const text = readFileSync(file, 'utf8');
  let rel = relative(dirname(file), vendor).replaceAll('\\', '/');
  if (!rel.startsWith('.')) rel = `./${rel}`;
  const swapped = text.replace(/from "date-fns\/[\w/-]+"/g, `from "${rel}"`);
  if (swapped !== text) writeFileSync(file, swapped);
}

// Only the library's modules are imported relatively; the package.json type tells Node and
// bundlers that these .js files are ESM.
cpSync(out, outCore, { recursive: true });
const reader = join(outCore, 'core', 'dates', 'reader.js');
const text = readFileSync(reader, 'utf8');
const swapped = text.replace('from "./default-locales.js"', 'from "./default-locales.en.js"');
if (swapped === text) throw new Error('build-modules: the default-locales import of reader.js was not found');
writeFileSync(reader, swapped);
// The data is shared with dist/esm/, so that embedsift/core with rows from embedsift/locales
// bundles one copy of each row and of date-fns.
for (const shared of ['vendor/date-fns.js', 'core/dates/locales.js']) {
  const file = join(outCore, shared);
  let rel = relative(dirname(file), join(out, shared)).replaceAll('\\', '/');
  if (!rel.startsWith('.')) rel = `./${rel}`;
  writeFileSync(file, `export * from ${JSON.stringify(rel)};\n`);
  rmSync(`${file}.map`, { force: true });
}
