/**
 * X embeds in Markdown, as html-to-markdown readers write a `blockquote.twitter-tweet`:
 *
 * ```
 * > Friendly faces everywhere [pic.twitter.com/f2ersnzQxd](https://t.co/f2ersnzQxd)
 * >
 * > — South Park (@SouthPark) [September 27, 2020](https://twitter.com/SouthPark/status/1310340832445292544)
 * ^start: the quote block's first line                   ^the status link anchors the scan   end^
 * ```
 *
 * Each link whose destination is a status link (inline, or by reference: the view's list of the
 * input's links, `core/markdown/links.ts`) anchors one embed: the attribution before the link
 * on its line gives name and handle, the link text the date, and the lines above (the rest of
 * the quote block, or of the paragraph outside one) the body. A quote block holding nothing but
 * a status link is an embed too. Flattened posts elsewhere in the Markdown (no status link) are
 * found by the plain-text scanner.
 */
import { fitsDisplayName } from '../../core/attribution/name.js';
import { describeLine, isBlankLine, lineAt, previousLine, unescapeMarkdown, type MdLine } from '../../core/markdown/index.js';
import { renderInline, type LinkDefinitions } from '../../core/markdown/links.js';
import { markdownView, type MarkdownView } from '../../core/markdown/view.js';
import { authorRecord, embedRecord } from '../../core/record.js';
import { CharCode, collapseSpace, isCollapsible, isGap } from '../../core/text/chars.js';
import type { DateOptions, Embed } from '../../types.js';
import type { ScanContext } from '../types.js';
import { isDisplayLink, linkedEntity, xEmbed, type LinkedEntity } from './html.js';
import { findDashBefore, matchHandleGroup, MAX_NAME_CODE_POINTS } from './signature.js';
import { scanXText } from './text.js';
import { canonicalIdTime, parseStatusUrl, statusPermalink } from './url.js';

/** The most lines of body read above an attribution. */
const MAX_BODY_LINES = 40;
/** The most UTF-16 units of body read above an attribution, and before it on its line. */
const MAX_BODY_LENGTH = 4000;
/**
 * How far before a status link its attribution is read: the dash at most 160 units before
 * `(@handle)` (the core grammar's name window), the handle group, the white space up to the link.
 */
const ATTRIBUTION_WINDOW = 512;

/**
 * Finds X embeds in Markdown (kind 'blockquote', source 'markdown'), and flattened posts in its
 * text (kind 'flattened').
 *
 * @example
 * ```ts
 * scanXMarkdown({ input: '> Hi\n>\n> — Jo (@jo) [September 27, 2020](https://twitter.com/jo/status/1310340832445292544)',
 *   source: 'markdown', locales: undefined, dates: {} });
 * // [{ kind: 'blockquote', id: '1310340832445292544', author: { name: 'Jo', handle: 'jo' }, text: 'Hi', … }]
 * ```
 */
export function scanXMarkdown(ctx: ScanContext): Embed[] {
  const { input } = ctx;
  const options = ctx.dates;
  const embeds: Embed[] = [];
  // The links, inline or by reference, as the view read them (one read for every route).
  const view = ctx.shown?.() ?? markdownView(input);
  if (view.links.length > 0 && input.includes('/status')) {
    let floor = 0; // nothing before it belongs to a new embed
    const lines: LineBounds = { start: -1, end: -1 };
    for (const link of view.links) {
      if (link.start < floor) continue;
      const status = parseStatusUrl(link.href);
      if (status === null) continue;
      const embed = readEmbed(input, link, status, floor, lines, ctx, options, view.definitions);
      if (embed !== null) {
        embeds.push(embed);
        floor = embed.end;
      }
    }
  }
  const linked = embeds.length;
  for (const f of flattenedPosts(ctx, view, embeds)) {
    let overlaps = false;
    for (let k = 0; k < linked && !overlaps; k++) overlaps = f.start < (embeds[k] as Embed).end && (embeds[k] as Embed).start < f.end;
    if (!overlaps) embeds.push(f);
  }
  return embeds.sort((a, b) => a.start - b.start);
}

/**
 * Flattened posts in Markdown: X's text scanner run on the text the Markdown shows
 * (`core/markdown/view.ts`: link syntax, escapes and quote markers rendered away), each post
 * bounded by its quote block, its offsets mapped back to the input. Where the shown date is a
 * link, as in X's embed code, it settles what the post is: a status link gives its id (a
 * signature whose line a reader broke before the date link), a link elsewhere makes it a pull
 * quote imitating a post, not a post.
 */
