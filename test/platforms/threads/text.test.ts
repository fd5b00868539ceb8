/** Flattened Threads embeds in text (our own writing), with "does not find" beside each form. */
import { describe, expect, it } from 'vitest';
import { threads } from '../../../src/platforms/threads/index.js';
import { scanDirectly } from '../../helpers/scan.js';

const scan = (input: string) => scanDirectly(threads, input, 'text');

describe('flattened Threads embeds', () => {
  const finds: { description: string; input: string; expected: Record<string, unknown>[] }[] = [
    {
      description: 'the fallback on two lines',
      input: 'Prose.\n\nPost by @ferry.rider\nView on Threads\n\nMore prose.',
      expected: [{ platform: 'threads', text: null, author: { name: null, handle: 'ferry.rider' } }],
    },
    {
      description: 'the fallback glued (textContent), the trailer cut off the handle',
      input: 'Post by @island_ferriesView on Threads',
      expected: [{ author: { handle: 'island_ferries' }, start: 0, end: 38 }],
    },
  ];
  it.each(finds)('finds $description', ({ input, expected }) => {
    const found = scan(input);
    expect(found).toMatchObject(expected);
    expect(found).toHaveLength(expected.length);
    for (const e of found) expect(e.kind).toBe('flattened');
  });
  const misses: { description: string; input: string }[] = [
    { description: '"Post by @user" without the fallback\'s second line', input: 'Post by @ferry.rider on the forum was shared widely.' },
    { description: 'a Mastodon fallback', input: 'Post by @deckcrew@harbour.social\nView on Mastodon' },
    { description: 'empty input', input: '' },
  ];
  it.each(misses)('does not find $description', ({ input }) => expect(scan(input)).toEqual([]));
  it('reads Markdown the same way, source markdown', () => {
    const input = finds[0]?.input ?? '';
    expect(scanDirectly(threads, input, 'markdown')).toEqual(scan(input).map((e) => ({ ...e, source: 'markdown' })));
    expect(threads.text?.mayContain(input)).toBe(true);
  });
});
