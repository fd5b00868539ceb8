/**
 * Reddit embeds in HTML: every form read, each beside "does not find" look-alikes.
 * All markup here is our own synthetic writing modelled on the embed codes publishers paste.
 */
import { describe, expect, it } from 'vitest';
import { extractEmbeds, type Embed } from '../../../src/index.js';
import { reddit } from '../../../src/platforms/reddit/index.js';
import { commentsLink, isSubredditUrl, parseEmbedSource, parsePostUrl, userOfText } from '../../../src/platforms/reddit/url.js';
import { scanDirectly } from '../../helpers/scan.js';

const POST = 'https://www.reddit.com/r/Harbours/comments/1c2d3e4/the_ferry_ran_on_time_for_once/';
const SCRIPT = '<script async="" src="https://embed.reddit.com/widgets.js" charset="UTF-8"></script>';

function html(input: string): Embed[] {
  const found = scanDirectly(reddit, input, 'html');
  expect(extractEmbeds(input, { format: 'html', platforms: ['reddit'] })).toEqual(found);
  return found;
}

const POST_EMBED =
  '<blockquote class="reddit-embed-bq" style="height:500px" data-embed-height="546">' +
  `<a href="${POST}">The ferry ran on time for once</a><br> by` +
  '<a href="https://www.reddit.com/user/deckhand_42/">u/deckhand_42</a> in' +
  '<a href="https://www.reddit.com/r/Harbours/">Harbours</a></blockquote>';

const COMMENT_EMBED =
  '<blockquote class="reddit-embed-bq" data-embed-showtitle="true" data-embed-height="240">' +
  '<a href="https://www.reddit.com/r/Harbours/comments/1c2d3e4/comment/kz9y8x7/">Comment</a><br> by ' +
  '<a href="https://www.reddit.com/user/pier_master/">u/pier_master</a> from discussion ' +
  `<a href="${POST}">The ferry ran on time for once</a><br> in ` +
  '<a href="https://www.reddit.com/r/Harbours/">Harbours</a></blockquote>';

const CARD =
  '<blockquote class="reddit-card" data-card-created="1510245839">' +
  '<a href="https://www.reddit.com/r/Harbours/comments/7bqo6e/lighthouse_keepers_log/?ref=share&amp;ref_source=embed">Lighthouse keeper\'s log</a>' +
  ' from <a href="http://www.reddit.com/r/Harbours">r/Harbours</a></blockquote>' +
  '<script async src="//embed.redditmedia.com/widgets/platform.js" charset="UTF-8"></script>';

describe('blockquote.reddit-embed-bq', () => {
  it('reads a post embed: title, author, base-36 id, comments link', () => {
    const page = `<p>Before.</p>${POST_EMBED}${SCRIPT}`;
    expect(html(page)).toEqual([
      {
        platform: 'reddit',
        kind: 'blockquote',
        source: 'html',
        id: '1c2d3e4',
        url: POST,
        author: { name: null, handle: 'deckhand_42' },
        date: null,
        dateText: null,
        createdAt: null,
        text: 'The ferry ran on time for once',
        lang: null,
        links: [],
        media: [],
        mentions: [],
        hashtags: [],
        cashtags: [],
        truncated: false,
        start: 14,
        end: 14 + POST_EMBED.length,
      },
    ]);
  });

  it("reads a comment embed: the post's id, the comment's link, the comment's author, no text", () => {
    const [e, ...rest] = html(COMMENT_EMBED);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({
      kind: 'blockquote',
      id: '1c2d3e4',
      url: 'https://www.reddit.com/r/Harbours/comments/1c2d3e4/comment/kz9y8x7/',
      author: { handle: 'pier_master' },
      text: null,
    });
  });

  it('reads lang declared on the embed', () => {
    const [e] = html(POST_EMBED.replace('<blockquote ', '<blockquote lang="en" '));
    expect(e?.lang).toBe('en');
  });

  it.each([
    ['a label', `<a href="${POST}">View on Reddit</a>`],
    ['an empty link', `<a href="${POST}"></a>`],
    ['a label on its own lines', `\n  <a href="${POST}">\n    View discussion\n  </a>\n`],
  ])("reads a site's own quote around a bare post link (%s): the post, no title", (_, inner) => {
    const [e, ...rest] = html(`<blockquote class="reddit-embed-bq" data-embed-height="500">${inner}</blockquote>`);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ kind: 'blockquote', id: '1c2d3e4', url: POST, author: { name: null, handle: null }, text: null });
  });

  it('reads the title where the byline names the author only, or the subreddit only', () => {
    const byOnly = `<blockquote class="reddit-embed-bq"><a href="${POST}">The ferry ran on time for once</a><br> by <a href="https://www.reddit.com/user/deckhand_42/">u/deckhand_42</a></blockquote>`;
    const inOnly = `<blockquote class="reddit-embed-bq"><a href="${POST}">The ferry ran on time for once</a><br> in <a href="https://www.reddit.com/r/Harbours/">Harbours</a></blockquote>`;
    expect(html(byOnly)[0]).toMatchObject({ text: 'The ferry ran on time for once', author: { handle: 'deckhand_42' } });
    expect(html(inOnly)[0]).toMatchObject({ text: 'The ferry ran on time for once', author: { handle: null } });
  });

  it('does not find a quote of that class whose links name no post', () => {
    expect(html('<blockquote class="reddit-embed-bq"><a href="https://www.reddit.com/r/Harbours/">Harbours</a></blockquote>')).toEqual([]);
  });
});

