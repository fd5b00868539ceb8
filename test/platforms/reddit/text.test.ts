/** Flattened Reddit embeds in text (our own writing), with "does not find" beside each form. */
import { describe } from 'vitest';
import { textRouteTable, type TextCase } from '../../helpers/flattened.js';

describe('flattened Reddit embeds', () => {
  const finds: TextCase[] = [
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
  const misses = [
    { description: '"by u/user" in prose, no subreddit after it', input: 'A thread started by u/deckhand_42 last week asked the same.' },
    { description: 'a user name too short for Reddit', input: 'Ferry photos by u/ab in Harbours' },
  ];
  textRouteTable('reddit', finds, misses);
});
