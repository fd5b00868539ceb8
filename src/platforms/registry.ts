import type { Platform } from '../types.js';
import { bluesky } from './bluesky/index.js';
import { facebook } from './facebook/index.js';
import { instagram } from './instagram/index.js';
import { readMarkdownText } from './markdown-text.js';
import { mastodon } from './mastodon/index.js';
import { reddit } from './reddit/index.js';
import { selectionOf, type Selection } from './selection.js';
import { telegram } from './telegram/index.js';
import { threads } from './threads/index.js';
import { tiktok } from './tiktok/index.js';
import type { PlatformDefinition } from './types.js';
import { x } from './x/index.js';
import { youtube } from './youtube/index.js';

/**
 * Every supported platform, one entry each, in the order their HTML forms are asked about a
 * start tag. A plain data table: adding a platform is one import and one line here.
 */
export const registry: readonly PlatformDefinition[] = [
  x,
  bluesky,
  mastodon,
  threads,
  instagram,
  tiktok,
  facebook,
  youtube,
  reddit,
  telegram,
];

/**
 * The ids of the platforms that have a scanner today.
 *
 * @example
 * ```ts
 * supportedPlatforms; // ['x', …]
 * extractEmbeds(article, { platforms: supportedPlatforms.filter((p) => p !== 'x') }); // no X posts
 * ```
 */
export const supportedPlatforms: readonly Platform[] = /* @__PURE__ */ registry.map((p) => p.id);

const ALL: Selection = /* @__PURE__ */ selectionOf(registry, readMarkdownText);
/** Selections already made, by their platforms' ids: the same array of forms each time. */
const selections = /* @__PURE__ */ new Map<string, Selection>();

/**
 * The registry's platforms among `wanted` (all of them when undefined), in registry order.
 * Ids must be known ones; the caller checks.
 */
export function select(wanted: readonly Platform[] | undefined): Selection {
  if (wanted === undefined) return ALL;
  const platforms = registry.filter((p) => wanted.includes(p.id));
  const key = platforms.map((p) => p.id).join(',');
  let s = selections.get(key);
  if (s === undefined) {
    s = selectionOf(platforms, readMarkdownText);
    // Bounded: there are 2^10 subsets of the platforms at most.
    selections.set(key, s);
  }
  return s;
}

/** The widget scripts of every platform and of the embed services, for `stripEmbeds`. */
export const widgetScripts: readonly string[] = /* @__PURE__ */ ALL.html.flatMap((f) => f.widgetScripts ?? []);
