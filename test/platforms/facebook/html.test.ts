/**
 * Facebook embeds in HTML: every form the platform reads, each beside a "does not find"
 * look-alike. All markup here is our own synthetic writing modelled on the embed codes
 * publishers paste.
 */
import { describe, expect, it } from 'vitest';
import { extractEmbeds, stripEmbeds, type Embed } from '../../../src/index.js';
import { facebook } from '../../../src/platforms/facebook/index.js';
import { parseFacebookUrl, pluginHref } from '../../../src/platforms/facebook/url.js';
import { scanDirectly } from '../../helpers/scan.js';
import { expectSameWhenWrapped } from '../../helpers/wrap.js';

const POST = 'https://www.facebook.com/HarbourWatch/posts/1920722881385983';
const ENC = encodeURIComponent(POST);

function found(input: string): Embed[] {
  const direct = scanDirectly(facebook, input, 'html');
  const api = extractEmbeds(input, { format: 'html', platforms: ['facebook'] });
  expect(api).toEqual(direct);
  return api;
}

/** The SDK embed code: the widget div and its fallback blockquote, parts replaceable. */
function widget(o: { cls?: string; href?: string; body?: string; byline?: string } = {}): string {
  const href = o.href ?? POST;
  return (
    `<div class="${o.cls ?? 'fb-post'}" data-href="${href}" data-width="500" data-show-text="true">` +
    `<blockquote cite="${href}" class="fb-xfbml-parse-ignore">` +
    `<p>${o.body ?? 'The lantern walk starts at eight tonight #harbour https://example.org/walk'}</p>` +
    `${o.byline ?? `Posted by <a href="https://www.facebook.com/HarbourWatch/">Harbour Watch</a> on&nbsp;<a href="${href}">Thursday, August 27, 2015</a>`}` +
    `</blockquote></div>`
  );
}

const SDK = '<div id="fb-root"></div><script async defer crossorigin="anonymous" src="https://connect.facebook.net/en_US/sdk.js#xfbml=1&version=v18.0"></script>';