describe('blockquote.reddit-card (older code)', () => {
  it('reads title, id and comments link (no author shown)', () => {
    const [e, ...rest] = html(CARD);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({
      kind: 'blockquote',
      id: '7bqo6e',
      url: 'https://www.reddit.com/r/Harbours/comments/7bqo6e/lighthouse_keepers_log/',
      author: { name: null, handle: null },
      text: "Lighthouse keeper's log",
      date: null,
      start: 0,
      end: CARD.indexOf('<script'),
    });
  });

  it('does not find a card with a link to a subreddit only', () => {
    expect(html('<blockquote class="reddit-card"><a href="https://www.reddit.com/r/Harbours">r/Harbours</a></blockquote>')).toEqual([]);
  });
});

describe('iframes', () => {
  const cases: { description: string; input: string; id: string; url: string }[] = [
    {
      description: 'embed.reddit.com',
      input: '<iframe id="reddit-embed" src="https://embed.reddit.com/r/Harbours/comments/1c2d3e4/the_ferry_ran_on_time_for_once/?embed=true&amp;ref_source=embed&amp;theme=dark" sandbox="allow-scripts allow-same-origin allow-popups" style="border: none;" height="546" width="640" scrolling="no"></iframe>',
      id: '1c2d3e4',
      url: POST,
    },
    {
      description: 'www.redditmedia.com',
      input: '<iframe id="reddit-embed" src="https://www.redditmedia.com/r/Harbours/comments/7bqo6e/lighthouse_keepers_log/?ref_source=embed&amp;ref=share&amp;embed=true" height="406" width="640"></iframe>',
      id: '7bqo6e',
      url: 'https://www.reddit.com/r/Harbours/comments/7bqo6e/lighthouse_keepers_log/',
    },
    {
      description: 'a comment on redditmedia.com',
      input: '<iframe src="https://www.redditmedia.com/r/Harbours/comments/7bqo6e/lighthouse_keepers_log/dpk1x2y/?depth=1&amp;embed=true"></iframe>',
      id: '7bqo6e',
      url: 'https://www.reddit.com/r/Harbours/comments/7bqo6e/comment/dpk1x2y/',
    },
  ];
  it.each(cases)('reads $description', ({ input, id, url }) => {
    const [e, ...rest] = html(input);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ kind: 'iframe', id, url, author: { handle: null }, text: null, start: 0, end: input.length });
  });

  it('does not find an iframe of a subreddit page, or a reddit.com iframe that is no embed host', () => {
    expect(html('<iframe src="https://embed.reddit.com/r/Harbours/"></iframe>')).toEqual([]);
    expect(html('<iframe src="https://www.reddit.com/r/Harbours/comments/1c2d3e4/x/"></iframe>')).toEqual([]);
  });
});

describe('amp-reddit', () => {
  const cases: { description: string; input: string; id: string; url: string }[] = [
    {
      description: 'a post',
      input: `<amp-reddit layout="responsive" width="300" height="400" data-embedtype="post" data-src="${POST}?ref=share&amp;ref_source=embed"></amp-reddit>`,
      id: '1c2d3e4',
      url: POST,
    },
    {
      description: 'a comment',
      input: '<amp-reddit layout="responsive" width="400" height="400" data-embedtype="comment" data-src="https://www.reddit.com/r/Harbours/comments/7bqo6e/lighthouse_keepers_log/dpk1x2y/" data-uuid="2b5e6d1a-0000-4000-8000-000000000001" data-embedcreated="2024-03-01T10:15:00.000Z"></amp-reddit>',
      id: '7bqo6e',
      url: 'https://www.reddit.com/r/Harbours/comments/7bqo6e/comment/dpk1x2y/',
    },
  ];
  it.each(cases)('reads $description from data-src', ({ input, id, url }) => {
    const [e, ...rest] = html(`<p>Before.</p>${input}`);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ kind: 'amp', id, url, author: { handle: null }, text: null, start: 14, end: 14 + input.length });
  });

  it('does not read one naming a subreddit, or none', () => {
    expect(html('<amp-reddit data-embedtype="post" data-src="https://www.reddit.com/r/Harbours/"></amp-reddit>')).toEqual([]);
    expect(html('<amp-reddit layout="responsive" width="300" height="400"></amp-reddit>')).toEqual([]);
  });
});

