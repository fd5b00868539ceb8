import type { PlatformDefinition } from '../types.js';
import { blueskyHtml } from './html.js';

/** Bluesky: the embed code, rendered embeds and WordPress blocks in HTML. */
export const bluesky: PlatformDefinition = { id: 'bluesky', html: blueskyHtml };
