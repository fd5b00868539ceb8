/**
 * X embeds in HTML: every markup form the issue lists, each with "does not find" negatives.
 * All markup here is our own synthetic writing modelled on the embed codes publishers paste.
 */
import { describe, expect, it } from 'vitest';
import { extractEmbeds, type Embed } from '../../../src/index.js';
import { bodyEntities } from '../../../src/platforms/x/body.js';
import { x } from '../../../src/platforms/x/index.js';
import { scanDirectly } from '../../helpers/scan.js';
import { parseStatusUrl } from '../../../src/platforms/x/url.js';

const ID = '1310340832445292544'; // snowflake time 2020-09-27T22:09:34.067Z
const ID2 = '1720047757610631317'; // snowflake time 2023-11-02T11:58:37.013Z
const CREATED = '2020-09-27T22:09:34.067Z';
const ID3 = '1310340867681648640';

function html(input: string): Embed[] {
  return extractEmbeds(input, { format: 'html' });
}

/** A standard embed code, with parts replaceable. */
function tweet(o: {
  cls?: string;
  attrs?: string;
  body?: string;
  dash?: string;
  byline?: string;
  href?: string;
  date?: string;
} = {}): string {
  return (
    `<blockquote class="${o.cls ?? 'twitter-tweet'}"${o.attrs ?? ''}>` +
    `<p lang="en" dir="ltr">${o.body ?? 'Paper lanterns over the old harbour tonight'}</p>` +
    `${o.dash ?? '&mdash;'} ${o.byline ?? 'Harbour Watch (@HarbourWatch)'} ` +
    `<a href="${o.href ?? `https://twitter.com/HarbourWatch/status/${ID}?ref_src=twsrc%5Etfw`}">${o.date ?? 'September 27, 2020'}</a>` +
    `</blockquote>`
  );
}

const WIDGET = '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>';

