// PROVISIONAL: replaced by the format detector (HTML issue).
import type { InputFormat } from '../types.js';

export function detectFormat(input: string): InputFormat {
  if (typeof input !== 'string') return 'text';
  if (/<(?:blockquote|p|div|a|html|body|amp-twitter|iframe|figure)\b/i.test(input.slice(0, 100000))) return 'html';
  return 'text';
}
