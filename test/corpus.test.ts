/**
 * Real pages (../shared/corpus/pages, evaluation data kept beside the project, never copied
 * into it): no page makes the extractor throw, and every X embed found in a page's HTML is found
 * again, with the same handle and date, in the page's flattened text, rendered two ways:
 *
 * - textContent: htmlparser2's DOM and domutils' `textContent` (script and style text included,
 *   blocks glued together the way `element.textContent` glues them);
 * - block per line: our own walk, a line break after every block element and for `<br>`,
 *   script/style/template/noscript left out;
 *
 * and in the Markdown that turndown (a widely used html-to-markdown converter) writes for the
 * page, with its links inline and, asked to, by reference (`[text][1]`, `[1]: href` at the end):
 * the status link survives both, so the same status id must come back too.
 *
 * Only embeds that show a handle, in a `(@handle)` signature, and a date can be found again in
 * text (an iframe or a bare status link shows neither, a publisher's card no signature); they are
 * counted apart. Each post found again is compared field by
 * field with the HTML's: text (white space aside: textContent drops `<br>`), links, media,
 * mentions and hashtags. The agreement is printed per rendering and per field; CORPUS_VERBOSE=1
 * prints every disagreeing post.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { AnyNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { extractEmbeds, type Embed } from '../src/index.js';
import { toMarkdown } from './helpers/flattened.js';

const PAGES = fileURLToPath(new URL('../../shared/corpus/pages/', import.meta.url));
const present = existsSync(PAGES);

function readPage(name: string): string {
  const raw = readFileSync(PAGES + name);
  return (name.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
}

const BLOCK = new Set([
  'p', 'div', 'blockquote', 'figure', 'figcaption', 'section', 'article', 'header', 'footer', 'li',
  'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'pre', 'hr', 'aside', 'nav', 'main', 'form', 'address', 'title',
]);
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'head']);

/** A block-per-line rendering of a DOM: one line per block element, `<br>` a line break. */
function blockPerLine(nodes: AnyNode[]): string {
  let out = '';
  const stack: (AnyNode | { close: string })[] = [...nodes].reverse();
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode | { close: string };
    if ('close' in n) {
      if (BLOCK.has(n.close)) out += '\n';
      continue;
    }
    if (n.type === 'text') out += (n as { data: string }).data;
    else if (n.type === 'tag') {
      const el = n as unknown as { name: string; children: AnyNode[] };
      if (HIDDEN.has(el.name)) continue;
      if (el.name === 'br') {
        out += '\n';
        continue;
      }
      if (BLOCK.has(el.name)) out += '\n';
      stack.push({ close: el.name });
      for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as AnyNode);
    } else if ('children' in n) {
      const children = (n as { children: AnyNode[] }).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
    }
  }
  return out;
}


/** Is `e` found again among the text route's posts (same handle, case aside, and same date)? */
function foundIn(e: Embed, posts: Embed[]): boolean {
  return candidates(e, posts).length > 0;
}

function candidates(e: Embed, posts: Embed[]): Embed[] {
  const handle = e.author.handle?.toLowerCase();
  return posts.filter((p) => p.author.handle?.toLowerCase() === handle && p.date === e.date);
}

/** The fields a flattened post keeps, compared between the HTML route and a text route. */
const FIELDS = ['text', 'links', 'media', 'mentions', 'hashtags'] as const;
type Field = (typeof FIELDS)[number];

/** Text without white space: textContent drops `<br>`, so line breaks may vanish or appear. */
function squash(text: string | null): string | null {
  return text === null ? null : text.replace(/\s+/gu, '');
}

/** Which of {@link FIELDS} `a` and `b` agree on. */
function fieldAgreement(a: Embed, b: Embed): Record<Field, boolean> {
  const same = (x: readonly string[], y: readonly string[]) =>
    x.length === y.length && x.every((v, i) => v === y[i]);
  return {
    text: squash(a.text) === squash(b.text),
    links: same(a.links, b.links),
    media: same(a.media, b.media),
    mentions: same(a.mentions, b.mentions),
    hashtags: same(a.hashtags, b.hashtags),
  };
}

/** The candidate agreeing on most fields (a page may show one account twice on one day). */
function bestMatch(e: Embed, posts: Embed[]): { post: Embed; agree: Record<Field, boolean> } | null {
  let best: { post: Embed; agree: Record<Field, boolean> } | null = null;
  let bestScore = -1;
  for (const p of candidates(e, posts)) {
    const agree = fieldAgreement(e, p);
    const score = FIELDS.filter((f) => agree[f]).length;
    if (score > bestScore) {
      best = { post: p, agree };
      bestScore = score;
    }
  }
  return best;
}

const ROUTES = ['textContent', 'lines', 'markdown', 'referenced'] as const;
type Route = (typeof ROUTES)[number];

/** Per-route tallies: posts found, posts agreeing on each field, posts agreeing on all. */
interface Tally {
  found: number;
  all: number;
  fields: Record<Field, number>;
  /** Text-route posts that match no post of the page's HTML (same handle and date). */
  invented: number;
}

function newTally(): Tally {
  return { found: 0, all: 0, fields: { text: 0, links: 0, media: 0, mentions: 0, hashtags: 0 }, invented: 0 };
}

