import { presentNeedles } from '../core/text/literal.js';
import type { Embed } from '../types.js';
import type { RouteSet } from './selection.js';
import type { ScanContext, TextRoute } from './types.js';

/**
 * Runs the routes of `set` on `ctx.input`, handing each post found to `take`: one search for
 * every route's needles, then each route whose needle stands (and whose further gate lets it).
 */
export function runRoutes(ctx: ScanContext, set: RouteSet, take: (route: TextRoute, embed: Embed) => void): void {
  const { routes, needles } = set;
  const present = presentNeedles(ctx.input, needles);
  for (let k = 0; k < routes.length; k++) {
    const route = routes[k] as TextRoute;
    if (present[k] !== true || (route.mayContain !== undefined && !route.mayContain(ctx.input))) continue;
    try {
      for (const embed of route.scan(ctx)) take(route, embed);
    } catch {
      // A scanner bug must not cost the caller the other platforms' results. The property
      // tests drive every scanner directly, so a throw here is a bug found there first.
    }
  }
}