describe('div.fb-post and div.fb-video', () => {
  it('reads the widget and its fallback: id, page, name, date, body', () => {
    const page = `${SDK}<p>Before.</p>\n${widget()}\n<p>After.</p>`;
    const [e, ...rest] = found(page);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({
      platform: 'facebook',
      kind: 'widget',
      source: 'html',
      id: '1920722881385983',
      url: POST,
      author: { name: 'Harbour Watch', handle: 'HarbourWatch' },
      date: '2015-08-27',
      dateText: 'Thursday, August 27, 2015',
      text: 'The lantern walk starts at eight tonight #harbour https://example.org/walk',
      hashtags: ['harbour'],
      links: ['https://example.org/walk'],
      mentions: [],
      lang: null,
    });
    expect(page.slice(e?.start, e?.end)).toBe(widget());
  });

  it.each([
    ['French', 'Publiée par', 'sur', 'jeudi 27 août 2015'],
    ['German', 'Gepostet von', 'am', 'Donnerstag, 27. August 2015'],
    ['Spanish', 'Publicado por', 'en', 'jueves, 27 de agosto de 2015'],
    ['Italian', 'Pubblicato da', 'su', 'giovedì 27 agosto 2015'],
    ['Spanish (feminine)', 'Publicada por', 'en', 'jueves, 27 de agosto de 2015'],
    ['Indonesian', 'Dikirim oleh', 'pada', 'Kamis, 27 Agustus 2015'],
  ])('reads the %s fallback byline', (_l, prefix, connector, date) => {
    const byline = `${prefix} <a href="https://www.facebook.com/HarbourWatch/">Harbour Watch</a> ${connector}&nbsp;<a href="${POST}">${date}</a>`;
    expect(found(widget({ byline }))).toMatchObject([{ author: { name: 'Harbour Watch' }, date: '2015-08-27', dateText: date }]);
  });

  it('reads a video byline whose date is not linked', () => {
    const byline = 'Posted by <a href="https://www.facebook.com/HarbourWatch/">Harbour Watch</a> on Friday, August 28, 2015';
    expect(found(widget({ cls: 'fb-video', byline }))).toMatchObject([{ author: { name: 'Harbour Watch' }, date: '2015-08-28', dateText: 'Friday, August 28, 2015' }]);
    const undated = 'Posted by <a href="https://www.facebook.com/HarbourWatch/">Harbour Watch</a>';
    expect(found(widget({ byline: undated }))).toMatchObject([{ author: { name: 'Harbour Watch' }, date: null, dateText: null }]);
  });

  it('reads a byline without links by its connector word', () => {
    expect(found(widget({ byline: 'Publiée par Harbour Watch sur jeudi 27 août 2015' }))).toMatchObject([
      { author: { name: 'Harbour Watch', handle: 'HarbourWatch' }, date: '2015-08-27' },
    ]);
  });

  it.each([
    ['a label linking the post', `<a href="${POST}">View post</a>`, null],
    ['a label on its own lines', `\n  <a href="${POST}">\n    View this post on Facebook\n  </a>\n`, null],
    ['a paragraph and no byline: the paragraph', `<p>The lantern walk starts at eight tonight</p>`, 'The lantern walk starts at eight tonight'],
  ])("reads a site's own fallback without a byline (%s)", (_d, inner, text) => {
    const input = `<div class="fb-post" data-href="${POST}" data-width="500"><blockquote cite="${POST}" class="fb-xfbml-parse-ignore">${inner}</blockquote></div>`;
    expect(found(input)).toMatchObject([{ kind: 'widget', id: '1920722881385983', url: POST, author: { name: null, handle: 'HarbourWatch' }, date: null, dateText: null, text }]);
  });

  it('reads fb-video, and a widget without fallback', () => {
    const video = 'https://www.facebook.com/HarbourWatch/videos/lantern-walk/761234567890123/';
    const bare = '<div class="fb-post" data-href="https://www.facebook.com/HarbourWatch/photos/a.182970021827953/1920722881385984/?type=3"></div>';
    expect(found(`${widget({ cls: 'fb-video', href: video })}${bare}`).map((e) => [e.kind, e.id, e.url, e.author.handle, e.text !== null])).toEqual([
      ['widget', '761234567890123', video, 'HarbourWatch', true],
      ['widget', '1920722881385984', 'https://www.facebook.com/HarbourWatch/photos/a.182970021827953/1920722881385984/?type=3', 'HarbourWatch', false],
    ]);
  });

  it('reads a fallback blockquote standing without its widget', () => {
    const bq = widget().replace(/^<div[^>]*>/, '').replace(/<\/div>$/, '');
    expect(found(bq)).toMatchObject([{ kind: 'blockquote', id: '1920722881385983', author: { name: 'Harbour Watch' }, date: '2015-08-27' }]);
  });

  it('keeps a share link standing for a post as its url, with no id', () => {
    const share = 'https://www.facebook.com/share/p/1AbCdEfGhI/';
    expect(found(`<div class="fb-post" data-href="${share}"></div>`)).toMatchObject([{ kind: 'widget', id: null, url: share, author: { handle: null } }]);
  });

  it('keeps a pfbid id as shown, and no http url', () => {
    const pfbid = 'https://www.facebook.com/HarbourWatch/posts/pfbid02abcDEF123ghiJKL456mnoPQR789stuVWX';
    expect(found(widget({ href: pfbid }))).toMatchObject([{ id: 'pfbid02abcDEF123ghiJKL456mnoPQR789stuVWX', url: pfbid }]);
    const http = POST.replace('https:', 'http:');
    expect(found(widget({ href: http }))).toMatchObject([{ id: '1920722881385983', url: null }]);
  });
});

