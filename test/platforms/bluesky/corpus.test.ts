import { classes, corpusCheck, isWpBlockOf, outermost } from '../../helpers/corpus-check.js';

corpusCheck({
  platform: 'bluesky',
  id: /^[\w.:~-]{1,512}$/,
  url: /^https:\/\/bsky\.app\/profile\/(?:did:[a-z]+:[\w.%:-]+|[a-z\d.-]+)\/post\/[\w.:~-]+$/i,
  count: (doc) =>
    outermost(doc, (el) =>
      isWpBlockOf(el, 'bluesky') ||
      (classes(el).includes('bluesky-embed') && (el.name === 'blockquote' ? 'data-bluesky-uri' in el.attribs : true)) ||
      (el.name === 'iframe' && (el.attribs['src'] ?? '').includes('embed.bsky.app/embed/did:')),
    ).length,
  lookAlike: (el) => el.name === 'a' && (el.attribs['href'] ?? '').includes('bsky.app/'),
});
