import type { PlatformDefinition } from '../types.js';
import { tiktokHtml } from './html.js';

/** TikTok: embed codes, player iframes and WordPress blocks in HTML. */
export const tiktok: PlatformDefinition = {
  id: 'tiktok',
  html: tiktokHtml,
};