describe('plugin iframes', () => {
  it('reads post.php and video.php iframes, href URL-decoded', () => {
    const post = `<iframe src="https://www.facebook.com/plugins/post.php?href=${ENC}&amp;show_text=true&amp;width=500" width="500" height="600" style="border:none;overflow:hidden" scrolling="no" frameborder="0" allowfullscreen="true"></iframe>`;
    const photo = 'https://www.facebook.com/photo.php?fbid=10207393772231779&set=a.1332832050135&type=3';
    const video = `<iframe src="https://www.facebook.com/plugins/video.php?href=${encodeURIComponent(photo)}&amp;width=500"></iframe>`;
    expect(found(`${post}<p>and</p>${video}`).map((e) => [e.kind, e.id, e.url, e.author.handle])).toEqual([
      ['iframe', '1920722881385983', POST, 'HarbourWatch'],
      ['iframe', '10207393772231779', photo, null],
    ]);
  });

  it('reads the address from a lazy-loading attribute', () => {
    for (const attrName of ['data-src', 'data-lazy-src']) {
      const el = `<iframe ${attrName}="https://www.facebook.com/plugins/post.php?href=${ENC}" src="about:blank"></iframe>`;
      expect(found(el)).toMatchObject([{ kind: 'iframe', id: '1920722881385983', url: POST }]);
    }
  });

  it('reads an iframe held entity-escaped in a data-* attribute that holds HTML', () => {
    for (const attrName of ['data-html', 'data-embed-frame', 'data-iframe']) {
      const held = `&lt;iframe src=&quot;https://www.facebook.com/plugins/post.php?href=${ENC}&amp;amp;width=500&quot;&gt;&lt;/iframe&gt;`;
      const el = `<div class="embed-consent" ${attrName}="${held}"><button>Show Facebook post</button></div>`;
      const [e, ...rest] = found(`<p>x</p>${el}<p>y</p>`);
      expect(rest).toEqual([]);
      expect(e).toMatchObject({ kind: 'iframe', id: '1920722881385983', url: POST, start: 8, end: 8 + el.length });
    }
  });

  it('reads an iframe held by a consent template script, as an attribute of its start tag', () => {
    const el = `<script type="text/template" data-consent-content="&lt;iframe src=&quot;https://www.facebook.com/plugins/post.php?href=${ENC}&quot;&gt;&lt;/iframe&gt;"></script>`;
    expect(found(el)).toMatchObject([{ kind: 'iframe', id: '1920722881385983', start: 0, end: el.length }]);
  });

  it('reads WordPress figures holding the post URL', () => {
    const fig = `<figure class="wp-block-embed is-type-rich is-provider-facebook wp-block-embed-facebook"><div class="wp-block-embed__wrapper">\n${POST}\n</div></figure>`;
    expect(found(fig)).toMatchObject([{ kind: 'wp-block', id: '1920722881385983', url: POST, author: { handle: 'HarbourWatch' } }]);
  });
});

describe('amp-facebook', () => {
  it('reads a post and a video from data-href', () => {
    const video = 'https://www.facebook.com/HarbourWatch/videos/761234567890123/';
    const post = `<amp-facebook width="552" height="310" layout="responsive" data-href="${POST}"></amp-facebook>`;
    const asVideo = `<amp-facebook width="476" height="316" layout="responsive" data-embed-as="video" data-href="${video}"></amp-facebook>`;
    expect(found(`${post}<p>and</p>${asVideo}`).map((e) => [e.kind, e.id, e.url, e.author.handle, e.text, e.start])).toEqual([
      ['amp', '1920722881385983', POST, 'HarbourWatch', null, 0],
      ['amp', '761234567890123', video, 'HarbourWatch', null, post.length + 10],
    ]);
  });

  it.each([
    ['a page element', '<amp-facebook-page data-href="https://www.facebook.com/HarbourWatch/" width="340" height="130"></amp-facebook-page>'],
    ['a like element', `<amp-facebook-like data-href="${POST}" data-layout="button_count"></amp-facebook-like>`],
    ['a comments element', '<amp-facebook-comments data-href="https://example.org/a" data-numposts="5"></amp-facebook-comments>'],
    ['an element naming a page, not a post', '<amp-facebook data-href="https://www.facebook.com/HarbourWatch/"></amp-facebook>'],
    ['an element with no data-href', '<amp-facebook width="552" height="310"></amp-facebook>'],
  ])('does not read %s', (_what, markup) => {
    expect(found(`<p>Text.</p>${markup}<p>More.</p>`)).toEqual([]);
  });
});

