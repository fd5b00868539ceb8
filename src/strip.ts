// PROVISIONAL: the HTML-aware version (element plus widget script) comes with the HTML issue.
import { extractEmbeds } from './extract.js';
import type { ExtractOptions } from './types.js';

export function stripEmbeds(input: string, options?: ExtractOptions): string {
  if (typeof input !== 'string') return '';
  const embeds = extractEmbeds(input, options);
  let out = '';
  let at = 0;
  for (const e of embeds) {
    if (e.start < at) continue;
    out += input.slice(at, e.start);
    at = e.end;
  }
  return out + input.slice(at);
}