describe('WordPress embed blocks', () => {
  it('reads the post link a block holds', () => {
    const fig = `<figure class="wp-block-embed is-type-rich is-provider-reddit wp-block-embed-reddit"><div class="wp-block-embed__wrapper">\n${POST}\n</div></figure>`;
    const [e, ...rest] = html(fig);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ kind: 'wp-block', id: '1c2d3e4', url: POST, text: null, start: 0, end: fig.length });
  });

  it('reads a rendered block as one embed with the quote’s fields', () => {
    const fig = `<figure class="wp-block-embed is-provider-reddit"><div class="wp-block-embed__wrapper">${POST_EMBED}${SCRIPT}</div></figure>`;
    expect(html(fig).map((e) => [e.kind, e.id, e.author.handle, e.text])).toEqual([
      ['wp-block', '1c2d3e4', 'deckhand_42', 'The ferry ran on time for once'],
    ]);
  });

  it('does not find a Reddit block holding a subreddit link', () => {
    expect(html('<figure class="wp-block-embed is-provider-reddit"><div>https://www.reddit.com/r/Harbours/</div></figure>')).toEqual([]);
  });
});

describe('look-alikes: none is an embed', () => {
  const lookAlikes: { description: string; input: string }[] = [
    { description: 'a subreddit link', input: '<p>Join us on <a href="https://www.reddit.com/r/Harbours/">r/Harbours</a>.</p>' },
    { description: 'a "follow us" button', input: '<a class="social-reddit follow" href="https://www.reddit.com/user/newsdesk/">Reddit</a>' },
    { description: 'a share link', input: '<a class="share-reddit" href="https://www.reddit.com/submit?url=https%3A%2F%2Fnews.example%2Fa&amp;title=Ferry">Share on Reddit</a>' },
    { description: 'a post link in prose', input: `<p>A <a href="${POST}">thread</a> says so.</p>` },
    { description: 'JSON-LD sameAs', input: '<script type="application/ld+json">{"sameAs":["https://www.reddit.com/r/newsdesk/"]}</script>' },
    { description: 'an embed only inside a JSON state script', input: `<script>window.__STATE__={"html":"${POST_EMBED.replace(/"/g, '\\"')}"};</script>` },
    { description: 'the widget script alone', input: SCRIPT },
    {
      description: "Reddit's own post page",
      input: `<html><head><link rel="canonical" href="${POST}"><meta property="og:title" content="The ferry ran on time for once"></head>` +
        '<body><shreddit-app><shreddit-post permalink="/r/Harbours/comments/1c2d3e4/the_ferry_ran_on_time_for_once/" post-title="The ferry ran on time for once" author="deckhand_42"></shreddit-post></shreddit-app></body></html>',
    },
  ];
  it.each(lookAlikes)('does not find $description', ({ input }) => {
    expect(html(input)).toEqual([]);
  });
});

describe('url.ts', () => {
  it.each([
    [POST, { subreddit: 'Harbours', id: '1c2d3e4', slug: 'the_ferry_ran_on_time_for_once', comment: null }],
    ['https://old.reddit.com/r/Harbours/comments/1C2D3E4', { subreddit: 'Harbours', id: '1c2d3e4', slug: null, comment: null }],
    ['https://www.reddit.com/r/Harbours/comments/1c2d3e4/comment/kz9y8x7/', { subreddit: 'Harbours', id: '1c2d3e4', slug: null, comment: 'kz9y8x7' }],
    ['https://www.reddit.com/r/Harbours/', null],
    ['https://www.reddit.com/submit?url=x', null],
    ['https://reddit.example/r/Harbours/comments/1c2d3e4/', null],
  ])('parsePostUrl(%s)', (input, expected) => {
    expect(parsePostUrl(input)).toEqual(expected);
  });

  it('parseEmbedSource reads embed hosts only', () => {
    expect(parseEmbedSource('https://embed.reddit.com/r/Harbours/comments/1c2d3e4/x/?embed=true')?.id).toBe('1c2d3e4');
    expect(parseEmbedSource(POST)).toBeNull();
  });

  it.each([
    ['u/deckhand_42', 'deckhand_42'],
    ['/u/deckhand_42', 'deckhand_42'],
    ['deckhand_42', null],
    ['u/', null],
  ])('userOfText(%s)', (input, expected) => {
    expect(userOfText(input)).toBe(expected);
  });

  it.each([
    ['https://www.reddit.com/r/Harbours/', true],
    ['http://www.reddit.com/r/Harbours', true],
    ['https://www.reddit.com/R/Harbours', true],
    ['https://www.reddit.com/r/Harbours/comments/1c2d3e4/x/', false],
    ['https://www.reddit.com/user/deckhand_42/', false],
    ['https://example.com/r/Harbours/', false],
  ])('isSubredditUrl(%s)', (input, expected) => {
    expect(isSubredditUrl(input)).toBe(expected);
  });

  it('commentsLink without a slug', () => {
    expect(commentsLink({ subreddit: 'Harbours', id: '1c2d3e4', slug: null, comment: null })).toBe('https://www.reddit.com/r/Harbours/comments/1c2d3e4/');
  });
});
