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
 * page, where the status link survives, so the same status id must come back too.
 *
 * Only embeds that show a handle and a date can be found again in text (an iframe or a bare
 * status link shows neither); they are counted apart. The figures are printed as one summary
 * line; the thresholds are set just under the measured rates (see the report in the commit).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { DomUtils, parseDocument } from 'htmlparser2';
import TurndownService from 'turndown';
import type { AnyNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { extractEmbeds, type Embed } from '../src/index.js';

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

/** The page as an html-to-markdown reader hands it on. */
function toMarkdown(html: string): string {
  const turndown = new TurndownService();
  turndown.remove(['script', 'style', 'noscript', 'template']);
  return turndown.turndown(html);
}

/** Is `e` found again among the text route's posts (same handle, case aside, and same date)? */
function foundIn(e: Embed, posts: Embed[]): boolean {
  const handle = e.author.handle?.toLowerCase();
  return posts.some((p) => p.author.handle?.toLowerCase() === handle && p.date === e.date);
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
    let agreeText = 0;
    let agreeLines = 0;
    let agreeMarkdown = 0;
    const disagreements: string[] = [];
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
      const shown = found.filter((e) => e.author.handle !== null && e.dateText !== null && e.date !== null);
      if (shown.length === 0) continue;
      eligible += shown.length;
      const doc = parseDocument(html);
      const textContent = DomUtils.textContent(doc);
      const lines = blockPerLine(doc.children);
      const fromText = extractEmbeds(textContent, { format: 'text' });
      const fromLines = extractEmbeds(lines, { format: 'text' });
      const fromMarkdown = extractEmbeds(toMarkdown(html), { format: 'markdown' });
      for (const e of shown) {
        const a = foundIn(e, fromText);
        const b = foundIn(e, fromLines);
        const c = foundIn(e, fromMarkdown) && fromMarkdown.some((m) => m.id === e.id);
        if (a) agreeText++;
        if (b) agreeLines++;
        if (c) agreeMarkdown++;
        if (!a || !b || !c) {
          disagreements.push(
            `${name} @${e.author.handle} ${e.date} "${e.dateText}" textContent=${a} lines=${b} markdown=${c}`,
          );
        }
      }
    }
    const pct = (n: number) => ((100 * n) / Math.max(1, eligible)).toFixed(1);
    console.log(
      `corpus: ${names.length} pages, ${embeds} X embeds in HTML, ${eligible} showing handle and date; ` +
        `found again in textContent ${agreeText}/${eligible} (${pct(agreeText)}%), ` +
        `block per line ${agreeLines}/${eligible} (${pct(agreeLines)}%), ` +
        `turndown Markdown (same id too) ${agreeMarkdown}/${eligible} (${pct(agreeMarkdown)}%)`,
    );
    for (const d of disagreements) console.log(`  disagreement: ${d}`);
    expect(embeds).toBeGreaterThan(150);
    expect(agreeText / eligible).toBeGreaterThanOrEqual(THRESHOLD_TEXT_CONTENT);
    expect(agreeLines / eligible).toBeGreaterThanOrEqual(THRESHOLD_BLOCK_LINES);
    expect(agreeMarkdown / eligible).toBeGreaterThanOrEqual(THRESHOLD_MARKDOWN);
  });
});

/**
 * Both routes agreed on 158 of 158 shown posts when this was written (100%); the bar leaves room
 * for 5% of regressions in the text scanner before the test fails.
 */
const THRESHOLD_TEXT_CONTENT = 0.95;
const THRESHOLD_BLOCK_LINES = 0.95;
/** The Markdown route (turndown 7.2) agreed on 158 of 158 with the same ids (100%). */
const THRESHOLD_MARKDOWN = 0.95;
