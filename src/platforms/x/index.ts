import type { PlatformDefinition } from '../types.js';
import { xHtml } from './html.js';
import { scanXMarkdown } from './markdown.js';
import { scanXText } from './text.js';

/** X (Twitter): every embed form in HTML, flattened posts in text and Markdown. */
export const x: PlatformDefinition = {
  id: 'x',
  html: xHtml,
  // Every flattened post has '(@handle)'; a Markdown one, that or a status link.
  text: { needles: ['(@'], scan: scanXText },
  markdown: {
    needles: ['(@', '/status'],
    readsMarkdown: true,
    scan: scanXMarkdown,
  },
};
