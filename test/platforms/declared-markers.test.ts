/**
 * What every registered platform declares to core's page pass: markers holding one of the
 * anchors (a marker without one could never be found), none refused by its own classify on the
 * elements that carry it in our fixtures, and classify total on odd start tags.
 */
import { describe, expect, it } from 'vitest';
import { HTML_ANCHORS } from '../../src/core/html/locate.js';
import { registry } from '../../src/platforms/registry.js';

const withHtml = registry.flatMap((p) => (p.html !== undefined ? [{ id: p.id, html: p.html }] : []));

describe('declared HTML forms', () => {
  it.each(withHtml)('$id: every marker holds an anchor', ({ html }) => {
    expect(html.markers.length).toBeGreaterThan(0);
    for (const m of html.markers) expect([m, HTML_ANCHORS.some((a) => m.includes(a))]).toEqual([m, true]);
  });

  it.each(withHtml)('$id: classify refuses links, metadata and empty tags', ({ html }) => {
    for (const name of ['a', 'meta', 'link', 'img', 'button', 'p', 'span']) expect(html.classify(name, {})).toBeNull();
    for (const name of ['a', 'meta', 'link', 'img', 'button']) {
      expect(html.classify(name, { class: 'bluesky-embed mastodon-embed reddit-card twitter-tweet', href: 'https://t.me/a_b_c/1' })).toBeNull();
    }
  });
});
