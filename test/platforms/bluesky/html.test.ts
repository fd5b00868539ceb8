/**
 * Bluesky embeds in HTML: every form read, each beside "does not find" look-alikes.
 * All markup here is our own synthetic writing modelled on the embed codes publishers paste.
 */
import { describe, expect, it } from 'vitest';
import { extractEmbeds, type Embed } from '../../../src/index.js';
import { bluesky } from '../../../src/platforms/bluesky/index.js';
import { embedDate } from '../../../src/platforms/bluesky/html.js';
import { parseAtUri, parseEmbedSource, parsePostUrl } from '../../../src/platforms/bluesky/url.js';
import { scanDirectly } from '../../helpers/scan.js';

const DID = 'did:plc:q6gjnaw2blty4crticxkmujt';
const RKEY = '3lbq7xkz2ab2c';
const URI = `at://${DID}/app.bsky.feed.post/${RKEY}`;
const POST_HREF = `https://bsky.app/profile/${DID}/post/${RKEY}?ref_src=embed`;
const SCRIPT = '<script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>';

function html(input: string): Embed[] {
  const found = scanDirectly(bluesky, input, 'html');
  // Through the public entry point too: same posts.
  expect(extractEmbeds(input, { format: 'html', platforms: ['bluesky'] })).toEqual(found);
  return found;
}

/** The embed code with its parts replaceable. */
function quote(o: { attrs?: string; body?: string; byline?: string; date?: string; uri?: string } = {}): string {
  return (
    `<blockquote class="bluesky-embed" data-bluesky-uri="${o.uri ?? URI}" data-bluesky-cid="bafyreiexample"${o.attrs ?? ''}>` +
    `<p lang="en">${o.body ?? 'Tide tables for the week are up. Low water at noon on Friday.'}</p>` +
    `${o.byline ?? `&mdash; Harbour Watch (<a href="https://bsky.app/profile/${DID}?ref_src=embed">@harbourwatch.bsky.social</a>)`} ` +
    `<a href="${POST_HREF}">${o.date ?? 'October 10, 2024 at 5:00 PM'}</a></blockquote>`
  );
}

