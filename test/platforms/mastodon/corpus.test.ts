import { classes, corpusCheck, isWpBlockOf, outermost } from '../../helpers/corpus-check.js';

corpusCheck({
  platform: 'mastodon',
  id: /^\d{1,20}$/,
  url: /^https:\/\/[a-z\d.-]+(?::\d+)?\/@[\w.-]+(?:@[a-z\d.-]+)?\/\d+$/i,
  count: (doc) =>
    outermost(doc, (el) =>
      isWpBlockOf(el, 'mastodon') ||
      ((el.name === 'blockquote' || el.name === 'iframe') && classes(el).includes('mastodon-embed')) ||
      (el.name === 'iframe' && /^https:\/\/[^/]+\/@\w[\w.-]*\/\d+\/embed$/.test(el.attribs['src'] ?? '')),
    ).length,
  // Profile and status paths of any site (`/@user…`): Mastodon's shape, other platforms' links.
  lookAlike: (el) => el.name === 'a' && /mastodon|\/@\w/.test(el.attribs['href'] ?? ''),
});
