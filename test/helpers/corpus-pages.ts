/**
 * The shared real pages (../shared/corpus/pages: evaluation data kept beside the project, never
 * copied into it), for the per-platform corpus checks. Tests skip when the folder is absent.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const PAGES = fileURLToPath(new URL('../../../shared/corpus/pages/', import.meta.url));
export const pagesPresent = existsSync(PAGES);

/** The names of the pages (`*.html`, `*.html.gz`), sorted; empty when the folder is absent. */
export function pageNames(): string[] {
  return pagesPresent ? readdirSync(PAGES).filter((n) => /\.html(?:\.gz)?$/.test(n)).sort() : [];
}

/** One page's text, gunzipped when stored compressed. */
export function readPage(name: string): string {
  const raw = readFileSync(PAGES + name);
  return (name.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
}

/** `{ key: count }` of a list, keys sorted, for printing. */
export function tally(keys: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of [...keys].sort()) out[k] = (out[k] ?? 0) + 1;
  return out;
}
