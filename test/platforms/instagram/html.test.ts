/**
 * Instagram embeds in HTML: every form the platform reads, each beside a "does not find"
 * look-alike. All markup here is our own synthetic writing modelled on the embed codes
 * publishers paste.
 */
import { describe, expect, it } from 'vitest';
import { extractEmbeds, stripEmbeds, type Embed } from '../../../src/index.js';
import { readByline, isPlaceholder } from '../../../src/platforms/instagram/byline.js';
import { captionMentions } from '../../../src/platforms/instagram/html.js';
import { instagram } from '../../../src/platforms/instagram/index.js';
import { instagramPermalink, parseInstagramUrl } from '../../../src/platforms/instagram/url.js';
import { scanDirectly } from '../../helpers/scan.js';
import { expectSameWhenWrapped } from '../../helpers/wrap.js';

const CODE = 'Cq7Harb0urW';
const PERMA = `https://www.instagram.com/p/${CODE}/?utm_source=ig_embed&amp;utm_campaign=loading`;

function found(input: string): Embed[] {
  // Straight through the platform (throws surface), and through the public API: they agree.
  const direct = scanDirectly(instagram, input, 'html');
  const api = extractEmbeds(input, { format: 'html', platforms: ['instagram'] });
  expect(api).toEqual(direct);
  return api;
}

/** The embed code as Instagram's generator writes it, parts replaceable. */
function code(o: { version?: number; attrs?: string; placeholder?: string; caption?: string | null; byline?: string } = {}): string {
  const version = o.version ?? 12;
  const caption =
    o.caption === null || version >= 14
      ? ''
      : `<p style="margin:8px 0 0 0;"><a href="${PERMA}" target="_blank">${o.caption ?? 'Lanterns over the harbour tonight #harbour #lanterns with @old.pier'}</a></p>`;
  const byline =
    o.byline ??
    (version >= 14
      ? `<p style="color:#c9c8cd;"><a href="${PERMA}" target="_blank">A post shared by Harbour Watch (@harbour.watch)</a></p>`
      : `<p style="color:#c9c8cd;">A post shared by <a href="https://www.instagram.com/harbour.watch/" target="_blank"> Harbour Watch</a> (@harbour.watch) on <time style="font-size:14px;" datetime="2020-02-16T23:02:32+00:00">Feb 16, 2020 at 3:02pm PST</time></p>`);
  return (
    `<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="${PERMA}" data-instgrm-version="${version}"${o.attrs ?? ''} style="background:#FFF;">` +
    `<div style="padding:16px;"><a href="${PERMA}" target="_blank"><div><div></div></div>` +
    `<div><div style="font-weight:600;">${o.placeholder ?? 'View this post on Instagram'}</div></div></a>` +
    `${caption}${byline}</div></blockquote>`
  );
}

const SCRIPT = '<script async src="//www.instagram.com/embed.js"></script>';

