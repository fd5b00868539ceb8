/** Flattened Bluesky posts in text (our own writing), with "does not find" beside each form. */
import { describe, expect, it } from 'vitest';
import { scanBlueskyText } from '../../../src/platforms/bluesky/text.js';

function scan(input: string) {
  return scanBlueskyText({ input, source: 'text', locales: undefined, dates: {} });
}

describe('flattened Bluesky posts', () => {
  const finds: { description: string; input: string; expected: Record<string, unknown>[] }[] = [
    {
      description: 'a post glued to its attribution, date with time',
      input: 'Lanterns over the harbour tonight ✨ #harbour— Harbour Watch (@harbour.bsky.social) February 5, 2026 at 2:31 PM',
      expected: [{ platform: 'bluesky', kind: 'flattened', text: 'Lanterns over the harbour tonight ✨ #harbour', author: { name: 'Harbour Watch', handle: 'harbour.bsky.social' }, date: '2026-02-05', dateText: 'February 5, 2026 at 2:31 PM', hashtags: ['harbour'], id: null, url: null }],
    },
    {
      description: 'a custom-domain handle, the body on the line above (block per line)',
      input: 'Article paragraph.\n\n\nFerry is back in May https://example.com/ferry\n— City Council (@council.example.org) March 12, 2026 at 9:05 AM\n\nMore prose.',
      expected: [{ text: 'Ferry is back in May https://example.com/ferry', links: ['https://example.com/ferry'], author: { name: 'City Council', handle: 'council.example.org' }, date: '2026-03-12' }],
    },
    {
      description: 'two posts, one per line',
      input: 'First— Ann (@ann.bsky.social) February 5, 2026 at 1:00 PM\nSecond— Bob (@bob.bsky.social) February 6, 2026 at 2:00 PM',
      expected: [{ text: 'First', author: { name: 'Ann', handle: 'ann.bsky.social' } }, { text: 'Second', author: { name: 'Bob', handle: 'bob.bsky.social' } }],
    },
  ];
  it.each(finds)('finds $description', ({ input, expected }) => {
    const found = scan(input);
    expect(found.length).toBe(expected.length);
    found.forEach((e, i) => {
      expect(e).toMatchObject(expected[i] ?? {});
      expect(input.slice(e.start, e.end)).toContain(`(@${e.author.handle})`);
    });
  });
  const misses: { description: string; input: string }[] = [
    { description: 'an X signature (no domain handle)', input: 'Body— Jane Doe (@janedoe) February 5, 2026' },
    { description: 'a domain handle without a date', input: 'Body— Harbour Watch (@harbour.bsky.social) is our account' },
    { description: 'a handle without a dash before it', input: 'Follow Harbour Watch (@harbour.bsky.social) February 5, 2026' },
    { description: 'empty input', input: '' },
  ];
  it.each(misses)('does not find $description', ({ input }) => expect(scan(input)).toEqual([]));
});
