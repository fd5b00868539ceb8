/**
 * YouTube embeds in HTML: every form the platform's embeds take, each beside a "does not find"
 * look-alike. All markup here is our own synthetic writing modelled on the codes pages carry.
 */
import { describe, expect, it } from 'vitest';
import { extractEmbeds, type Embed } from '../../../src/index.js';
import { youtube } from '../../../src/platforms/youtube/index.js';
import { scanDirectly } from '../../helpers/scan.js';
import { expectSameWhenWrapped } from '../../helpers/wrap.js';

const ID = 'aB3dE5fG7hJ';
const ID2 = 'K2mN4pQ6rS8';
const LIST = 'PLq8Zr2Tn4Vb6Xd0Fh2Jk4Lm6Np8Rt0Vw';
const WATCH = `https://www.youtube.com/watch?v=${ID}`;

/** The YouTube embeds of a page, driven directly (a throw fails the test) and through the API. */
function found(input: string): Embed[] {
  const direct = scanDirectly(youtube, input, 'html');
  const api = extractEmbeds(input, { format: 'html' }).filter((e) => e.platform === 'youtube');
  expect(api).toEqual(direct);
  return direct;
}

const player = (attrs: string): string =>
  `<iframe width="560" height="315" ${attrs} title="YouTube video player" frameborder="0" allow="autoplay; encrypted-media" allowfullscreen></iframe>`;

