// npm run test:cluster: the Dask job (embedsift_dask.py) on a LocalCluster of two worker
// processes, over WARC files written here, twice: once as it is, once with a worker process
// killed while its task is midway. Each time every record must arrive exactly once, with the
// embeds its page was generated with. Installs Debian's python3-distributed if it is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { article } from '../../bench/corpus.mjs';
import { recordId, request, response, writeArchive } from '../../bench/warc-archive.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('./', import.meta.url));
const PYTHON = '/usr/bin/python3'; // Debian's, where python3-distributed installs
const FILES = 4;
const PAGES_PER_FILE = 150;

const t0 = Date.now();
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  return { ok: r.status === 0, status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
}

// 1. Dask, from Debian's packages.
if (!sh(PYTHON, ['-c', 'import distributed']).ok) {
  console.log('installing python3-distributed (apt-get) …');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'python3-distributed']]) {
    const [cmd, ...rest] = [...sudo, 'apt-get', ...args];
    const r = sh(cmd, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (!r.ok) {
      console.error(`apt-get ${args.join(' ')} failed (status ${r.status})`);
      process.exit(1);
    }
  }
}
const version = sh(PYTHON, ['-c', 'import distributed; print(distributed.__version__)']);
console.log(`dask.distributed ${version.stdout.trim()} (${PYTHON}), ${seconds(t0)} s`);

// 2. The CLI.
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  const b = sh('npm', ['run', 'build', '--silent']);
  if (!b.ok) throw new Error(`build failed: ${b.stderr}`);
}

// 3. Archives: news pages with posts (some without), request records beside them, some bodies gzipped.
const work = mkdtempSync(join(tmpdir(), 'embedsift-cluster-'));
const expected = new Map(); // recordId -> post ids, in page order (null: a skipped record)
const files = [];
let id = 0;
const tGen = Date.now();
for (let f = 0; f < FILES; f++) {
  const makers = [];
  for (let p = 0; p < PAGES_PER_FILE; p++) {
    const url = `https://courier.example/${f}/${p}`;
    const seed = 1 + f * 1000 + p;
    const page = article('html', { size: 30_000 + (seed % 5) * 5000, seed, embeds: p % 4 !== 3 });
    makers.push(request({ url, id: ++id }));
    expected.set(recordId(id), null);
    makers.push(response({ url, id: ++id, body: page.input, encoding: p % 3 === 0 ? 'gzip' : null }));
    expected.set(recordId(id), page.posts.map((post) => post.id));
  }
  const path = join(work, `crawl-${String(f).padStart(4, '0')}.warc.gz`);
  writeFileSync(path, (await writeArchive(makers, 'record-gzip')).bytes);
  files.push(path);
}
const posts = [...expected.values()].reduce((n, ids) => n + (ids?.length ?? 0), 0);
console.log(`${FILES} archives, ${expected.size} records, ${posts} posts, written in ${seconds(tGen)} s`);

/** Checks one run's output folder against what the archives hold. */
function verify(out, label) {
  const parts = readdirSync(out).filter((n) => n.startsWith('part-')).sort();
  check(parts.length === FILES, `${label}: one part per input (${parts.length} of ${FILES})`);
  const seen = new Map();
  let wrong = 0;
  for (const part of parts) {
    for (const line of readFileSync(join(out, part), 'utf8').split('\n')) {
      if (line === '') continue;
      const record = JSON.parse(line);
      seen.set(record.recordId, (seen.get(record.recordId) ?? 0) + 1);
      const want = expected.get(record.recordId);
      const got = record.embeds ? record.embeds.map((e) => e.id) : null;
      if (want === undefined || JSON.stringify(got) !== JSON.stringify(want === null ? null : want)) {
        // A page without posts prints "embeds": [] (--all-records); a skipped record prints none.
        if (!(want === null && record.skipped)) wrong++;
      }
    }
  }
  const missing = [...expected.keys()].filter((k) => !seen.has(k)).length;
  const doubled = [...seen.values()].filter((n) => n > 1).length;
  check(missing === 0, `${label}: every record arrived (${missing} missing)`);
  check(doubled === 0, `${label}: no record arrived twice (${doubled} doubled)`);
  check(wrong === 0, `${label}: every record has the embeds its page was written with (${wrong} differ)`);
  const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
  check(
    summary.totals.records === expected.size && summary.totals.embeds === posts && summary.totals.failed === 0,
    `${label}: summary.json counts ${summary.totals.records} records, ${summary.totals.embeds} embeds, ${summary.totals.failed} failed`,
  );
  check(readdirSync(join(out, '.tmp')).length === 0, `${label}: no unfinished part left behind`);
  return summary;
}

// 4. The job as it is, then with a worker killed midway.
const timings = {};
for (const kill of [false, true]) {
  const label = kill ? 'worker killed' : 'plain run';
  const out = join(work, kill ? 'out-kill' : 'out');
  mkdirSync(out);
  const t = Date.now();
  const args = [join(here, 'cluster_test.py'), '--out', out, '--node', process.execPath, '--cli', cli, ...(kill ? ['--kill'] : []), ...files];
  const r = sh(PYTHON, args);
  if (!r.ok) {
    console.error(r.stdout, r.stderr);
    check(false, `${label}: the job ran (status ${r.status})`);
    continue;
  }
  const report = JSON.parse(r.stdout.trim().split('\n').at(-1));
  timings[label] = { total: seconds(t), cluster: report.cluster_seconds, job: report.job_seconds };
  const summary = verify(out, label);
  if (kill) {
    check(report.killed_pid !== undefined, `${label}: a worker process was killed (pid ${report.killed_pid}, ${report.bytes_written} bytes into ${report.part}, at ${report.at} s)`);
    const redone = summary.files.find((f) => f.part === report.part);
    check(redone !== undefined && redone.worker_pid !== report.killed_pid, `${label}: its task was run again by another worker process (pid ${redone?.worker_pid})`);
  }
}

rmSync(work, { recursive: true, force: true });
for (const [label, t] of Object.entries(timings)) {
  console.log(`${label}: ${t.total} s in all (cluster start ${t.cluster} s, job ${t.job} s)`);
}
console.log(`test:cluster ${failures.length === 0 ? 'passed' : `FAILED (${failures.length})`} in ${seconds(t0)} s`);
process.exit(failures.length === 0 ? 0 : 1);