describe('blockquote.twitter-tweet', () => {
  it('reads every field of a standard embed code', () => {
    const el = tweet({ attrs: ' data-lang="fr" data-dnt="true"' });
    const page = `<p>Before the post.</p>\n${el}\n${WIDGET}\n<p>After.</p>`;
    const [e, ...rest] = html(page);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({
      platform: 'x',
      kind: 'blockquote',
      source: 'html',
      id: ID,
      url: `https://x.com/HarbourWatch/status/${ID}`,
      author: { name: 'Harbour Watch', handle: 'HarbourWatch' },
      date: '2020-09-27',
      dateText: 'September 27, 2020',
      createdAt: CREATED,
      text: 'Paper lanterns over the old harbour tonight',
      lang: 'en', // from p[lang], not data-lang="fr"
      truncated: false,
    });
    expect(page.slice(e!.start, e!.end)).toBe(el);
  });

  const finds: { description: string; input: string; expected: Partial<Embed> }[] = [
    { description: 'extra classes in any order', input: tweet({ cls: 'tw-align-center twitter-tweet extra' }), expected: { id: ID, kind: 'blockquote' } },
    { description: 'blockquote.twitter-video', input: tweet({ cls: 'twitter-video' }), expected: { id: ID, kind: 'blockquote' } },
    {
      description: 'any data-* options',
      input: tweet({ attrs: ' data-conversation="none" data-cards="hidden" data-theme="dark" data-partner="tweetdeck" data-width="550"' }),
      expected: { id: ID, author: { name: 'Harbour Watch', handle: 'HarbourWatch' } },
    },
    { description: 'a raw em dash', input: tweet({ dash: '—' }), expected: { author: { name: 'Harbour Watch', handle: 'HarbourWatch' } } },
    { description: 'an entity-coded dash', input: tweet({ dash: '&#8212;' }), expected: { author: { name: 'Harbour Watch', handle: 'HarbourWatch' } } },
    { description: 'no display name', input: tweet({ byline: '(@HarbourWatch)' }), expected: { author: { name: null, handle: 'HarbourWatch' }, id: ID } },
    { description: '<br> inside the body', input: tweet({ body: 'Line one<br>Line two<br/><br>Line three' }), expected: { text: 'Line one Line two Line three' } },
    {
      description: 'entity-escaped text',
      input: tweet({ body: 'Fish &amp; chips, &quot;fresh&quot; &#39;today&#39; &lt;3 &#x1F41F;' }),
      expected: { text: 'Fish & chips, "fresh" \'today\' <3 🐟' },
    },
    {
      description: 'an entity in the name',
      input: tweet({ byline: 'M&amp;S Harbour (@HarbourWatch)' }),
      expected: { author: { name: 'M&S Harbour', handle: 'HarbourWatch' } },
    },
    { description: 'x.com status link', input: tweet({ href: `https://x.com/HarbourWatch/status/${ID}` }), expected: { id: ID } },
    { description: 'mobile. status link', input: tweet({ href: `https://mobile.twitter.com/HarbourWatch/status/${ID}` }), expected: { id: ID } },
    { description: '/statuses/ link', input: tweet({ href: `https://twitter.com/HarbourWatch/statuses/${ID}` }), expected: { id: ID } },
    { description: 'hashbang link', input: tweet({ href: `https://twitter.com/#!/HarbourWatch/status/${ID}` }), expected: { id: ID } },
    {
      description: '/i/web/status/ link (handle from the byline)',
      input: tweet({ href: `https://twitter.com/i/web/status/${ID}` }),
      expected: { id: ID, url: `https://x.com/HarbourWatch/status/${ID}` },
    },
    {
      description: 'a handle whose case differs from the link',
      input: tweet({ byline: 'Harbour Watch (@harbourwatch)' }),
      expected: { author: { name: 'Harbour Watch', handle: 'harbourwatch' }, url: `https://x.com/harbourwatch/status/${ID}` },
    },
    { description: 'a truncated body', input: tweet({ body: 'The lanterns went up one by one and then…' }), expected: { truncated: true } },
    {
      description: 'an undated link text: the snowflake date, no date text',
      input: tweet({ date: '' }),
      expected: { date: '2020-09-27', dateText: null, createdAt: CREATED },
    },
    {
      description: 'a date in German',
      input: tweet({ date: '27. September 2020' }),
      expected: { date: '2020-09-27', dateText: '27. September 2020' },
    },
    {
      description: 'the signature in a paragraph of its own',
      input: `<blockquote class="twitter-tweet"><p lang="de">Guten Morgen</p><p>&mdash; Hafen (@hafen) <a href="https://twitter.com/hafen/status/${ID2}">2. November 2023</a></p></blockquote>`,
      expected: { id: ID2, text: 'Guten Morgen', lang: 'de', author: { name: 'Hafen', handle: 'hafen' }, date: '2023-11-02', createdAt: '2023-11-02T11:58:37.013Z' },
    },
    {
      description: 'a bare blockquote holding only the status link',
      input: `<blockquote class="twitter-tweet"><a href="https://twitter.com/HarbourWatch/status/${ID}"></a></blockquote>`,
      expected: {
        id: ID,
        url: `https://x.com/HarbourWatch/status/${ID}`,
        author: { name: null, handle: 'HarbourWatch' },
        text: null,
        date: '2020-09-27',
        dateText: null,
        createdAt: CREATED,
        lang: null,
      },
    },
    {
      description: 'a bare blockquote whose link shows the URL (lang on the blockquote counts)',
      input: `<blockquote class="twitter-tweet" lang="de"><a href="https://twitter.com/HarbourWatch/status/${ID}">https://twitter.com/HarbourWatch/status/${ID}</a></blockquote>`,
      expected: { id: ID, text: null, dateText: null, lang: 'de' },
    },
    {
      description: 'lang on the blockquote when the paragraph has none',
      input: `<blockquote class="twitter-tweet" lang="es" data-lang="en"><p>Buenos días</p>&mdash; Puerto (@puerto) <a href="https://twitter.com/puerto/status/${ID}">27 sept. 2020</a></blockquote>`,
      expected: { id: ID, text: 'Buenos días', lang: 'es' },
    },
    {
      description: 'lang on the paragraph over lang on the blockquote',
      input: `<blockquote class="twitter-tweet" lang="en"><p lang="ca">Bon dia</p>&mdash; Port (@port) <a href="https://twitter.com/port/status/${ID}">September 27, 2020</a></blockquote>`,
      expected: { id: ID, text: 'Bon dia', lang: 'ca' },
    },
    {
      description: 'a blank lang on the paragraph declares the language unknown: none from the blockquote (HTML\'s rule)',
      input: `<blockquote class="twitter-tweet" lang="en"><p lang="">Bon dia</p>&mdash; Port (@port) <a href="https://twitter.com/port/status/${ID}">September 27, 2020</a></blockquote>`,
      expected: { id: ID, text: 'Bon dia', lang: null },
    },
    {
      description: 'a lang of white space only is no language either',
      input: `<blockquote class="twitter-tweet" lang="en"><p lang=" ">Bon dia</p>&mdash; Port (@port) <a href="https://twitter.com/port/status/${ID}">September 27, 2020</a></blockquote>`,
      expected: { id: ID, text: 'Bon dia', lang: null },
    },
    {
      description: 'no lang from data-lang alone, nor from the page around the embed',
      input: `<div lang="fr"><blockquote class="twitter-tweet" data-lang="fr"><p>Hello</p>&mdash; Port (@port) <a href="https://twitter.com/port/status/${ID}">September 27, 2020</a></blockquote></div>`,
      expected: { id: ID, text: 'Hello', lang: null },
    },
    {
      description: 'unclosed: ends where its parent closes',
      input: `<div>${tweet().replace('</blockquote>', '')}</div><p>Article goes on.</p>`,
      expected: { id: ID, text: 'Paper lanterns over the old harbour tonight' },
    },
  ];
  it.each(finds)('finds one with $description', ({ input, expected }) => {
    const found = html(input);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });

  it('ends an unclosed embed before its parent\'s end tag', () => {
    const page = `<div>${tweet().replace('</blockquote>', '')}</div><p>Article goes on.</p>`;
    const [e] = html(page);
    expect(page.slice(e!.end)).toBe('</div><p>Article goes on.</p>');
  });
});

