/**
 * Every spelling of an X host that embedsift reads, in one place. Modules that recognise X links
 * take their host lists from here, so a new spelling (as `pic.x.com` was) is added once.
 */

/** Hosts of media links as a post shows them: `pic.twitter.com/<slug>` is the display form of `https://t.co/<slug>`. */
export const MEDIA_HOSTS = ['pic.twitter.com/', 'pic.x.com/'] as const;

/** What a link token of a post's text starts with: a media host or a scheme. */
export const LINK_PREFIXES = [...MEDIA_HOSTS, 'http://', 'https://'] as const;

/** The host of X's embed widgets: its `widgets.js` script and its rendered `embed/Tweet.html` iframes. */
export const WIDGET_HOST = 'platform.twitter.com';

/** What the `src` of X's widget script holds. */
export const WIDGET_SCRIPT = `${WIDGET_HOST}/widgets.js`;

/** What the `src` of a rendered embed iframe holds. */
export const WIDGET_EMBED = `${WIDGET_HOST}/embed`;
