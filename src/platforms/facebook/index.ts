import type { PlatformDefinition } from '../types.js';
import { facebookHtml } from './html.js';

/** Facebook: the embed forms of HTML pages (bylines in flattened text are read by core's attribution grammar). */
export const facebook: PlatformDefinition = {
  id: 'facebook',
  html: facebookHtml,
};
