/** Flattened Mastodon embeds in text (our own writing), with "does not find" beside each form. */
import { describe, expect, it } from 'vitest';
import { mastodon } from '../../../src/platforms/mastodon/index.js';
import { scanDirectly } from '../../helpers/scan.js';

const scan = (input: string) => scanDirectly(mastodon, input, 'text');

describe('flattened Mastodon embeds', () => {
  const finds: { description: string; input: string; expected: Record<string, unknown>[] }[] = [
    {
      description: 'the fallback on two lines',
      input: 'Prose.\n\nPost by @deckcrew@harbour.social\nView on Mastodon\n\nMore prose.',
      expected: [{ platform: 'mastodon', text: null, author: { name: null, handle: 'deckcrew@harbour.social' }, date: null }],
    },
    {
      description: 'the fallback glued (textContent), the trailer cut off the handle',
      input: 'Post by @transport@council.exampleView on Mastodon',
      expected: [{ author: { handle: 'transport@council.example' }, start: 0, end: 50 }],
    },
  ];
  it.each(finds)('finds $description', ({ input, expected }) => {
    const found = scan(input);
    expect(found).toMatchObject(expected);
    expect(found).toHaveLength(expected.length);
    for (const e of found) expect(e.kind).toBe('flattened');
  });
  const misses: { description: string; input: string }[] = [
    { description: '"Post by @user@host" without the fallback\'s second line', input: 'Post by @deckcrew@harbour.social drew replies all night.' },
    { description: 'a Threads fallback (no host)', input: 'Post by @ferry.rider\nView on Threads' },
    { description: 'empty input', input: '' },
  ];
  it.each(misses)('does not find $description', ({ input }) => expect(scan(input)).toEqual([]));
  it('reads Markdown the same way, source markdown', () => {
    const input = finds[0]?.input ?? '';
    expect(scanDirectly(mastodon, input, 'markdown')).toEqual(scan(input).map((e) => ({ ...e, source: 'markdown' })));
    expect(mastodon.text?.mayContain(input)).toBe(true);
  });
});
