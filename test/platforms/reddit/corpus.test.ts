import { classes, corpusCheck, isWpBlockOf, outermost } from '../../helpers/corpus-check.js';

corpusCheck({
  platform: 'reddit',
  id: /^[a-z\d]{1,13}$/,
  url: /^https:\/\/www\.reddit\.com\/r\/\w+\/comments\/[a-z\d]+\/(?:[\w%-]+\/|comment\/[a-z\d]+\/)?$/,
  count: (doc) =>
    outermost(doc, (el) =>
      isWpBlockOf(el, 'reddit') ||
      (el.name === 'blockquote' && (classes(el).includes('reddit-embed-bq') || classes(el).includes('reddit-card'))) ||
      (el.name === 'iframe' && /\/\/(?:embed\.reddit\.com|(?:www\.)?redditmedia\.com)\/r\/\w+\/comments\//.test(el.attribs['src'] ?? '')),
    ).length,
  lookAlike: (el) => el.name === 'a' && (el.attribs['href'] ?? '').includes('reddit.com/'),
});
