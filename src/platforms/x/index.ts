import type { PlatformDefinition } from '../types.js';
import { scanXHtml } from './html.js';
import { scanXMarkdown } from './markdown.js';
import { scanXText } from './text.js';

/** X (Twitter): flattened posts in text and Markdown, every embed form in HTML. */
export const x: PlatformDefinition = {
  id: 'x',
  // Needles that open with a rare character: V8 finds '(@' or '/status' at memory speed, but
  // needles opening with a common letter ('twitter', 'data-tweet') run ten times slower.
  mayContain: (input, format) =>
    format === 'html'
      ? true // scanXHtml's marker search is its own gate: one pass over the page, not two
      : format === 'text'
        ? input.includes('(@') // every flattened post has '(@handle)'
        : input.includes('(@') || input.includes('/status'), // Markdown: a signature or a status link
  text: scanXText,
  html: scanXHtml,
  markdown: scanXMarkdown,
};