describe('blockquote.instagram-media', () => {
  it('reads a captioned embed code (version 12): caption, entities, byline, date', () => {
    const page = `<p>Before.</p>\n${code()}\n${SCRIPT}\n<p>After.</p>`;
    const [e, ...rest] = found(page);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({
      platform: 'instagram',
      kind: 'blockquote',
      source: 'html',
      id: CODE,
      url: `https://www.instagram.com/p/${CODE}/`,
      author: { name: 'Harbour Watch', handle: 'harbour.watch' },
      date: '2020-02-16',
      dateText: 'Feb 16, 2020 at 3:02pm PST',
      createdAt: null,
      text: 'Lanterns over the harbour tonight #harbour #lanterns with @old.pier',
      hashtags: ['harbour', 'lanterns'],
      mentions: ['old.pier'],
      links: [],
      lang: null,
      truncated: false,
    });
    expect(page.slice(e?.start, e?.end)).toBe(code());
  });

  it('reads an uncaptioned embed code (version 14): byline in the post link, no caption, no date', () => {
    const [e] = found(code({ version: 14 }));
    expect(e).toMatchObject({
      id: CODE,
      author: { name: 'Harbour Watch', handle: 'harbour.watch' },
      text: null,
      date: null,
      dateText: null,
      hashtags: [],
    });
  });

  it('reads a placeholder-only embed code: the post, no caption, no author', () => {
    const [e] = found(code({ version: 14, byline: `<p><a href="${PERMA}" target="_blank">Instagram</a></p>` }));
    expect(e).toMatchObject({ id: CODE, author: { name: null, handle: null }, text: null, date: null });
  });

  it('reads an empty embed code from its permalink attribute', () => {
    const el = `<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/${CODE}/" data-instgrm-version="12">\n\t</blockquote>`;
    const [e] = found(`<div>${el}</div>`);
    expect(e).toMatchObject({ kind: 'blockquote', id: CODE, url: `https://www.instagram.com/p/${CODE}/`, text: null });
    expect(e?.author).toEqual({ name: null, handle: null });
  });

  it('reads an old embed code (version 7) that names the post only in its caption link', () => {
    const el =
      '<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-version="7"><div><p>' +
      `<a href="https://www.instagram.com/p/${CODE}/" target="_blank">Harbour fog at dawn #nebel</a></p>` +
      '<p>Ein Beitrag geteilt von Hafen Wache (@hafen_wache) am <time datetime="2017-10-23T07:31:37+00:00">23. Okt 2017 um 0:31 Uhr</time></p>' +
      '</div></blockquote>';
    expect(found(el)).toMatchObject([
      {
        id: CODE,
        author: { name: 'Hafen Wache', handle: 'hafen_wache' },
        date: '2017-10-23',
        dateText: '23. Okt 2017 um 0:31 Uhr',
        text: 'Harbour fog at dawn #nebel',
        hashtags: ['nebel'],
      },
    ]);
  });

  it('takes the handle alone from a byline in a language it does not know, and keeps it out of the caption', () => {
    const timed = '<p>Liman Gözcüsü (@liman.gozcusu) tarafından paylaşılan bir gönderi <time datetime="2020-02-16T23:02:32+00:00">16 Şub 2020 15:02 PST</time></p>';
    expect(found(code({ caption: 'Fenerler', byline: timed }))).toMatchObject([
      { author: { name: null, handle: 'liman.gozcusu' }, text: 'Fenerler', date: '2020-02-16', dateText: null },
    ]);
    const linked = `<p><a href="${PERMA}" target="_blank">Liman Gözcüsü (@liman.gozcusu) tarafından paylaşılan bir gönderi</a></p>`;
    expect(found(code({ version: 14, byline: linked }))).toMatchObject([{ author: { name: null, handle: 'liman.gozcusu' } }]);
    // A caption that ends with a handle in parentheses is no byline: no <time>, no post link.
    expect(found(code({ caption: 'Thanks (@old.pier)', byline: '' }))).toMatchObject([{ author: { handle: null }, text: 'Thanks (@old.pier)' }]);
  });

  it('takes the date from <time datetime> when the shown text does not read as a date', () => {
    const byline =
      '<p>Ein Beitrag geteilt von <a href="https://www.instagram.com/hafen_wache/">Hafen Wache</a> (@hafen_wache) am ' +
      '<time datetime="2018-03-12T19:30:12+00:00">Mär 12, 2018 um 12:30 PDT</time></p>';
    const [e] = found(code({ placeholder: 'Sieh dir diesen Beitrag auf Instagram an', caption: 'Nebel', byline }));
    expect(e).toMatchObject({ date: '2018-03-12', dateText: 'Mär 12, 2018 um 12:30 PDT', text: 'Nebel', author: { handle: 'hafen_wache' } });
  });

  it('reads the post language from a lang attribute on its text, or on the embed itself', () => {
    const onText = code({ caption: 'Bonsoir' }).replace('<p style="margin:8px 0 0 0;">', '<p lang="fr" style="margin:8px 0 0 0;">');
    expect(found(onText)[0]?.lang).toBe('fr');
    expect(found(code({ attrs: ' lang="de"' }))[0]?.lang).toBe('de');
    expect(found(code({ attrs: ' data-lang="de"' }))[0]?.lang).toBeNull();
  });

  it('reads reels and IGTV permalinks: /reel/ stays a reel, /tv/ becomes /p/', () => {
    const reel = code({ version: 14 }).replaceAll(`/p/${CODE}/`, `/reel/${CODE}/`);
    expect(found(reel)[0]?.url).toBe(`https://www.instagram.com/reel/${CODE}/`);
    const tv = code({ version: 14 }).replaceAll(`/p/${CODE}/`, `/tv/${CODE}/`);
    expect(found(tv)[0]).toMatchObject({ id: CODE, url: `https://www.instagram.com/p/${CODE}/` });
  });

  it('reads the embed code inside consent markup, and held entity-escaped in a consent attribute', () => {
    const wrapped = `<div class="consent-box" data-vendor="instagram"><p>Load external content?</p>${code()}</div>`;
    expect(found(wrapped).map((e) => [e.kind, e.id, e.author.handle])).toEqual([['blockquote', CODE, 'harbour.watch']]);
    const escaped = code().replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
    const held = `<p>Intro.</p><div class="consent-placeholder" data-consent-html="${escaped}"><button>Show Instagram post</button></div><p>Outro.</p>`;
    const [e, ...rest] = found(held);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ kind: 'blockquote', id: CODE, author: { name: 'Harbour Watch', handle: 'harbour.watch' }, date: '2020-02-16' });
    expect(held.slice(e?.start, e?.end)).toMatch(/^<div class="consent-placeholder"[^]*<\/div>$/);
  });

  it.each([
    ['German', 'Ein Beitrag geteilt von', 'am', 'Sieh dir diesen Beitrag auf Instagram an'],
    ['French', 'Une publication partagée par', 'le', 'Voir cette publication sur Instagram'],
    ['Spanish (de)', 'Una publicación compartida de', 'el', 'Ver esta publicación en Instagram'],
    ['Spanish (por)', 'Una publicación compartida por', 'el', 'Ver esta publicación en Instagram'],
    ['Italian', 'Un post condiviso da', '', 'Visualizza questo post su Instagram'],
    ['Portuguese (pt-PT)', 'Uma publicação partilhada por', 'em', 'Ver esta publicação no Instagram'],
    ['Portuguese (pt-BR)', 'Uma publicação compartilhada por', 'em', 'Ver essa foto no Instagram'],
    ['Dutch', 'Een bericht gedeeld door', '', 'View this post on Instagram'],
    ['Polish', 'Post udostępniony przez', '', 'Wyświetl ten post na Instagramie.'],
  ])('reads the %s byline and leaves its placeholder out of the caption', (_l, prefix, connector, placeholder) => {
    const byline =
      `<p>${prefix} <a href="https://www.instagram.com/harbour.watch/">Harbour Watch</a> (@harbour.watch) ${connector} ` +
      '<time datetime="2019-06-17T07:17:21+00:00">17.06.2019</time></p>';
    const [e] = found(code({ placeholder, caption: 'Nebel #fog', byline }));
    expect(e).toMatchObject({ author: { name: 'Harbour Watch', handle: 'harbour.watch' }, text: 'Nebel #fog', date: '2019-06-17' });
  });
});

