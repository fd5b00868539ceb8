/**
 * Hostile pages built from the markers of Bluesky, Mastodon, Reddit and Telegram: unclosed embed
 * elements by the hundred thousand, markers packed into one attribute, twins without end. Each
 * must come back without a throw, invent no embed where none is, and not hide a real post placed
 * after it. The four platforms' forms are also driven directly (no catch). No timing is asserted.
 */
import { describe, expect, it } from 'vitest';
import { extractEmbeds, type Embed } from '../../src/index.js';
import { registry } from '../../src/platforms/registry.js';
import { scanDirectly } from '../helpers/scan.js';

const N = 100_000;
const REAL = '<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="port_authority/4021"></script>';

const MINE = ['bluesky', 'mastodon', 'reddit', 'telegram'];
const mine = (e: Embed): boolean => MINE.includes(e.platform);

/** The four platforms' forms driven directly, no catch. */
function scanMine(input: string): Embed[] {
  return registry.filter((p) => MINE.includes(p.id)).flatMap((p) => scanDirectly(p, input, 'html'));
}

const EMPTY: { description: string; input: () => string }[] = [
  { description: 'unclosed Bluesky quotes naming no post', input: () => '<blockquote class="bluesky-embed"><p>'.repeat(N) },
  { description: 'unclosed Mastodon iframes of no status', input: () => '<iframe src="https://a.example/x" class="mastodon-embed">'.repeat(N) },
  { description: 'class-less iframes of no embed page', input: () => '<iframe src="https://a.example/@u/1">'.repeat(N) },
  { description: 'unclosed Reddit quotes with subreddit links only', input: () => '<blockquote class="reddit-embed-bq"><a href="https://www.reddit.com/r/aa/">'.repeat(N) },
  { description: 'markers packed into one attribute', input: () => `<div class="${'bluesky-embed mastodon-embed reddit-card telegram-post //t.me/ '.repeat(N / 10)}">x</div>` },
  { description: 't.me links by the hundred thousand', input: () => '<a href="https://t.me/harbour_news/1">x</a>'.repeat(N) },
  { description: 'WordPress blocks holding no post link', input: () => '<figure class="wp-block-embed is-provider-reddit"><div>'.repeat(N / 10) },
];

describe('hostile marker pages', () => {
  it.each(EMPTY)('finds nothing in $description, and a real post after them', ({ input }) => {
    const page = input();
    expect(extractEmbeds(page, { format: 'html' }).filter(mine)).toEqual([]);
    expect(scanMine(page)).toEqual([]);
    const after = extractEmbeds(`${page}</div></figure></blockquote></iframe>${REAL}`, { format: 'html' });
    expect(after.filter((e) => e.platform === 'telegram').map((e) => e.id)).toContain('4021');
  });

  it('reads a hundred thousand Telegram scripts, each followed by an unclosed iframe of its post', () => {
    const unit = '<script data-telegram-post="port_authority/1"></script><iframe src="https://t.me/port_authority/1?embed=1">';
    const found = extractEmbeds(unit.repeat(N / 10), { format: 'html', platforms: ['telegram'] });
    // The first iframe never closes: its raw text swallows the rest of the page. An unclosed
    // iframe is no twin, so the script and the iframe stay two embeds side by side.
    expect(found.map((e) => e.kind)).toEqual(['script', 'iframe']);
    expect((found[0] as Embed).end).toBeLessThanOrEqual((found[1] as Embed).start);
  });
});
