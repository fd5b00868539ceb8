/**
 * Result objects made by a constructor instead of an object literal, for speed on large pages.
 *
 * V8 records where object and array literals are allocated (an "allocation site") and, to decide
 * whether that site's objects should be made straight in the old generation, checks each one that
 * survives a young-generation collection against its site. Results are the only objects of a scan
 * that survive: the collections that run while a 10 MB page is scanned find a thousand or more
 * results alive, each a literal with a literal `author`, and those checks cost about a tenth of the
 * scan. Objects made with `new` carry no such record.
 *
 * The records are plain objects all the same: their prototype is `Object.prototype`, as a
 * literal's is, with the same own properties in the same order, so `toEqual`, `JSON.stringify`,
 * spreading and `structuredClone` see no difference.
 */
import type { Author, Embed } from '../types.js';

function EmbedRecord(this: Embed, e: Embed): void {
  this.platform = e.platform;
  this.kind = e.kind;
  this.source = e.source;
  this.id = e.id;
  this.url = e.url;
  this.author = e.author;
  this.date = e.date;
  this.dateText = e.dateText;
  this.createdAt = e.createdAt;
  this.text = e.text;
  this.lang = e.lang;
  this.links = e.links;
  this.media = e.media;
  this.mentions = e.mentions;
  this.hashtags = e.hashtags;
  this.cashtags = e.cashtags;
  this.truncated = e.truncated;
  this.start = e.start;
  this.end = e.end;
}

function AuthorRecord(this: Author, name: string | null, handle: string | null): void {
  this.name = name;
  this.handle = handle;
}

// The prototypes are set inside pure expressions so that a bundle that never builds an embed
// (one that imports only parseStatusUrl) can drop this module's top level.
const EmbedConstructor = /* @__PURE__ */ (() => {
  EmbedRecord.prototype = Object.prototype;
  return EmbedRecord as unknown as new (e: Embed) => Embed;
})();
const AuthorConstructor = /* @__PURE__ */ (() => {
  AuthorRecord.prototype = Object.prototype;
  return AuthorRecord as unknown as new (name: string | null, handle: string | null) => Author;
})();

/**
 * The {@link Embed} `e` as a record made by a constructor: same fields, same order. `e` itself is
 * short-lived (write it as a literal at the call) and its `author` should come from
 * {@link authorRecord}.
 *
 * @example
 * ```ts
 * const embed = embedRecord({ platform: 'x', kind: 'flattened', …, author: authorRecord('Jo', 'jo'), … });
 * Object.getPrototypeOf(embed) === Object.prototype; // true
 * ```
 */
export function embedRecord(e: Embed): Embed {
  return new EmbedConstructor(e);
}

/**
 * An {@link Author} made by a constructor (see {@link embedRecord}).
 *
 * @example
 * ```ts
 * authorRecord('Jane Doe', 'janedoe'); // { name: 'Jane Doe', handle: 'janedoe' }
 * ```
 */
export function authorRecord(name: string | null, handle: string | null): Author {
  return new AuthorConstructor(name, handle);
}
