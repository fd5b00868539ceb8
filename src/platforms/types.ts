import type { FlatText, HtmlElement, InternedNames, WithAttributes } from '../core/html/index.js';
import type { MarkdownView } from '../core/markdown/view.js';
import type { DateOptions, Embed, EmbedKind, ExtractOptions, InputFormat, Platform } from '../types.js';

/** What a platform scanner is handed: the input, its format, and the caller's hints. */
export interface ScanContext {
  /** The input as given (already clipped to `maxInputLength`). Offsets point into it. */
  readonly input: string;
  readonly source: InputFormat;
  /** Date locale hints and/or locale data (`ExtractOptions.locales`), or undefined for the default. */
  readonly locales: ExtractOptions['locales'];
  /** The options every date of this scan is read with (the locale hints, as `parseEmbedDate` takes them). */
  readonly dates: DateOptions;
  /**
   * Where the source's own structure bounds a post: no post holding offset `at` starts before
   * the offset returned (in Markdown read as text, the start of the quote block holding `at`,
   * see `core/markdown/view.ts`). Absent where nothing bounds it.
   */
  readonly floorAt?: (at: number) => number;
  /**
   * In Markdown: the text the Markdown shows (`core/markdown/view.ts`), made on the first call
   * and shared by every route that reads it. Absent for other formats.
   */
  readonly shown?: () => MarkdownView;
}

/** A scanner of one input format: any string in, embeds out, never a throw. */
export type Scanner = (ctx: ScanContext) => Embed[];

/** The post a link names, as its platform writes the embed's id and URL. */
export interface LinkedPost {
  readonly id: string;
  readonly url: string;
  /** The author the link names, where it names one (a Mastodon status, a Facebook page's post). */
  readonly handle?: string | null;
}

/**
 * The post a URL names, as its platform writes the embed's fields: for a post an embed service
 * shows ({@link HtmlForms.servedPost}). `id` is null where the URL names no single post (a
 * YouTube playlist).
 */
export interface ServedPost {
  readonly id: string | null;
  readonly url: string | null;
  readonly handle?: string | null;
  /** The time the id carries (X and TikTok ids), ISO 8601, where the platform's embeds give it. */
  readonly createdAt?: string | null;
  /** The date the platform's embeds give a post that shows none (X: the id's UTC date). */
  readonly date?: string | null;
}

/** A scanner of text or Markdown, behind a cheap gate. */
export interface TextRoute {
  /**
   * Literals one of which stands in every post this route reads (`'(@'`, `'Post by @'`). Core
   * searches an input once for the needles of every route asked for, each by its rarest
   * character (`core/text/literal.ts`), and runs a route only where one of its needles stands.
   */
  readonly needles: readonly string[];
  /**
   * A further gate, asked only when a needle stands (TikTok's `♬` within a block after an `@`):
   * false means the input cannot hold this route's posts. Optional.
   */
  readonly mayContain?: (input: string) => boolean;
  /**
   * A Markdown route that reads Markdown's own syntax (links, quote markers, escapes): it is
   * handed the input as it is. Any other route given Markdown reads the text a reader sees
   * (`core/markdown/view.ts`), and core maps its offsets back to the input's.
   */
  readonly readsMarkdown?: boolean;
  /**
   * The post `href` links to, or null: for a post this route found (`embed`, whose author may
   * settle the URL's form). Where the input keeps its links (Markdown read as text), core asks
   * it of the links inside each post found, and a post whose links name one post, and only one,
   * takes its id and URL (and its author's handle, where the post shows none). Optional.
   */
  readonly linkedPost?: (href: string, embed: Embed) => LinkedPost | null;
  readonly scan: Scanner;
}

/**
 * One embed element as core's locator read it: the element whole (a tree), or, when the
 * platform asked for it ({@link HtmlForms.flatten}), its flattened text with its elements listed
 * in document order and no children built.
 */
export interface ReadEmbed {
  readonly root: HtmlElement;
  /** The kind the platform's {@link HtmlForms.classify} gave the root's start tag. */
  readonly kind: EmbedKind;
  /** The root's flattened text when it was read flattened, else null. */
  readonly flat: FlatText | null;
  /** With `flat`: every element of the root in document order, the root first; else empty. */
  readonly flatElements: readonly HtmlElement[];
}

/**
 * What marks a platform's embeds in HTML, as data for core's one pass over a page
 * (`core/html/locate.ts`), and how to read one.
 *
 * Core walks the page once for the markers of every platform asked for. At each marker it
 * finds the start tag the marker stands in (markers in comments, scripts and other inert
 * content are skipped), asks the marker's platform to {@link classify} it (then the other
 * platforms), reads the element bounded, hands it to {@link interpret}, and resumes past it.
 */
export interface HtmlForms {
  /**
   * Strings that stand in the start tag of every embed element of this platform (class names,
   * attribute names, URL pieces), case as written. Each must hold one of core's anchors
   * (`HTML_ANCHORS`: `-`, `//`, `?`); the page search stops at the anchor and checks the
   * marker around it. Keep them short and specific: `'instagram-media'`, `'amp-instagram'`.
   */
  readonly markers: readonly string[];
  /**
   * The kind of embed a start tag opens (name lower-cased), or null. Its attributes are read
   * with `attr` and `hasClass` (decoded, names lower-cased): a read element cuts out only the
   * values asked for, where `el.attribs` makes them all.
   */
  readonly classify: (name: string, el: WithAttributes) => EmbedKind | null;
  /** True to read an element of this kind as flattened text only (faster; no child nodes). */
  readonly flatten?: (kind: EmbedKind) => boolean;
  /** The embed an element read whole holds, or null when it holds none after all. Never throws. */
  readonly interpret: (read: ReadEmbed, ctx: ScanContext) => Embed | null;
  /**
   * Tag and attribute names this platform's embeds are made of (`amp-twitter`, `data-tweet-id`):
   * the element reader interns them, so reading them makes no fresh string. Optional; speed only.
   */
  readonly names?: InternedNames;
  /**
   * True when the platform's widget script leaves the rendered embed (an `'iframe'` kind) beside
   * the embed code it replaced, so that a page saved after it ran shows one post twice: side by
   * side, with only markup between, they are merged into one embed (`extract.ts`).
   */
  readonly renderedTwins?: boolean;
  /**
   * Pieces of the `src` of the widget scripts pages put after an embed
   * (`'platform.twitter.com/widgets.js'`): `stripEmbeds` removes such a script with the embed.
   */
  readonly widgetScripts?: readonly string[];
  /**
   * The post `url` names, or null: asked of the URL an embed service was given (Embedly,
   * Iframely: `core/html/services.ts`), where the page holds the service's markup and none of
   * the platform's. Optional: a platform without it is never found behind a service.
   */
  readonly servedPost?: (url: string) => ServedPost | null;
}

/**
 * One platform: its id, the HTML forms core's locator looks for, and scanners for text and
 * Markdown. Adding a platform means one folder under `platforms/` and one entry in `registry.ts`.
 */
export interface PlatformDefinition {
  readonly id: Platform;
  readonly html?: HtmlForms;
  readonly markdown?: TextRoute;
  readonly text?: TextRoute;
}
