// Hostile pages for the Instagram forms: runs of embed-looking start tags that never close, or
// that hold no post, and attributes stuffed with held markup. Each must come back without a
// throw, invent no embed, and not hide a real embed placed after it. No timing is asserted.
import { describe, expect, it } from 'vitest';
import { extractEmbeds } from '../../../src/index.js';
import { instagram } from '../../../src/platforms/instagram/index.js';
import { scanDirectly } from '../../helpers/scan.js';

const REAL = '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Cq7Harb0urW/" data-instgrm-version="14"></blockquote>';

describe('hostile Instagram markup', () => {
  it.each([
    ['100,000 unclosed embed blockquotes naming no post', () => '<blockquote class="instagram-media"><p>'.repeat(100_000)],
    ['100,000 amp-instagram without a shortcode', () => '<amp-instagram width="1">'.repeat(100_000)],
    ['a byline line of 200,000 handle groups', () => `<blockquote class="instagram-media"><p>A post shared by ${'x (@a) '.repeat(200_000)}</p></blockquote>`],
    ['50,000 attributes holding embed-looking markup', () => `<div ${Array.from({ length: 50_000 }, (_, i) => `data-a${i}="&lt;blockquote class=&quot;instagram-media&quot;&gt;"`).join(' ')}></div>`],
    ['a million instagram.com post-link prefixes in prose', () => 'see //www.instagram.com/p/ '.repeat(1_000_000)],
  ])('%s', (_d, make) => {
    const input = make();
    expect(scanDirectly(instagram, input, 'html')).toEqual([]);
    expect(extractEmbeds(input, { format: 'html', platforms: ['instagram'] })).toEqual([]);
    const after = `${input}</p></div></blockquote>${REAL}`;
    expect(extractEmbeds(after, { format: 'html', platforms: ['instagram'] }).map((e) => e.id)).toContain('Cq7Harb0urW');
  });
});
