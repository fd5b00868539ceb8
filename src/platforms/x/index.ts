import type { PlatformDefinition } from '../types.js';
import { xHtml } from './html.js';
import { scanXMarkdown } from './markdown.js';
import { scanXText } from './text.js';

/** X (Twitter): every embed form in HTML, flattened posts in text and Markdown. */
export const x: PlatformDefinition = {
  id: 'x',
  html: xHtml,
  // Needles that open with a rare character: V8 finds '(@' or '/status' at memory speed, but
  // needles opening with a common letter ('twitter', 'data-tweet') run ten times slower.
  text: { mayContain: (input) => input.includes('(@'), scan: scanXText }, // every flattened post has '(@handle)'
  markdown: {
    mayContain: (input) => input.includes('(@') || input.includes('/status'), // a signature or a status link
    scan: scanXMarkdown,
  },
};
