import type { PlatformDefinition } from '../types.js';
import { tiktokHtml } from './html.js';
import { scanTiktokText } from './text.js';

/** Every flattened TikTok embed closes its caption with the `♬` sound credit. */
const route = { mayContain: (input: string) => input.includes('♬'), scan: scanTiktokText };

/** TikTok: embed codes, player iframes and WordPress blocks in HTML; `@handle caption ♬ sound` in text and Markdown. */
export const tiktok: PlatformDefinition = {
  id: 'tiktok',
  html: tiktokHtml,
  text: route,
  markdown: route,
};