describe('other embed forms', () => {
  const finds: { description: string; input: string; expected: Partial<Embed> }[] = [
    {
      description: 'amp-twitter with its placeholder: one embed',
      input: `<amp-twitter width="375" height="472" layout="responsive" data-tweetid="${ID}">${tweet({ cls: 'x' }).replace('<blockquote class="x"', '<blockquote placeholder')}</amp-twitter>`,
      expected: { kind: 'amp', id: ID, author: { name: 'Harbour Watch', handle: 'HarbourWatch' }, text: 'Paper lanterns over the old harbour tonight' },
    },
    {
      description: 'amp-twitter with a twitter-tweet placeholder: one embed',
      input: `<amp-twitter data-tweetid="${ID}" width="1" height="1">${tweet()}</amp-twitter>`,
      expected: { kind: 'amp', id: ID, author: { name: 'Harbour Watch', handle: 'HarbourWatch' } },
    },
    {
      description: 'amp-twitter alone',
      input: `<amp-twitter data-tweetid="${ID}" width="1" height="1" layout="responsive"></amp-twitter>`,
      expected: { kind: 'amp', id: ID, url: `https://x.com/i/status/${ID}`, author: { name: null, handle: null }, createdAt: CREATED, date: '2020-09-27', dateText: null, text: null },
    },
    {
      description: 'a widget-rendered div with its iframe',
      input: `<div class="twitter-tweet twitter-tweet-rendered" style="display: flex;"><iframe id="twitter-widget-0" scrolling="no" frameborder="0" title="Twitter Tweet" src="https://platform.twitter.com/embed/Tweet.html?dnt=true&amp;frame=false&amp;id=${ID}&amp;lang=en&amp;theme=light" data-tweet-id="${ID}"></iframe></div>`,
      expected: { kind: 'iframe', id: ID, url: `https://x.com/i/status/${ID}`, createdAt: CREATED, lang: null },
    },
    {
      description: 'an iframe with only the widget src',
      input: `<iframe src="https://platform.twitter.com/embed/Tweet.html?id=${ID}" width="550"></iframe>`,
      expected: { kind: 'iframe', id: ID, createdAt: CREATED },
    },
    {
      description: 'an iframe with only the older widget src (embed/index.html)',
      input: `<iframe src="https://platform.twitter.com/embed/index.html?dnt=false&amp;id=${ID}&amp;lang=en" width="550"></iframe>`,
      expected: { kind: 'iframe', id: ID, createdAt: CREATED },
    },
    {
      description: 'an iframe with only the widget src, upper-case tag and query after other attributes',
      input: `<IFRAME width="550" height="400" SRC="https://platform.twitter.com/embed/Tweet.html?frame=false&amp;id=${ID}"></IFRAME>`,
      expected: { kind: 'iframe', id: ID, createdAt: CREATED },
    },
    {
      description: 'an iframe with data-tweet-id and a local src',
      input: `<iframe id="twitter-widget-1" src="./page_files/Tweet.html" data-tweet-id="${ID}" title="Twitter Tweet"></iframe>`,
      expected: { kind: 'iframe', id: ID },
    },
    {
      description: 'a WordPress figure holding only the status URL',
      input: `<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">\nhttps://twitter.com/HarbourWatch/status/${ID}\n</div></figure>`,
      expected: { kind: 'wp-block', id: ID, author: { name: null, handle: 'HarbourWatch' }, url: `https://x.com/HarbourWatch/status/${ID}`, text: null },
    },
    {
      description: 'a WordPress figure around an embed code: one embed',
      input: `<figure class="wp-block-embed-twitter wp-block-embed is-type-rich is-provider-twitter"><div class="wp-block-embed__wrapper">\n${tweet()}${WIDGET}\n</div></figure>`,
      expected: { kind: 'wp-block', id: ID, author: { name: 'Harbour Watch', handle: 'HarbourWatch' }, text: 'Paper lanterns over the old harbour tonight' },
    },
    {
      description: 'a publisher wrapper with data-embed-id',
      input: `<div class="embed-twitter" data-embed-id="${ID}"></div>`,
      expected: { kind: 'wrapper', id: ID, url: `https://x.com/i/status/${ID}` },
    },
    {
      description: 'a publisher wrapper with a status URL in a data attribute',
      input: `<div class="twitter-embed" data-url="https://twitter.com/HarbourWatch/status/${ID}"></div>`,
      expected: { kind: 'wrapper', id: ID, author: { name: null, handle: 'HarbourWatch' } },
    },
    {
      description: 'a div with data-tweet-id',
      input: `<div class="social" data-tweet-id="${ID}"></div>`,
      expected: { kind: 'wrapper', id: ID },
    },
    {
      description: "a broadcaster's social embed: a screenshot linked to the post",
      input:
        `<div class="social-embed"><div class="social-embed-post social-embed-fallbacktwitter embed-image-wrap">` +
        `<a class="embed-original-post-link" href="https://twitter.com/HarbourWatch/status/${ID}?s=20"> </a>` +
        `<figure><a class="embed-original-post-link" href="https://twitter.com/HarbourWatch/status/${ID}?s=20">` +
        `<div class="js-delayed-image-load" data-alt="Twitter post by @HarbourWatch: Lanterns up at nine" data-src="https://img.example.org/socialembed/${ID}.png"></div>` +
        `<span class="story-image-copyright">@HarbourWatch</span></a><a href="https://example.org/contact">Report</a></figure>` +
        `<noscript><figure><img alt="Twitter post by @HarbourWatch: Lanterns up at nine" src="https://img.example.org/socialembed/${ID}.png"></figure></noscript>` +
        `</div></div>`,
      // The image's alt is the page's description of the post, not its text as written.
      expected: { kind: 'wrapper', id: ID, url: `https://x.com/HarbourWatch/status/${ID}`, author: { name: null, handle: 'HarbourWatch' }, date: '2020-09-27', text: null },
    },
    {
      description: 'a consent banner standing for the post until the reader agrees',
      input:
        `<div aria-label="social media post" class="TwitterEmbedContainer-aBcDe xyz"><div class="ConsentBannerWrapper-q1w2e3">` +
        `<h4>Twitter content</h4><p>This content can also be viewed on the site it ` +
        `<a href="https://twitter.com/HarbourWatch/status/${ID}" target="_blank" rel="nofollow">originates</a> from.</p></div></div>`,
      expected: { kind: 'wrapper', id: ID, author: { name: null, handle: 'HarbourWatch' }, text: null },
    },
    {
      description: "a publisher's tweet card: name and handle from the profile links, text from its paragraph",
      input:
        `<div class="js-tweet__container"><blockquote class="story-tweet__card js-tweet__placeholder">` +
        `<div class="story-tweet__byline"><img class="story-tweet__avatar" src="https://pbs.twimg.com/profile_images/1/a_normal.jpg" alt="">` +
        `<a class="story-tweet__name" href="https://twitter.com/HarbourWatch">Harbour Watch ⚓</a> ` +
        `<a class="story-tweet__handle" href="https://twitter.com/HarbourWatch">@HarbourWatch</a></div>` +
        `<p class="story-tweet__text">Lanterns up at nine, ask <a href="https://twitter.com/OldPier">@OldPier</a> #harbour</p>` +
        `<time><a href="https://twitter.com/HarbourWatch/status/${ID}">Sun Sep 27 22:09:34 +0000 2020</a></time>` +
        `<a href="https://twitter.com/intent/tweet?in_reply_to=${ID}">Reply</a> <a href="https://twitter.com/intent/like?tweet_id=${ID}">Like</a>` +
        `</blockquote></div>`,
      expected: {
        kind: 'blockquote',
        id: ID,
        url: `https://x.com/HarbourWatch/status/${ID}`,
        author: { name: 'Harbour Watch ⚓', handle: 'HarbourWatch' },
        // The shown date is not in a form read: the date is the snowflake time's, the text kept.
        date: '2020-09-27',
        dateText: 'Sun Sep 27 22:09:34 +0000 2020',
        createdAt: CREATED,
        text: 'Lanterns up at nine, ask @OldPier #harbour',
        mentions: ['OldPier'],
        hashtags: ['harbour'],
      },
    },
    {
      description: "a card that writes the widget's signature line: read as the widget's quote",
      input: tweet({ cls: 'embed-tweet' }),
      expected: { kind: 'blockquote', id: ID, author: { name: 'Harbour Watch', handle: 'HarbourWatch' }, dateText: 'September 27, 2020', text: 'Paper lanterns over the old harbour tonight', lang: 'en' },
    },
    {
      description: 'an embedded-tweet card with a readable date and no profile link: name null',
      input: `<blockquote class="embedded-tweet"><p lang="fr">Les lanternes ce soir</p><a href="https://x.com/HarbourWatch/status/${ID}">27 septembre 2020</a></blockquote>`,
      expected: { kind: 'blockquote', id: ID, author: { name: null, handle: 'HarbourWatch' }, date: '2020-09-27', dateText: '27 septembre 2020', text: 'Les lanternes ce soir', lang: 'fr' },
    },
  ];
  it.each(finds)('finds $description', ({ input, expected }) => {
    const found = html(`<p>Intro.</p>${input}<p>Outro.</p>`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });

  it('counts a noscript copy of an embed once', () => {
    const page = `<div class="twitter-tweet twitter-tweet-rendered"><iframe data-tweet-id="${ID}"></iframe></div><noscript>${tweet()}</noscript>`;
    const found = html(page);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'iframe', id: ID });
  });

  it('keeps a noscript embed that is the only copy', () => {
    const found = html(`<p>x</p><noscript>${tweet()}</noscript>`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: ID, kind: 'blockquote' });
  });

  it('skips an embed that an opener inside the one before keeps inert, as that opener reads', () => {
    const second = tweet({ href: `https://twitter.com/HarbourWatch/status/${ID2}` });
    const table: { description: string; input: string; ids: string[] }[] = [
      { description: 'a comment opened in an attribute value', input: `${tweet({ body: '<a title="<!--">x</a>' })}${second}<p>--></p>`, ids: [ID] },
      { description: 'a comment opened in an attribute name', input: `${tweet({ body: '<a <!--x>y</a>' })}${second}<p>--></p>`, ids: [ID] },
      // The tokenizer reads xmp content raw too: the first quote runs on past its own end tag
      // and is no post, and the second lies in what it consumed.
      { description: 'an xmp left open', input: `${tweet({ body: 'a <xmp>' })}${second}<p></xmp></p>`, ids: [] },
      { description: 'a comment opened after an end tag\'s name', input: `${tweet({ body: 'a</p <!-- x>' })}${second}<p>--></p>`, ids: [ID] },
      { description: 'nothing inert (does not skip)', input: `${tweet({ body: 'a <b>b</b>' })}${second}`, ids: [ID, ID2] },
    ];
    for (const { description, input, ids } of table) expect(html(input).map((e) => e.id), description).toEqual(ids);
  });

  it('finds widget iframes before, between and after other embeds, and none in inert content', () => {
    // Widget iframes are found in two ways: before the last attribute marker of a page, by the
    // scan for inert content that walks there anyway; past it, by their own marker.
    const iframe = (id: string) => `<iframe src="https://platform.twitter.com/embed/Tweet.html?dnt=true&amp;id=${id}" width="550"></iframe>`;
    const other = '<iframe src="https://video.example/embed/player.html?id=42"></iframe>';
    const second = tweet({ href: `https://twitter.com/hafen/status/${ID2}`, byline: 'Hafen (@hafen)', date: 'November 2, 2023' });
    const table: { description: string; input: string; found: string[] }[] = [
      { description: 'an iframe before a quote', input: `<p>a</p>${iframe(ID2)}<p>b</p>${tweet()}`, found: [`iframe ${ID2}`, `blockquote ${ID}`] },
      { description: 'an iframe after the last quote', input: `${tweet()}<p>b</p>${iframe(ID2)}`, found: [`blockquote ${ID}`, `iframe ${ID2}`] },
      // (an iframe of another post: one of the same post right beside its quote is its rendered twin)
      { description: 'an iframe between two quotes', input: `${tweet()}${iframe(ID3)}${second}`, found: [`blockquote ${ID}`, `iframe ${ID3}`, `blockquote ${ID2}`] },
      { description: 'another site\'s iframe before a quote', input: `${other}${tweet()}`, found: [`blockquote ${ID}`] },
      { description: 'an iframe in a script before a quote', input: `<script>var s = '${iframe(ID2)}';</script>${tweet()}`, found: [`blockquote ${ID}`] },
      { description: 'an iframe in a comment before a quote', input: `<!-- ${iframe(ID2)} -->${tweet()}`, found: [`blockquote ${ID}`] },
      { description: 'an iframe in a comment after the last quote', input: `${tweet()}<!-- ${iframe(ID2)} -->`, found: [`blockquote ${ID}`] },
      { description: 'two iframes, no quote', input: `${iframe(ID)}<p>x</p>${iframe(ID2)}`, found: [`iframe ${ID}`, `iframe ${ID2}`] },
      { description: 'upper-case IFRAME before a quote', input: `${iframe(ID3).replace('<iframe', '<IFRAME')}${second}`, found: [`iframe ${ID3}`, `blockquote ${ID2}`] },
      { description: 'an upper-case IFRAME twin of the quote after it', input: `${iframe(ID2).replace('<iframe', '<IFRAME')}${second}`, found: [`blockquote ${ID2}`] },
    ];
    for (const { description, input, found } of table) {
      expect(html(input).map((e) => `${e.kind} ${e.id}`), description).toEqual(found);
    }
  });

  it('finds two embeds side by side, in order', () => {
    const two = tweet() + '\n' + tweet({ href: `https://twitter.com/hafen/status/${ID2}`, byline: 'Hafen (@hafen)', date: 'November 2, 2023' });
    expect(html(two).map((e) => e.id)).toEqual([ID, ID2]);
  });
});

