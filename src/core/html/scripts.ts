/**
 * The widget scripts pages put right after an embed (`<script async src="…/widgets.js">`):
 * `stripEmbeds` removes one with its embed. Which scripts count is data from the platforms
 * (`HtmlForms.widgetScripts`).
 */
import { isGap } from '../text/chars.js';

/** How far past an embed its widget script may start (white space only between them). */
const MAX_GAP = 256;

/**
 * The end of the widget script that follows an embed ending at `end` (after at most some white
 * space), when its `src` holds one of `srcs`; else `end` itself.
 *
 * @example
 * ```ts
 * const html = '<blockquote>…</blockquote>\n<script async src="https://platform.twitter.com/widgets.js"></script>';
 * widgetScriptEnd(html, 26, ['platform.twitter.com/widgets.js']); // html.length
 * ```
 */
export function widgetScriptEnd(input: string, end: number, srcs: readonly string[]): number {
  if (srcs.length === 0) return end;
  let i = end;
  const stop = Math.min(input.length, end + MAX_GAP);
  while (i < stop && isGap(input.charCodeAt(i))) i++;
  if (!/^<script[\s>]/i.test(input.slice(i, i + 8))) return end;
  const gt = input.indexOf('>', i);
  if (gt < 0 || gt - i > 1024) return end;
  const tag = input.slice(i, gt);
  if (!srcs.some((s) => tag.includes(s))) return end;
  const close = input.slice(gt, gt + 256).search(/<\/script\s*>/i);
  if (close < 0) return end;
  return input.indexOf('>', gt + close + 2) + 1;
}
