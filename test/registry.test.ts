/**
 * The platform scaffolding: every folder under src/platforms/ is a registered platform with
 * fixtures and tests of its own, and every registered platform's declarations are usable by
 * core (markers the page search can anchor, kinds it documents).
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HTML_ANCHORS } from '../src/core/html/locate.js';
import { supportedPlatforms } from '../src/index.js';
import { registry } from '../src/platforms/registry.js';

const root = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));
const folders = readdirSync(root('src/platforms'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('platform registry', () => {
  it('has platforms', () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  it.each(folders)('src/platforms/%s is registered, with fixtures and tests', (name) => {
    expect(registry.map((p) => p.id)).toContain(name);
    expect(existsSync(root(`fixtures/${name}`)), `fixtures/${name}/`).toBe(true);
    expect(existsSync(root(`test/platforms/${name}`)), `test/platforms/${name}/`).toBe(true);
  });

  it('registers nothing without a folder, once each, in supportedPlatforms order', () => {
    const ids = registry.map((p) => p.id);
    expect([...ids].sort()).toEqual(folders);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...supportedPlatforms]).toEqual(ids);
  });

  it.each(registry.filter((p) => p.html !== undefined).map((p) => [p.id, p.html?.markers ?? []] as const))(
    "%s's HTML markers each hold an anchor the page search stops at",
    (_id, markers) => {
      expect(markers.length).toBeGreaterThan(0);
      for (const m of markers) expect(HTML_ANCHORS.some((a) => m.includes(a)), m).toBe(true);
    },
  );

  it('gives every platform at least one route', () => {
    for (const p of registry) expect(p.html ?? p.text ?? p.markdown, p.id).toBeDefined();
  });
});
