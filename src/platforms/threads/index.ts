import type { PlatformDefinition } from '../types.js';
import { threadsHtml } from './html.js';

/** Threads: the embed forms of HTML pages (bylines in flattened text are read by core's attribution grammar). */
export const threads: PlatformDefinition = {
  id: 'threads',
  html: threadsHtml,
};
