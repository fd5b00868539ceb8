/**
 * Small readers shared by the platforms whose embeds are a quote with links, an iframe or a
 * WordPress block: what the start tag is, where the post's language is declared, and which
 * URL a block holds. Total on any element; nothing here throws.
 */
import { attr, declaredLang, elements, flattenElement, hasClass, isFrame, type HtmlElement, type WithAttributes } from './index.js';
import { collapseSpace } from '../text/chars.js';

/** Elements that are never an embed, whatever their attributes (links, buttons, metadata). */
const NEVER_EMBEDS = new Set(['a', 'button', 'script', 'style', 'template', 'meta', 'link', 'img', 'input', 'noscript', 'head', 'html', 'body', 'svg', 'form']);

/** True when an element of this (lower-cased) name can never be an embed (`script` included). */
export function neverEmbeds(name: string): boolean {
  return NEVER_EMBEDS.has(name);
}

/**
 * True when the start tag opens a WordPress embed block of one of `providers`: a `figure` (or
 * the `div` older themes print) with class `wp-block-embed` and `is-provider-<p>`, or the
 * block's own class `wp-block-embed-<p>`.
 *
 * @example
 * ```ts
 * isWpBlock('figure', { attribs: { class: 'wp-block-embed is-type-rich is-provider-reddit' } }, ['reddit']); // true
 * isWpBlock('figure', { attribs: { class: 'wp-block-embed is-provider-twitter' } }, ['reddit']);              // false
 * ```
 */
export function isWpBlock(name: string, el: WithAttributes, providers: readonly string[]): boolean {
  if (name !== 'figure' && name !== 'div') return false;
  if (!hasClass(el, 'wp-block-embed') && !providers.some((p) => hasClass(el, `wp-block-embed-${p}`))) return false;
  return providers.some((p) => hasClass(el, `is-provider-${p}`) || hasClass(el, `wp-block-embed-${p}`));
}

/**
 * The first of a frame's addresses that `parse` reads, or null: `src`, then, in attribute
 * order, the attributes lazy loaders and consent managers keep the address in until the frame
 * may load (its `src` is then blank, `about:blank` or a placeholder page): every attribute whose
 * name holds `src` (`data-src`, `data-lazy-src`, Cookiebot's `data-cookieblock-src`, Complianz's
 * `data-src-cmplz`, Iubenda's `suppressedsrc`, Real Cookie Banner's `consent-original-src-_`)
 * and every other `data-*` (`data-original`, `data-url`). One rule for every platform's frames.
 *
 * @example
 * ```ts
 * frameAddress({ attribs: { src: 'about:blank', 'data-cookieblock-src': 'https://embed.bsky.app/embed/…' } }, parseEmbedSource);
 * ```
 */
export function frameAddress<T>(el: WithAttributes, parse: (url: string) => T | null): T | null {
  const src = attr(el, 'src');
  const fromSrc = src !== null ? parse(src) : null;
  if (fromSrc !== null) return fromSrc;
  // Every attribute made only when `src` names nothing `parse` reads (a marker stands in one).
  for (const name of Object.keys(el.attribs)) {
    if (name === 'src' || !(name.includes('src') || name.startsWith('data-'))) continue;
    const found = parse(el.attribs[name] ?? '');
    if (found !== null) return found;
  }
  return null;
}

/**
 * The first value `parse` accepts among the URLs an element holds: its anchors' `href`s, its
 * iframes' sources, then the words of its text (a WordPress block keeps the bare post URL as
 * its text). Elements are visited in document order; at most `maxWords` words are tried.
 *
 * @example
 * ```ts
 * firstUrl(figure, parsePostUrl); // { … } from '<figure …><div>https://t.me/durov/43</div></figure>'
 * ```
 */
export function firstUrl<T>(root: HtmlElement, parse: (url: string) => T | null, maxWords = 64): T | null {
  for (const el of elements(root)) {
    if (isFrame(el.name)) {
      const p = frameAddress(el, (url) => parse(url.trim()));
      if (p !== null) return p;
      continue;
    }
    const href = el.name === 'a' ? attr(el, 'href') : null;
    if (href === null) continue;
    const p = parse(href.trim());
    if (p !== null) return p;
  }
  // The text as a reader sees it, in document order (script and style content left out).
  let n = 0;
  for (const word of collapseSpace(flattenElement(root).text).split(' ')) {
    if (word.length === 0) continue;
    if (++n > maxWords) break;
    const p = parse(word);
    if (p !== null) return p;
  }
  return null;
}

/**
 * The language HTML's rule gives `target` inside an embed: what the `lang` of the nearest
 * element from `target` up to `root` (both included) that has one declares ({@link declaredLang}:
 * a blank value declares it unknown), else null. `data-lang` names a widget's language and does
 * not count.
 *
 * @example
 * ```ts
 * langWithin(blockquote, paragraph); // 'fr' for '<blockquote lang="fr"><p>…</p></blockquote>'
 * ```
 */
export function langWithin(root: HtmlElement, target: HtmlElement): string | null {
  // Walk down with the inherited language on an explicit stack until the target is met.
  const stack: [HtmlElement, string | null][] = [[root, null]];
  while (stack.length > 0) {
    const [el, inherited] = stack.pop() as [HtmlElement, string | null];
    const own = declaredLang(el);
    const lang = own !== undefined ? own : inherited;
    if (el === target) return lang;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i];
      if (c !== undefined && c.type === 'element') stack.push([c, lang]);
    }
  }
  return null;
}

/** The first element under `root` (root included), in document order, that `test` accepts. */
export function findElement(root: HtmlElement, test: (el: HtmlElement) => boolean): HtmlElement | null {
  for (const el of elements(root)) if (test(el)) return el;
  return null;
}