describe('not embeds', () => {
  const negatives: { description: string; input: string }[] = [
    { description: 'a page with only twitter meta tags', input: '<html><head><meta name="twitter:card" content="summary"><meta name="twitter:site" content="@paper"></head><body><p>Text</p></body></html>' },
    { description: 'a follow button', input: '<a href="https://twitter.com/HarbourWatch?ref_src=twsrc%5Etfw" class="twitter-follow-button" data-show-count="false">Follow @HarbourWatch</a>' + WIDGET },
    { description: 'a share button', input: '<a href="https://twitter.com/share?ref_src=twsrc%5Etfw" class="twitter-share-button" data-via="paper">Tweet</a>' + WIDGET },
    { description: 'a timeline widget', input: '<a class="twitter-timeline" data-height="600" href="https://twitter.com/HarbourWatch?ref_src=twsrc%5Etfw">Tweets by HarbourWatch</a>' + WIDGET },
    {
      description: 'a WordPress figure holding a timeline',
      input: '<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper"><a class="twitter-timeline" href="https://twitter.com/HarbourWatch">Tweets by HarbourWatch</a></div></figure>',
    },
    { description: 'a profile link in the text', input: '<p>Follow <a href="https://twitter.com/HarbourWatch">@HarbourWatch</a> for updates.</p>' },
    { description: 'an intent link', input: `<p><a href="https://twitter.com/intent/tweet?in_reply_to=${ID}&amp;text=hi">Reply on Twitter</a></p>` },
    { description: 'a status link in running text', input: `<p>As <a href="https://twitter.com/HarbourWatch/status/${ID}">they posted</a>, the lanterns rose.</p>` },
    {
      description: 'a pull quote imitating a signature but linking elsewhere',
      input: '<blockquote class="pullquote"><p>We never close.</p>&mdash; Harbour Master (@harbourmaster) <a href="https://example.com/interview">September 27, 2020</a></blockquote>',
    },
    {
      description: 'a twitter-tweet quote whose dated link goes elsewhere',
      input: '<blockquote class="twitter-tweet"><p>We never close.</p>&mdash; Harbour Master (@harbourmaster) <a href="https://example.com/interview">September 27, 2020</a></blockquote>',
    },
    { description: 'embed markup inside a script', input: `<script>var code = '${tweet()}';</script>` },
    { description: 'embed markup inside a JSON script', input: `<script type="application/json">{"html":"${tweet().replace(/"/g, '\\"')}"}</script>` },
    { description: 'embed markup inside a style', input: `<style>.twitter-tweet { margin: auto; } /* ${tweet()} */</style>` },
    { description: 'embed markup inside a template', input: `<template id="t">${tweet()}</template>` },
    { description: 'embed markup inside a comment', input: `<!-- ${tweet()} -->` },
    { description: 'embed markup inside a textarea', input: `<textarea>${tweet()}</textarea>` },
    { description: 'the class name in prose', input: '<p>Paste the twitter-tweet blockquote and amp-twitter tags here.</p>' },
    { description: 'the class name in another attribute', input: `<div data-note="twitter-tweet"><a href="https://twitter.com/HarbourWatch/status/${ID}">link</a></div>` },
    { description: 'an iframe from elsewhere', input: '<iframe src="https://example.com/embed/Tweet.html?id=123456789012"></iframe>' },
    { description: 'a publisher wrapper without an id', input: '<div class="embed-twitter"><p>Loading…</p></div>' },
    {
      description: 'a click-to-tweet quote (its link is an intent, not a status)',
      input: '<blockquote class="click-to-tweet"><p>We never close.</p><a href="https://twitter.com/intent/tweet?text=We%20never%20close">Tweet this</a></blockquote>',
    },
    {
      description: 'a tweet card whose links name two different posts',
      input: `<blockquote class="site-tweet"><p>Two posts</p><a href="https://twitter.com/a/status/${ID}">one</a> <a href="https://twitter.com/b/status/${ID2}">two</a></blockquote>`,
    },
    { description: "a broadcaster's social embed linking a profile only", input: '<div class="social-embed-post social-embed-fallbacktwitter"><a class="embed-original-post-link" href="https://twitter.com/HarbourWatch">@HarbourWatch</a></div>' },
    { description: 'a consent banner for a timeline', input: '<div class="TwitterEmbedContainer-aBcDe"><p>View it on <a href="https://twitter.com/HarbourWatch">Twitter</a>.</p></div>' },
    { description: 'a word holding tweet in a class name (tweetable)', input: `<blockquote class="tweetable-quote"><p>Quote</p><a href="https://twitter.com/a/status/${ID}">link</a></blockquote>` },
  ];
  it.each(negatives)('does not find $description', ({ input }) => {
    expect(html(`<p>Intro.</p>${input}<p>Outro.</p>`)).toEqual([]);
  });
});

