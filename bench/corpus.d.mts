// Types of corpus.mjs, for the TypeScript tests that reuse its generators.
export interface Rng {
  next(): number;
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
}
export interface SyntheticPost {
  lang: string;
  body: string;
  name: string;
  handle: string;
  id: string;
  date: string;
  dateText: string;
  links: string[];
  media: string[];
  mentions: string[];
  hashtags: string[];
}
export type HostileKind = 'unclosed-blockquote' | 'unclosed-nested' | 'one-line' | 'paren-at' | 'dashes' | 'lt' | 'marked-paragraphs' | 'unended-tags' | 'lead-phrases' | 'status-link-line';
export function rng(seed: number): Rng;
export function slug(r: Rng): string;
export function snowflakeFor(r: Rng, y: number, m: number, d: number): string;
export function shownDate(lang: string, y: number, m: number, d: number): string;
export type Family = 'latin' | 'multilingual';
export function makePost(r: Rng, family?: Family): SyntheticPost;
export function instagramHtml(r: Rng, p: SyntheticPost): string;
export function youtubeHtml(r: Rng): string;
export function facebookHtml(r: Rng, p: SyntheticPost): string;
export function postHtml(p: SyntheticPost): string;
export function postText(p: SyntheticPost): string;
export function postMarkdown(p: SyntheticPost): string;
export function sentence(r: Rng, lang?: string): string;
export function paragraph(r: Rng, lang?: string): string;
export function article(
  format: 'html' | 'text' | 'markdown',
  opts: { size: number; seed?: number; embeds?: boolean; every?: number; family?: Family; mix?: boolean },
): { input: string; posts: SyntheticPost[]; others: number };
export const HOSTILE_KINDS: readonly HostileKind[];
export function hostile(kind: HostileKind, size: number, seed?: number): string;
