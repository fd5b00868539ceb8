/**
 * Element names by how their content is read: one list for every part of core that asks.
 */

/**
 * Raw-text elements: the tokenizer reads their content as text up to their end tag, entities
 * left as written (HTML's raw text elements and the legacy ones browsers treat alike).
 */
export const RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** Escapable raw-text elements: read as text up to their end tag, entities decoded. */
export const ESCAPABLE_RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set(['textarea', 'title']);

/**
 * Inert elements: markup inside is no part of the page a reader sees, so no embed stands in
 * it. The raw-text elements, the escapable ones, `template` and `noscript`.
 */
export const INERT_ELEMENTS: ReadonlySet<string> = new Set([...RAW_TEXT_ELEMENTS, ...ESCAPABLE_RAW_TEXT_ELEMENTS, 'template', 'noscript']);

/**
 * Whether `name` (lower case) is an inert element.
 *
 * @example
 * ```ts
 * isInertElement('template'); // true
 * isInertElement('div');      // false
 * ```
 */
export function isInertElement(name: string): boolean {
  return INERT_ELEMENTS.has(name);
}

/**
 * Whether `name` (lower case) is a frame an embed's player or post is shown in: `iframe`, or
 * AMP's `amp-iframe`, which AMP pages write in its place (same `src`; its children are
 * placeholders, never the frame's content).
 *
 * @example
 * ```ts
 * isFrame('amp-iframe'); // true
 * isFrame('frame');      // false: framesets are no part of an article
 * ```
 */
export function isFrame(name: string): boolean {
  return name === 'iframe' || name === 'amp-iframe';
}
