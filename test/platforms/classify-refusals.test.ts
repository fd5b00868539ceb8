/**
 * Bluesky's, Mastodon's, Reddit's and Telegram's classify on start tags that carry their markers
 * but are no embed: links, metadata and buttons refused whatever their classes and hrefs, and
 * plain tags refused. (That every marker holds an anchor is checked for every platform by the
 * registry test.)
 */
import { describe, expect, it } from 'vitest';
import { registry } from '../../src/platforms/registry.js';

const MINE = ['bluesky', 'mastodon', 'reddit', 'telegram'];
const forms = registry.flatMap((p) => (MINE.includes(p.id) && p.html !== undefined ? [{ id: p.id, html: p.html }] : []));

describe('classify refuses what carries a marker but is no embed', () => {
  it('covers the four platforms', () => {
    expect(forms.map((f) => f.id)).toEqual(MINE);
  });

  it.each(forms)('$id', ({ html }) => {
    for (const name of ['a', 'meta', 'link', 'img', 'button', 'p', 'span']) expect(html.classify(name, { attribs: {} })).toBeNull();
    const marked = {
      class: 'bluesky-embed mastodon-embed reddit-card reddit-embed-bq wp-block-embed is-provider-telegram',
      href: 'https://t.me/harbour_news/1?embed=1',
      src: 'https://harbour.social/@tidewatch/1/embed',
      'data-telegram-post': 'harbour_news/1',
    };
    for (const name of ['a', 'meta', 'link', 'img', 'button', 'input']) expect([name, html.classify(name, { attribs: marked })]).toEqual([name, null]);
  });
});
