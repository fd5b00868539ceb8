import type { PlatformDefinition } from '../types.js';
import { youtubeHtml } from './html.js';

/** YouTube: player iframes, AMP and lite components, lazy-load placeholders and WordPress blocks in HTML. */
export const youtube: PlatformDefinition = {
  id: 'youtube',
  html: youtubeHtml,
};
