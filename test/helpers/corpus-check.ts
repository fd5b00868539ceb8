/**
 * One platform's corpus check over the real pages (see `corpus-pages.ts`): no page throws, the
 * embeds found are counted by kind, each is checked against the contract's id and url forms, and
 * the number found is compared with an independent count made on htmlparser2's DOM of the page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Document, Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { extractEmbeds, type Platform } from '../../src/index.js';
import { pageNames, pagesPresent, readPage, tally } from './corpus-pages.js';

/** What a platform's corpus check needs to know. */
export interface CorpusCheck {
  readonly platform: Platform;
  /** The contract's id grammar. */
  readonly id: RegExp;
  /** The contract's url form. */
  readonly url: RegExp;
  /**
   * The embeds a page holds, counted independently on its DOM (script content and comments are
   * not elements there): elements of the platform's forms not inside another one.
   */
  readonly count: (doc: Document) => number;
  /** Look-alikes the pages hold (links to the platform, or of its shape): counted to show what was passed over. */
  readonly lookAlike: (el: Element) => boolean;
}

/** Elements of `doc` that `test` accepts and that have no accepted ancestor. */
export function outermost(doc: Document, test: (el: Element) => boolean): Element[] {
  const all = DomUtils.findAll(test, doc.children);
  const set = new Set(all);
  return all.filter((el) => {
    for (let p = el.parent; p !== null; p = p.parent) if (set.has(p as Element)) return false;
    return true;
  });
}

/** True for a WordPress embed block of `provider` (`figure.wp-block-embed.is-provider-<provider>`). */
export function isWpBlockOf(el: Element, provider: string): boolean {
  const list = classes(el);
  return el.name === 'figure' && list.includes('wp-block-embed') && list.includes(`is-provider-${provider}`);
}

/** The class list of an element. */
export function classes(el: Element): string[] {
  return (el.attribs['class'] ?? '').split(/\s+/).filter((c) => c.length > 0);
}

export function corpusCheck(c: CorpusCheck): void {
  // The independent count must itself be right: on our own fixture pages it agrees with the goldens.
  it(`counts the ${c.platform} embeds of our fixture pages as their goldens list them`, () => {
    const dir = fileURLToPath(new URL(`../../fixtures/${c.platform}/html/`, import.meta.url));
    const goldens = readdirSync(dir).filter((n) => n.endsWith('.json'));
    expect(goldens.length).toBeGreaterThan(0);
    for (const name of goldens) {
      const page = readFileSync(dir + name.replace(/\.json$/, '.html'), 'utf8');
      const golden = JSON.parse(readFileSync(dir + name, 'utf8')) as unknown[];
      expect([name, c.count(parseDocument(page))]).toEqual([name, golden.length]);
    }
  });

  describe.skipIf(!pagesPresent)(`${c.platform} embeds in the real pages`, () => {
    const names = pageNames();

    it('reads every page without a throw; every embed has the contract forms; counts agree', () => {
      const kinds: string[] = [];
      let lookAlikes = 0;
      const mismatches: string[] = [];
      for (const name of names) {
        const page = readPage(name);
        const found = extractEmbeds(page, { format: 'html', platforms: [c.platform] });
        // All platforms on: the same embeds of this platform.
        const all = extractEmbeds(page, { format: 'html' }).filter((e) => e.platform === c.platform);
        expect(all).toEqual(found);
        for (const e of found) {
          kinds.push(e.kind);
          expect(e.id !== null || e.url !== null).toBe(true);
          if (e.id !== null) expect(e.id).toMatch(c.id);
          if (e.url !== null) expect(e.url).toMatch(c.url);
        }
        const doc = parseDocument(page);
        const expected = c.count(doc);
        if (expected !== found.length) mismatches.push(`${name}: ${found.length} found, ${expected} counted`);
        lookAlikes += DomUtils.findAll(c.lookAlike, doc.children).length;
      }
      console.log(`${c.platform}: ${names.length} pages; embeds by kind: ${JSON.stringify(tally(kinds))}; look-alike links passed over: ${lookAlikes}`);
      expect(mismatches).toEqual([]);
    });
  });
}