describe('amp-instagram, iframes and WordPress figures', () => {
  it('reads amp-instagram by its shortcode', () => {
    const el = `<amp-instagram data-block-on-consent data-shortcode="${CODE}" data-captioned width="400" height="400" layout="responsive"></amp-instagram>`;
    expect(found(`<p>x</p>${el}`)).toMatchObject([{ kind: 'amp', id: CODE, url: `https://www.instagram.com/p/${CODE}/`, start: 8, end: 8 + el.length }]);
  });

  it('reads rendered embed iframes, src or lazy data-src', () => {
    const rendered = `<iframe class="instagram-media instagram-media-rendered" src="https://www.instagram.com/p/${CODE}/embed/captioned/?cr=1&amp;v=14" height="600"></iframe>`;
    const lazy = `<iframe data-src="https://www.instagram.com/reel/${CODE}/embed" src="about:blank"></iframe>`;
    expect(found(`${rendered}<p>and</p>${lazy}`).map((e) => [e.kind, e.url])).toEqual([
      ['iframe', `https://www.instagram.com/p/${CODE}/`],
      ['iframe', `https://www.instagram.com/reel/${CODE}/`],
    ]);
  });

  it('reads WordPress figures, around the embed code or holding the bare URL', () => {
    const around = `<figure class="wp-block-embed is-type-rich is-provider-instagram wp-block-embed-instagram"><div class="wp-block-embed__wrapper">\n${code()}\n${SCRIPT}\n</div></figure>`;
    const bare = `<figure class="wp-block-embed is-provider-instagram"><div class="wp-block-embed__wrapper">\nhttps://www.instagram.com/p/${CODE}/\n</div></figure>`;
    expect(found(`${around}\n${bare}`).map((e) => [e.kind, e.id, e.author.handle, e.text !== null])).toEqual([
      ['wp-block', CODE, 'harbour.watch', true],
      ['wp-block', CODE, null, false],
    ]);
  });
});