describe('comment embeds: the id is the post\'s, the url the comment\'s link', () => {
  const COMMENT = `${POST}?comment_id=10155840470181234`;
  const REPLY = `${POST}?comment_id=10155840470181234&reply_comment_id=10155840470185678`;
  const forms: { description: string; input: string; kind: string; url: string }[] = [
    { description: "the SDK's fb-comment-embed", input: `<div class="fb-comment-embed" data-href="${COMMENT}" data-width="560" data-include-parent="false"></div>`, kind: 'widget', url: COMMENT },
    { description: 'a reply, with its parent', input: `<div class="fb-comment-embed" data-href="${REPLY.replace('&', '&amp;')}" data-include-parent="true"></div>`, kind: 'widget', url: REPLY },
    { description: 'the comment_embed.php iframe', input: `<iframe src="https://www.facebook.com/plugins/comment_embed.php?href=${encodeURIComponent(COMMENT)}&amp;include_parent=false" width="560" height="161"></iframe>`, kind: 'iframe', url: COMMENT },
    { description: 'amp-facebook embedding a comment', input: `<amp-facebook width="552" height="310" layout="responsive" data-embed-as="comment" data-href="${COMMENT}"></amp-facebook>`, kind: 'amp', url: COMMENT },
  ];
  it.each(forms)('$description', ({ input, kind, url }) => {
    const [e, ...rest] = found(`<p>Text.</p>${input}`);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ kind, id: '1920722881385983', url, author: { name: null, handle: 'HarbourWatch' }, text: null, date: null, start: 12 });
  });
});

describe('does not find look-alikes', () => {
  it.each([
    ['a page plugin', '<div class="fb-page" data-href="https://www.facebook.com/HarbourWatch/" data-tabs="timeline"><blockquote cite="https://www.facebook.com/HarbourWatch/" class="fb-xfbml-parse-ignore"><a href="https://www.facebook.com/HarbourWatch/">Harbour Watch</a></blockquote></div>'],
    ['a page plugin iframe', `<iframe src="https://www.facebook.com/plugins/page.php?href=${encodeURIComponent('https://www.facebook.com/HarbourWatch/')}&amp;tabs=timeline"></iframe>`],
    ['a like button', `<div class="fb-like" data-href="${POST}" data-layout="button_count"></div>`],
    ['a like button iframe', `<iframe src="https://www.facebook.com/plugins/like.php?href=${ENC}&amp;layout=button"></iframe>`],
    ['a like button fallback link', `<span class="fb-like"><a class="fb-xfbml-parse-ignore" href="https://www.facebook.com/sharer/sharer.php?u=${ENC}">Like</a></span>`],
    ['a share button', `<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent('https://example.org/a')}">Share</a>`],
    ['a follow link', '<a class="follow-fb" href="https://www.facebook.com/HarbourWatch/">Follow us on Facebook</a>'],
    ['a link to a post in prose', `<p>They <a href="${POST}">wrote on Facebook</a>.</p>`],
    ['a post widget naming a page, not a post', '<div class="fb-post" data-href="https://www.facebook.com/HarbourWatch/"></div>'],
    ['an iframe only inside a JSON state attribute', `<div id="app" data-state="${JSON.stringify({ frame: `<iframe src="https://www.facebook.com/plugins/post.php?href=${ENC}"></iframe>` }).replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"></div>`],
    ['a comments plugin', `<div class="fb-comments" data-href="https://example.org/a" data-numposts="5"></div>`],
    ['an embed only inside a JSON state script', `<script type="application/json">{"embed":"${widget().replaceAll('"', '\\"')}"}</script>`],
  ])('%s', (_what, markup) => {
    expect(found(`<p>Text.</p>${markup}<p>More.</p>`)).toEqual([]);
  });
});

