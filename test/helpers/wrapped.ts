/**
 * Route agreement for one platform's HTML fixtures: each embed of a golden file, cut out of its
 * page, is found alone with the same fields, and wrapped in random prose (words of several
 * scripts, handles, links, tags) it comes back the same, its offsets shifted. `stripEmbeds`
 * takes every embed out of a fixture page, with the widget scripts after them, and leaves its
 * paragraphs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { extractEmbeds, stripEmbeds, type Embed, type Platform } from '../../src/index.js';
import { registry } from '../../src/platforms/registry.js';
import { expectSameWhenWrapped } from './wrap.js';

const PROSE_WORDS = [
  'the', 'harbour', 'master', 'said', 'on', 'Tuesday', 'le', 'port', 'a', 'fermé', 'der', 'Hafen', 'порт', '港は', 'الميناء',
  '@harbourwatch.bsky.social', '@deckcrew@harbour.social', 'u/deckhand_42', 'r/Harbours', '#regatta', 'https://t.me/port_authority',
  'https://bsky.app/profile/harbourwatch.bsky.social', '—', '(AP)', '🕊️', 'October', '10,', '2024',
];

/** Declares, for every HTML fixture of `platform` with a golden, the cut-out and wrapped checks. */
export function wrappedInProse(platform: Platform): void {
  const dir = fileURLToPath(new URL(`../../fixtures/${platform}/html/`, import.meta.url));
  const cases: { name: string; slice: string; expected: Embed }[] = [];
  const pages: { name: string; page: string; none: boolean }[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const page = readFileSync(dir + name.replace(/\.json$/, '.html'), 'utf8');
    const golden = JSON.parse(readFileSync(dir + name, 'utf8')) as Embed[];
    pages.push({ name, page, none: golden.length === 0 });
    for (const e of golden) {
      cases.push({ name: `${name} ${e.kind} ${e.id ?? ''}`, slice: page.slice(e.start, e.end), expected: { ...e, start: 0, end: e.end - e.start } });
    }
  }

  it.each(pages)('$name: stripEmbeds leaves none of the embeds, and all of the prose', ({ page, none }) => {
    const stripped = stripEmbeds(page, { format: 'html' });
    expect(extractEmbeds(stripped, { format: 'html' })).toEqual([]);
    // The widget scripts that follow embeds go with them.
    for (const widget of registry.find((p) => p.id === platform)?.html?.widgetScripts ?? []) {
      if (!none) expect(page).toContain(widget);
      expect(stripped).not.toContain(widget);
    }
    if (none) expect(stripped).toBe(page);
    else expect(stripped.length).toBeLessThan(page.length);
    for (const text of page.match(/<p>[^<]{20,}<\/p>/g) ?? []) expect(stripped).toContain(text);
  });

  it('has fixture embeds to wrap', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('$name: found alone, and wrapped in prose, shifted', ({ slice, expected }) => {
    expect(extractEmbeds(slice, { format: 'html' })).toEqual([expected]);
    expectSameWhenWrapped((input) => extractEmbeds(input, { format: 'html' }), slice, PROSE_WORDS);
  });
}
