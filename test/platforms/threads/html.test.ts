/**
 * Threads embeds in HTML, each form beside a "does not find" look-alike. All markup here is our
 * own synthetic writing modelled on the embed code publishers paste.
 */
import { describe, expect, it } from 'vitest';
import { extractEmbeds, stripEmbeds, type Embed } from '../../../src/index.js';
import { threads } from '../../../src/platforms/threads/index.js';
import { parseThreadsEmbedSource, parseThreadsUrl } from '../../../src/platforms/threads/url.js';
import { scanDirectly } from '../../helpers/scan.js';
import { expectSameWhenWrapped } from '../../helpers/wrap.js';

function found(input: string): Embed[] {
  const direct = scanDirectly(threads, input, 'html');
  const api = extractEmbeds(input, { format: 'html', platforms: ['threads'] });
  expect(api).toEqual(direct);
  return api;
}

function code(permalink: string, inner?: string): string {
  return (
    `<blockquote class="text-post-media" data-text-post-permalink="${permalink}" data-text-post-version="0" id="ig-tp-X" style="background:#FFF;">` +
    `<a href="${permalink}" target="_blank"><div style="padding:40px;"><div><svg aria-label="Threads" height="32px" viewBox="0 0 192 192"><path d="M1 1"></path></svg></div>` +
    `${inner ?? '<div>Post by @harbour.watch</div><div>View on Threads</div>'}</div></a></blockquote>`
  );
}
const SCRIPT = '<script async src="https://www.threads.net/embed.js"></script>';

describe('blockquote.text-post-media', () => {
  it.each([
    ['threads.net', 'https://www.threads.net/@harbour.watch/post/C8x_1abcDE'],
    ['threads.com', 'https://www.threads.com/@harbour.watch/post/DAbc-12345'],
  ])('reads the embed code on %s: code, handle, url', (_host, permalink) => {
    const page = `<p>Before.</p>${code(permalink)}${SCRIPT}<p>After.</p>`;
    const [e, ...rest] = found(page);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({
      platform: 'threads',
      kind: 'blockquote',
      id: permalink.slice(permalink.lastIndexOf('/') + 1),
      url: permalink,
      author: { name: null, handle: 'harbour.watch' },
      text: null,
      date: null,
    });
    expect(page.slice(e?.start, e?.end)).toBe(code(permalink));
  });

  it('keeps the url as given without its query, and takes the post from the link when the attribute is missing', () => {
    const withQuery = code('https://www.threads.net/@harbour.watch/post/C8x_1abcDE/?xmt=AQGz&amp;igshid=1');
    expect(found(withQuery)[0]?.url).toBe('https://www.threads.net/@harbour.watch/post/C8x_1abcDE/');
    const noAttr = code('https://www.threads.com/@harbour.watch/post/C8x_1abcDE').replace(/ data-text-post-permalink="[^"]*"/, '');
    expect(found(noAttr)).toMatchObject([{ id: 'C8x_1abcDE', author: { handle: 'harbour.watch' } }]);
  });

  it('reads a WordPress figure holding the post URL', () => {
    const fig = '<figure class="wp-block-embed is-provider-threads wp-block-embed-threads"><div class="wp-block-embed__wrapper">\nhttps://www.threads.net/@harbour.watch/post/C8x_1abcDE\n</div></figure>';
    expect(found(fig)).toMatchObject([{ kind: 'wp-block', id: 'C8x_1abcDE', author: { handle: 'harbour.watch' } }]);
  });
});

