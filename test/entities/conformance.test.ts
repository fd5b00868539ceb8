/**
 * twitter-text's language-neutral conformance suite (extract.yml), read as data at test time
 * from the shared checkout next to the repository; skipped when it is not there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extractEntities, extractMentionsOrLists, extractReply } from '../../src/core/entities/index.js';

const EXTRACT_YML = fileURLToPath(new URL('../../../shared/conformance/twitter-text/extract.yml', import.meta.url));
const present = existsSync(EXTRACT_YML);

interface Case {
  description: string;
  text: string;
  expected: unknown;
}
type Indexed = { indices: [number, number] } & Record<string, unknown>;

const sections: Record<string, Case[]> = present
  ? ((parse(readFileSync(EXTRACT_YML, 'utf8')) as { tests: Record<string, Case[]> }).tests ?? {})
  : {};

/** What each section asks of us, as [actual, expected] in comparable form. */
const routes: Record<string, (c: Case) => [unknown, unknown]> = {
  mentions: (c) => [extractMentionsOrLists(c.text).filter((m) => m.list === '').map((m) => m.handle), c.expected],
  mentions_with_indices: (c) => [
    extractMentionsOrLists(c.text)
      .filter((m) => m.list === '')
      .map((m) => [m.handle, m.start, m.end]),
    (c.expected as Indexed[]).map((e) => [e['screen_name'], ...e.indices]),
  ],
  mentions_or_lists_with_indices: (c) => [
    extractMentionsOrLists(c.text).map((m) => [m.handle, m.list, m.start, m.end]),
    (c.expected as Indexed[]).map((e) => [e['screen_name'], e['list_slug'], ...e.indices]),
  ],
  replies: (c) => [extractReply(c.text), c.expected ?? null],
  urls: (c) => [extractEntities(c.text).urls.map((u) => u.url), c.expected],
  urls_with_indices: (c) => [
    extractEntities(c.text).urls.map((u) => [u.url, u.start, u.end]),
    (c.expected as Indexed[]).map((e) => [e['url'], ...e.indices]),
  ],
  urls_with_directional_markers: (c) => [
    extractEntities(c.text).urls.map((u) => [u.url, u.start, u.end]),
    (c.expected as Indexed[]).map((e) => [e['url'], ...e.indices]),
  ],
  tco_urls_with_params: (c) => [extractEntities(c.text).urls.map((u) => u.url), c.expected],
  hashtags: (c) => [extractEntities(c.text).hashtags.map((h) => h.tag), c.expected],
  hashtags_from_astral: (c) => [extractEntities(c.text).hashtags.map((h) => h.tag), c.expected],
  hashtags_with_indices: (c) => [
    extractEntities(c.text).hashtags.map((h) => [h.tag, h.start, h.end]),
    (c.expected as Indexed[]).map((e) => [e['hashtag'], ...e.indices]),
  ],
  cashtags: (c) => [extractEntities(c.text).cashtags.map((h) => h.tag), c.expected],
  cashtags_with_indices: (c) => [
    extractEntities(c.text).cashtags.map((h) => [h.tag, h.start, h.end]),
    (c.expected as Indexed[]).map((e) => [e['cashtag'], ...e.indices]),
  ],
};

describe.skipIf(!present)('twitter-text conformance: extract.yml', () => {
  it('has every section this suite routes', () => {
    for (const name of Object.keys(routes)) expect(sections[name]?.length ?? 0, name).toBeGreaterThan(0);
  });

  for (const [name, route] of Object.entries(routes)) {
    describe(name, () => {
      it.each((sections[name] ?? []).map((c) => [c.description, c] as const))('%s', (_description, c) => {
        const [actual, expected] = route(c);
        expect(actual).toEqual(expected);
      });
    });
  }
});