const entitiesReady = bodyEntities('#a @b', { date: null }).hashtags.length > 0;

describe.skipIf(!entitiesReady)('entities of HTML embeds', () => {
  it('reads links, media, mentions and hashtags from the body', () => {
    const body =
      'Lanterns <a href="https://twitter.com/hashtag/Harbour?src=hash">#Harbour</a> with ' +
      '<a href="https://twitter.com/OldPort">@OldPort</a> <a href="https://t.co/AbCdEfGhIj">https://t.co/AbCdEfGhIj</a> ' +
      '<a href="https://t.co/Q1w2E3r4T5">pic.twitter.com/Q1w2E3r4T5</a>';
    const [e] = html(tweet({ body }));
    expect(e).toMatchObject({
      links: ['https://t.co/AbCdEfGhIj'],
      media: ['pic.twitter.com/Q1w2E3r4T5'],
      mentions: ['OldPort'],
      hashtags: ['Harbour'],
    });
  });
});

describe('display links', () => {
  it('gives the target of a shortened display link', () => {
    const body = 'Read this <a href="https://t.co/ZyXwVuTsRq">harbour.example/2020/09/lant…</a>';
    const [e] = html(tweet({ body }));
    expect(e?.text).toBe('Read this harbour.example/2020/09/lant…');
    expect(e?.links).toEqual(['https://t.co/ZyXwVuTsRq']);
  });
});

