import { describe, expect, it } from 'vitest';
import { extractEmbeds, stripEmbeds } from '../../src/index.js';
import { playerUrls } from '../../src/core/html/services.js';

// Posts shown through an embed service (Embedly, Iframely) instead of the platform's own code.
// Every page, handle and id here is made up; the markup follows the services' published forms.

const embedly = (query: string) => `<iframe class="embedly-embed" src="//cdn.embedly.com/widgets/media.html?${query}" width="854" height="480" scrolling="no"></iframe>`;
const enc = encodeURIComponent;
const page = (embed: string) => `<p>The ferry crossing reopened on Monday.</p>\n${embed}\n<p>More to follow.</p>`;

interface Row {
  description: string;
  embed: string;
  expected: { platform: string; kind: string; id: string | null; url: string | null; handle: string | null; date?: string | null; createdAt?: string | null } | null;
}

const rows: Row[] = [
  {
    description: "Embedly's player for a YouTube video (the page in `url`, the player in `src`)",
    embed: embedly(`src=${enc('https://www.youtube.com/embed/Hb7xQ2mK9pA?feature=oembed')}&amp;display_name=YouTube&amp;url=${enc('https://www.youtube.com/watch?v=Hb7xQ2mK9pA')}&amp;type=text%2Fhtml&amp;schema=youtube`),
    expected: { platform: 'youtube', kind: 'iframe', id: 'Hb7xQ2mK9pA', url: 'https://www.youtube.com/watch?v=Hb7xQ2mK9pA', handle: null },
  },
  {
    description: "Embedly's player with only the platform's player in `src`",
    embed: embedly(`src=${enc('https://www.youtube.com/embed/Hb7xQ2mK9pA')}&amp;type=text%2Fhtml`),
    expected: { platform: 'youtube', kind: 'iframe', id: 'Hb7xQ2mK9pA', url: 'https://www.youtube.com/watch?v=Hb7xQ2mK9pA', handle: null },
  },
  {
    description: "Embedly's player for an X post: date and time from the id, as every X embed without a shown date",
    embed: embedly(`type=text%2Fhtml&amp;key=k1&amp;schema=twitter&amp;url=https%3A//twitter.com/harbourwatch/status/1887000000000000000`),
    expected: { platform: 'x', kind: 'iframe', id: '1887000000000000000', url: 'https://x.com/harbourwatch/status/1887000000000000000', handle: 'harbourwatch', date: '2025-02-05', createdAt: '2025-02-05T04:47:13.421Z' },
  },
  {
    description: "Embedly's player for an Instagram post",
    embed: `<iframe src="https://cdn.embedly.com/widgets/media.html?url=${enc('https://www.instagram.com/p/Cq3xLm8rT2a/')}&amp;schema=instagram"></iframe>`,
    expected: { platform: 'instagram', kind: 'iframe', id: 'Cq3xLm8rT2a', url: 'https://www.instagram.com/p/Cq3xLm8rT2a/', handle: null },
  },
  {
    description: "Embedly's card for a Bluesky post: the card links the post",
    embed: '<blockquote class="embedly-card"><h4><a href="https://bsky.app/profile/harbour.bsky.social/post/3lbq7ferryx2a">Harbour Watch on Bluesky</a></h4><p>Lanterns on the quay tonight.</p></blockquote>',
    expected: { platform: 'bluesky', kind: 'widget', id: '3lbq7ferryx2a', url: 'https://bsky.app/profile/harbour.bsky.social/post/3lbq7ferryx2a', handle: 'harbour.bsky.social' },
  },
  {
    description: "Iframely's code for an X post: the link Iframely's script replaces",
    embed: '<div class="iframely-embed"><div class="iframely-responsive" style="padding-bottom: 56.25%;"><a href="https://x.com/harbourwatch/status/1887000000000000000" data-iframely-url="//cdn.iframe.ly/Qx7ferry"></a></div></div>',
    expected: { platform: 'x', kind: 'widget', id: '1887000000000000000', url: 'https://x.com/harbourwatch/status/1887000000000000000', handle: 'harbourwatch', date: '2025-02-05' },
  },
  {
    description: "Iframely's code once its script ran: the iframe names the post in `url`",
    embed: `<div class="iframely-embed"><div class="iframely-responsive"><iframe src="https://cdn.iframe.ly/api/iframe?url=${enc('https://www.tiktok.com/@ferry.crew/video/7300000000000000001')}&amp;key=k2" allowfullscreen></iframe></div></div>`,
    expected: { platform: 'tiktok', kind: 'widget', id: '7300000000000000001', url: 'https://www.tiktok.com/@ferry.crew/video/7300000000000000001', handle: 'ferry.crew', createdAt: '2023-11-11T00:48:18.000Z' },
  },
  {
    description: "Iframely's rendered iframe standing alone",
    embed: `<iframe src="https://cdn.iframe.ly/api/iframe?url=${enc('https://t.me/harbourwatch/512')}&amp;key=k2"></iframe>`,
    expected: { platform: 'telegram', kind: 'iframe', id: '512', url: 'https://t.me/harbourwatch/512', handle: 'harbourwatch' },
  },
  {
    description: "Iframely's link without its wrapper (a sanitiser kept the link)",
    embed: '<a href="https://harbour.social/@deckcrew/113000000000000001" data-iframely-url="//iframely.net/Mq2ferry"></a>',
    expected: { platform: 'mastodon', kind: 'widget', id: '113000000000000001', url: 'https://harbour.social/@deckcrew/113000000000000001', handle: 'deckcrew@harbour.social' },
  },
  {
    description: "Drupal's oEmbed iframe, on the site's own route (lazy: the source in data-src)",
    embed: `<iframe data-src="/fr/media/oembed?url=${enc('https://www.instagram.com/reel/Cq3xLm8rT2a/')}&amp;max_width=0&amp;max_height=0&amp;hash=Fz3k" width="459" height="344" class="media-oembed-content" title="Harbour Watch"></iframe>`,
    expected: { platform: 'instagram', kind: 'iframe', id: 'Cq3xLm8rT2a', url: 'https://www.instagram.com/reel/Cq3xLm8rT2a/', handle: null },
  },
  {
    description: "Drupal's oEmbed iframe without its class, on an absolute URL",
    embed: `<iframe src="https://news.example.org/media/oembed?url=https%3A//www.youtube.com/watch%3Fv%3DHb7xQ2mK9pA&amp;max_width=0&amp;max_height=0&amp;hash=Fz3k"></iframe>`,
    expected: { platform: 'youtube', kind: 'iframe', id: 'Hb7xQ2mK9pA', url: 'https://www.youtube.com/watch?v=Hb7xQ2mK9pA', handle: null },
  },
  // Look-alikes: the services' markup around what is no post.
  {
    description: 'Embedly showing a code sandbox (no platform claims it)',
    embed: embedly(`src=${enc('https://codesandbox.io/embed/ferry42')}&amp;url=${enc('https://codesandbox.io/s/ferry42')}&amp;schema=codesandbox`),
    expected: null,
  },
  {
    description: 'Iframely showing a profile, not a post',
    embed: '<div class="iframely-embed"><div class="iframely-responsive"><a href="https://x.com/harbourwatch" data-iframely-url="//iframely.net/Rp4ferry?_timeline=false"></a></div></div>',
    expected: null,
  },
  {
    description: "Iframely's short iframe, whose source names no URL",
    embed: '<div class="iframely-embed"><div class="iframely-responsive"><iframe src="https://cdn.iframe.ly/Qx7ferry"></iframe></div></div>',
    expected: null,
  },
  {
    description: "a player whose host only looks like Embedly's",
    embed: `<iframe src="https://cdn.embedly.com.example.net/widgets/media.html?url=${enc('https://www.youtube.com/watch?v=Hb7xQ2mK9pA')}"></iframe>`,
    expected: null,
  },
  {
    description: "Drupal's oEmbed iframe showing a video of another host",
    embed: `<iframe src="/media/oembed?url=${enc('https://vimeo.com/76979871')}&amp;max_width=0&amp;hash=Fz3k" class="media-oembed-content"></iframe>`,
    expected: null,
  },
  {
    description: "a site's route that only ends like Drupal's",
    embed: `<iframe src="/social-media/oembed-preview?url=${enc('https://www.youtube.com/watch?v=Hb7xQ2mK9pA')}"></iframe>`,
    expected: null,
  },
  {
    description: "AMP's Embedly card, the post's URL in `data-url`",
    embed: '<amp-embedly-card data-url="https://www.youtube.com/watch?v=Hb7xQ2mK9pA" layout="responsive" width="150" height="80"></amp-embedly-card>',
    expected: { platform: 'youtube', kind: 'amp', id: 'Hb7xQ2mK9pA', url: 'https://www.youtube.com/watch?v=Hb7xQ2mK9pA', handle: null },
  },
  {
    description: "AMP's Embedly card for a page no platform claims",
    embed: '<amp-embedly-card data-url="https://example.org/maps/harbour" layout="responsive" width="150" height="80"></amp-embedly-card>',
    expected: null,
  },
  {
    description: "AMP's Embedly card with no data-url",
    embed: '<amp-embedly-card layout="responsive" width="150" height="80"></amp-embedly-card>',
    expected: null,
  },
  {
    description: 'Embedly markup inside a script string (inert)',
    embed: `<script>var html = '<iframe src="//cdn.embedly.com/widgets/media.html?url=${enc('https://www.youtube.com/watch?v=Hb7xQ2mK9pA')}"></iframe>';</script>`,
    expected: null,
  },
  {
    description: 'a malformed player source',
    embed: '<iframe src="//cdn.embedly.com/widgets/media.html?url=%E0%A4%A&amp;src=http://[::1"></iframe>',
    expected: null,
  },
];

