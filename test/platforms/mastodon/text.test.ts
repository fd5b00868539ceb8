/** Flattened Mastodon embeds in text (our own writing), with "does not find" beside each form. */
import { describe } from 'vitest';
import { textRouteTable, type TextCase } from '../../helpers/flattened.js';

describe('flattened Mastodon embeds', () => {
  const finds: TextCase[] = [
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
  const misses = [
    { description: '"Post by @user@host" without the fallback\'s second line', input: 'Post by @deckcrew@harbour.social drew replies all night.' },
    { description: 'a Threads fallback (no host)', input: 'Post by @ferry.rider\nView on Threads' },
  ];
  textRouteTable('mastodon', finds, misses);
});
