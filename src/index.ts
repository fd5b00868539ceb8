/**
 * embedsift: find social-post embeds in news articles (HTML, Markdown or flattened text) and
 * parse them into typed objects. Pure functions, no I/O, no Node built-ins.
 *
 * Explicit named exports only: this list is the public API (pinned by test/api.test.ts).
 */
export { extractEmbeds, extractTweets } from './extract.js';
export { stripEmbeds } from './strip.js';
export { detectFormat } from './core/detect.js';
export { parseEmbedDate } from './core/dates/index.js';
export { extractEntities } from './core/entities/index.js';
export { parseStatusUrl, snowflakeTime } from './platforms/x/url.js';
export { parseSignature } from './platforms/x/signature.js';
export { supportedPlatforms } from './platforms/registry.js';
export { DEFAULT_MAX_INPUT_LENGTH } from './types.js';
export type {
  Author,
  DateLocale,
  DateOptions,
  Embed,
  EmbedKind,
  Entities,
  ExtractOptions,
  InputFormat,
  Platform,
  Signature,
} from './types.js';