describe('blockquote.bluesky-embed', () => {
  it('reads every field of the embed code', () => {
    const el = quote();
    const page = `<p>Before.</p>\n${el}\n${SCRIPT}\n<p>After.</p>`;
    const found = html(page);
    expect(found).toHaveLength(1);
    expect(found[0]).toEqual({
      platform: 'bluesky',
      kind: 'blockquote',
      source: 'html',
      id: RKEY,
      url: `https://bsky.app/profile/harbourwatch.bsky.social/post/${RKEY}`,
      author: { name: 'Harbour Watch', handle: 'harbourwatch.bsky.social' },
      date: '2024-10-10',
      dateText: 'October 10, 2024 at 5:00 PM',
      createdAt: null,
      text: 'Tide tables for the week are up. Low water at noon on Friday.',
      lang: 'en',
      links: [],
      media: [],
      mentions: [],
      hashtags: [],
      cashtags: [],
      truncated: false,
      start: page.indexOf('<blockquote'),
      end: page.indexOf('</blockquote>') + '</blockquote>'.length,
    });
  });

  const cases: { description: string; input: string; expected: Partial<Record<'name' | 'handle' | 'date' | 'dateText' | 'lang' | 'url', string | null>> }[] = [
    {
      description: 'newer code: name and handle in one link',
      input: quote({ byline: `&mdash; <a href="https://bsky.app/profile/${DID}?ref_src=embed">Harbour Watch (@harbourwatch.bsky.social)</a>` }),
      expected: { name: 'Harbour Watch', handle: 'harbourwatch.bsky.social' },
    },
    {
      description: 'a French date with a time',
      input: quote({ date: '20 novembre 2024 à 14:43' }),
      expected: { date: '2024-11-20', dateText: '20 novembre 2024 à 14:43' },
    },
    {
      description: 'a day-first English date with a 24-hour time',
      input: quote({ date: '2 April 2026 at 22:26' }),
      expected: { date: '2026-04-02' },
    },
    {
      description: 'a Japanese date',
      input: quote({ date: '2024年12月15日 19:49' }),
      expected: { date: '2024-12-15' },
    },
    {
      description: 'a Danish date with a dotted time',
      input: quote({ date: '21. april 2024 kl. 15.09' }),
      expected: { date: '2024-04-21', dateText: '21. april 2024 kl. 15.09' },
    },
    {
      description: 'a Vietnamese date, its time first',
      input: quote({ date: 'lúc 15:09 21 tháng 4, 2024' }),
      expected: { date: '2024-04-21' },
    },
    {
      description: "a label in the post link (a site's own embed code), not a date: no date text",
      input: quote({ date: 'View Bluesky post' }),
      expected: { date: null, dateText: null },
    },
    {
      description: 'a date in a language not read: kept as shown, no date',
      input: quote({ date: '20 listopadu 2024 v 14:43' }),
      expected: { date: null, dateText: '20 listopadu 2024 v 14:43' },
    },
    {
      description: 'an ISO timestamp: the date it writes, unshifted',
      input: quote({ date: '2024-12-31T23:30:00.000Z' }),
      expected: { date: '2024-12-31', dateText: '2024-12-31T23:30:00.000Z' },
    },
    {
      description: 'a handle that is its own domain',
      input: quote({ byline: `&mdash; Port Authority (<a href="https://bsky.app/profile/${DID}">@port-authority.example</a>)` }),
      expected: { handle: 'port-authority.example', url: `https://bsky.app/profile/port-authority.example/post/${RKEY}` },
    },
    {
      description: 'no handle shown (the byline is the DID): the url keeps the DID, the handle is null',
      input: quote({ byline: `&mdash; <a href="https://bsky.app/profile/${DID}">@${DID}</a>` }),
      expected: { handle: null, url: `https://bsky.app/profile/${DID}/post/${RKEY}` },
    },
    {
      description: 'a hyphenated name, a hyphen-minus as the dash',
      input: quote({ byline: `- Jean-Luc Marin (<a href="https://bsky.app/profile/${DID}">@jlmarin.bsky.social</a>)` }),
      expected: { name: 'Jean-Luc Marin', handle: 'jlmarin.bsky.social' },
    },
    {
      description: 'no dash before the name',
      input: quote({ byline: `Harbour Watch (<a href="https://bsky.app/profile/${DID}">@harbourwatch.bsky.social</a>)` }),
      expected: { name: 'Harbour Watch', handle: 'harbourwatch.bsky.social' },
    },
    {
      description: 'a mention linked in the body is not the byline',
      input: quote({
        body: 'Thanks <a href="https://bsky.app/profile/did:plc:x4ohz2z7gcrqmv5dwlpfkas3">@cnport.fr</a> — see you at the regatta',
      }),
      expected: { name: 'Harbour Watch', handle: 'harbourwatch.bsky.social' },
    },
    {
      description: 'lang on the blockquote inherited by the paragraph (data-lang does not count)',
      input: quote({ attrs: ' lang="de" data-lang="fr"' }).replace('<p lang="en">', '<p>'),
      expected: { lang: 'de' },
    },
    {
      description: 'a post without languages (`<p lang="">`) inside a blockquote with one: unknown, not inherited',
      input: quote({ attrs: ' lang="de"' }).replace('<p lang="en">', '<p lang="">'),
      expected: { lang: null },
    },
    {
      description: 'no lang anywhere',
      input: quote({ attrs: ' data-lang="fr"' }).replace('<p lang="en">', '<p>'),
      expected: { lang: null },
    },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    const [e, ...rest] = html(input);
    expect(rest).toEqual([]);
    const got = { name: e?.author.name, handle: e?.author.handle, date: e?.date, dateText: e?.dateText, lang: e?.lang, url: e?.url };
    expect(got).toMatchObject(expected);
    expect(e?.id).toBe(RKEY);
  });

  it('reads the entities of the body: whole handles as mentions, links, tags', () => {
    const body = 'Ask @pilot.harbour.org about $GOLD tides #sailing, see harbour.org/tides/week…';
    const [e] = html(quote({ body }));
    expect(e).toMatchObject({
      text: body,
      mentions: ['pilot.harbour.org'], // not 'pilot', and no link 'pilot.harbour.org'
      hashtags: ['sailing'],
      cashtags: ['GOLD'],
      links: ['harbour.org/tides/week'],
      truncated: true,
    });
  });

  it('keeps line breaks of the body as single spaces', () => {
    const [e] = html(quote({ body: 'First line<br><br>Second line' }));
    expect(e?.text).toBe('First line Second line');
  });

  const placeholder = `<a href="${POST_HREF}">[image or embed]</a>`;
  it.each([
    {
      description: 'leaves out the link the embed code appends for an attachment',
      body: `Lifeboat exercise tonight #lifeboat<br><br>${placeholder}`,
      expected: { text: 'Lifeboat exercise tonight #lifeboat', hashtags: ['lifeboat'] },
    },
    { description: 'has no text when the post is its attachment alone', body: `<br><br>${placeholder}`, expected: { text: null, hashtags: [] } },
    {
      description: 'keeps the same words when they do not end the paragraph',
      body: `${placeholder} is what the embed shows`,
      expected: { text: '[image or embed] is what the embed shows', hashtags: [] },
    },
  ])('$description', ({ body, expected }) => {
    const [e, ...rest] = html(quote({ body }));
    expect(rest).toEqual([]);
    expect(e).toMatchObject(expected);
  });

  it('does not find a quote naming no post (no at:// URI, no post link)', () => {
    const bq = '<blockquote class="bluesky-embed"><p>Quoted words</p>&mdash; Someone</blockquote>';
    expect(html(bq)).toEqual([]);
  });

  it('does not find a pull quote that merely cites a Bluesky user', () => {
    const bq = `<blockquote class="pullquote"><p>Words</p>&mdash; <a href="https://bsky.app/profile/harbourwatch.bsky.social">@harbourwatch.bsky.social</a></blockquote>`;
    expect(html(bq)).toEqual([]);
  });
});

