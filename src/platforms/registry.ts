import type { Platform } from '../types.js';
import type { PlatformDefinition } from './types.js';
import { x } from './x/index.js';

/**
 * Every supported platform, one entry each, in the order their embeds are merged.
 * A plain data table: adding a platform is one import and one line here.
 */
export const registry: readonly PlatformDefinition[] = [x];

/**
 * The ids of the platforms that have a scanner today.
 *
 * @example
 * ```ts
 * supportedPlatforms; // ['x']
 * extractEmbeds(article, { platforms: supportedPlatforms.filter((p) => p !== 'x') }); // []
 * ```
 */
export const supportedPlatforms: readonly Platform[] = /* @__PURE__ */ registry.map((p) => p.id);