describe('hostile markup', () => {
  it('stays total on 100,000 unclosed embed blockquotes', () => {
    const page = '<blockquote class="twitter-tweet"><p>'.repeat(100_000);
    expect(html(page)).toEqual([]);
  });

  it('stays total on deep unclosed nesting inside an embed, and finds the embed after it', () => {
    const page = `<blockquote class="twitter-tweet">${'<div><span>'.repeat(50_000)}</blockquote>${tweet()}`;
    const found = html(page);
    expect(found.map((e) => e.id)).toEqual([ID]);
  });

  it('stays total on a million markers in one attribute', () => {
    const page = `<div class="${'twitter-tweet '.repeat(200_000)}">x</div>`;
    expect(() => html(page)).not.toThrow();
  });

  it('answers from the scanner directly with the same result', () => {
    const input = `<p>x</p>${tweet()}`;
    expect(scanDirectly(x, input, 'html')).toEqual(html(input));
  });
});

describe('status links as embed codes write them', () => {
  const table: { description: string; input: string; expected: { handle: string | null; id: string } | null }[] = [
    { description: 'a twitter.com link with a query', input: `https://twitter.com/HarbourWatch/status/${ID}?ref_src=twsrc%5Etfw`, expected: { handle: 'HarbourWatch', id: ID } },
    { description: 'an x.com link ending at the id', input: `https://x.com/a_1/status/${ID}`, expected: { handle: 'a_1', id: ID } },
    { description: 'a photo path after the id', input: `https://x.com/a/status/${ID}/photo/1`, expected: { handle: 'a', id: ID } },
    { description: 'the i/ form (no handle)', input: `https://twitter.com/i/status/${ID}`, expected: { handle: null, id: ID } },
    { description: 'a handle of 21 characters', input: `https://x.com/${'h'.repeat(21)}/status/${ID}`, expected: null },
    { description: 'an id with a leading zero', input: `https://x.com/a/status/0${ID}`, expected: null },
    { description: 'an id glued to a letter', input: `https://x.com/a/status/${ID}x`, expected: null },
    { description: 'a profile link', input: 'https://twitter.com/HarbourWatch', expected: null },
  ];
  it.each(table)('reads $description', ({ input, expected }) => {
    expect(parseStatusUrl(input)).toEqual(expected);
  });
});

