/**
 * URLs by the twitter-text rules.
 *
 * Two stages:
 * 1. Tokens. Only a white-space-delimited token holding a '.' followed by a letter can hold a
 *    URL (twitter-text needs a dot too), so the text is walked dot by dot and everything else
 *    costs one `indexOf`.
 * 2. Inside a token, the twitter-text grammar decides the exact extent of each URL
 *    (domain labels, port, path, query, the t.co slug), which is where it differs from
 *    linkifyjs: linkifyjs keeps trailing dashes, bidi marks and CJK runs, accepts any host after
 *    a scheme and knows nothing of t.co slugs. linkifyjs supplies what it does know: whether a
 *    token holds a link at all (`find`) and whether a label is a top-level domain (`test`).
 *    Tokens holding only t.co and pic.twitter.com links (almost every link in an X post) are
 *    read without calling linkifyjs.
 *
 * ```
 * text  ....See http://t.co/pbY2NfTZ's site, or example.com中国語t.co/abcde
 *                ^^^^^^^^^^^^^^^^^^^^    (the 's is outside the t.co slug)
 *                                            ^^^^^^^^^^^   ^^^^^^^^^^  (CJK ends a domain without protocol)
 * ```
 *
 * Every loop is bounded by its token and every token is visited once: linear time.
 */
import { CharCode } from '../text/chars.js';
import { find as linkifyFind, test as linkifyTest } from 'linkifyjs';
import {
  isAsciiAlnum,
  isAsciiDomainChar,
  isAsciiLetter,
  isDigit,
  isDomainChar,
  isPathChar,
  isPathEndChar,
  isQueryChar,
  isQueryEndChar,
  isTtSpace,
  isUrlPrecedingChar,
} from './chars.js';

/** One URL found in a text: the URL as written and its [start, end) UTF-16 offsets. */
export interface UrlEntity {
  url: string;
  start: number;
  end: number;
}

/** twitter-text's ceiling on a URL's length. */
const MAX_URL_LENGTH = 4096;
/** A t.co slug longer than this is not a t.co link (twitter-text drops the whole URL). */
const MAX_TCO_SLUG_LENGTH = 40;
/** A DNS label is at most 63 octets (checked on UTF-16 length: an approximation for IDN labels). */
const MAX_LABEL_LENGTH = 63;
/** The longest internationalised TLD tried as a prefix of a non-ASCII run. */
const MAX_UNICODE_TLD_LENGTH = 12;
/** Memo entries kept for TLD answers before the memo is cleared. */
const TLD_MEMO_LIMIT = 2048;

const DOT = 0x2e;
const HYPHEN = 0x2d;
const UNDERSCORE = 0x5f;
const SLASH = 0x2f;
const COLON = 0x3a;
const QUESTION = 0x3f;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;

/**
 * Whether `label` is a top-level domain, as linkifyjs knows them. A pure memo: the answers
 * never change, so caching them is not observable state.
 */
const tldMemo = new Map<string, boolean>();
function isKnownTld(label: string): boolean {
  const key = label.toLowerCase();
  let known = tldMemo.get(key);
  if (known === undefined) {
    try {
      known = linkifyTest(`a.${key}`, 'url');
    } catch {
      known = false;
    }
    if (tldMemo.size >= TLD_MEMO_LIMIT) tldMemo.clear();
    tldMemo.set(key, known);
  }
  return known;
}

/** twitter-text: a TLD must not run on into an ASCII letter/digit, '@', '+' or '-'. */
function isTldBoundary(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const c = text.charCodeAt(at);
  return !(isAsciiAlnum(c) || c === CharCode.At || c === CharCode.Plus || c === HYPHEN);
}

