#!/usr/bin/env node
// Runs the test suite (after `npm run build`) under the current Node LTS lines besides the one
// in use, with real Node binaries from the npm registry's `node` package (`npx -p node@22`), so
// nothing but the registry is needed. Usage: node scripts/test-node-versions.mjs [22 24 …]
// [-- vitest arguments]. Prints one line per version; a failing version prints vitest's output.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const versions = (dash === -1 ? argv : argv.slice(0, dash)).filter((v) => /^\d+$/.test(v));
const vitestArgs = dash === -1 ? [] : argv.slice(dash + 1);
const failed = [];

for (const major of versions.length > 0 ? versions : ['22', '24']) {
  const t0 = Date.now();
  // The binary the tests will run on, as npx puts it first on PATH.
  const probe = spawnSync('npx', ['--yes', '-p', `node@${major}`, '--', 'node', '--version'], { cwd: root, encoding: 'utf8' });
  const version = (probe.stdout ?? '').trim();
  if (probe.status !== 0 || !version.startsWith(`v${major}.`)) {
    failed.push(major);
    console.log(`FAIL Node ${major}: npx -p node@${major} gave ${JSON.stringify(version)}\n${probe.stderr ?? ''}`);
    continue;
  }
  const r = spawnSync(
    'npx',
    ['--yes', '-p', `node@${major}`, '--', 'node', 'node_modules/vitest/vitest.mjs', 'run', '--reporter=dot', ...vitestArgs],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } },
  );
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  const summary = /Tests\s+(.*\(\d+\))/.exec(out.replace(/\x1b\[[0-9;]*m/g, ''))?.[1] ?? 'no summary';
  const seconds = ((Date.now() - t0) / 1000).toFixed(0);
  console.log(`${r.status === 0 ? 'ok  ' : 'FAIL'} Node ${version}: ${summary}, ${seconds} s`);
  if (r.status !== 0) {
    failed.push(major);
    console.log(out.trimEnd().replace(/^/gm, '     | '));
  }
}
if (failed.length > 0) process.exit(1);