describe('YouTube forms', () => {
  const finds: { description: string; input: string; expected: Partial<Embed> }[] = [
    { description: 'an iframe with the player URL in src', input: player(`src="https://www.youtube.com/embed/${ID}?rel=0"`), expected: { kind: 'iframe', id: ID, url: WATCH } },
    { description: 'a protocol-relative src', input: player(`src="//www.youtube.com/embed/${ID}"`), expected: { kind: 'iframe', id: ID } },
    { description: 'a src without www.', input: player(`src="https://youtube.com/embed/${ID}"`), expected: { kind: 'iframe', id: ID } },
    { description: 'a src on m.', input: player(`src="https://m.youtube.com/embed/${ID}"`), expected: { kind: 'iframe', id: ID } },
    { description: 'an http src with an entity-coded query', input: player(`src='http://www.youtube.com/embed/${ID}?version=3&#038;rel=1&#038;fs=1'`), expected: { kind: 'iframe', id: ID } },
    { description: 'the privacy host', input: player(`src="https://www.youtube-nocookie.com/embed/${ID}?start=5"`), expected: { kind: 'iframe', id: ID, url: WATCH } },
    { description: 'the privacy host without www.', input: player(`src="https://youtube-nocookie.com/embed/${ID}"`), expected: { kind: 'iframe', id: ID } },
    { description: 'the URL in data-src, src a blank image', input: player(`src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://www.youtube.com/embed/${ID}" class="lazyload"`), expected: { kind: 'iframe', id: ID } },
    { description: 'the URL in data-lazy-src, src about:blank', input: player(`src="about:blank" data-lazy-src="https://www.youtube-nocookie.com/embed/${ID}"`), expected: { kind: 'iframe', id: ID } },
    { description: 'the URL in another data-* attribute', input: player(`data-deferred-source="https://www.youtube.com/embed/${ID}"`), expected: { kind: 'iframe', id: ID } },
    { description: 'an upper-case tag and attribute', input: `<IFRAME SRC="https://www.youtube.com/embed/${ID}"></IFRAME>`, expected: { kind: 'iframe', id: ID } },
    { description: 'a lang on the iframe', input: player(`lang="de" src="https://www.youtube.com/embed/${ID}"`), expected: { kind: 'iframe', id: ID, lang: 'de' } },
    { description: 'a playlist player', input: player(`src="https://www.youtube.com/embed/videoseries?list=${LIST}"`), expected: { kind: 'iframe', id: null, url: `https://www.youtube.com/playlist?list=${LIST}` } },
    { description: 'a player URL with only list=', input: player(`src="https://www.youtube.com/embed?list=${LIST}"`), expected: { kind: 'iframe', id: null, url: `https://www.youtube.com/playlist?list=${LIST}` } },
    {
      description: 'an iframe kept entity-escaped in data-html',
      input: `<div class="video-wrapper" data-html="&lt;iframe src=&quot;//www.youtube.com/embed/${ID}?wmode=opaque&amp;amp;enablejsapi=1&quot; height=&quot;480&quot;&gt;&lt;/iframe&gt;"></div>`,
      expected: { kind: 'iframe', id: ID, url: WATCH },
    },
    {
      description: 'an iframe kept in data-embed-frame by a consent placeholder',
      input: `<div class="video-consent" style="background-image: url('/thumbs/${ID}.jpg')" data-embed-frame="&lt;iframe width=&quot;980&quot; src=&quot;https://www.youtube-nocookie.com/embed/${ID}?feature=oembed&quot;&gt;&lt;/iframe&gt;"><button>Load video</button></div>`,
      expected: { kind: 'iframe', id: ID },
    },
    { description: 'an iframe kept in data-iframe', input: `<div data-iframe='&lt;iframe src="https://www.youtube.com/embed/${ID}"&gt;&lt;/iframe&gt;'></div>`, expected: { kind: 'iframe', id: ID } },
    { description: 'amp-youtube', input: `<amp-youtube data-videoid="${ID}" layout="responsive" width="480" height="270"></amp-youtube>`, expected: { kind: 'amp', id: ID, url: WATCH } },
    { description: 'lite-youtube', input: `<lite-youtube videoid="${ID}" playlabel="Play: Lanterns over the harbour"></lite-youtube>`, expected: { kind: 'widget', id: ID, url: WATCH, text: null } },
    { description: 'lite-youtube of a playlist', input: `<lite-youtube playlistid="${LIST}"></lite-youtube>`, expected: { kind: 'widget', id: null, url: `https://www.youtube.com/playlist?list=${LIST}` } },
    {
      description: 'a WP Rocket placeholder',
      input: `<div class="rll-youtube-player" data-src="https://www.youtube.com/embed/${ID}" data-id="${ID}" data-query="feature=oembed"></div>`,
      expected: { kind: 'widget', id: ID },
    },
    { description: 'a WP Rocket placeholder with data-id only', input: `<div class="rll-youtube-player" data-id="${ID}"></div>`, expected: { kind: 'widget', id: ID } },
    { description: 'a click-to-load snippet placeholder', input: `<div class="youtube-player" data-id="${ID}"></div>`, expected: { kind: 'widget', id: ID, url: WATCH } },
    {
      description: 'a link facade (Lazy Load for Videos)',
      input: `<a class="lazy-load-youtube preview-lazyload preview-youtube" href="https://youtu.be/${ID}" data-video-title="Lanterns">https://youtu.be/${ID}</a>`,
      expected: { kind: 'widget', id: ID, url: WATCH },
    },
    {
      description: 'an Elementor video widget, its URL in the settings JSON with escaped slashes',
      input: `<div class="elementor-element elementor-element-3c1 elementor-widget elementor-widget-video" data-id="3c1" data-element_type="widget" data-settings="{&quot;youtube_url&quot;:&quot;https:\\/\\/www.youtube.com\\/watch?v=${ID}&quot;,&quot;video_type&quot;:&quot;youtube&quot;,&quot;controls&quot;:&quot;yes&quot;}" data-widget_type="video.default"><div class="elementor-widget-container"><div class="elementor-wrapper elementor-open-inline"><div class="elementor-video"></div></div></div></div>`,
      expected: { kind: 'widget', id: ID, url: WATCH },
    },
    {
      description: 'an Elementor video widget holding its rendered player: one embed',
      input: `<div class="elementor-widget elementor-widget-video" data-settings="{&quot;youtube_url&quot;:&quot;https://youtu.be/${ID}&quot;}"><div class="elementor-wrapper"><iframe class="elementor-video-iframe" src="https://www.youtube.com/embed/${ID}?controls=1"></iframe></div></div>`,
      expected: { kind: 'widget', id: ID },
    },
    {
      description: 'a WP YouTube Lyte wrapper: the id in its inner ids',
      input: `<div class="lyte-wrapper" style="width:640px;max-width:100%"><div class="lyMe" id="WYL_${ID}"><div id="lyte_${ID}" data-src="https://i.ytimg.com/vi/${ID}/hqdefault.jpg" class="pL"><div class="tC"><div class="tT">Lanterns</div></div><div class="play"></div></div></div><noscript><a href="https://youtu.be/${ID}"><img src="https://i.ytimg.com/vi/${ID}/0.jpg" alt=""></a></noscript></div>`,
      expected: { kind: 'widget', id: ID, url: WATCH },
    },
    {
      description: 'a WP YouTube Lyte wrapper whose ids are gone: its noscript link',
      input: `<div class="lyte-wrapper"><div class="lyMe"></div><noscript><a href="https://youtu.be/${ID}">Lanterns</a></noscript></div>`,
      expected: { kind: 'widget', id: ID },
    },
    { description: 'a Yoast Video SEO placeholder', input: `<div class="video-seo-youtube-player" data-id="${ID}"></div>`, expected: { kind: 'widget', id: ID } },
    {
      description: 'a WordPress block with a watch URL',
      input: `<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">\n${WATCH}\n</div></figure>`,
      expected: { kind: 'wp-block', id: ID, url: WATCH },
    },
    {
      description: 'a WordPress block with a youtu.be URL',
      input: `<figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper">https://youtu.be/${ID}</div></figure>`,
      expected: { kind: 'wp-block', id: ID },
    },
    {
      description: 'a WordPress block with a shorts URL',
      input: `<figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper">https://www.youtube.com/shorts/${ID}</div></figure>`,
      expected: { kind: 'wp-block', id: ID },
    },
    {
      description: 'a WordPress block with a live URL',
      input: `<figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper">https://www.youtube.com/live/${ID}?si=ab</div></figure>`,
      expected: { kind: 'wp-block', id: ID },
    },
    {
      description: 'a WordPress block around a player: one embed',
      input: `<figure class="wp-block-embed-youtube wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrapper">\n${player(`src="https://www.youtube.com/embed/${ID}?feature=oembed"`)}\n</div></figure>`,
      expected: { kind: 'wp-block', id: ID },
    },
    {
      description: 'a WordPress block around a lazy-load placeholder: one embed',
      input: `<figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper"><div class="rll-youtube-player" data-id="${ID}"></div></div></figure>`,
      expected: { kind: 'wp-block', id: ID },
    },
    {
      description: 'a Flash player embed (the embed code before iframes)',
      input: `<embed src="https://www.youtube.com/v/${ID}?version=3&amp;hl=en_US" type="application/x-shockwave-flash" width="640" height="390" allowscriptaccess="always" allowfullscreen="true">`,
      expected: { kind: 'iframe', id: ID, url: WATCH },
    },
    {
      description: 'a Flash player object naming it in data',
      input: `<object type="application/x-shockwave-flash" data="//www.youtube.com/v/${ID}&amp;hl=en&amp;fs=1" width="425" height="344"><param name="movie" value="//www.youtube.com/v/${ID}&amp;hl=en&amp;fs=1"><param name="allowFullScreen" value="true"></object>`,
      expected: { kind: 'iframe', id: ID, url: WATCH },
    },
  ];
  it.each(finds)('finds $description', ({ input, expected }) => {
    const page = `<p>Before.</p>\n${input}\n<p>After.</p>`;
    const embeds = found(page);
    expect(embeds).toHaveLength(1);
    expect(embeds[0]).toMatchObject({ platform: 'youtube', source: 'html', author: { name: null, handle: null }, text: null, ...expected });
    expect(page.slice(embeds[0]!.start, embeds[0]!.end)).toBe(input);
  });

  it("reads the Flash embed code's object, param and embed as one embed, at its embed element", () => {
    const embed = `<embed src="http://www.youtube.com/v/${ID}&amp;hl=en&amp;fs=1" type="application/x-shockwave-flash" allowfullscreen="true" width="425" height="344">`;
    const code = `<object width="425" height="344"><param name="movie" value="http://www.youtube.com/v/${ID}&amp;hl=en&amp;fs=1"></param><param name="allowFullScreen" value="true"></param>${embed}</embed></object>`;
    const page = `<p>Before.</p>\n${code}\n<p>After.</p>`;
    const embeds = found(page);
    expect(embeds.map((e) => [e.kind, e.id, e.url])).toEqual([['iframe', ID, WATCH]]);
    expect(page.slice(embeds[0]!.start, embeds[0]!.end)).toBe(embed);
  });

  const none: { description: string; input: string }[] = [
    { description: 'a Flash player of another host', input: `<object data="https://player.example.com/v/${ID}"><embed src="https://player.example.com/v/${ID}" type="application/x-shockwave-flash"></object>` },
    { description: 'a link to a Flash player URL', input: `<a href="https://www.youtube.com/v/${ID}">the old player</a>` },
    { description: 'a channel subscribe button', input: `<div class="g-ytsubscribe" data-channel="HarbourWatch" data-layout="default"></div>` },
    { description: 'a subscribe button with a channel id', input: `<div class="g-ytsubscribe" data-channelid="UCabcdefghijklmnopqrstuv"></div>` },
    { description: 'a link to a watch page in prose', input: `<p>Watch <a href="${WATCH}">the lanterns</a> tonight.</p>` },
    { description: 'a link to a player URL (a lightbox button)', input: `<a href="https://www.youtube.com/embed/${ID}?rel=0" class="btn video-popup">Play</a>` },
    { description: 'a player URL in plain text', input: `<p>The player lives at https://www.youtube.com/embed/${ID} for now.</p>` },
    { description: 'a player URL in a JSON state script', input: `<script>window.__STATE__ = {"video":{"embedUrl":"https://www.youtube.com/embed/${ID}","html":"<iframe src=\\"https://www.youtube.com/embed/${ID}\\"></iframe>"}};</script>` },
    { description: 'a player in a JSON-LD script', input: `<script type="application/ld+json">{"@type":"VideoObject","embedUrl":"https://www.youtube.com/embed/${ID}"}</script>` },
    { description: 'a player in an HTML comment', input: `<!-- <iframe src="https://www.youtube.com/embed/${ID}"></iframe> -->` },
    { description: 'an og:video meta tag', input: `<meta property="og:video" content="https://www.youtube.com/embed/${ID}" />` },
    { description: 'a JSON data attribute quoting a player', input: `<div class="video-block" data-block-json="{&quot;html&quot;:&quot;&lt;iframe src=\\&quot;//www.youtube.com/embed/${ID}\\&quot;&gt;&quot;}"></div>` },
    { description: 'a thumbnail image', input: `<img src="https://i.ytimg.com/vi/${ID}/hqdefault.jpg" alt="">` },
    { description: 'an iframe of another video host', input: `<iframe src="https://player.example.com/embed/${ID}"></iframe>` },
    { description: 'an iframe with a malformed id', input: `<iframe src="https://www.youtube.com/embed/${ID}x"></iframe>` },
    { description: 'a channel live stream player', input: `<iframe src="https://www.youtube.com/embed/live_stream?channel=UCabcdefghijklmnopqrstuv"></iframe>` },
    { description: 'amp-youtube of a channel live stream', input: `<amp-youtube data-live-channelid="UCabcdefghijklmnopqrstuv" width="480" height="270"></amp-youtube>` },
    { description: 'a WordPress block of another provider', input: `<figure class="wp-block-embed is-provider-vimeo"><div class="wp-block-embed__wrapper">https://vimeo.com/12345</div></figure>` },
    { description: 'a WordPress YouTube block holding a channel URL', input: `<figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper">https://www.youtube.com/@HarbourWatch</div></figure>` },
    { description: 'a lazy-load placeholder with no id', input: `<div class="rll-youtube-player" data-src="" data-id=""></div>` },
    { description: 'a stylesheet naming the placeholder class', input: `<style>.rll-youtube-player{position:relative}.lite-youtube{display:block}</style>` },
    { description: 'a link facade of another host', input: `<a class="lazy-load-vimeo preview-lazyload" href="https://vimeo.com/12345">https://vimeo.com/12345</a>` },
    { description: 'a link facade class on a channel link', input: `<a class="lazy-load-youtube" href="https://www.youtube.com/@HarbourWatch">Channel</a>` },
    { description: 'an Elementor video widget playing another source, its YouTube default beside it', input: `<div class="elementor-widget-video" data-settings="{&quot;youtube_url&quot;:&quot;https:\\/\\/www.youtube.com\\/watch?v=${ID}&quot;,&quot;video_type&quot;:&quot;vimeo&quot;,&quot;vimeo_url&quot;:&quot;https:\\/\\/vimeo.com\\/12345&quot;}"><div class="elementor-video"></div></div>` },
    { description: 'an Elementor video widget with broken settings', input: `<div class="elementor-widget-video" data-settings="{&quot;youtube_url&quot;:&quot;https://youtu.be/${ID}"><div class="elementor-video"></div></div>` },
    { description: 'an Elementor video widget of a hosted file', input: `<div class="elementor-widget-video" data-settings="{&quot;video_type&quot;:&quot;hosted&quot;}"><video src="/media/lanterns.mp4"></video></div>` },
    { description: 'a Lyte wrapper naming no video', input: `<div class="lyte-wrapper"><div class="lyMe" id="WYL_"></div></div>` },
    { description: 'a click-to-load placeholder with no id', input: `<div class="youtube-player"></div>` },
    { description: 'a social icon', input: `<a class="social-icon-youtube" href="https://www.youtube.com/@HarbourWatch"><i class="icon-youtube"></i></a>` },
  ];
  it.each(none)('does not find $description', ({ input }) => {
    expect(found(`<p>Before.</p>\n${input}\n<p>After.</p>`)).toEqual([]);
  });
});

