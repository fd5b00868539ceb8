/**
 * `--platform` for the platforms read in HTML beside X: the built CLI prints exactly what the
 * built library returns for each one alone, and a page's embeds of the others are left out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, root, run, type Library } from './helpers.js';

let lib: Library;
beforeAll(async () => {
  lib = await buildOnce();
}, 120_000);

const PLATFORMS = ['bluesky', 'mastodon', 'reddit', 'telegram'] as const;
/** Every platform's fixture article in one page. */
const PAGE = PLATFORMS.map((p) => readFileSync(join(root, 'fixtures', p, 'html', 'article-embed-forms.html'), 'utf8')).join('\n');

describe('--platform with HTML input', () => {
  it.each(PLATFORMS)('--platform %s keeps that platform’s embeds only', (platform) => {
    const r = run(['--platform', platform, '--format', 'html'], PAGE);
    expect(r.status).toBe(0);
    const embeds = JSON.parse(r.stdout) as { platform: string }[];
    expect(embeds.length).toBeGreaterThan(0);
    expect(new Set(embeds.map((e) => e.platform))).toEqual(new Set([platform]));
    expect(embeds).toEqual(lib.extractEmbeds(PAGE, { format: 'html', platforms: [platform] }));
  });

  it('without --platform prints the embeds of all of them', () => {
    const embeds = JSON.parse(run(['--format', 'html'], PAGE).stdout) as { platform: string }[];
    expect(new Set(embeds.map((e) => e.platform))).toEqual(new Set(PLATFORMS));
  });
});
