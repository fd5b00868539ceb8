import type { PlatformDefinition } from '../types.js';
import { mayContainXHtml, scanXHtml } from './html.js';
import { scanXMarkdown } from './markdown.js';
import { scanXText } from './text.js';

/** X (Twitter): flattened posts in text and Markdown, every embed form in HTML. */
export const x: PlatformDefinition = {
  id: 'x',
  mayContain: (input, format) =>
    format === 'html' ? mayContainXHtml(input) :
    input.includes('(@') ||
    input.includes('twitter') ||
    input.includes('x.com/') ||
    input.includes('data-tweet'),
  text: scanXText,
  html: scanXHtml,
  markdown: scanXMarkdown,
};