describe.skipIf(!present)('real pages (../shared/corpus/pages)', () => {
  const names = present
    ? readdirSync(PAGES)
        .filter((n) => n.endsWith('.html') || n.endsWith('.html.gz'))
        .sort()
    : [];

  it('reads every page without throwing, and finds each shown post again in the flattened text', () => {
    expect(names.length).toBeGreaterThan(100);
    let embeds = 0;
    let eligible = 0;
    const tallies: Record<Route, Tally> = { textContent: newTally(), lines: newTally(), markdown: newTally(), referenced: newTally() };
    const disagreements: string[] = [];
    const fieldDisagreements: string[] = [];
    const inventions: string[] = [];
    for (const name of names) {
      const html = readPage(name);
      let found: Embed[] = [];
      expect(() => {
        found = extractEmbeds(html, { format: 'html' }).filter((e) => e.platform === 'x');
      }, name).not.toThrow();
      for (const e of found) {
        expect(html.slice(e.start, e.end).length, name).toBe(e.end - e.start);
        expect(e.url === null || e.url.startsWith('https://'), name).toBe(true);
      }
      embeds += found.length;
      // A publisher's tweet card shows its handle as `@handle`, in no `(@handle)` signature: the
      // text routes have nothing to find it by.
      const shown = found.filter(
        (e) => e.author.handle !== null && e.dateText !== null && e.date !== null && html.slice(e.start, e.end).includes(`(@${e.author.handle}`),
      );
      if (shown.length === 0) continue;
      eligible += shown.length;
      const doc = parseDocument(html);
      const routes: Record<Route, Embed[]> = {
        textContent: extractEmbeds(DomUtils.textContent(doc), { format: 'text' }),
        lines: extractEmbeds(blockPerLine(doc.children), { format: 'text' }),
        markdown: extractEmbeds(toMarkdown(html), { format: 'markdown' }),
        referenced: extractEmbeds(toMarkdown(html, true), { format: 'markdown' }),
      };
      for (const route of ROUTES) {
        for (const p of routes[route]) {
          if (p.platform !== 'x' || p.kind !== 'flattened') continue;
          if (!found.some((e) => candidates(e, [p]).length > 0)) {
            tallies[route].invented++;
            inventions.push(`${name} ${route} @${p.author.handle} ${p.date} "${p.dateText}"`);
          }
        }
      }
      for (const e of shown) {
        const status: string[] = [];
        for (const route of ROUTES) {
          const posts = routes[route];
          const markdown = route === 'markdown' || route === 'referenced';
          const ok = foundIn(e, posts) && (!markdown || posts.some((m) => m.id === e.id));
          status.push(`${route}=${ok}`);
          if (!ok) continue;
          const t = tallies[route];
          t.found++;
          const pool = markdown ? posts.filter((m) => m.id === e.id || m.id === null) : posts;
          const match = bestMatch(e, pool) ?? bestMatch(e, posts);
          if (match === null) continue;
          for (const f of FIELDS) if (match.agree[f]) t.fields[f]++;
          const wrong = FIELDS.filter((f) => !match.agree[f]);
          if (wrong.length === 0) t.all++;
          else {
            fieldDisagreements.push(
              `${route} ${name} @${e.author.handle} ${e.date} [${wrong.join(',')}]\n` +
                `      html: ${JSON.stringify(e.text)}\n      text: ${JSON.stringify(match.post.text)}` +
                (wrong.some((f) => f !== 'text')
                  ? `\n      html: ${JSON.stringify(pick(e, wrong))}\n      text: ${JSON.stringify(pick(match.post, wrong))}`
                  : ''),
            );
          }
        }
        if (status.some((s) => s.endsWith('false'))) {
          disagreements.push(`${name} @${e.author.handle} ${e.date} "${e.dateText}" ${status.join(' ')}`);
        }
      }
    }
    const pct = (n: number) => ((100 * n) / Math.max(1, eligible)).toFixed(1);
    console.log(
      `corpus: ${names.length} pages, ${embeds} X embeds in HTML, ${eligible} showing handle and date`,
    );
    for (const route of ROUTES) {
      const t = tallies[route];
      console.log(
        `  ${route.padEnd(11)} found ${t.found}/${eligible} (${pct(t.found)}%), every field ${t.all}/${eligible} ` +
          `(${pct(t.all)}%); ` +
          FIELDS.map((f) => `${f} ${pct(t.fields[f])}%`).join(', ') +
          `; invented ${t.invented}`,
      );
    }
    for (const d of disagreements) console.log(`  not found: ${d}`);
    for (const d of inventions) console.log(`  invented: ${d}`);
    if (process.env.CORPUS_VERBOSE) for (const d of fieldDisagreements) console.log(`  fields: ${d}`);
    expect(embeds).toBeGreaterThan(150);
    // No post lost or invented by any rendering.
    for (const route of ROUTES) {
      expect(tallies[route].found, route).toBe(eligible);
      expect(tallies[route].invented, route).toBe(0);
    }
    expect(tallies.textContent.all / eligible).toBeGreaterThanOrEqual(THRESHOLD_TEXT_CONTENT);
    expect(tallies.lines.all / eligible).toBeGreaterThanOrEqual(THRESHOLD_BLOCK_LINES);
    expect(tallies.markdown.all / eligible).toBeGreaterThanOrEqual(THRESHOLD_MARKDOWN);
    expect(tallies.referenced.all / eligible).toBeGreaterThanOrEqual(THRESHOLD_MARKDOWN);
  });
});

function pick(e: Embed, fields: readonly Field[]): Partial<Record<Field, unknown>> {
  const out: Partial<Record<Field, unknown>> = {};
  for (const f of fields) if (f !== 'text') out[f] = e[f];
  return out;
}

/**
 * Shares of shown posts whose text route agrees with the HTML on every field the text keeps.
 * Measured before the length budget placed bodies: 74.1% (textContent), 72.2% (block per
 * line), 89.9% (Markdown); after: see the commit that set these bars. The bars are the targets
 * (95% and 85%), and for Markdown the textContent target.
 */
const THRESHOLD_TEXT_CONTENT = 0.95;
const THRESHOLD_BLOCK_LINES = 0.85;
const THRESHOLD_MARKDOWN = 0.95;
