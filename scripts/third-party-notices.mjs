#!/usr/bin/env node
// Writes dist/THIRD-PARTY-NOTICES.txt: the license of every package whose code the build inlines
// into dist/ (the Node build inlines all runtime dependencies; dist/esm inlines date-fns). Each
// of these licenses (MIT, BSD-2-Clause) asks that its notice travel with copies of the code.
import { build } from 'esbuild';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

// The packages the library's Node build reaches, found the way the build finds them.
const result = await build({
  entryPoints: [join(root, 'src', 'index.ts'), join(root, 'src', 'cli', 'index.ts')],
  bundle: true,
  write: false,
  metafile: true,
  platform: 'node',
  format: 'esm',
  outdir: join(root, 'dist'),
  logLevel: 'silent',
});
const packages = new Set();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (m) packages.add(m[1]);
}

let text = 'embedsift inlines code from the following packages. Their licenses follow.\n';
for (const name of [...packages].sort()) {
  const dir = join(root, 'node_modules', name);
  const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  if (file === undefined) throw new Error(`third-party-notices: ${name} ships no license file`);
  text += `\n${'-'.repeat(78)}\n${name} ${version} (${license})\n\n${readFileSync(join(dir, file), 'utf8').trim()}\n`;
}
writeFileSync(join(root, 'dist', 'THIRD-PARTY-NOTICES.txt'), text);