describe("a publisher's card for a post", () => {
  it('reads the post from its link, and leaves the card\'s own words out of the caption', () => {
    const card =
      `<blockquote class="js-instagram__container story-instagram__card">` +
      `<a class="story-embed__placeholder" href="https://instagram.com/p/${CODE}/" target="_blank"><img src="/spacer.gif" alt="Instagram">` +
      `<div class="story-embed__cta"> See this photo on Instagram </div></a></blockquote>`;
    expect(found(`<p>x</p>${card}`)).toMatchObject([
      { kind: 'blockquote', id: CODE, url: `https://www.instagram.com/p/${CODE}/`, author: { name: null, handle: null }, text: null, start: 8, end: 8 + card.length },
    ]);
  });

  it('reads a byline the card shows as the embed code writes it', () => {
    const card =
      `<blockquote class="embed-instagram"><a href="https://www.instagram.com/p/${CODE}/">Open on Instagram</a>` +
      `<p>A post shared by Harbour Watch (@harbour.watch)</p></blockquote>`;
    expect(found(card)).toMatchObject([{ kind: 'blockquote', id: CODE, author: { name: 'Harbour Watch', handle: 'harbour.watch' }, text: null }]);
  });
});

describe('does not find look-alikes', () => {
  it.each([
    ['a share button', `<a class="share-instagram" href="https://www.instagram.com/?url=https://example.org/a">Share</a>`],
    ['a follow button', `<a class="btn-follow instagram-follow" href="https://www.instagram.com/harbour.watch/">Follow us on Instagram</a>`],
    ['a profile link in prose', `<p>Find us at <a href="https://www.instagram.com/harbour.watch/">@harbour.watch</a>.</p>`],
    ['a link to a post in prose', `<p>She <a href="https://www.instagram.com/p/${CODE}/">posted it</a> on Monday.</p>`],
    ['a theme element named like the embed', `<div class="instagram-media post-template-content"><p>Our feed</p></div>`],
    ['a "follow us on Instagram" widget', `<div class="widget instagram-feed"><h3>Follow us on Instagram</h3><ul><li><img src="/a.jpg"></li></ul></div>`],
    ['an embed code naming no post', `<blockquote class="instagram-media"><p>A post shared by Harbour Watch (@harbour.watch)</p></blockquote>`],
    ['an embed code whose permalink is a profile', `<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/harbour.watch/"></blockquote>`],
    ['amp-instagram without a shortcode', `<amp-instagram width="1" height="1" layout="responsive"></amp-instagram>`],
    ['an embed only inside a JSON state script', `<script type="application/json">{"html":"${code().replaceAll('"', '\\"')}"}</script>`],
    ['an embed only inside a JSON state attribute', `<div id="app" data-props="${JSON.stringify({ html: code() }).replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"></div>`],
    ['an embed in a comment', `<!-- ${code()} -->`],
    ['the AMP extension script and CSS', `<script async custom-element="amp-instagram" src="https://cdn.ampproject.org/v0/amp-instagram-0.1.js"></script><style>amp-instagram{padding:0}</style>`],
    ['a quote styled for Instagram that links a profile only', `<blockquote class="quote-instagram"><p>See you at the pier.</p><a href="https://www.instagram.com/harbour.watch/">@harbour.watch</a></blockquote>`],
    ['a class word holding instagram (instagrammable)', `<blockquote class="instagrammable"><a href="https://www.instagram.com/p/${CODE}/">the photo</a></blockquote>`],
    ['a WordPress figure of another provider', `<figure class="wp-block-embed is-provider-flickr"><div>https://www.instagram.com/p/${CODE}/</div></figure>`],
  ])('%s', (_what, markup) => {
    expect(found(`<p>Text.</p>${markup}<p>More.</p>`)).toEqual([]);
  });
});

