/**
 * HTML helpers: inert ranges of a page, a bounded element reader over htmlparser2's Tokenizer,
 * and the flattened text of an element. All offsets point into the caller's original string.
 */
export { InertRanges, type Range } from './inert.js';
export {
  readElement,
  ElementReader,
  attr,
  declaredLang,
  hasClass,
  hasClassWord,
  elements,
  type HtmlElement,
  type HtmlNode,
  type HtmlText,
  type WithAttributes,
  type ReadElementOptions,
  type InternedNames,
} from './tree.js';
export { flattenElement, type FlatAnchor, type FlatText } from './text.js';
export { isFrame } from './elements.js';