describe('YouTube embeds on a page', () => {
  it('counts a noscript copy of a placeholder\'s video once', () => {
    const page =
      `<div class="rll-youtube-player" data-src="https://www.youtube.com/embed/${ID}" data-id="${ID}"></div>` +
      `<noscript><iframe src="https://www.youtube.com/embed/${ID}"></iframe></noscript>`;
    const embeds = extractEmbeds(page, { format: 'html' });
    expect(embeds.map((e) => [e.kind, e.id])).toEqual([['widget', ID]]);
  });

  it('counts a link facade once beside its noscript link, the embed being the link', () => {
    const link = `<a class="lazy-load-youtube preview-lazyload" href="https://youtu.be/${ID}">https://youtu.be/${ID}</a>`;
    const page = `<div class="container-lazyload preview-lazyload container-youtube">${link}<noscript>Video can't be loaded: <a href="https://youtu.be/${ID}">Lanterns</a></noscript></div>`;
    const embeds = found(page);
    expect(embeds.map((e) => [e.kind, e.id, page.slice(e.start, e.end)])).toEqual([['widget', ID, link]]);
  });

  it('keeps a player that stands only in a noscript element', () => {
    const page = `<div class="video-container" data-video-id="${ID}"><div id="player-1"></div><noscript><iframe src="https://www.youtube.com/embed/${ID}"></iframe></noscript></div>`;
    expect(extractEmbeds(page, { format: 'html' }).map((e) => [e.kind, e.id])).toEqual([['iframe', ID]]);
  });

  it('finds two players in order, with their offsets', () => {
    const a = player(`src="https://www.youtube.com/embed/${ID}"`);
    const b = player(`src="https://www.youtube-nocookie.com/embed/${ID2}"`);
    const page = `<p>One.</p>${a}<p>Two.</p>${b}`;
    const embeds = found(page);
    expect(embeds.map((e) => [e.id, page.slice(e.start, e.end)])).toEqual([[ID, a], [ID2, b]]);
  });

  it('does not read the iframe\'s title as the post text', () => {
    const [e] = found(player(`src="https://www.youtube.com/embed/${ID}"`).replace('YouTube video player', 'Lanterns over the harbour'));
    expect(e).toMatchObject({ id: ID, text: null, author: { name: null, handle: null } });
  });

  it('is left out when the platforms asked for do not include it', () => {
    const page = player(`src="https://www.youtube.com/embed/${ID}"`);
    expect(extractEmbeds(page, { format: 'html', platforms: ['x'] })).toEqual([]);
    expect(extractEmbeds(page, { format: 'html', platforms: ['youtube'] })).toHaveLength(1);
  });
});

