/**
 * Telegram posts in HTML: the widget script that is itself the embed, its iframe and WordPress
 * blocks, each beside "does not find" look-alikes. All markup here is our own synthetic writing.
 */
import { describe, expect, it } from 'vitest';
import { extractEmbeds, type Embed } from '../../../src/index.js';
import { telegram } from '../../../src/platforms/telegram/index.js';
import { telegramKind } from '../../../src/platforms/telegram/html.js';
import { parsePostPath, parsePostUrl } from '../../../src/platforms/telegram/url.js';
import { scanDirectly } from '../../helpers/scan.js';

const SCRIPT = '<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="harbour_news/4021" data-width="100%"></script>';
const FRAME =
  '<iframe id="telegram-post-harbour_news-4021" src="https://t.me/harbour_news/4021?embed=1&amp;userpic=true" width="100%" height="" frameborder="0" scrolling="no" style="overflow: hidden; border: none;"></iframe>';

function html(input: string): Embed[] {
  const found = scanDirectly(telegram, input, 'html');
  expect(extractEmbeds(input, { format: 'html', platforms: ['telegram'] })).toEqual(found);
  return found;
}

describe('script[data-telegram-post]', () => {
  it('reads the script as the embed (kind script)', () => {
    const page = `<p>Before.</p>\n${SCRIPT}\n<p>After.</p>`;
    expect(html(page)).toEqual([
      {
        platform: 'telegram',
        kind: 'script',
        source: 'html',
        id: '4021',
        url: 'https://t.me/harbour_news/4021',
        author: { name: null, handle: 'harbour_news' },
        date: null,
        dateText: null,
        createdAt: null,
        text: null,
        lang: null,
        links: [],
        media: [],
        mentions: [],
        hashtags: [],
        cashtags: [],
        truncated: false,
        start: 15,
        end: 15 + SCRIPT.length,
      },
    ]);
  });

  it('is found with every platform on (X refuses script elements; Telegram takes this one)', () => {
    const found = extractEmbeds(`<p>x</p>${SCRIPT}`, { format: 'html' });
    expect(found.map((e) => [e.platform, e.kind, e.id])).toEqual([['telegram', 'script', '4021']]);
  });

  it('reads the marker wherever it stands in the start tag', () => {
    const s = '<SCRIPT data-telegram-post="harbour_news/7" async src="https://telegram.org/js/telegram-widget.js?22"></SCRIPT>';
    expect(html(s).map((e) => [e.kind, e.id, e.start, e.end])).toEqual([['script', '7', 0, s.length]]);
  });

  it('counts a saved rendered widget once: the iframe beside its script joins the embed', () => {
    const after = `${SCRIPT}\n${FRAME}`;
    expect(extractEmbeds(after, { format: 'html' }).map((e) => [e.kind, e.id, e.start, e.end])).toEqual([['script', '4021', 0, after.length]]);
    const before = `${FRAME}${SCRIPT}`;
    expect(extractEmbeds(before, { format: 'html' }).map((e) => [e.kind, e.id, e.start, e.end])).toEqual([['iframe', '4021', 0, before.length]]);
  });

  it('keeps two posts apart: an iframe of another post is not joined', () => {
    const other = FRAME.replace(/4021/g, '4022');
    expect(html(`${SCRIPT}${other}`).map((e) => [e.kind, e.id])).toEqual([['script', '4021'], ['iframe', '4022']]);
  });

  const negatives: { description: string; input: string }[] = [
    { description: 'a login widget', input: '<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-login="harbour_bot" data-size="large"></script>' },
    { description: 'a discussion widget', input: '<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-discussion="harbour_news/4021"></script>' },
    { description: 'a post attribute without a message number', input: '<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="harbour_news"></script>' },
    { description: 'the attribute only inside a script’s content', input: '<script>var s=document.createElement("script");s.setAttribute("data-telegram-post","harbour_news/4021");</script>' },
  ];
  it.each(negatives)('does not find $description', ({ input }) => {
    expect(html(input)).toEqual([]);
  });

  it('classify takes the post script and refuses other scripts', () => {
    expect(telegramKind('script', { attribs: { 'data-telegram-post': 'harbour_news/4021' } })).toBe('script');
    expect(telegramKind('script', { attribs: { src: 'https://telegram.org/js/telegram-widget.js?22' } })).toBeNull();
    expect(telegramKind('div', { attribs: { 'data-telegram-post': 'harbour_news/4021' } })).toBeNull();
  });
});

