/** Flattened Facebook embeds in text (our own writing), with "does not find" beside each form. */
import { describe, expect, it } from 'vitest';
import { facebook } from '../../../src/platforms/facebook/index.js';
import { scanDirectly } from '../../helpers/scan.js';

const scan = (input: string) => scanDirectly(facebook, input, 'text');

describe('flattened Facebook embeds', () => {
  const finds: { description: string; input: string; expected: Record<string, unknown>[] }[] = [
    {
      description: 'an English byline glued to the body, a no-break space before the date',
      input: 'Prose.\n\nFerry back on Monday.Posted by Harbour City Council on\u00a0Thursday, August 27, 2015\n\nMore prose.',
      expected: [{ platform: 'facebook', text: 'Ferry back on Monday.', author: { name: 'Harbour City Council', handle: null }, date: '2015-08-27', dateText: 'Thursday, August 27, 2015' }],
    },
    {
      description: 'a Spanish byline on its own line',
      input: 'Recogida de ropa el sábado.\nPublicado por Ayuntamiento del Puerto en jueves, 26 de marzo de 2020',
      expected: [{ text: 'Recogida de ropa el sábado.', author: { name: 'Ayuntamiento del Puerto' }, date: '2020-03-26' }],
    },
  ];
  it.each(finds)('finds $description', ({ input, expected }) => {
    const found = scan(input);
    expect(found).toMatchObject(expected);
    expect(found).toHaveLength(expected.length);
    for (const e of found) expect(e.kind).toBe('flattened');
  });
  const misses: { description: string; input: string }[] = [
    { description: '"Posted by" in prose, no date after the name', input: 'Posted by the editor on Monday, this story was updated.' },
    { description: 'lower-case "posted by" with a date (prose, not the fallback)', input: 'It was posted by the council on Thursday, August 27, 2015.' },
    { description: 'empty input', input: '' },
  ];
  it.each(misses)('does not find $description', ({ input }) => expect(scan(input)).toEqual([]));
  it('reads Markdown the same way, source markdown', () => {
    const input = finds[0]?.input ?? '';
    expect(scanDirectly(facebook, input, 'markdown')).toEqual(scan(input).map((e) => ({ ...e, source: 'markdown' })));
    expect(facebook.text?.mayContain(input)).toBe(true);
  });
});