describe('entities the markup links', () => {
  const tag = (t: string) => `<a href="https://twitter.com/hashtag/${encodeURIComponent(t)}?src=hash&amp;ref_src=twsrc%5Etfw">#${t}</a>`;
  const cases: { description: string; body: string; expected: Partial<Embed> }[] = [
    {
      description: 'a linked #tag glued to the tag before it',
      body: `New build ${tag('mac')}${tag('windows')} today`,
      expected: { hashtags: ['mac', 'windows'] },
    },
    {
      description: 'a linked #tag glued to CJK text',
      body: `東京の夜${tag('夜景')}${tag('東京')} きれい`,
      expected: { hashtags: ['夜景', '東京'] },
    },
    {
      description: 'linked tags and unlinked ones, in text order',
      body: `#first then ${tag('second')}${tag('third')} and #fourth`,
      expected: { hashtags: ['first', 'second', 'third', 'fourth'] },
    },
    {
      description: 'a profile link written @name, glued to a word',
      body: `thanks<a href="https://twitter.com/HarbourCouncil?ref_src=twsrc%5Etfw">@HarbourCouncil</a> for this`,
      expected: { mentions: ['HarbourCouncil'] },
    },
    {
      description: 'a profile link in another case and host spelling, glued to a word',
      body: `thanks<a href="http://www.x.com/harbourcouncil">@HarbourCouncil</a> for this`,
      expected: { mentions: ['HarbourCouncil'] },
    },
    {
      description: 'a $TAG search link glued to a word',
      body: `stock<a href="https://twitter.com/search?q=%24HRBR&amp;src=ctag">$HRBR</a> is up`,
      expected: { cashtags: ['HRBR'] },
    },
    {
      description: 'does not take a #word linking elsewhere as a hashtag',
      body: `New build<a href="https://example.com/windows">#windows</a> today`,
      expected: { hashtags: [] },
    },
    {
      description: 'does not take an @name linking to another profile as a mention',
      body: `thanks<a href="https://twitter.com/SomeoneElse">@HarbourCouncil</a> for this`,
      expected: { mentions: [] },
    },
    {
      description: 'does not take unlinked glued tags (twitter-text rules apply)',
      body: 'New build #mac#windows today',
      expected: { hashtags: [] },
    },
  ];
  it.each(cases)('$description', ({ body, expected }) => {
    const [e, ...rest] = html(tweet({ body }));
    expect(rest).toEqual([]);
    expect(e).toMatchObject(expected);
  });
});

