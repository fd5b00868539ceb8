import type { PlatformDefinition } from '../types.js';
import { facebookHtml } from './html.js';
import { FACEBOOK_BYLINE, scanFacebookText } from './text.js';
import { linkedFacebookPost } from './url.js';

/** Every flattened Facebook post holds one of its byline's lead phrases. */
const leads = FACEBOOK_BYLINE.lead === 'dash' ? [] : FACEBOOK_BYLINE.lead;
const route = { needles: leads, linkedPost: linkedFacebookPost, scan: scanFacebookText };

/** Facebook: the embed forms of HTML pages; in text and Markdown, the fallback's "Posted by Name on date". */
export const facebook: PlatformDefinition = {
  id: 'facebook',
  html: facebookHtml,
  text: route,
  markdown: route,
};
