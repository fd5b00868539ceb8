// Hostile pages for the Facebook forms: runs of widget-looking start tags that never close or
// name no post, plugin addresses without an href, and held markup that never closes. Each must
// come back without a throw, invent no embed, and not hide a real embed placed after it.
import { describe, expect, it } from 'vitest';
import { extractEmbeds } from '../../../src/index.js';
import { facebook } from '../../../src/platforms/facebook/index.js';
import { scanDirectly } from '../../helpers/scan.js';

const REAL = '<div class="fb-post" data-href="https://www.facebook.com/HarbourWatch/posts/1920722881385983"></div>';

describe('hostile Facebook markup', () => {
  it.each([
    ['100,000 unclosed fb-post divs naming no post', () => '<div class="fb-post" data-href="https://www.facebook.com/HarbourWatch/"><p>'.repeat(100_000)],
    ['100,000 fallback blockquotes citing pages', () => '<blockquote class="fb-xfbml-parse-ignore" cite="https://www.facebook.com/a/">'.repeat(100_000)],
    ['a million plugin addresses without an href in prose', () => 'plugins/post.php?width=1 '.repeat(1_000_000)],
    ['100,000 iframes whose plugin address names no post', () => '<iframe src="https://www.facebook.com/plugins/post.php?href=x"></iframe>'.repeat(100_000)],
    ['a fallback byline of 200,000 connector words', () => `<blockquote class="fb-xfbml-parse-ignore" cite="https://www.facebook.com/a/"><p>x</p>Posted by ${' on'.repeat(200_000)}</blockquote>`],
  ])('%s', (_d, make) => {
    const input = make();
    expect(scanDirectly(facebook, input, 'html')).toEqual([]);
    expect(extractEmbeds(input, { format: 'html', platforms: ['facebook'] })).toEqual([]);
    const after = `${input}</p></div></blockquote>${REAL}`;
    expect(extractEmbeds(after, { format: 'html', platforms: ['facebook'] }).map((e) => e.id)).toContain('1920722881385983');
  });
});
