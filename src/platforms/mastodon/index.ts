import type { PlatformDefinition } from '../types.js';
import { mastodonHtml } from './html.js';

/** Mastodon: the embed code, embed iframes on any instance, and WordPress blocks in HTML. */
export const mastodon: PlatformDefinition = { id: 'mastodon', html: mastodonHtml };