describe('Facebook links', () => {
  it.each([
    ['https://www.facebook.com/HarbourWatch/posts/1920722881385983:0', { id: '1920722881385983', handle: 'HarbourWatch' }],
    ['https://www.facebook.com/HarbourWatch/posts/pfbid0abcDEF123ghiJKL456', { id: 'pfbid0abcDEF123ghiJKL456', handle: 'HarbourWatch' }],
    ['https://www.facebook.com/Harbour.Watch/videos/761234567890123/', { id: '761234567890123', handle: 'Harbour.Watch' }],
    ['https://www.facebook.com/HarbourWatch/photos/pcb.3485430601537621/3485430308204317', { id: '3485430308204317', handle: 'HarbourWatch' }],
    ['https://www.facebook.com/photo.php?fbid=10207393772231779&set=a.1&type=3', { id: '10207393772231779', handle: null }],
    ['https://m.facebook.com/permalink.php?story_fbid=pfbid0abcDEF123ghiJKL456&id=100064', { id: 'pfbid0abcDEF123ghiJKL456', handle: null }],
    ['https://www.facebook.com/watch/?v=761234567890123', { id: '761234567890123', handle: null }],
    ['https://www.facebook.com/groups/harbourfriends/posts/1234567890/', { id: '1234567890', handle: null }],
    ['https://www.facebook.com/100064123456789/posts/1234567890/', { id: '1234567890', handle: null }],
    ['//www.facebook.com/HarbourWatch/posts/1234567890', { id: '1234567890', handle: 'HarbourWatch' }],
  ])('reads %s', (url, expected) => {
    expect(parseFacebookUrl(url)).toEqual(expected);
  });

  it.each([
    'https://www.facebook.com/HarbourWatch/',
    'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org',
    'https://www.facebook.com/plugins/post.php?href=x',
    'https://www.facebook.com.example.org/HarbourWatch/posts/1234567890',
    'https://www.facebook.com/HarbourWatch/posts/not-an-id',
    'javascript:alert(1)',
  ])('does not read %s as a post', (url) => {
    expect(parseFacebookUrl(url)).toBeNull();
  });

  it.each([
    [`https://www.facebook.com/plugins/post.php?href=${ENC}&width=500`, POST],
    [`https://www.facebook.com/plugins/comment_embed.php?href=${encodeURIComponent(`${POST}?comment_id=1`)}`, `${POST}?comment_id=1`],
    // as the SDK renders it, under its API version
    [`https://www.facebook.com/v2.8/plugins/post.php?app_id=&channel=x&href=${ENC}&locale=en_US&sdk=joey`, POST],
    [`https://www.facebook.com/v19.0/plugins/video.php?href=${ENC}`, POST],
    // not a post's plugin
    [`https://www.facebook.com/plugins/like.php?href=${ENC}`, null],
    [`https://www.facebook.com/v2.8/plugins/page.php?href=${ENC}`, null],
    [`https://www.facebook.com/x2.8/plugins/post.php?href=${ENC}`, null],
    ['https://example.org/plugins/post.php?href=x', null],
  ])('pluginHref(%s)', (src, expected) => {
    expect(pluginHref(src)).toBe(expected);
  });
});

describe('stripEmbeds', () => {
  it('removes the widget and the plugin iframe, and leaves a like button', () => {
    const like = `<div class="fb-like" data-href="${POST}"></div>`;
    const frame = `<iframe src="https://www.facebook.com/plugins/post.php?href=${ENC}"></iframe>`;
    const page = `<p>Before.</p>${widget()}${like}${frame}<p>After.</p>`;
    expect(stripEmbeds(page, { format: 'html' })).toBe(`<p>Before.</p>${like}<p>After.</p>`);
  });
});

describe('an embed wrapped in random prose comes back the same, shifted', () => {
  const WORDS = ['harbour', 'the', 'lanterns', 'ferry', 'said', 'on', 'Saturday', 'Hafen', 'marché', '港', 'and', '—', '@', '#', '(', ')', '&amp;', 'instagram', 'facebook', 'threads', 'post'];
  it.each([
    ['post widget with its fallback', widget()],
    ['fallback blockquote alone', widget().replace(/^<div[^>]*>/, '').replace(/<\/div>$/, '')],
    ['post plugin iframe', `<iframe src="https://www.facebook.com/plugins/post.php?href=${ENC}"></iframe>`],
    ['lazy plugin iframe', `<iframe data-lazy-src="https://www.facebook.com/plugins/video.php?href=${ENC}"></iframe>`],
    ['rendered plugin iframe', `<iframe name="f3c2a1b4" title="fb:post Facebook Social Plugin" src="https://www.facebook.com/v2.8/plugins/post.php?app_id=&amp;href=${ENC}&amp;locale=en_US&amp;sdk=joey"></iframe>`],
    ['held plugin iframe', `<div data-html="&lt;iframe src=&quot;https://www.facebook.com/plugins/post.php?href=${ENC}&quot;&gt;&lt;/iframe&gt;"></div>`],
    ['WordPress figure', `<figure class="wp-block-embed is-provider-facebook"><div class="wp-block-embed__wrapper">${POST}</div></figure>`],
    ['amp-facebook', `<amp-facebook layout="responsive" data-href="${POST}"></amp-facebook>`],
    ['comment embed', `<div class="fb-comment-embed" data-href="${POST}?comment_id=10155840470181234"></div>`],
  ])('%s', (_form, form) => {
    expectSameWhenWrapped(found, form, WORDS);
  });
});
