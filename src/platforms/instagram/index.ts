import type { PlatformDefinition } from '../types.js';
import { instagramHtml } from './html.js';

/** Instagram: the embed forms of HTML pages (bylines in flattened text are read by core's attribution grammar). */
export const instagram: PlatformDefinition = {
  id: 'instagram',
  html: instagramHtml,
};