describe('t.me iframes', () => {
  it('reads the rendered iframe', () => {
    const [e, ...rest] = html(`<p>x</p>${FRAME}`);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ kind: 'iframe', id: '4021', url: 'https://t.me/harbour_news/4021', author: { handle: 'harbour_news' }, start: 8, end: 8 + FRAME.length });
  });

  it('reads an iframe with no id, by its ?embed=1 source', () => {
    const f = '<iframe src="https://t.me/harbour_news/4021?embed=1" width="100%"></iframe>';
    expect(html(f).map((e) => [e.kind, e.id, e.author.handle])).toEqual([['iframe', '4021', 'harbour_news']]);
  });

  it('does not find an iframe of a channel page, or of a post page without ?embed=1', () => {
    expect(html('<iframe src="https://t.me/s/harbour_news"></iframe>')).toEqual([]);
    expect(html('<iframe src="https://t.me/harbour_news/4021"></iframe>')).toEqual([]);
  });
});

describe('WordPress embed blocks', () => {
  it('reads the post link a block holds', () => {
    const fig = '<figure class="wp-block-embed is-type-rich is-provider-telegram wp-block-embed-telegram"><div class="wp-block-embed__wrapper">\nhttps://t.me/harbour_news/4021\n</div></figure>';
    const [e, ...rest] = html(fig);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ kind: 'wp-block', id: '4021', url: 'https://t.me/harbour_news/4021', author: { handle: 'harbour_news' }, start: 0, end: fig.length });
  });

  it('does not find a Telegram block holding a channel link', () => {
    expect(html('<figure class="wp-block-embed is-provider-telegram"><div>https://t.me/harbour_news</div></figure>')).toEqual([]);
  });
});

describe('look-alikes: none is an embed', () => {
  const lookAlikes: { description: string; input: string }[] = [
    { description: 'a channel link', input: '<p>Follow us on <a href="https://t.me/harbour_news" target="_blank">Telegram</a></p>' },
    { description: 'a "join" button', input: '<a class="btn telegram-join" href="https://t.me/+AbCdEfGh12345">Join our channel</a>' },
    { description: 'a share link', input: '<a class="share-telegram" title="Share on Telegram" href="https://t.me/share/url?url=https%3A%2F%2Fnews.example%2Fa&amp;text=Ferry">Telegram</a>' },
    { description: 'a post link in prose', input: '<p>The <a href="https://t.me/harbour_news/4021">channel said</a> so.</p>' },
    { description: 'JSON-LD sameAs', input: '<script type="application/ld+json">{"sameAs":["https://t.me/harbour_news"]}</script>' },
    { description: 'an embed only inside a JSON state script', input: `<script type="application/json">{"embed":"${SCRIPT.replace(/"/g, '\\"').replace('</script>', '<\\/script>')}"}</script>` },
    {
      description: "Telegram's own channel page",
      input:
        '<html><head><meta property="og:url" content="https://t.me/s/harbour_news"></head><body>' +
        '<div class="tgme_widget_message" data-post="harbour_news/4021"><div class="tgme_widget_message_text">Ferry on time.</div>' +
        '<a class="tgme_widget_message_date" href="https://t.me/harbour_news/4021"><time datetime="2026-04-02T22:26:00+00:00">22:26</time></a></div></body></html>',
    },
  ];
  it.each(lookAlikes)('does not find $description', ({ input }) => {
    expect(html(input)).toEqual([]);
  });
});

describe('url.ts', () => {
  it.each([
    ['harbour_news/4021', { channel: 'harbour_news', id: '4021' }],
    [' harbour_news/4021 ', { channel: 'harbour_news', id: '4021' }],
    ['harbour_news/abc', null],
    ['share/4021', null],
    ['1abc/4021', null],
    ['harbour_news/4021/extra', null],
  ])('parsePostPath(%s)', (input, expected) => {
    expect(parsePostPath(input)).toEqual(expected);
  });

  it.each([
    ['https://t.me/harbour_news/4021?embed=1', { channel: 'harbour_news', id: '4021', embed: true }],
    ['https://t.me/s/harbour_news/4021', { channel: 'harbour_news', id: '4021', embed: false }],
    ['https://telegram.me/harbour_news/4021/', { channel: 'harbour_news', id: '4021', embed: false }],
    ['https://t.me/harbour_news', null],
    ['https://t.me/share/url?url=x', null],
    ['https://t.me.example/harbour_news/4021', null],
  ])('parsePostUrl(%s)', (input, expected) => {
    expect(parsePostUrl(input)).toEqual(expected);
  });
});
