/** Flattened TikTok embeds in text (our own writing), with "does not find" beside each form. */
import { describe, expect, it } from 'vitest';
import { tiktok } from '../../../src/platforms/tiktok/index.js';
import { scanDirectly } from '../../helpers/scan.js';

const scan = (input: string) => scanDirectly(tiktok, input, 'text');

describe('flattened TikTok embeds', () => {
  const finds: { description: string; input: string; expected: Record<string, unknown>[] }[] = [
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
  it.each(finds)('finds $description', ({ input, expected }) => {
    const found = scan(input);
    expect(found).toMatchObject(expected);
    expect(found).toHaveLength(expected.length);
    for (const e of found) expect(e.kind).toBe('flattened');
  });
  const misses: { description: string; input: string }[] = [
    { description: 'a handle in prose, no sound credit', input: 'Follow @ferry.crew for more clips from the night shift.' },
    { description: 'a sound credit a blank line away from the handle', input: 'Follow @ferry.crew today.\n\n♬ Listen to the harbour playlist.' },
    { description: 'an e-mail address before a credit', input: 'Write to crew@ferry.example ♬ original sound' },
    { description: 'empty input', input: '' },
  ];
  it.each(misses)('does not find $description', ({ input }) => expect(scan(input)).toEqual([]));
  it('reads Markdown the same way, source markdown', () => {
    const input = finds[0]?.input ?? '';
    expect(scanDirectly(tiktok, input, 'markdown')).toEqual(scan(input).map((e) => ({ ...e, source: 'markdown' })));
    expect(tiktok.text?.mayContain(input)).toBe(true);
  });
});
