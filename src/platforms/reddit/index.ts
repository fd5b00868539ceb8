import type { PlatformDefinition } from '../types.js';
import { redditHtml } from './html.js';

/** Reddit: post and comment embed codes, embed iframes and WordPress blocks in HTML. */
export const reddit: PlatformDefinition = { id: 'reddit', html: redditHtml };
