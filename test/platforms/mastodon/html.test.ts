/**
 * Mastodon embeds in HTML, on any instance: every form read, each beside "does not find"
 * look-alikes. All markup here is our own synthetic writing modelled on the embed codes.
 */
import { describe, expect, it } from 'vitest';
import { extractEmbeds, type Embed } from '../../../src/index.js';
import { mastodon } from '../../../src/platforms/mastodon/index.js';
import { parseStatusUrl } from '../../../src/platforms/mastodon/url.js';
import { scanDirectly } from '../../helpers/scan.js';

const ID = '113311212305040003';
const STATUS = `https://harbour.social/@tidewatch/${ID}`;

function html(input: string): Embed[] {
  const found = scanDirectly(mastodon, input, 'html');
  expect(extractEmbeds(input, { format: 'html', platforms: ['mastodon'] })).toEqual(found);
  return found;
}

/** The embed code of Mastodon 4.3 and later. */
function quote(o: { embedUrl?: string; href?: string; byline?: string } = {}): string {
  return (
    `<blockquote class="mastodon-embed" data-embed-url="${o.embedUrl ?? `${STATUS}/embed`}" style="background: #FCF8FF; border-radius: 8px;">` +
    ` <a href="${o.href ?? STATUS}" target="_blank" style="color: #1C1A25; text-decoration: none;">` +
    ' <svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 79 75"><path d="M63 45" fill="currentColor"/></svg>' +
    ` <div style="color: #787588; margin-top: 16px;">${o.byline ?? 'Post by @tidewatch@harbour.social'}</div>` +
    ' <div style="font-weight: 500;">View on Mastodon</div> </a> </blockquote>'
  );
}
const SCRIPT = '<script data-allowed-prefixes="https://harbour.social/" async src="https://harbour.social/embed.js"></script>';

describe('blockquote.mastodon-embed (4.3+)', () => {
  it('reads id, url and handle; the fallback shows no body and no date', () => {
    const el = quote();
    const page = `<p>Before.</p>${el}${SCRIPT}<p>After.</p>`;
    const found = html(page);
    expect(found).toEqual([
      {
        platform: 'mastodon',
        kind: 'blockquote',
        source: 'html',
        id: ID,
        url: STATUS,
        author: { name: null, handle: 'tidewatch@harbour.social' },
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
        start: page.indexOf(el),
        end: page.indexOf(el) + el.length,
      },
    ]);
  });

  const cases: { description: string; input: string; id: string; url: string; handle: string }[] = [
    {
      description: 'an account whose domain differs from the host serving it: the shown handle wins',
      input: quote({ embedUrl: `https://social.harbour.example/@tidewatch/${ID}/embed`, href: `https://social.harbour.example/@tidewatch/${ID}`, byline: 'Post by @tidewatch@harbour.example' }),
      id: ID,
      url: `https://social.harbour.example/@tidewatch/${ID}`,
      handle: 'tidewatch@harbour.example',
    },
    {
      description: 'a fallback in another language',
      input: quote({ byline: 'Beitrag von @tidewatch@harbour.social' }),
      id: ID,
      url: STATUS,
      handle: 'tidewatch@harbour.social',
    },
    {
      description: 'no handle shown: the link user at the link host',
      input: quote({ byline: '' }),
      id: ID,
      url: STATUS,
      handle: 'tidewatch@harbour.social',
    },
    {
      description: 'no data-embed-url: the status link',
      input: quote({ embedUrl: '' }),
      id: ID,
      url: STATUS,
      handle: 'tidewatch@harbour.social',
    },
  ];
  it.each(cases)('$description', ({ input, id, url, handle }) => {
    const [e, ...rest] = html(input);
    expect(rest).toEqual([]);
    expect([e?.id, e?.url, e?.author.handle]).toEqual([id, url, handle]);
  });

  it('does not find a quote whose links name no status', () => {
    expect(html(quote({ embedUrl: 'https://harbour.social/@tidewatch', href: 'https://harbour.social/@tidewatch' }))).toEqual([]);
  });
});