describe('rendered embeds', () => {
  const SRC = `https://embed.bsky.app/embed/${DID}/app.bsky.feed.post/${RKEY}?id=40&ref_url=https%253A%252F%252Fnews.example%252F`;
  it('reads the div the script renders, with its iframe: DID and record key only', () => {
    const div = `<div class="bluesky-embed" style="display: flex; max-width: 600px;"><iframe data-bluesky-id="40" src="${SRC}" width="100%" frameborder="0" scrolling="no"></iframe></div>`;
    const [e, ...rest] = html(`<p>x</p>${div}`);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({
      kind: 'iframe',
      id: RKEY,
      url: `https://bsky.app/profile/${DID}/post/${RKEY}`,
      author: { name: null, handle: null },
      text: null,
      date: null,
      start: 8,
      end: 8 + div.length,
    });
  });

  it('reads an iframe standing alone', () => {
    const [e] = html(`<iframe src="${SRC}" loading="lazy"></iframe>`);
    expect(e).toMatchObject({ kind: 'iframe', id: RKEY, url: `https://bsky.app/profile/${DID}/post/${RKEY}` });
  });

  it('does not find an iframe of another page of the embed host', () => {
    expect(html('<iframe src="https://embed.bsky.app/static/about.html"></iframe>')).toEqual([]);
  });

  it('does not find a styled span of that class (only the div the script renders)', () => {
    expect(html(`<span class="bluesky-embed" data-bluesky-uri="${URI}">@harbourwatch.bsky.social</span>`)).toEqual([]);
  });
});

describe('WordPress embed blocks', () => {
  it('reads the post link a block holds', () => {
    const fig =
      '<figure class="wp-block-embed is-type-rich is-provider-bluesky wp-block-embed-bluesky"><div class="wp-block-embed__wrapper">\n' +
      `https://bsky.app/profile/harbourwatch.bsky.social/post/${RKEY}\n</div></figure>`;
    const [e, ...rest] = html(fig);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({
      kind: 'wp-block',
      id: RKEY,
      url: `https://bsky.app/profile/harbourwatch.bsky.social/post/${RKEY}`,
      author: { name: null, handle: 'harbourwatch.bsky.social' },
      start: 0,
      end: fig.length,
    });
  });

  it('reads the embed code a rendered block holds, as one embed', () => {
    const fig = `<figure class="wp-block-embed is-type-rich is-provider-bluesky-social"><div class="wp-block-embed__wrapper">${quote()}</div></figure>`;
    const [e, ...rest] = html(fig);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ kind: 'wp-block', id: RKEY, author: { handle: 'harbourwatch.bsky.social' }, date: '2024-10-10' });
  });

  it('does not find a block of another provider, or a Bluesky block holding a profile link', () => {
    expect(html('<figure class="wp-block-embed is-provider-flickr"><div>https://bsky.app/profile/a.example/post/3lbq7xkz2ab2c</div></figure>')).toEqual([]);
    expect(html('<figure class="wp-block-embed is-provider-bluesky"><div>https://bsky.app/profile/harbourwatch.bsky.social</div></figure>')).toEqual([]);
  });
});

