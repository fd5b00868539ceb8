import { httpsUrl } from '../core/embed.js';
import { markdownView, type MarkdownView } from '../core/markdown/view.js';
import { authorRecord, embedRecord } from '../core/record.js';
import type { Embed } from '../types.js';
import { runRoutes } from './routes.js';
import type { RouteSet } from './selection.js';
import type { LinkedPost, ScanContext, TextRoute } from './types.js';

/**
 * Runs Markdown routes written for flattened text (`set`) on the text the Markdown shows
 * (`core/markdown/view.ts`), each post bounded by its quote block, and adds what they find to
 * `found` in the input's terms. Held by the registry's selections, so that a bundle of X alone
 * holds none of it: X's Markdown route reads the syntax itself, and reads the view only for the
 * posts its text scanner finds (platforms/x/markdown.ts).
 */
export function readMarkdownText(ctx: ScanContext, set: RouteSet, found: Embed[]): void {
  const view = ctx.shown?.() ?? markdownView(ctx.input);
  if (view.text === ctx.input) {
    runRoutes(ctx, set, (_, e) => found.push(e));
    return;
  }
  const viewCtx: ScanContext = { ...ctx, input: view.text, floorAt: view.blockStart };
  runRoutes(viewCtx, set, (route, e) => found.push(inMarkdown(view, route, e)));
}

/**
 * A post a route found in the view of a Markdown input, in the input's terms: its offsets mapped
 * back, and the id, URL and handle of the one post its links name, where the route can read
 * them ({@link TextRoute.linkedPost}) and the post shows none.
 */
function inMarkdown(view: MarkdownView, route: TextRoute, e: Embed): Embed {
  let post: LinkedPost | null = null;
  if (route.linkedPost !== undefined && e.id === null) {
    for (const href of view.linksIn(e.start, e.end)) {
      const named = route.linkedPost(href, e);
      if (named === null || named.id === post?.id) continue;
      if (post !== null) {
        post = null; // two posts: which one the embed shows is not settled
        break;
      }
      post = named;
    }
  }
  return embedRecord({
    ...e,
    id: post?.id ?? e.id,
    // As every URL an embed gives: https only, else null (core/embed.ts).
    url: post !== null ? httpsUrl(post.url) : e.url,
    author: post?.handle != null && e.author.handle === null ? authorRecord(e.author.name, post.handle) : e.author,
    start: view.toInput(e.start),
    end: view.toInputEnd(e.end),
  });
}
