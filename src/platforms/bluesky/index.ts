import type { PlatformDefinition } from '../types.js';
import { blueskyHtml } from './html.js';
import { linkedBlueskyPost, scanBlueskyText } from './text.js';

/** Every flattened Bluesky signature holds `(@handle)`. */
const route = { needles: ['(@'], linkedPost: linkedBlueskyPost, scan: scanBlueskyText };

/** Bluesky: the embed code, rendered embeds and WordPress blocks in HTML; the signature in text and Markdown. */
export const bluesky: PlatformDefinition = { id: 'bluesky', html: blueskyHtml, text: route, markdown: route };