function flattenedPosts(ctx: ScanContext, view: MarkdownView, linked: readonly Embed[]): Embed[] {
  // The signatures of the embeds read from their status links (in input order, as signatures
  // come) are not read again as flattened posts.
  let k = 0;
  const taken = (start: number, end: number): boolean => {
    // An input with nothing to render away has the identity view: both maps return `start`.
    const from = view.toInput(start);
    const to = view.toInputEnd(end);
    while (k < linked.length && (linked[k] as Embed).end <= from) k++;
    return k < linked.length && (linked[k] as Embed).start < to;
  };
  if (view.text === ctx.input) return scanXText(ctx, taken).map((f) => embedRecord({ ...f, source: 'markdown' }));
  const posts: Embed[] = [];
  for (const f of scanXText({ ...ctx, input: view.text, floorAt: view.blockStart }, taken)) {
    const placed: Embed = { ...f, source: 'markdown', start: view.toInput(f.start), end: view.toInputEnd(f.end) };
    const at = f.dateText !== null ? view.text.lastIndexOf(f.dateText, f.end) : -1;
    const hrefs = at >= f.start ? view.linksIn(at, at + (f.dateText as string).length) : [];
    if (hrefs.length === 0) {
      posts.push(embedRecord(placed));
      continue;
    }
    const status = hrefs.length === 1 ? parseStatusUrl(hrefs[0] as string) : null;
    // A date linking elsewhere, or a status of another account than the signature's: no post.
    if (status === null || (f.author.handle !== null && status.handle !== null && f.author.handle.toLowerCase() !== status.handle.toLowerCase())) continue;
    const handle = f.author.handle ?? status.handle;
    posts.push(
      embedRecord({
        ...placed,
        id: status.id,
        url: statusPermalink(handle, status.id),
        createdAt: canonicalIdTime(status.id),
        author: handle === f.author.handle ? f.author : authorRecord(f.author.name, handle),
      }),
    );
  }
  return posts;
}

/** The bounds of the line the last status link stood on: each line is looked for once. */
interface LineBounds {
  start: number;
  end: number;
}

/** The line holding `pos`, from `floor` on when the line starts before it. */
function lineOf(input: string, pos: number, floor: number, lines: LineBounds): MdLine {
  if (!(lines.start <= pos && pos <= lines.end)) {
    const whole = lineAt(input, pos, 0);
    lines.start = whole.start;
    lines.end = whole.end;
  }
  return describeLine(input, Math.max(floor, lines.start), lines.end);
}

/**
 * Reads the embed anchored on one status link, or null when the link is not an attribution.
 * What stands before the link on its line is read no further back than the attribution can
 * reach (and, for a body on the same line, {@link MAX_BODY_LENGTH} more): a line holding
 * thousands of links costs each of them a bounded read, not the line up to it.
 */