describe('Instagram links, bylines and captions', () => {
  it.each([
    ['https://www.instagram.com/p/B8pT40EBjoK/?utm_source=ig_embed', { code: 'B8pT40EBjoK', reel: false, handle: null }],
    ['//instagram.com/reel/C1a2b3c4d5/embed/captioned', { code: 'C1a2b3c4d5', reel: true, handle: null }],
    ['instagr.am/tv/CIq0000/', { code: 'CIq0000', reel: false, handle: null }],
    ['https://www.instagram.com/harbour.watch/p/C1a2b3c4d5/', { code: 'C1a2b3c4d5', reel: false, handle: 'harbour.watch' }],
    ['https://www.instagram.com/reels/C1a2b3c4d5', { code: 'C1a2b3c4d5', reel: true, handle: null }],
  ])('reads %s', (url, expected) => {
    expect(parseInstagramUrl(url)).toEqual(expected);
  });

  it.each([
    'https://www.instagram.com/harbour.watch/',
    'https://www.instagram.com/explore/tags/harbour/',
    'https://www.instagram.com/p/',
    'https://instagram.com.example.org/p/C1a2b3c4d5/',
    'https://www.instagram.com/stories/harbour.watch/3000000000/',
    'javascript:alert(1)',
  ])('does not read %s as a post', (url) => {
    expect(parseInstagramUrl(url)).toBeNull();
  });

  it('builds the canonical permalink', () => {
    expect(instagramPermalink('C1a2b3c4d5', false)).toBe('https://www.instagram.com/p/C1a2b3c4d5/');
    expect(instagramPermalink('C1a2b3c4d5', true)).toBe('https://www.instagram.com/reel/C1a2b3c4d5/');
  });

  it.each([
    ['A post shared by Harbour Watch (@harbour.watch) on Feb 16, 2020 at 3:02pm PST', { name: 'Harbour Watch', handle: 'harbour.watch', rest: 'Feb 16, 2020 at 3:02pm PST' }],
    ['Ein Beitrag geteilt von Hafen (@hafen_wache)', { name: 'Hafen', handle: 'hafen_wache', rest: null }],
    ['Una publicación compartida por @harbour.watch', { name: null, handle: 'harbour.watch', rest: null }],
    ['Une publication partagée par Le Port (@leport) le 29 Mars 2017 à 11h25 PDT', { name: 'Le Port', handle: 'leport', rest: '29 Mars 2017 à 11h25 PDT' }],
    ['港の灯り(@minato.akari)がシェアした投稿 - 2017 4月 10 8:24午後 PDT', { name: '港の灯り', handle: 'minato.akari', rest: '2017 4月 10 8:24午後 PDT' }],
    ['A photo posted by Harbour (@harbour) on Dec 5, 2015', { name: 'Harbour', handle: 'harbour', rest: 'Dec 5, 2015' }],
  ])('reads the byline %s', (line, expected) => {
    expect(readByline(line)).toEqual(expected);
  });

  it.each([
    'Follow Harbour Watch (@harbour.watch) on Instagram',
    'A post shared by Harbour Watch',
    'A post shared by Harbour (@not a handle)',
    `A post shared by Harbour (@${'a'.repeat(31)})`,
    'Photo: Harbour Watch (@harbour.watch)',
  ])('does not read %s as a byline', (line) => {
    expect(readByline(line)).toBeNull();
  });

  it('knows the placeholder line in several languages', () => {
    expect(['View this post on Instagram', 'Sieh dir diesen Beitrag auf Instagram an', 'Voir cette publication sur Instagram'].every(isPlaceholder)).toBe(true);
    expect(isPlaceholder('View this post on the harbour blog')).toBe(false);
  });

  it.each([
    ['with @old.pier and @harbour_watch.', ['old.pier', 'harbour_watch']],
    ['(📸 @AustinTour) @a @a', ['AustinTour', 'a']],
    ['mail me at ed@example.org', []],
    ['@@double', []],
  ])('finds the mentions of %s', (text, expected) => {
    expect(captionMentions(text)).toEqual(expected);
  });
});

describe('stripEmbeds', () => {
  it('removes the embed code with the embed script after it, and leaves look-alikes', () => {
    const follow = '<a class="follow" href="https://www.instagram.com/harbour.watch/">Follow us</a>';
    const page = `<p>Before.</p>\n${code()}\n${SCRIPT}\n${follow}<p>After.</p>`;
    expect(stripEmbeds(page, { format: 'html' })).toBe(`<p>Before.</p>\n\n${follow}<p>After.</p>`);
  });
});

describe('an embed wrapped in random prose comes back the same, shifted', () => {
  const WORDS = ['harbour', 'the', 'lanterns', 'ferry', 'said', 'on', 'Saturday', 'Hafen', 'marché', '港', 'and', '—', '@', '#', '(', ')', '&amp;', 'instagram', 'facebook', 'threads', 'post'];
  it.each([
    ['captioned embed code', code()],
    ['uncaptioned embed code', code({ version: 14 })],
    ['empty embed code', `<blockquote class="instagram-media" data-instgrm-permalink="${PERMA}"></blockquote>`],
    ['consent-held embed code', `<div data-consent-html="${code().replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')}"></div>`],
    ['amp-instagram', `<amp-instagram data-shortcode="${CODE}" width="1" height="1" layout="responsive"></amp-instagram>`],
    ['embed iframe', `<iframe src="https://www.instagram.com/p/${CODE}/embed/captioned"></iframe>`],
    ['WordPress figure', `<figure class="wp-block-embed is-provider-instagram"><div class="wp-block-embed__wrapper">https://www.instagram.com/p/${CODE}/</div></figure>`],
  ])('%s', (_form, form) => {
    expectSameWhenWrapped(found, form, WORDS);
  });
});