describe('hostile markup', () => {
  const real = `<iframe src="https://www.youtube.com/embed/${ID2}"></iframe>`;
  const table: { description: string; input: string }[] = [
    { description: 'thousands of unclosed placeholders naming no video', input: '<div class="rll-youtube-player" data-id="x">'.repeat(5000) },
    { description: 'thousands of unclosed lite-youtube without videoid', input: '<lite-youtube playlabel="x">'.repeat(5000) },
    { description: 'thousands of player URLs in text', input: `<p>${'//www.youtube.com/embed/ '.repeat(20_000)}</p>` },
    { description: 'an HTML-holding attribute full of iframes naming no player', input: `<div data-html="${'&lt;iframe src=&quot;x&quot;&gt;'.repeat(2000)}"></div>` },
  ];
  it.each(table)('finds the embed after $description, and nothing in them', ({ input }) => {
    const page = `${input}${real}`;
    const embeds = found(page);
    expect(embeds.map((e) => [e.id, e.start])).toEqual([[ID2, page.length - real.length]]);
  });
});

describe('an embed wrapped in prose is the same embed, shifted', () => {
  const words = ['The', 'harbour', 'council', 'said', '"quoted"', 'https://example.com/story', 'городской', '市議会は', 'قال', '—', '#Lanterns', '@harbour', '-', '//', '?', 'a-b'];
  const forms = [
    player(`src="https://www.youtube.com/embed/${ID}?rel=0"`),
    `<div class="rll-youtube-player" data-id="${ID}"></div>`,
    `<amp-youtube data-videoid="${ID}" layout="responsive" width="480" height="270"></amp-youtube>`,
    `<embed src="//www.youtube.com/v/${ID}&amp;hl=en" type="application/x-shockwave-flash">`,
    `<figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper">https://youtu.be/${ID}</div></figure>`,
    `<div data-html="&lt;iframe src=&quot;//www.youtube-nocookie.com/embed/${ID}&quot;&gt;&lt;/iframe&gt;"></div>`,
  ];
  it.each(forms)('%s', (form) => {
    expectSameWhenWrapped(found, form, words);
  });
});
