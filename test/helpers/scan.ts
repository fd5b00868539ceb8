/**
 * Drives one platform's scanners directly: no gate in front (the gate is still called, to
 * check it answers a boolean) and no catch behind, so a scanner's throw fails the test instead
 * of being absorbed by extractEmbeds.
 */
import { expect } from 'vitest';
import { locateEmbeds } from '../../src/core/html/locate.js';
import { presentNeedles } from '../../src/core/text/literal.js';
import type { PlatformDefinition, ScanContext, TextRoute } from '../../src/platforms/types.js';
import type { Embed, InputFormat } from '../../src/types.js';

export function context(input: string, source: InputFormat): ScanContext {
  return { input, source, locales: undefined, dates: {} };
}

/** The embeds `platform` finds in `input` read as `source`, sorted by start. */
export function scanDirectly(platform: PlatformDefinition, input: string, source: InputFormat): Embed[] {
  const ctx = context(input, source);
  if (source === 'html') {
    return platform.html !== undefined ? locateEmbeds(ctx, [platform.html], true).embeds : [];
  }
  const route = platform[source];
  if (route === undefined) return [];
  const found = route.scan(ctx);
  // The gate never turns away an input the route finds posts in.
  if (found.length > 0) expect(admits(route, input)).toBe(true);
  return found.slice().sort((a, b) => a.start - b.start);
}

/** Whether a text route's gate (its needles, then its `mayContain`) lets `input` through to its scan. */
export function admits(route: TextRoute, input: string): boolean {
  return presentNeedles(input, [route.needles])[0] === true && (route.mayContain?.(input) ?? true);
}
