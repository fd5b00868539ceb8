import { prepare, extractEmbeds } from './extract.js';
import { widgetScriptEnd } from './core/html/scripts.js';
import { widgetScripts } from './platforms/registry.js';
import type { ExtractOptions } from './types.js';

/**
 * Returns the input with every embed {@link extractEmbeds} finds removed, so the article's own
 * text can be analysed without the posts it quotes. In HTML the embed element goes, with the
 * widget script that follows it (`<script … src="…platform.twitter.com/widgets.js">` and the
 * like, as each platform declares); in text
 * and Markdown the embed's span goes. Everything else is returned as given, byte for byte.
 * Input longer than `maxInputLength` is stripped in its scanned part and kept as is after it.
 * Never throws on content; bytes are read as UTF-8 (see {@link extractEmbeds}), and an input
 * that is neither text nor bytes is a TypeError.
 *
 * @example
 * ```ts
 * stripEmbeds('<p>Before</p><blockquote class="twitter-tweet">…</blockquote>\n'
 *   + '<script async src="https://platform.twitter.com/widgets.js"></script><p>After</p>');
 * // '<p>Before</p><p>After</p>'
 * ```
 */
export function stripEmbeds(input: string | Uint8Array, options?: ExtractOptions): string {
  const prepared = prepare(input, options, 'stripEmbeds');
  if (prepared === null) return '';
  input = prepared.text;
  const embeds = extractEmbeds(input, { ...prepared.options, format: prepared.format });
  if (embeds.length === 0) return input;
  let out = '';
  let at = 0;
  for (const e of embeds) {
    if (e.start < at) continue; // covered by an embed already removed
    out += input.slice(at, e.start);
    at = prepared.format === 'html' ? widgetScriptEnd(input, e.end, widgetScripts) : e.end;
  }
  return out + input.slice(at);
}
