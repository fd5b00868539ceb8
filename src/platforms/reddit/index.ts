import type { PlatformDefinition } from '../types.js';
import { redditHtml } from './html.js';
import { scanRedditText } from './text.js';
import { linkedRedditPost } from './url.js';

/** Every flattened Reddit post embed holds its author as `u/name`. */
const route = { needles: ['u/'], linkedPost: linkedRedditPost, scan: scanRedditText };

/** Reddit: post and comment embed codes, embed iframes and WordPress blocks in HTML; "Title by u/user in subreddit" in text and Markdown. */
export const reddit: PlatformDefinition = { id: 'reddit', html: redditHtml, text: route, markdown: route };