describe('rendered twins and markup variants', () => {
  const rendered = `<div class="twitter-tweet twitter-tweet-rendered" style="display: flex;"><iframe title="X Post" src="https://platform.twitter.com/embed/Tweet.html?dnt=true&amp;id=${ID}"></iframe></div>`;
  const cases: { description: string; input: string; expected: Partial<Embed>[] }[] = [
    {
      description: 'a rendered div right after its blockquote: one embed, the blockquote\'s fields',
      input: `${tweet()}\n${WIDGET}\n${rendered}`,
      expected: [{ kind: 'blockquote', id: ID, text: 'Paper lanterns over the old harbour tonight', author: { name: 'Harbour Watch', handle: 'HarbourWatch' } }],
    },
    {
      description: 'a widget iframe right before its blockquote: one embed',
      input: `<iframe src="https://platform.twitter.com/embed/Tweet.html?id=${ID}" width="550"></iframe>${tweet()}`,
      expected: [{ kind: 'blockquote', id: ID, text: 'Paper lanterns over the old harbour tonight' }],
    },
    {
      description: 'does not merge a rendered div with its blockquote when prose stands between',
      input: `${tweet()}<p>Meanwhile, in town.</p>${rendered}`,
      expected: [{ kind: 'blockquote', id: ID }, { kind: 'iframe', id: ID }],
    },
    {
      description: 'does not merge two blockquotes of one post, even side by side',
      input: `${tweet()}\n${tweet()}`,
      expected: [{ kind: 'blockquote', id: ID }, { kind: 'blockquote', id: ID }],
    },
    {
      description: 'does not merge a rendered div of another post',
      input: `${tweet()}${rendered.replaceAll(ID, ID2)}`,
      expected: [{ kind: 'blockquote', id: ID }, { kind: 'iframe', id: ID2 }],
    },
    {
      description: 'the class moved into data-twitter',
      input: tweet({ cls: 'embed' }).replace('class="embed"', 'data-twitter="twitter-tweet"'),
      expected: [{ kind: 'blockquote', id: ID, text: 'Paper lanterns over the old harbour tonight' }],
    },
    {
      description: 'blockquote.nojs-tweet in a publisher component',
      input: `<div class="article-embed" data-component="tweet">${tweet({ cls: 'nojs-tweet' })}</div>`,
      expected: [{ kind: 'blockquote', id: ID, author: { name: 'Harbour Watch', handle: 'HarbourWatch' } }],
    },
    {
      description: 'amp-twitter whose data-tweetid holds a whole status URL',
      input: `<amp-twitter width="375" height="472" layout="responsive" data-tweetid="https://twitter.com/HarbourWatch/status/${ID}"></amp-twitter>`,
      expected: [{ kind: 'amp', id: ID, url: `https://x.com/HarbourWatch/status/${ID}` }],
    },
    {
      description: 'a publisher wrapper keeping the id in data-tweetid, its author in the status link inside',
      input: `<blockquote data-tweetid="${ID}"><a href="https://twitter.com/HarbourWatch/status/${ID}"></a></blockquote>`,
      expected: [{ kind: 'wrapper', id: ID, author: { name: null, handle: 'HarbourWatch' }, url: `https://x.com/HarbourWatch/status/${ID}` }],
    },
    {
      description: 'a wrapper\'s link to another post names nobody for its own',
      input: `<blockquote data-tweetid="${ID}"><a href="https://twitter.com/OtherDesk/status/${ID2}"></a></blockquote>`,
      expected: [{ kind: 'wrapper', id: ID, author: { name: null, handle: null }, url: `https://x.com/i/status/${ID}` }],
    },
    {
      description: 'does not take data-twitter naming a timeline',
      input: `<blockquote data-twitter="twitter-timeline"><p>Hello</p></blockquote>`,
      expected: [],
    },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    const found = html(input);
    expect(found.length).toBe(expected.length);
    found.forEach((e, i) => expect(e).toMatchObject(expected[i] ?? {}));
    for (const e of found) expect(input.slice(e.start, e.end).length).toBe(e.end - e.start);
  });
  it('a merged twin spans both elements', () => {
    const input = `<p>Before.</p>${tweet()}${rendered}<p>After.</p>`;
    const [e] = html(input);
    expect(input.slice(e!.start, e!.end)).toBe(`${tweet()}${rendered}`);
  });
});
