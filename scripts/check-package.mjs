#!/usr/bin/env node
// Checks the package as it would be published (run after `npm run build`):
//   1. `npm pack` and the tarball's file list: the library, its declarations and the CLI are in it;
//   2. publint on the tarball (warnings count as errors);
//   3. attw on the same tarball (what `attw --pack` does, without packing twice);
//   4. an esbuild browser-platform bundle of the packed dist/index.js: it fails if any Node
//      built-in is reachable from the library entry; prints the minified and gzipped size.
// Quiet on success (one line per check); a failing check prints its tool's full output.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const work = mkdtempSync(join(tmpdir(), 'embedsift-pack-'));
const failures = [];

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}`, stdout: r.stdout ?? '', error: r.error };
}

function report(name, ok, detail, output) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
  if (!ok) {
    failures.push(name);
    if (output) console.log(output.trimEnd().replace(/^/gm, '     | '));
  }
}

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

  const required = ['package.json', 'dist/index.js', 'dist/index.d.ts', 'dist/cli.js'];
  const missing = required.filter((f) => !files.includes(f));
  report('tarball contents', missing.length === 0, missing.length ? `missing ${missing.join(', ')}` : required.join(', '), files.join('\n'));

  // 2. publint.
  const pub = run('npx', ['--no-install', 'publint', 'run', tarball, '--strict']);
  report('publint', pub.ok, pub.ok ? 'clean' : '', pub.out);

  // 3. attw. The package is ESM-only by design (engines.node >= 20.19, where require() of ESM
  // works), so the 'esm-only' profile leaves out the node10 and node16-from-CJS resolutions,
  // which can only report that CommonJS callers need import(). Every ESM and bundler
  // resolution is still checked.
  const attw = run('npx', ['--no-install', 'attw', tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-color']);
  report('attw', attw.ok, attw.ok ? 'clean (profile esm-only)' : '', attw.out);

  // 4. Browser bundle of the packed library entry, dependencies resolved from this checkout.
  const untar = run('tar', ['xzf', tarball, '-C', work]);
  if (!untar.ok) report('untar', false, '', untar.out);
  else {
    const { build } = await import('esbuild');
    let result = null;
    let error = null;
    try {
      result = await build({
        entryPoints: [join(work, 'package', 'dist', 'index.js')],
        bundle: true,
        platform: 'browser',
        format: 'esm',
        target: 'es2022',
        minify: true,
        write: false,
        logLevel: 'silent',
        nodePaths: [join(root, 'node_modules')],
      });
    } catch (e) {
      error = e;
    }
    if (result === null) {
      const msgs = (error?.errors ?? []).map((m) => `${m.location?.file ?? ''}:${m.location?.line ?? ''} ${m.text}`);
      report('browser bundle', false, 'esbuild --bundle --platform=browser failed', msgs.join('\n') || String(error));
    } else {
      const code = result.outputFiles[0].contents;
      const gz = gzipSync(code, { level: 9 }).length;
      const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
      report('browser bundle', true, `${kb(code.length)} minified, ${kb(gz)} minified+gzipped (no Node built-ins reachable)`);
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
