// npm run bench:import (also run by npm run bench): what `import` costs a fresh Node process, the
// cost a serverless function pays on every cold start, against htmlparser2's own cold import:
//   import('embedsift')        vs import('htmlparser2')        target <= 2x
//   import('embedsift/core')   vs import('htmlparser2')        a report (English dates only)
// Each round starts one fresh process per entry, in an order that alternates from round to round,
// and each process times its own `await import(…)` with performance.now() (Node's start-up is not
// counted). A ratio is of the medians over the rounds. The built files in dist/ are imported, as
// `npm run build` writes them. A report: always exits 0.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROUNDS = Number(process.env.IMPORT_BENCH_ROUNDS ?? 15);
const dist = (name) => fileURLToPath(new URL(`../dist/${name}`, import.meta.url));

const entries = [
  { name: 'embedsift', url: pathToFileURL(dist('index.js')).href },
  { name: 'embedsift/core', url: pathToFileURL(dist('core.js')).href },
  // htmlparser2 as its own package resolves for an ESM importer.
  { name: 'htmlparser2', url: import.meta.resolve('htmlparser2') },
];

/** Milliseconds one fresh process takes to import `url`, or NaN when the import fails. */
function coldImport(url) {
  const code = `const t = performance.now(); await import(${JSON.stringify(url)}); console.log(performance.now() - t);`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  return r.status === 0 ? Number(r.stdout) : Number.NaN;
}

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!existsSync(dist('index.js')) || !existsSync(dist('core.js'))) {
  console.log('\nCold import not measured: dist/ is not built (npm run bench:import builds it).');
} else {
  const times = Object.fromEntries(entries.map((e) => [e.name, []]));
  for (let i = 0; i < ROUNDS; i++) {
    const order = i % 2 === 0 ? entries : entries.slice().reverse();
    for (const e of order) times[e.name].push(coldImport(e.url));
  }
  const failed = entries.filter((e) => times[e.name].some(Number.isNaN)).map((e) => e.name);
  const theirs = median(times.htmlparser2);
  console.log(`\nCold import, fresh Node process per import (${ROUNDS} rounds, medians; the order alternates):`);
  for (const e of entries) {
    const ms = median(times[e.name]);
    const sorted = times[e.name].slice().sort((a, b) => a - b);
    const range = `${sorted[0].toFixed(0)}–${sorted[sorted.length - 1].toFixed(0)} ms`;
    const ratio = e.name === 'htmlparser2' ? '' : `  ${(ms / theirs).toFixed(2)}× htmlparser2`;
    console.log(`  import('${e.name}')`.padEnd(30) + `${ms.toFixed(0)} ms (rounds ${range})${ratio}`);
  }
  const ratio = median(times.embedsift) / theirs;
  const verdict = failed.length > 0 ? `FAIL (import failed: ${failed.join(', ')})` : ratio <= 2 ? 'PASS' : 'FAIL';
  console.log(`Target: import('embedsift') <= 2x htmlparser2's cold import: ${ratio.toFixed(2)}x ${verdict}`);
}
