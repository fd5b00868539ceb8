import type { PlatformDefinition } from '../types.js';
import { instagramHtml } from './html.js';
import { scanInstagramText } from './text.js';
import { linkedInstagramPost } from './url.js';

/** Every flattened Instagram byline holds `(@handle)`. */
const route = { needles: ['(@'], linkedPost: linkedInstagramPost, scan: scanInstagramText };

/** Instagram: the embed forms of HTML pages; in text and Markdown, the byline ("A post shared by …"). */
export const instagram: PlatformDefinition = {
  id: 'instagram',
  html: instagramHtml,
  text: route,
  markdown: route,
};
