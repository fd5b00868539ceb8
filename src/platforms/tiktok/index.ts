import { bodyAfterGate } from '../../core/attribution/flattened.js';
import type { PlatformDefinition } from '../types.js';
import { tiktokHtml } from './html.js';
import { scanTiktokText, TIKTOK_ROUTE } from './text.js';
import { linkedTiktokPost } from './url.js';

/** Every flattened TikTok embed closes its caption with the `♬` sound credit, a line or so after its `@handle`. */
const route = { needles: ['@'], mayContain: bodyAfterGate(TIKTOK_ROUTE), linkedPost: linkedTiktokPost, scan: scanTiktokText };

/** TikTok: embed codes, player iframes and WordPress blocks in HTML; `@handle caption ♬ sound` in text and Markdown. */
export const tiktok: PlatformDefinition = {
  id: 'tiktok',
  html: tiktokHtml,
  text: route,
  markdown: route,
};
