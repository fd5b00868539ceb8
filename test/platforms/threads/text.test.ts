/** Flattened Threads embeds in text (our own writing), with "does not find" beside each form. */
import { describe } from 'vitest';
import { textRouteTable, type TextCase } from '../../helpers/flattened.js';

describe('flattened Threads embeds', () => {
  const finds: TextCase[] = [
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
  const misses = [
    { description: '"Post by @user" without the fallback\'s second line', input: 'Post by @ferry.rider on the forum was shared widely.' },
    { description: 'a Mastodon fallback', input: 'Post by @deckcrew@harbour.social\nView on Mastodon' },
  ];
  textRouteTable('threads', finds, misses);
});