describe('does not find look-alikes', () => {
  it.each([
    ['a profile link', '<a href="https://www.threads.net/@harbour.watch" target="_blank" aria-label="Our Threads profile">Threads</a>'],
    ['a follow button', '<a class="follow-threads" href="https://www.threads.com/@harbour.watch">Follow us on Threads</a>'],
    ['a share intent', `<a href="https://www.threads.net/intent/post?text=${encodeURIComponent('Read this')}">Share on Threads</a>`],
    ['an embed code naming no post', code('https://www.threads.net/@harbour.watch', '<div>View on Threads</div>').replace(/href="[^"]*"/, 'href="https://www.threads.net/@harbour.watch"')],
    ['an embed only inside a JSON state script', `<script type="application/json">{"html":"${code('https://www.threads.net/@a/post/C8x_1abcDE').replaceAll('"', '\\"')}"}</script>`],
    ['a link to a post in prose', '<p>She <a href="https://www.threads.net/@harbour.watch/post/C8x_1abcDE">wrote</a>.</p>'],
    ['a link to a short permalink in prose', '<p>She <a href="https://www.threads.com/t/C8x_1abcDE">wrote</a>.</p>'],
    ['an iframe of a profile', '<iframe src="https://www.threads.com/@harbour.watch" width="400"></iframe>'],
  ])('%s', (_what, markup) => {
    expect(found(`<p>Text.</p>${markup}<p>More.</p>`)).toEqual([]);
  });
});

describe('Threads links', () => {
  it.each([
    ['https://www.threads.net/@zuck/post/C8x_1abcDE?xmt=AQ', { handle: 'zuck', code: 'C8x_1abcDE', url: 'https://www.threads.net/@zuck/post/C8x_1abcDE' }],
    ['https://threads.com/@a.b/post/DAbc-12345/', { handle: 'a.b', code: 'DAbc-12345', url: 'https://threads.com/@a.b/post/DAbc-12345/' }],
    ['//www.threads.net/@zuck/post/C8x_1abcDE', { handle: 'zuck', code: 'C8x_1abcDE', url: 'https://www.threads.net/@zuck/post/C8x_1abcDE' }],
    ['http://www.threads.net/@zuck/post/C8x_1abcDE', { handle: 'zuck', code: 'C8x_1abcDE', url: null }],
    ['https://www.threads.com/t/C8x_1abcDE?utm_source=th_embed', { handle: null, code: 'C8x_1abcDE', url: 'https://www.threads.com/t/C8x_1abcDE' }],
  ])('reads %s', (url, expected) => {
    expect(parseThreadsUrl(url)).toEqual(expected);
  });

  it.each([
    ['https://www.threads.com/t/C8x_1abcDE/embed/', { handle: null, code: 'C8x_1abcDE', url: 'https://www.threads.com/t/C8x_1abcDE' }],
    ['https://www.threads.net/@zuck/post/C8x_1abcDE/embed', { handle: 'zuck', code: 'C8x_1abcDE', url: 'https://www.threads.net/@zuck/post/C8x_1abcDE' }],
    ['https://www.threads.com/t/C8x_1abcDE', null],
    ['https://www.threads.com/t/C8x_1abcDE/media/embed/', null],
  ])('reads the embed script\'s frame source %s', (src, expected) => {
    expect(parseThreadsEmbedSource(src)).toEqual(expected);
  });

  it.each(['https://www.threads.net/@zuck', 'https://www.threads.net/intent/post?text=a', 'https://threads.net.example.org/@zuck/post/C8x_1abcDE'])(
    'does not read %s as a post',
    (url) => {
      expect(parseThreadsUrl(url)).toBeNull();
    },
  );
});

describe('stripEmbeds', () => {
  it('removes the embed code with the embed script after it, and leaves a profile link', () => {
    const profile = '<a href="https://www.threads.net/@harbour.watch">Threads</a>';
    const page = `<p>Before.</p>${code('https://www.threads.net/@harbour.watch/post/C8x_1abcDE')}${SCRIPT}${profile}<p>After.</p>`;
    expect(stripEmbeds(page, { format: 'html' })).toBe(`<p>Before.</p>${profile}<p>After.</p>`);
  });
});

describe('an embed wrapped in random prose comes back the same, shifted', () => {
  const WORDS = ['harbour', 'the', 'lanterns', 'ferry', 'said', 'on', 'Saturday', 'Hafen', 'marché', '港', 'and', '—', '@', '#', '(', ')', '&amp;', 'instagram', 'facebook', 'threads', 'post'];
  it.each([
    ['embed code', code('https://www.threads.net/@harbour.watch/post/C8x_1abcDE')],
    ['WordPress figure', '<figure class="wp-block-embed is-provider-threads"><div class="wp-block-embed__wrapper">https://www.threads.com/@harbour.watch/post/C8x_1abcDE</div></figure>'],
  ])('%s', (_form, form) => {
    expectSameWhenWrapped(found, form, WORDS);
  });
});
