/**
 * Threads post links: `https://www.threads.net/@<user>/post/<code>` (and `threads.com`, the host
 * since 2025), read for the handle and the post code; the permalink kept as the markup gives it.
 */

/**
 * A post link, anchored at the start and bounded everywhere:
 * `[https:]//[www.]threads.(net|com)/@<user>/post/<code>[/…|?…|#…]`.
 *
 * - group 1: the user name (Instagram's grammar: letters, digits, `.` and `_`, at most 30)
 * - group 2: the post code
 *
 * Matches `https://www.threads.net/@zuck/post/C8x_1abcDE`, `//threads.com/@a.b/post/DAbc-12345/?igshid=1`.
 */
const POST_URL = /^(?:https?:)?\/\/(?:www\.)?threads\.(?:net|com)\/@([\w.]{1,30})\/post\/([\w-]{5,64})(?:[/?#]|$)/i;

/** A Threads post link read. */
export interface ThreadsPost {
  readonly handle: string;
  readonly code: string;
  /** The link as given, without its query and fragment (`https:` before a `//` link); null unless https. */
  readonly url: string | null;
}

/**
 * Reads a Threads post link; null for anything else (profiles, intents, other hosts).
 *
 * @example
 * ```ts
 * parseThreadsUrl('https://www.threads.net/@zuck/post/C8x_1abcDE?xmt=AQ');
 * // { handle: 'zuck', code: 'C8x_1abcDE', url: 'https://www.threads.net/@zuck/post/C8x_1abcDE' }
 * parseThreadsUrl('https://www.threads.net/@zuck'); // null
 * ```
 */
export function parseThreadsUrl(raw: string): ThreadsPost | null {
  if (typeof raw !== 'string' || raw.length > 2048) return null;
  const s = raw.trim();
  const m = POST_URL.exec(s);
  if (m === null) return null;
  const cut = s.search(/[?#]/);
  let bare = cut >= 0 ? s.slice(0, cut) : s;
  // A protocol-relative link is the https link the page loads.
  if (bare.startsWith('//')) bare = `https:${bare}`;
  return { handle: m[1] ?? '', code: m[2] ?? '', url: bare.startsWith('https://') ? bare : null };
}
