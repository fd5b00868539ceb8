/** Flattened TikTok embeds in text (our own writing), with "does not find" beside each form. */
import { describe, expect, it } from 'vitest';
import { tiktok } from '../../../src/platforms/tiktok/index.js';
import { textRouteTable, type TextCase } from '../../helpers/flattened.js';
import { scanDirectly } from '../../helpers/scan.js';

describe('flattened TikTok embeds', () => {
  const finds: TextCase[] = [
    {
      description: 'handle, caption with a mention and tags, sound credit',
      input: 'Prose.\n\n  @ferry.crew Last crossing with @harbour.watch 🌙#nightshift #ferrylife ♬ original sound - Ferry Crew  \n\nMore prose.',
      expected: [{ platform: 'tiktok', text: 'Last crossing with @harbour.watch 🌙#nightshift #ferrylife', hashtags: ['nightshift', 'ferrylife'], author: { name: null, handle: 'ferry.crew' } }],
    },
    {
      description: 'a caption on its own, the credit to the line end',
      input: '@harbour.watch Sunrise #harbour ♬ Morning Tide - Lantern Band\nNext paragraph.',
      expected: [{ text: 'Sunrise #harbour', author: { handle: 'harbour.watch' }, start: 0, end: 61 }],
    },
  ];
  const misses = [
    { description: 'a handle in prose, no sound credit', input: 'Follow @ferry.crew for more clips from the night shift.' },
    { description: 'a sound credit a blank line away from the handle', input: 'Follow @ferry.crew today.\n\n♬ Listen to the harbour playlist.' },
    { description: 'an e-mail address before a credit', input: 'Write to crew@ferry.example ♬ original sound' },
  ];
  textRouteTable('tiktok', finds, misses);

  it('stays total on 200,000 handles before one credit: one post, its caption within the budget', () => {
    const found = scanDirectly(tiktok, `${'@crew '.repeat(200_000)}♬ sound`, 'text');
    expect(found).toHaveLength(1);
    expect(found[0]?.text?.length).toBeLessThanOrEqual(2200);
  });
});