function startsWithIgnoreCase(text: string, at: number, lower: string): boolean {
  if (at + lower.length > text.length) return false;
  for (let i = 0; i < lower.length; i++) {
    let c = text.charCodeAt(at + i);
    if (c >= CharCode.UpperA && c <= CharCode.UpperZ) c += 0x20;
    if (c !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * The end of the TLD that starts label [s, labelEnd), or -1. ASCII TLDs fill the label's leading
 * alnum run (`com` in `com`, `comだよね`); punycode TLDs are `xn--…`; an internationalised TLD is
 * the longest known prefix of the label's non-ASCII run (`みんな` in `みんなです`).
 */
function tldEnd(text: string, s: number, labelEnd: number): number {
  if (s >= labelEnd) return -1;
  const c = text.charCodeAt(s);
  if (isAsciiAlnum(c)) {
    let e = s;
    while (e < labelEnd && isAsciiAlnum(text.charCodeAt(e))) e++;
    if (startsWithIgnoreCase(text, s, 'xn--')) {
      let p = s + 4;
      while (p < labelEnd && (isAsciiAlnum(text.charCodeAt(p)) || text.charCodeAt(p) === HYPHEN)) p++;
      if (p > s + 4 && isTldBoundary(text, p)) return p;
    }
    if (!isTldBoundary(text, e)) return -1;
    return isKnownTld(text.slice(s, e)) ? e : -1;
  }
  if (c < CharCode.FirstNonAscii) return -1;
  let runEnd = s;
  while (runEnd < labelEnd && runEnd - s < MAX_UNICODE_TLD_LENGTH && text.charCodeAt(runEnd) >= CharCode.FirstNonAscii) runEnd++;
  for (let e = runEnd; e > s; e--) {
    if (isTldBoundary(text, e) && isKnownTld(text.slice(s, e))) return e;
  }
  return -1;
}

/** A subdomain label: not empty, no '-' or '_' at either end. */
function isSubLabel(text: string, s: number, e: number): boolean {
  if (e <= s) return false;
  const a = text.charCodeAt(s);
  const b = text.charCodeAt(e - 1);
  return a !== HYPHEN && a !== UNDERSCORE && b !== HYPHEN && b !== UNDERSCORE;
}

/** The label right before the TLD: a subdomain label without any '_'. */
function isNameLabel(text: string, s: number, e: number): boolean {
  if (!isSubLabel(text, s, e)) return false;
  for (let i = s; i < e; i++) if (text.charCodeAt(i) === UNDERSCORE) return false;
  return true;
}

/** IDNA sanity twitter-text applies through punycode: label length, ASCII-only `xn--` labels. */
function isEncodableLabel(text: string, s: number, e: number): boolean {
  if (e - s > MAX_LABEL_LENGTH) return false;
  if (!startsWithIgnoreCase(text, s, 'xn--')) return punycodeLength(text, s, e) <= MAX_LABEL_LENGTH;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (!isAsciiAlnum(c) && c !== HYPHEN) return false;
  }
  return true;
}

/**
 * The length of label `text[s, e)` once punycode-encoded (`xn--…`), as DNS counts it; the UTF-16
 * length for an ASCII label. The WHATWG URL parser (a web platform API, in every runtime) does
 * the encoding; a label it refuses keeps its UTF-16 length.
 */
function punycodeLength(text: string, s: number, e: number): number {
  let ascii = true;
  for (let i = s; i < e && ascii; i++) ascii = text.charCodeAt(i) < CharCode.FirstNonAscii;
  if (ascii) return e - s;
  try {
    return new URL(`http://${text.slice(s, e)}.x/`).hostname.length - 2;
  } catch {
    return e - s;
  }
}

interface DomainMatch {
  /** Offset just past the TLD. */
  end: number;
  /** The domain passes the IDNA checks; a match that fails them is consumed but not reported. */
  encodable: boolean;
}

/**
 * The longest domain `sub.* name.TLD` over the dot-separated labels of [s, hostEnd), the way
 * twitter-text's greedy regex backtracks: most labels first. `unicodeTail` lets the TLD start
 * right after the last dot at hostEnd (a non-ASCII TLD after an ASCII run: `twitter.みんな`).
 */
function matchDomain(text: string, s: number, hostEnd: number, unicodeTail: boolean): DomainMatch | null {
  const starts: number[] = [s];
  for (let i = s; i < hostEnd; i++) if (text.charCodeAt(i) === DOT) starts.push(i + 1);
  const n = starts.length;
  const labelEnd = (k: number): number => (k + 1 < n ? (starts[k + 1] as number) - 1 : hostEnd);
  let firstBadSub = 0;
  while (firstBadSub < n && isSubLabel(text, starts[firstBadSub] as number, labelEnd(firstBadSub))) firstBadSub++;
  for (let k = Math.min(firstBadSub, n - 1); k >= 1; k--) {
    if (!isNameLabel(text, starts[k - 1] as number, labelEnd(k - 1))) continue;
    const ts = starts[k] as number;
    let le = labelEnd(k);
    if (unicodeTail && k === n - 1 && ts === hostEnd) {
      le = ts;
      while (le < text.length && le - ts < MAX_UNICODE_TLD_LENGTH) {
        const c = text.charCodeAt(le);
        if (c < CharCode.FirstNonAscii || !isDomainChar(c)) break;
        le++;
      }
    }
    const te = tldEnd(text, ts, le);
    if (te < 0) continue;
    let encodable = true;
    for (let j = 0; j < k; j++) if (!isEncodableLabel(text, starts[j] as number, labelEnd(j))) encodable = false;
    if (!isEncodableLabel(text, ts, te)) encodable = false;
    return { end: te, encodable };
  }
  return null;
}

/** `( chars+ )` or one nested level `( chars* ( chars+ ) chars* )`; returns the end past ')' or -1. */
function balancedParensEnd(text: string, open: number, limit: number): number {
  let i = open + 1;
  const first = i;
  while (i < limit && isPathChar(text.charCodeAt(i))) i++;
  if (i < limit && text.charCodeAt(i) === CLOSE_PAREN) return i > first ? i + 1 : -1;
  if (i >= limit || text.charCodeAt(i) !== OPEN_PAREN) return -1;
  i++;
  const inner = i;
  while (i < limit && isPathChar(text.charCodeAt(i))) i++;
  if (i === inner || i >= limit || text.charCodeAt(i) !== CLOSE_PAREN) return -1;
  i++;
  while (i < limit && isPathChar(text.charCodeAt(i))) i++;
  return i < limit && text.charCodeAt(i) === CLOSE_PAREN ? i + 1 : -1;
}

/** Path from the '/' at `slash`: the longest run of path characters and balanced parentheses that ends well. */
function pathEnd(text: string, slash: number, limit: number): number {
  let good = slash + 1;
  let i = slash + 1;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (isPathChar(c)) {
      i++;
      if (isPathEndChar(c)) good = i;
    } else if (c === OPEN_PAREN) {
      const close = balancedParensEnd(text, i, limit);
      if (close < 0) break;
      i = close;
      good = i;
    } else {
      break;
    }
  }
  return good;
}

/** Query from the '?' at `mark`, or -1 when no query character ends it well. */
function queryEnd(text: string, mark: number, limit: number): number {
  let good = -1;
  for (let i = mark + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (!isQueryChar(c)) break;
    if (isQueryEndChar(c)) good = i + 1;
  }
  return good;
}

/** Port, path and query after a domain ending at `at`: `(:digits)? (/path)? (?query)?`. */
function tailEnd(text: string, at: number, limit: number): number {
  let e = at;
  if (e + 1 < limit && text.charCodeAt(e) === COLON && isDigit(text.charCodeAt(e + 1))) {
    e += 2;
    while (e < limit && isDigit(text.charCodeAt(e))) e++;
  }
  if (e < limit && text.charCodeAt(e) === SLASH) e = pathEnd(text, e, limit);
  if (e < limit && text.charCodeAt(e) === QUESTION) {
    const q = queryEnd(text, e, limit);
    if (q > 0) e = q;
  }
  return e;
}

/** Whether the tail [at, end) after a domain holds a path: `:port` digits, then '/'. */
function hasPath(text: string, at: number, end: number): boolean {
  let i = at;
  if (i < end && text.charCodeAt(i) === COLON) {
    i++;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
  }
  return i < end && text.charCodeAt(i) === SLASH;
}

/**
 * A t.co link keeps only its slug and query (`http://t.co/pbY2NfTZ's` → `http://t.co/pbY2NfTZ`).
 * Returns the trimmed end, the unchanged end when this is not a t.co slug link, or -1 when the
 * slug is longer than t.co ever makes them.
 */
function tcoEnd(text: string, start: number, proto: number, end: number): number {
  const host = start + proto;
  if (!startsWithIgnoreCase(text, host, 't.co/')) return end;
  const slug = host + 5;
  let e = slug;
  while (e < end && isAsciiAlnum(text.charCodeAt(e))) e++;
  if (e === slug) return end;
  if (e - slug > MAX_TCO_SLUG_LENGTH) return -1;
  if (e < end && text.charCodeAt(e) === QUESTION) {
    const q = queryEnd(text, e, end);
    if (q > 0) e = q;
  }
  return e;
}

function protocolLength(text: string, at: number): number {
  if (startsWithIgnoreCase(text, at, 'https://')) return 8;
  if (startsWithIgnoreCase(text, at, 'http://')) return 7;
  return 0;
}

function isRunChar(c: number): boolean {
  return c === DOT || isAsciiDomainChar(c);
}

function push(text: string, out: UrlEntity[], start: number, end: number): void {
  if (end - start <= MAX_URL_LENGTH) out.push({ url: text.slice(start, end), start, end });
}

/**
 * The twitter-text URL grammar over one token [rs, re). Start positions are tried left to right;
 * as in twitter-text's global regex, a match consumes the character after it (that character is
 * the next match's "preceding character"), and a rejected match is consumed too.
 */
export function scanUrlsInToken(text: string, rs: number, re: number, out: UrlEntity[]): void {
  let p = rs;
  /** The last offset an earlier match consumed (its "preceding character" slot); rs - 1 at first. */
  let floor = rs - 1;
  while (p < re) {
    const c = text.charCodeAt(p);
    const prev = p > 0 ? text.charCodeAt(p - 1) : -1;
    const prevOk = prev < 0 || isUrlPrecedingChar(prev);

    // With a protocol: any domain characters, any TLD.
    //   http://example.comだよね.comtest  →  http://example.com
    if ((c === CharCode.LowerH || c === CharCode.UpperH) && prevOk) {
      const proto = protocolLength(text, p);
      if (proto > 0) {
        const d = p + proto;
        let h = d;
        while (h < re && h - d <= MAX_URL_LENGTH) {
          const hc = text.charCodeAt(h);
          if (hc === DOT || hc === HYPHEN || hc === UNDERSCORE || isDomainChar(hc)) h++;
          else break;
        }
        const domain = h > d ? matchDomain(text, d, h, false) : null;
        if (domain) {
          const end = tailEnd(text, domain.end, re);
          const trimmed = tcoEnd(text, p, proto, end);
          if (domain.encodable && trimmed > 0) push(text, out, p, trimmed);
          p = end + 1;
          floor = end;
          continue;
        }
      }
    }

    // Without a protocol: an ASCII (or accented Latin) domain, whose TLD may be non-ASCII.
    //   中国語example.com/path한국  →  example.com/path
    if (isRunChar(c) && (p === rs || !isRunChar(prev))) {
      let runEnd = p;
      while (runEnd < re && isRunChar(text.charCodeAt(runEnd))) runEnd++;
      if (!prevOk) {
        p++;
        continue;
      }
      let s = p;
      while (s < runEnd && (text.charCodeAt(s) === DOT || text.charCodeAt(s) === HYPHEN)) s++;
      // twitter-text refuses a protocol-less URL right after '-', '_', '.' or '/'. The check is
      // on the character before the whole domain, which may begin with non-ASCII labels
      // (`-Тестbit.ly` is refused, `Тестbit.ly` is not).
      let before = prev;
      if (before >= 0 && !isRunChar(before) && isDomainChar(before)) {
        let q = p;
        while (q - 1 > floor && !isRunChar(text.charCodeAt(q - 1)) && isDomainChar(text.charCodeAt(q - 1))) q--;
        before = q > 0 ? text.charCodeAt(q - 1) : -1;
      }
      const rejected = s > p || before === UNDERSCORE || before === SLASH || before === HYPHEN || before === DOT;
      const domain = s < runEnd ? matchDomain(text, s, runEnd, true) : null;
      if (domain) {
        const end = tailEnd(text, domain.end, re);
        // Without a protocol a port or query counts only when a path is there too:
        // `example.com?x=1` → `example.com`, `example.com:80/x` → all of it.
        const shown = hasPath(text, domain.end, end) ? end : domain.end;
        if (!rejected && domain.encodable) push(text, out, s, shown);
        p = end + 1;
        floor = end;
        continue;
      }
      // No domain here; a protocol may still start inside the run (`ab-http://…`).
      p++;
      continue;
    }
    p++;
  }
}

/** pic.twitter.com and t.co links: read without asking linkifyjs. */
function isXShortLink(url: string): boolean {
  let i = protocolLength(url, 0);
  if (startsWithIgnoreCase(url, i, 'pic.twitter.com')) i += 15;
  else if (startsWithIgnoreCase(url, i, 't.co')) i += 4;
  else return false;
  return i === url.length || url.charCodeAt(i) === SLASH || url.charCodeAt(i) === QUESTION;
}

/** Whether linkifyjs sees a link in the token; any failure of the library counts as no. */
function linkifySeesUrl(token: string): boolean {
  try {
    return linkifyFind(token).some((link) => link.type === 'url');
  } catch {
    return false;
  }
}

/**
 * Whether the token is exactly `http(s)://t.co/<slug>` or `pic.twitter.com/<slug>` (slug of 1 to
 * {@link MAX_TCO_SLUG_LENGTH} ASCII letters and digits) after a character a URL may follow: then
 * the grammar reads the whole token as one URL (name label, known TLD, a path of path-end
 * characters), so it is taken as it stands.
 */
function isShortLinkToken(text: string, ts: number, te: number): boolean {
  let p = ts;
  if (text.startsWith('https://t.co/', p)) p += 13;
  else if (text.startsWith('pic.twitter.com/', p)) p += 16;
  else if (text.startsWith('http://t.co/', p)) p += 12;
  else return false;
  if (te - p < 1 || te - p > MAX_TCO_SLUG_LENGTH) return false;
  for (let i = p; i < te; i++) if (!isAsciiAlnum(text.charCodeAt(i))) return false;
  return ts === 0 || isUrlPrecedingChar(text.charCodeAt(ts - 1));
}

function scanToken(text: string, ts: number, te: number, out: UrlEntity[]): void {
  if (isShortLinkToken(text, ts, te)) {
    push(text, out, ts, te);
    return;
  }
  const found: UrlEntity[] = [];
  scanUrlsInToken(text, ts, te, found);
  if (found.length === 0) return;
  let confirmed: boolean | null = null;
  for (const u of found) {
    if (isXShortLink(u.url)) {
      out.push(u);
      continue;
    }
    confirmed ??= linkifySeesUrl(text.slice(ts, te));
    if (confirmed) out.push(u);
  }
}

/** A character that may begin a TLD after a dot: an ASCII letter or any non-ASCII character. */
function mayStartTld(c: number): boolean {
  return isAsciiLetter(c) || c >= CharCode.FirstNonAscii;
}

/**
 * URLs of a text by the twitter-text rules, in order, with [start, end) UTF-16 offsets.
 *
 * @example
 * ```ts
 * extractUrlEntities('Read http://t.co/pbY2NfTZ\'s post');
 * // → [{ url: 'http://t.co/pbY2NfTZ', start: 5, end: 25 }]
 * ```
 */
export function extractUrlEntities(text: string): UrlEntity[] {
  const out: UrlEntity[] = [];
  const len = text.length;
  let scannedTo = 0;
  let dot = text.indexOf('.');
  while (dot >= 0) {
    if (dot + 1 < len && mayStartTld(text.charCodeAt(dot + 1))) {
      let ts = dot;
      while (ts > scannedTo && !isTtSpace(text.charCodeAt(ts - 1))) ts--;
      let te = dot + 1;
      while (te < len && !isTtSpace(text.charCodeAt(te))) te++;
      scanToken(text, ts, te, out);
      scannedTo = te;
      dot = text.indexOf('.', te);
    } else {
      dot = text.indexOf('.', dot + 1);
    }
  }
  return out;
}
