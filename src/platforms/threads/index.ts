import type { PlatformDefinition } from '../types.js';
import { threadsHtml } from './html.js';
import { scanThreadsText } from './text.js';
import { linkedThreadsPost } from './url.js';

/** Every flattened Threads embed reads "Post by @user … View on Threads". */
const route = { needles: ['Post by @'], linkedPost: linkedThreadsPost, scan: scanThreadsText };

/** Threads: the embed forms of HTML pages; the fallback ("Post by @user", "View on Threads") in text and Markdown. */
export const threads: PlatformDefinition = {
  id: 'threads',
  html: threadsHtml,
  text: route,
  markdown: route,
};