function readEmbed(
  input: string,
  link: { start: number; end: number; textStart: number; textEnd: number },
  status: { handle: string | null; id: string },
  floor: number,
  lines: LineBounds,
  ctx: ScanContext,
  options: DateOptions,
  defs: LinkDefinitions,
): Embed | null {
  let line = lineOf(input, link.start, floor, lines);
  // Where the text read before the link ends: the link's start, or the end of the line above
  // when a reader broke the attribution's line before the link (`— Name (@handle)` / `[date](…)`).
  let leadEnd = link.start;
  const above = brokenAttribution(input, line, link, floor);
  if (above !== null) {
    line = above;
    leadEnd = lineContentEnd(input, above);
  }
  // Before the link: nothing but white space (the bare form), or `(@handle)` and white space.
  let blankFrom = leadEnd;
  while (blankFrom > line.contentStart && isCollapsible(input.charCodeAt(blankFrom - 1))) blankFrom--;
  let back = blankFrom;
  while (back > line.contentStart && isGap(input.charCodeAt(back - 1))) back--;
  const blank = blankFrom === line.contentStart;
  if (!blank && (input.charCodeAt(back - 1) !== CharCode.CloseParen || !input.slice(Math.max(line.contentStart, back - ATTRIBUTION_WINDOW), back).includes('(@'))) {
    return null;
  }
  // The attribution: `— Name (@handle) ` before the link, read from a window that ends there (an
  // escape is never cut in two).
  let tailFrom = Math.max(line.contentStart, back - ATTRIBUTION_WINDOW);
  if (tailFrom > line.contentStart && input.charCodeAt(tailFrom - 1) === CharCode.Backslash) tailFrom--;
  const lead = unescapeMarkdown(input.slice(tailFrom, leadEnd));
  const paren = lead.lastIndexOf('(@');
  let name: string | null = null;
  let handle: string | null = null;
  let bodyOnLine = lead;
  if (paren >= 0) {
    const group = matchHandleGroup(lead, paren);
    let at = group !== null ? group.end : -1;
    while (at >= 0 && at < lead.length && isGap(lead.charCodeAt(at))) at++;
    if (group !== null && at === lead.length) {
      handle = group.handle;
      const dash = findDashBefore(lead, paren, 0);
      // Without a dash the name runs from the line's start: past the window, no name fits.
      if (dash === null && tailFrom > line.contentStart) return null;
      const from = dash !== null ? dash.end : 0;
      const n = collapseSpace(lead.slice(from, paren));
      name = n.length > 0 && fitsDisplayName(n, MAX_NAME_CODE_POINTS) ? n : null;
      if (dash === null && name === null) return null;
      // The body on the same line: up to the dash, from at most MAX_BODY_LENGTH before it.
      let bodyFrom = Math.max(line.contentStart, tailFrom - MAX_BODY_LENGTH);
      if (bodyFrom > line.contentStart && input.charCodeAt(bodyFrom - 1) === CharCode.Backslash) bodyFrom--;
      bodyOnLine = dash !== null ? unescapeMarkdown(input.slice(bodyFrom, tailFrom)) + lead.slice(0, dash.start) : '';
    }
  }
  const quoted = line.depth > 0;
  const alone = blank && collapseSpace(lead).length === 0 && link.end >= lineContentEnd(input, line);
  if (handle === null && !(quoted && alone)) {
    // A status link in running text or a list: a citation, not an embed.
    return null;
  }
  // The body: lines above, within the quote block (or the paragraph), never before `floor`.
  const bodyLines: string[] = [];
  let start = line.start;
  let prev: MdLine | null = previousLine(input, line.start, floor);
  let taken = 0;
  let length = 0;
  while (prev !== null && taken < MAX_BODY_LINES && length < MAX_BODY_LENGTH) {
    if (quoted ? prev.depth === 0 : prev.depth > 0 || isBlankLine(input, prev)) break;
    bodyLines.unshift(input.slice(prev.contentStart, prev.end));
    start = prev.start;
    taken++;
    length += prev.end - prev.start;
    prev = previousLine(input, prev.start, floor);
  }
  // A quote block with nothing but the status link is the bare form; anything else before it is
  // a quote that cites a post, not an embed.
  if (handle === null && bodyLines.some((l) => collapseSpace(l).length > 0)) return null;
  // Leading blank quote lines are not part of the embed's text but stay in its span.
  const rendered = renderInline([...bodyLines, bodyOnLine].join('\n'), defs);
  const body = rendered.text.trim().length > 0 ? rendered.text : null;
  const displayLinks = rendered.links
    .filter((l) => /^https?:\/\//i.test(l.href) && isDisplayLink(l.text))
    .map((l) => ({ href: l.href, text: l.text }));
  // Hashtags and mentions the body links as such, as the HTML route reads its anchors: the link
  // settles `#mac#windows`, which twitter-text reads as no hashtag.
  const linked: LinkedEntity[] = [];
  for (const l of rendered.links) {
    const entity = linkedEntity(l.href, l.text);
    if (entity !== null) linked.push(entity);
  }
  const dateText = handle !== null ? renderInline(contentOf(input, link.textStart, link.textEnd), defs).text : null;
  return xEmbed(
    {
      kind: 'blockquote',
      source: ctx.source,
      id: status.id,
      name,
      handle: handle ?? status.handle,
      dateText,
      body,
      lang: null,
      displayLinks,
      linked,
      start,
      end: link.end,
    },
    options,
  );
}

/**
 * The line above a status link that stands alone on its line, when that line (in the same
 * quote, at or after `floor`) ends in `(@handle)`: the attribution a reader wrapped before the
 * link. Null otherwise.
 */
function brokenAttribution(input: string, line: MdLine, link: { start: number; end: number }, floor: number): MdLine | null {
  // Walked back from the link over white space only: each link of a long line walks its own gap.
  let i = link.start;
  while (i > line.contentStart && isCollapsible(input.charCodeAt(i - 1))) i--;
  if (i !== line.contentStart || link.end < lineContentEnd(input, line)) return null;
  const prev = previousLine(input, line.start, floor);
  if (prev === null || prev.depth !== line.depth) return null;
  const end = lineContentEnd(input, prev);
  if (end <= prev.contentStart || input.charCodeAt(end - 1) !== CharCode.CloseParen) return null;
  return input.slice(Math.max(prev.contentStart, end - ATTRIBUTION_WINDOW), end).includes('(@') ? prev : null;
}

/**
 * The text of `[start, end)` without the quote markers that open its second and later lines: a
 * link text a reader wrapped inside a quote (`[March 1,⏎> 2024](…)`).
 */
function contentOf(input: string, start: number, end: number): string {
  let out = '';
  let from = start;
  for (let nl = input.indexOf('\n', start); nl >= 0 && nl < end; nl = input.indexOf('\n', nl + 1)) {
    let lineEnd = nl + 1;
    while (lineEnd < end && input.charCodeAt(lineEnd) !== CharCode.LineFeed) lineEnd++;
    out += input.slice(from, nl + 1);
    from = Math.min(end, describeLine(input, nl + 1, lineEnd).contentStart);
  }
  return out + input.slice(from, end);
}

/** The end of the line's content, trailing spaces excluded. */
function lineContentEnd(input: string, line: MdLine): number {
  let end = line.end;
  while (end > line.contentStart && (input.charCodeAt(end - 1) === CharCode.Space || input.charCodeAt(end - 1) === CharCode.Tab)) end--;
  return end;
}
