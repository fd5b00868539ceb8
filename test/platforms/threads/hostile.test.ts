// Hostile pages for the Threads forms: runs of embed-looking blockquotes that never close or name
// no post. Each must come back without a throw, invent no embed, and not hide a real embed after it.
import { describe, expect, it } from 'vitest';
import { extractEmbeds } from '../../../src/index.js';
import { threads } from '../../../src/platforms/threads/index.js';
import { scanDirectly } from '../../helpers/scan.js';

const REAL = '<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@zuck/post/C8x_1abcDE"></blockquote>';

describe('hostile Threads markup', () => {
  it.each([
    ['100,000 unclosed embed blockquotes naming no post', () => '<blockquote class="text-post-media"><a href="https://www.threads.net/@zuck">'.repeat(100_000)],
    ['a million marker words in prose', () => 'text-post-media '.repeat(1_000_000)],
  ])('%s', (_d, make) => {
    const input = make();
    expect(scanDirectly(threads, input, 'html')).toEqual([]);
    expect(extractEmbeds(input, { format: 'html', platforms: ['threads'] })).toEqual([]);
    const after = `${input}</a></blockquote>${REAL}`;
    expect(extractEmbeds(after, { format: 'html', platforms: ['threads'] }).map((e) => e.id)).toContain('C8x_1abcDE');
  });
});