describe('look-alikes: none is an embed', () => {
  const lookAlikes: { description: string; input: string }[] = [
    { description: 'a profile link', input: '<p>Follow us on <a href="https://bsky.app/profile/news.example">Bluesky</a>.</p>' },
    { description: 'a "follow us" button', input: '<a class="social-bluesky follow-button" href="https://bsky.app/profile/news.example"><svg></svg>Follow</a>' },
    { description: 'a share link', input: '<a class="share-bluesky" href="https://bsky.app/intent/compose?text=Read%20this%20https%3A%2F%2Fnews.example%2Fa">Share on Bluesky</a>' },
    { description: 'a link to a post in prose', input: `<p>As <a href="https://bsky.app/profile/harbourwatch.bsky.social/post/${RKEY}">they posted</a>, the tide turned.</p>` },
    {
      description: 'JSON-LD sameAs',
      input: '<script type="application/ld+json">{"@type":"NewsMediaOrganization","sameAs":["https://bsky.app/profile/news.example"]}</script>',
    },
    {
      description: 'an embed that exists only inside a JSON state script',
      input: `<script id="__STATE__" type="application/json">{"body":"${quote().replace(/"/g, '\\"')}"}</script>`,
    },
    {
      description: 'an embed inside a comment',
      input: `<!-- ${quote()} -->`,
    },
    {
      description: "Bluesky's own post page (metadata, no embed markup)",
      input:
        '<html><head><meta property="og:url" content="https://bsky.app/profile/harbourwatch.bsky.social/post/3lbq7xkz2ab2c">' +
        `<link rel="alternate" href="${URI}"><meta name="description" content="Tide tables for the week are up."></head>` +
        '<body><div id="root"><noscript>JavaScript Required</noscript><p id="bsky_post_text">Tide tables for the week are up.</p></div></body></html>',
    },
  ];
  it.each(lookAlikes)('does not find $description', ({ input }) => {
    expect(html(input)).toEqual([]);
  });
});

describe('url.ts', () => {
  it.each([
    [URI, { actor: DID, rkey: RKEY }],
    ['at://harbourwatch.bsky.social/app.bsky.feed.post/3lbq7xkz2ab2c', { actor: 'harbourwatch.bsky.social', rkey: RKEY }],
    [`at://${DID}/app.bsky.actor.profile/self`, null],
    ['at://not a did/app.bsky.feed.post/x', null],
    ['https://bsky.app/profile/a/post/b', null],
  ])('parseAtUri(%s)', (input, expected) => {
    expect(parseAtUri(input)).toEqual(expected);
  });

  it.each([
    [POST_HREF, { actor: DID, rkey: RKEY }],
    ['https://bsky.app/profile/harbourwatch.bsky.social/post/3lbq7xkz2ab2c/', { actor: 'harbourwatch.bsky.social', rkey: RKEY }],
    ['https://bsky.app/profile/harbourwatch.bsky.social', null],
    ['https://bsky.app/intent/compose?text=hi', null],
    ['https://evil.example/profile/harbourwatch.bsky.social/post/3lbq7xkz2ab2c', null],
  ])('parsePostUrl(%s)', (input, expected) => {
    expect(parsePostUrl(input)).toEqual(expected);
  });

  it.each([
    [`https://embed.bsky.app/embed/${DID}/app.bsky.feed.post/${RKEY}?id=1`, { actor: DID, rkey: RKEY }],
    ['https://embed.bsky.app/static/embed.js', null],
    [`https://example.com/embed/${DID}/app.bsky.feed.post/${RKEY}`, null],
  ])('parseEmbedSource(%s)', (input, expected) => {
    expect(parseEmbedSource(input)).toEqual(expected);
  });

  it.each([
    ['2024-02-29T10:00:00Z', '2024-02-29'],
    ['2023-02-29T10:00:00Z', null],
    ['2024-13-01T10:00:00Z', null],
    ['October 10, 2024 at 5:00 PM', '2024-10-10'],
    ['View on Bluesky', null],
  ])('embedDate(%s)', (input, expected) => {
    expect(embedDate(input, {}).date).toBe(expected);
  });

  it.each([
    ['View on Bluesky', null],
    ['  View   Bluesky post ', null],
    ['October 10, 2024 at 5:00 PM', 'October 10, 2024 at 5:00 PM'],
    ['2024-12-31T23:30:00.000Z', '2024-12-31T23:30:00.000Z'],
    ['٢٠ نوفمبر ٢٠٢٤', '٢٠ نوفمبر ٢٠٢٤'],
  ])('embedDate(%s).dateText', (input, expected) => {
    expect(embedDate(input, {}).dateText).toBe(expected);
  });
});