describe('posts shown through an embed service', () => {
  it.each(rows)('$description', ({ embed, expected }) => {
    const input = page(embed);
    const found = extractEmbeds(input, { format: 'html' });
    if (expected === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    const e = found[0]!;
    expect({ platform: e.platform, kind: e.kind, id: e.id, url: e.url, handle: e.author.handle }).toEqual({
      platform: expected.platform,
      kind: expected.kind,
      id: expected.id,
      url: expected.url,
      handle: expected.handle,
    });
    if (expected.date !== undefined) expect(e.date).toBe(expected.date);
    if (expected.createdAt !== undefined) expect(e.createdAt).toBe(expected.createdAt);
    // The service's card text is its summary of the page, never the post's.
    expect(e.text).toBeNull();
    expect(input.slice(e.start, e.end)).toBe(embed);
  });

  it('asks only the platforms the caller chose', () => {
    const input = page(
      embedly(`url=${enc('https://twitter.com/harbourwatch/status/1887000000000000000')}`) + embedly(`url=${enc('https://youtu.be/Hb7xQ2mK9pA')}`),
    );
    expect(extractEmbeds(input).map((e) => e.platform)).toEqual(['x', 'youtube']);
    expect(extractEmbeds(input, { platforms: ['youtube'] }).map((e) => e.platform)).toEqual(['youtube']);
    expect(extractEmbeds(input, { platforms: ['instagram'] })).toEqual([]);
  });

  it("strips the service's element and the script that follows it", () => {
    const embed = '<div class="iframely-embed"><div class="iframely-responsive"><a href="https://x.com/harbourwatch/status/1887000000000000000" data-iframely-url="//cdn.iframe.ly/Qx7ferry"></a></div></div>';
    const input = `<p>Before.</p>${embed}<script async src="//cdn.iframe.ly/embed.js" charset="utf-8"></script><p>After.</p>`;
    expect(stripEmbeds(input)).toBe('<p>Before.</p><p>After.</p>');
  });
});

describe('playerUrls', () => {
  const table: { description: string; src: string; expected: string[] }[] = [
    {
      description: "Embedly's `url`, then its `src`",
      src: `//cdn.embedly.com/widgets/media.html?src=${enc('https://www.youtube.com/embed/Hb7xQ2mK9pA')}&url=${enc('https://youtu.be/Hb7xQ2mK9pA')}`,
      expected: ['https://youtu.be/Hb7xQ2mK9pA', 'https://www.youtube.com/embed/Hb7xQ2mK9pA'],
    },
    { description: "Iframely's `url`", src: `https://cdn.iframe.ly/api/iframe?url=${enc('https://t.me/harbourwatch/512')}&key=k`, expected: ['https://t.me/harbourwatch/512'] },
    { description: 'another path on the host', src: `https://cdn.embedly.com/widgets/platform.js?url=${enc('https://t.me/a/1')}`, expected: [] },
    { description: "Drupal's route under a prefix", src: `/de/media/oembed?url=${enc('https://youtu.be/Hb7xQ2mK9pA')}&hash=h`, expected: ['https://youtu.be/Hb7xQ2mK9pA'] },
    { description: "Drupal's route with no `url`", src: '/media/oembed?hash=h', expected: [] },
    { description: 'no service at all', src: 'https://www.youtube.com/embed/Hb7xQ2mK9pA', expected: [] },
    { description: 'a source that is no URL', src: '//cdn.embedly.com:99999/widgets/media.html?url=x', expected: [] },
  ];
  it.each(table)('$description', ({ src, expected }) => {
    expect(playerUrls(src)).toEqual(expected);
  });
});
