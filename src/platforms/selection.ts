import { serviceForms, type ServedPlatform } from '../core/html/services.js';
import type { Embed } from '../types.js';
import type { HtmlForms, PlatformDefinition, ScanContext, TextRoute } from './types.js';

/**
 * Platforms to scan for, and their HTML forms as one array: core's page pass keeps what it
 * prepares for an array of forms, so a selection is made once and reused.
 */
export interface Selection {
  readonly platforms: readonly PlatformDefinition[];
  readonly html: readonly HtmlForms[];
  /** The platforms whose widgets leave a rendered twin beside the embed code (`HtmlForms.renderedTwins`). */
  readonly twins: ReadonlySet<string>;
  /** The routes of plain text and of Markdown, in platform order, with their needle lists (searched together). */
  readonly text: RouteSet;
  /** The Markdown routes that read Markdown's syntax themselves ({@link TextRoute.readsMarkdown}). */
  readonly markdown: RouteSet;
  /** The other Markdown routes: they read the Markdown's rendered text (`core/markdown/view.ts`). */
  readonly markdownText: RouteSet;
  /** What runs {@link markdownText} (`markdown-text.ts`); absent from a selection that needs none. */
  readonly readMarkdownText?: MarkdownTextReader;
}

/** Runs Markdown routes on the text the Markdown shows, adding their posts to `found`. */
export type MarkdownTextReader = (ctx: ScanContext, set: RouteSet, found: Embed[]) => void;

/** A format's routes and, for each, its needles: one array, so the search plan made for it is kept. */
export interface RouteSet {
  readonly routes: readonly TextRoute[];
  readonly needles: readonly (readonly string[])[];
}

function routeSet(
  platforms: readonly PlatformDefinition[],
  format: 'text' | 'markdown',
  keep: (route: TextRoute) => boolean = () => true,
): RouteSet {
  const routes = platforms.flatMap((p) => (p[format] !== undefined && keep(p[format]) ? [p[format]] : []));
  return { routes, needles: routes.map((r) => r.needles) };
}

/**
 * The HTML forms of `platforms`, then the embed services' form when one of them reads the URLs a
 * service is given: a start tag both claim is the platform's.
 */
function htmlForms(platforms: readonly PlatformDefinition[]): HtmlForms[] {
  const own = platforms.flatMap((p) => (p.html !== undefined ? [p.html] : []));
  const served: ServedPlatform[] = platforms.flatMap((p) =>
    p.html?.servedPost !== undefined ? [{ id: p.id, servedPost: p.html.servedPost }] : [],
  );
  return served.length > 0 ? [...own, serviceForms(served)] : own;
}

/**
 * The selection of `platforms`, in the order given. `readMarkdownText` is passed in, not
 * imported, so that a selection whose Markdown routes all read the syntax themselves (X's alone)
 * bundles none of the rendering.
 */
export function selectionOf(platforms: readonly PlatformDefinition[], readMarkdownText?: MarkdownTextReader): Selection {
  return {
    ...(readMarkdownText !== undefined ? { readMarkdownText } : {}),
    platforms,
    html: htmlForms(platforms),
    twins: new Set(platforms.filter((p) => p.html?.renderedTwins === true).map((p) => p.id)),
    text: routeSet(platforms, 'text'),
    markdown: routeSet(platforms, 'markdown', (r) => r.readsMarkdown === true),
    markdownText: routeSet(platforms, 'markdown', (r) => r.readsMarkdown !== true),
  };
}
