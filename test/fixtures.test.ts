/**
 * Golden fixtures: every `fixtures/**\/<case>.{txt,md,html}` with a sibling `<case>.json` holds
 * the embeds `extractEmbeds` must return for it (format detected, default options).
 * `UPDATE=1 npx vitest run test/fixtures.test.ts` rewrites the JSON files; a regenerated golden
 * file is reviewed line by line in the diff before it is committed.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractEmbeds } from '../src/index.js';

const ROOT = fileURLToPath(new URL('../fixtures/', import.meta.url));
const INPUT = /\.(?:txt|md|html)$/;

function walk(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop() as string;
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) stack.push(p);
      else if (INPUT.test(entry.name) && existsSync(p.replace(INPUT, '.json'))) out.push(p);
    }
  }
  return out.sort();
}

const cases = walk(ROOT).map((file) => ({ name: relative(ROOT, file), file }));

describe('golden fixtures', () => {
  it('has fixtures to check', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('$name', ({ file }) => {
    const input = readFileSync(file, 'utf8');
    const golden = file.replace(INPUT, '.json');
    const actual = extractEmbeds(input);
    if (process.env.UPDATE) writeFileSync(golden, JSON.stringify(actual, null, 2) + '\n');
    expect(actual).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
    for (const e of actual) expect(input.slice(e.start, e.end).length).toBe(e.end - e.start);
  });
});
