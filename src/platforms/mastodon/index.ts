import type { PlatformDefinition } from '../types.js';
import { mastodonHtml } from './html.js';
import { scanMastodonText } from './text.js';
import { linkedMastodonPost } from './url.js';

/** Every flattened Mastodon embed reads "Post by @user@host … View on Mastodon". */
const route = { needles: ['Post by @'], linkedPost: linkedMastodonPost, scan: scanMastodonText };

/** Mastodon: the embed code, embed iframes on any instance, and WordPress blocks in HTML; the fallback in text and Markdown. */
export const mastodon: PlatformDefinition = { id: 'mastodon', html: mastodonHtml, text: route, markdown: route };
