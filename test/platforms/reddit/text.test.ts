/** Flattened Reddit embeds in text (our own writing), with "does not find" beside each form. */
import { describe, expect, it } from 'vitest';
import { reddit } from '../../../src/platforms/reddit/index.js';
import { scanDirectly } from '../../helpers/scan.js';

const scan = (input: string) => scanDirectly(reddit, input, 'text');

describe('flattened Reddit embeds', () => {
  const finds: { description: string; input: string; expected: Record<string, unknown>[] }[] = [
    {
      description: 'title, byline and subreddit glued as textContent leaves them',
      input: 'Prose.\n\nThe ferry ran on time for once\n byu/deckhand_42 inHarbours\n\nMore prose.',
      expected: [{ platform: 'reddit', text: 'The ferry ran on time for once', author: { name: null, handle: 'deckhand_42' } }],
    },
    {
      description: 'title and byline on one line',
      input: 'Night crossing photos by u/pier_master in Harbours',
      expected: [{ text: 'Night crossing photos', author: { handle: 'pier_master' }, start: 0, end: 50 }],
    },
  ];
  it.each(finds)('finds $description', ({ input, expected }) => {
    const found = scan(input);
    expect(found).toMatchObject(expected);
    expect(found).toHaveLength(expected.length);
    for (const e of found) expect(e.kind).toBe('flattened');
  });
  const misses: { description: string; input: string }[] = [
    { description: '"by u/user" in prose, no subreddit after it', input: 'A thread started by u/deckhand_42 last week asked the same.' },
    { description: 'a user name too short for Reddit', input: 'Ferry photos by u/ab in Harbours' },
    { description: 'empty input', input: '' },
  ];
  it.each(misses)('does not find $description', ({ input }) => expect(scan(input)).toEqual([]));
  it('reads Markdown the same way, source markdown', () => {
    const input = finds[0]?.input ?? '';
    expect(scanDirectly(reddit, input, 'markdown')).toEqual(scan(input).map((e) => ({ ...e, source: 'markdown' })));
    expect(reddit.text?.mayContain(input)).toBe(true);
  });
});
