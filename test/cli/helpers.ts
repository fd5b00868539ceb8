/**
 * Running the built CLI (dist/cli.js) end to end, and the library build it must agree with.
 * `npm test` builds first; running this folder alone builds when dist is missing or older than src.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const cli = join(root, 'dist', 'cli.js');
const libraryEntry = join(root, 'dist', 'index.js');

/** The library as built, typed as the source entry. */
export type Library = typeof import('../../src/index.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Builds dist/ when it is missing or the CLI bundle is older than src/cli/, then loads the built
 * library. (`npm test` builds before running the tests, so this only matters for a run of this
 * folder alone.)
 */
export async function buildOnce(): Promise<Library> {
  const stale =
    !existsSync(cli) || !existsSync(libraryEntry) || statSync(cli).mtimeMs < newestSource(join(root, 'src', 'cli'));
  if (stale) {
    const build = spawnSync('npx', ['tsup'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  }
  return (await import(pathToFileURL(libraryEntry).href)) as Library;
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stderr split into lines, without the final empty one. */
  errLines: string[];
}

/** Runs `node dist/cli.js ...args` with `input` on stdin (empty when not given). */
export function run(args: string[], input: string | Buffer = '', cwd?: string): Run {
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [cli, ...args], {
    input,
    cwd: cwd ?? root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const errLines = result.stderr === '' ? [] : result.stderr.replace(/\n$/, '').split('\n');
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, errLines };
}

/** A temporary folder with helpers to write files into it; `cleanup()` removes it. */
export function scratch(): { dir: string; file: (name: string, content: string | Buffer) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'embedsift-cli-'));
  return {
    dir,
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Parses JSON Lines output. */
export function jsonLines(text: string): unknown[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);
}

/** Synthetic flattened X posts, the way copied article text shows them. */
export const POST_A = 'Big news today https://t.co/AbCdEfGhIj— Jane Doe (@janedoe) February 5, 2026';
export const POST_B = 'Water levels keep rising #floods https://t.co/QwErTyUiOp— River Watch (@riverwatch) March 3, 2026';
export const ARTICLE = `The city council met on Thursday.\n\n${POST_A}\n\nResidents were not convinced.\n\n${POST_B}\n\nThe vote is next week.\n`;