describe('iframes on any instance', () => {
  const cases: { description: string; input: string; url: string; handle: string }[] = [
    {
      description: 'the older embed code (class mastodon-embed)',
      input: `<iframe src="${STATUS}/embed" class="mastodon-embed" style="max-width: 100%; border: 0" width="400" allowfullscreen="allowfullscreen"></iframe>`,
      url: STATUS,
      handle: 'tidewatch@harbour.social',
    },
    {
      description: 'no class, source first, on an instance of any name',
      input: `<iframe src="https://fedi.tidewatch.example/@ferry_log/${ID}/embed" width="400" height="300"></iframe>`,
      url: `https://fedi.tidewatch.example/@ferry_log/${ID}`,
      handle: 'ferry_log@fedi.tidewatch.example',
    },
    {
      description: 'the class after other attributes, lazy-loaded source',
      input: `<iframe width="400" data-src="https://harbour.social/@tidewatch/${ID}/embed" class="lazyload mastodon-embed"></iframe>`,
      url: STATUS,
      handle: 'tidewatch@harbour.social',
    },
    {
      description: 'a data-embed-url naming no status: the source',
      input: `<iframe data-embed-url="about:blank" src="${STATUS}/embed" class="mastodon-embed"></iframe>`,
      url: STATUS,
      handle: 'tidewatch@harbour.social',
    },
    {
      description: 'an older path (/users/<user>/statuses/<id>/embed)',
      input: `<iframe src="https://harbour.social/users/tidewatch/statuses/${ID}/embed" class="mastodon-embed"></iframe>`,
      url: STATUS,
      handle: 'tidewatch@harbour.social',
    },
  ];
  it.each(cases)('$description', ({ input, url, handle }) => {
    const [e, ...rest] = html(`<p>Text.</p>${input}`);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ kind: 'iframe', id: ID, url, author: { name: null, handle }, start: 12, end: 12 + input.length });
  });

  const negatives: { description: string; input: string }[] = [
    { description: 'an iframe of a status page (no /embed): no embed code makes it', input: `<iframe src="${STATUS}"></iframe>` },
    { description: 'a video player iframe ending in /embed', input: '<iframe src="https://video.example/videos/embed/9c9de5e8"></iframe>' },
    { description: 'a map iframe', input: '<iframe src="https://maps.example/embed?pb=1"></iframe>' },
    { description: 'a class-less iframe with its source after other attributes (not read: see the docs)', input: `<iframe width="400" src="${STATUS}/embed"></iframe>` },
  ];
  it.each(negatives)('does not find $description', ({ input }) => {
    expect(html(input)).toEqual([]);
  });
});

describe('WordPress embed blocks', () => {
  it('reads the status link a block holds', () => {
    const fig = `<figure class="wp-block-embed is-type-rich is-provider-mastodon wp-block-embed-mastodon"><div class="wp-block-embed__wrapper">\n${STATUS}\n</div></figure>`;
    const [e, ...rest] = html(fig);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ kind: 'wp-block', id: ID, url: STATUS, author: { handle: 'tidewatch@harbour.social' }, start: 0, end: fig.length });
  });

  it('reads a rendered block as one embed', () => {
    const fig = `<figure class="wp-block-embed is-provider-mastodon"><div class="wp-block-embed__wrapper">${quote()}${SCRIPT}</div></figure>`;
    const found = html(fig);
    expect(found.map((e) => [e.kind, e.id, e.author.handle])).toEqual([['wp-block', ID, 'tidewatch@harbour.social']]);
  });

  it('does not find a Mastodon block holding a profile link', () => {
    expect(html('<figure class="wp-block-embed is-provider-mastodon"><div>https://harbour.social/@tidewatch</div></figure>')).toEqual([]);
  });
});

describe('look-alikes: none is an embed', () => {
  const lookAlikes: { description: string; input: string }[] = [
    { description: 'a profile link (rel=me)', input: '<a rel="me" href="https://harbour.social/@tidewatch">Mastodon</a>' },
    { description: 'a "follow us" button', input: '<a class="follow-mastodon btn" href="https://harbour.social/@newsdesk">Follow us on Mastodon</a>' },
    { description: 'a share link', input: '<a class="share-mastodon" href="https://harbour.social/share?text=Read%20this">Share on Mastodon</a>' },
    { description: 'a status link in prose', input: `<p>They <a href="${STATUS}">posted</a> at dawn.</p>` },
    { description: 'fediverse:creator metadata', input: '<meta name="fediverse:creator" content="@reporter@harbour.social">' },
    { description: 'JSON-LD sameAs', input: '<script type="application/ld+json">{"sameAs":["https://harbour.social/@newsdesk"]}</script>' },
    { description: 'an embed only inside a JSON state script', input: `<script type="application/json">{"html":"${quote().replace(/"/g, '\\"')}"}</script>` },
    {
      description: "an instance's own status page",
      input:
        `<html><head><link rel="alternate" type="application/json+oembed" href="https://harbour.social/api/oembed?format=json&amp;url=${encodeURIComponent(STATUS)}">` +
        `<meta property="og:url" content="${STATUS}"></head><body class="app-body"><div id="mastodon" data-props="{}"></div></body></html>`,
    },
  ];
  it.each(lookAlikes)('does not find $description', ({ input }) => {
    expect(html(input)).toEqual([]);
  });
});

describe('url.ts', () => {
  it.each([
    [`${STATUS}/embed`, { host: 'harbour.social', user: 'tidewatch', id: ID, embed: true }],
    [STATUS, { host: 'harbour.social', user: 'tidewatch', id: ID, embed: false }],
    [`https://Harbour.Social/@tidewatch/${ID}/`, { host: 'harbour.social', user: 'tidewatch', id: ID, embed: false }],
    [`https://harbour.social/@tidewatch@elsewhere.example/${ID}`, { host: 'harbour.social', user: 'tidewatch@elsewhere.example', id: ID, embed: false }],
    ['https://harbour.social/@tidewatch', null],
    ['https://harbour.social/@tidewatch/media', null],
    [`https://harbour.social/@tidewatch/${ID}/reblogs`, null],
    [`javascript://harbour.social/@tidewatch/${ID}`, null],
  ])('parseStatusUrl(%s)', (input, expected) => {
    expect(parseStatusUrl(input)).toEqual(expected);
  });
});
