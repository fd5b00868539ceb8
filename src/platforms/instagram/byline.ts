/**
 * The attribution line of an Instagram embed's fallback, in the languages Instagram writes it:
 *
 * ```
 * A post shared by Alejandra Guzmán (@laguzmanmx) on Feb 16, 2020 at 3:02pm PST
 * ^prefix……………………^name……………………^(@handle)…^connector and date (optional)
 * Ein Beitrag geteilt von NIKE VAN DINTHER (@nikejane)
 * Una publicación compartida por @someone
 * ふぁらお加藤さん(@pharaohkj)がシェアした投稿 - 2017 4月 10 8:24午後 PDT
 * ^name……………………^(@handle)…^suffix
 * ```
 *
 * And the placeholder line the embed code shows before its script runs ("View this post on
 * Instagram"), which is no part of the caption. Both tables are data: a language is one line.
 */
import { collapseSpace } from '../../core/text/chars.js';
import { HANDLE } from './url.js';

/**
 * What opens the byline, lower case, by language. Each was read in Instagram embed codes
 * published on the web (the German, French, Italian, Spanish, Portuguese, Dutch, Swedish,
 * Danish, Norwegian, Polish and Indonesian forms as Instagram's embed generator writes them;
 * the English "photo/video posted by" forms are the 2015–2016 wording).
 */
export const BYLINE_PREFIXES: readonly string[] = [
  'a post shared by',
  'a photo posted by',
  'a video posted by',
  'a photo shared by',
  'a video shared by',
  'ein beitrag geteilt von', // de
  'une publication partagée par', // fr
  'una publicación compartida por', // es
  'una publicación compartida de', // es
  'un post condiviso da', // it
  'uma publicação compartilhada por', // pt-BR
  'uma publicação partilhada por', // pt-PT
  'um post compartilhado por', // pt-BR (older)
  'een bericht gedeeld door', // nl
  'ett inlägg delat av', // sv
  'et opslag delt af', // da
  'et innlegg delt av', // nb
  'post udostępniony przez', // pl
  'sebuah kiriman dibagikan oleh', // id
];

/** What closes a byline that names the author first (Japanese), as written. */
export const BYLINE_SUFFIXES: readonly string[] = ['がシェアした投稿'];

/** The placeholder line of the embed code, lower case, by language (each read in published embed codes). */
export const PLACEHOLDERS: readonly string[] = [
  'view this post on instagram',
  'sieh dir diesen beitrag auf instagram an', // de
  'diesen beitrag auf instagram ansehen', // de
  'voir cette publication sur instagram', // fr
  'ver esta publicación en instagram', // es
  'ver essa foto no instagram', // pt
  'ver esta publicação no instagram', // pt
  'ver essa publicação no instagram', // pt
  'visualizza questo post su instagram', // it
  'wyświetl ten post na instagramie', // pl
  'посмотреть эту публикацию в instagram', // ru
  'xem bài viết này trên instagram', // vi
  'lihat postingan ini di instagram', // id
  'この投稿をinstagramで見る', // ja
];

/** The longest display name read (Instagram allows 30 characters; pages decorate them). */
const MAX_NAME = 100;

/** A byline read. */
export interface Byline {
  name: string | null;
  handle: string;
  /** What follows the handle, the connector word (`on`, `am`, `le` …) and dashes cut; null when nothing does. */
  rest: string | null;
}

/**
 * Reads one line (white space collapsed) as an Instagram byline, or null when it is none.
 *
 * @example
 * ```ts
 * readByline('Ein Beitrag geteilt von SKEP (@skep.association) am 23. Okt 2017 um 0:31 Uhr');
 * // { name: 'SKEP', handle: 'skep.association', rest: '23. Okt 2017 um 0:31 Uhr' }
 * readByline('Follow us (@ourmag) on Instagram'); // null
 * ```
 */
export function readByline(line: string): Byline | null {
  if (line.length > 400) return null;
  const lower = line.toLowerCase();
  for (const prefix of BYLINE_PREFIXES) {
    if (!lower.startsWith(prefix)) continue;
    const after = prefix.length;
    const paren = line.indexOf('(@', after);
    if (paren < 0) {
      // "… compartida por @handle": no name, no parentheses.
      const bare = /^\s*@([\w.]{1,30})(?:\s|$)/.exec(line.slice(after, after + 40));
      if (bare === null) return null;
      return { name: null, handle: bare[1] ?? '', rest: restAfter(line, after + bare[0].length) };
    }
    const handle = handleAt(line, paren);
    if (handle === null) return null;
    return { name: nameOf(line.slice(after, paren)), handle, rest: restAfter(line, paren + handle.length + 3) };
  }
  for (const suffix of BYLINE_SUFFIXES) {
    const at = line.indexOf(suffix);
    if (at < 3 || line.charCodeAt(at - 1) !== 0x29 /* ) */) continue;
    const paren = line.lastIndexOf('(@', at);
    if (paren < 0) continue;
    const handle = handleAt(line, paren);
    if (handle === null || paren + handle.length + 3 !== at) continue;
    return { name: nameOf(line.slice(0, paren)), handle, rest: restAfter(line, at + suffix.length) };
  }
  return null;
}

/** The handle of `(@handle)` standing at `paren`, or null. */
function handleAt(line: string, paren: number): string | null {
  const close = line.indexOf(')', paren);
  if (close < 0 || close - paren > 33) return null;
  const handle = line.slice(paren + 2, close);
  return HANDLE.test(handle) ? handle : null;
}

/** A display name as shown, or null when there is none or it is too long to be one. */
function nameOf(s: string): string | null {
  const name = collapseSpace(s);
  return name.length > 0 && name.length <= MAX_NAME ? name : null;
}

/**
 * The word that joins the handle to the date, by language (`on`, `am`, `le`, `el`, `em`, `il`,
 * `op`, `på`, `pada`), or a dash (Japanese).
 */
const CONNECTOR = /^(?:on|am|le|el|em|il|op|på|pada|[-–—])(?:\s+|$)/i;

/** What follows the handle, its connector word cut. */
function restAfter(line: string, from: number): string | null {
  let rest = collapseSpace(line.slice(from));
  const connector = CONNECTOR.exec(rest);
  if (connector !== null) rest = rest.slice(connector[0].length);
  return rest.length > 0 ? rest : null;
}

/**
 * True when `line` (white space collapsed) is the embed code's placeholder line in one of the
 * languages of {@link PLACEHOLDERS}.
 *
 * @example
 * ```ts
 * isPlaceholder('Sieh dir diesen Beitrag auf Instagram an'); // true
 * ```
 */
export function isPlaceholder(line: string): boolean {
  if (line.length > 60) return false;
  const lower = line.toLowerCase();
  // Some generators end it with a full stop ("Wyświetl ten post na Instagramie.").
  return PLACEHOLDERS.includes(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}
