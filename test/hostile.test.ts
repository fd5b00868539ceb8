// Hostile pages: deeply nested or unclosed markup, one 10 MB line, millions of '(@', '— ' or '<'.
// Each must come back without a throw or a stack overflow, invent no embed, and not hide a real
// post placed after it. The scanners are also called directly, because extractEmbeds keeps a
// scanner's exception from costing the caller the other platforms' results, which would hide it.
// No timing is asserted: vitest's testTimeout is only a guard against a hang.
import { describe, expect, it } from 'vitest';
import { detectFormat, extractEmbeds, stripEmbeds, type Embed, type InputFormat } from '../src/index.js';
import { registry } from '../src/platforms/registry.js';
import { scanDirectly as scanPlatform } from './helpers/scan.js';
import { hostile, makePost, postHtml, postMarkdown, postText, rng } from '../bench/corpus.mjs';

const MB = 1_000_000;
const FORMATS: InputFormat[] = ['html', 'markdown', 'text'];

/** Every scanner of every platform, called directly: no gate, no catch. */
function scanDirectly(input: string, source: InputFormat): Embed[] {
  const out: Embed[] = [];
  for (const platform of registry) {
    for (const e of scanPlatform(platform, input, source)) out.push(e);
  }
  return out;
}

function inBounds(input: string, embeds: Embed[]): void {
  for (const e of embeds) {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeGreaterThan(e.start);
    expect(e.end).toBeLessThanOrEqual(input.length);
    if (e.url !== null) expect(e.url.startsWith('https://')).toBe(true);
  }
}

/** Runs the input through detection, extraction (auto and every format), the scanners and strip. */
function runAll(input: string): { auto: Embed[]; byFormat: Record<InputFormat, Embed[]> } {
  expect(['html', 'markdown', 'text']).toContain(detectFormat(input));
  const auto = extractEmbeds(input);
  inBounds(input, auto);
  const byFormat = {} as Record<InputFormat, Embed[]>;
  for (const format of FORMATS) {
    const found = extractEmbeds(input, { format });
    inBounds(input, found);
    inBounds(input, scanDirectly(input, format));
    byFormat[format] = found;
  }
  const stripped = stripEmbeds(input);
  expect(stripped.length).toBeLessThanOrEqual(input.length);
  return { auto, byFormat };
}

// Inputs in which there is no post at all: nothing may be found, in any format.
const EMPTY_CASES: { description: string; input: () => string }[] = [
  { description: '100,000 unclosed <blockquote><p>', input: () => '<blockquote><p>'.repeat(100_000) },
  {
    description: '100,000 unclosed <blockquote class="twitter-tweet"><p>',
    input: () => '<blockquote class="twitter-tweet"><p>'.repeat(100_000),
  },
  { description: '10 MB of unclosed nested tags', input: () => hostile('unclosed-nested', 10 * MB) },
  { description: '100,000 nested <div> closed again', input: () => `${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}` },
  // Each paragraph is a marker whose start tag ends the one before: read, each is empty.
  { description: '1 MB of <p class="twitter-tweet">, each ended by the next', input: () => hostile('marked-paragraphs', MB) },
  { description: 'a million < characters', input: () => '<'.repeat(MB) },
  // Each `<iframe` after the first stands inside the first start tag, which never ends.
  { description: "1 MB of player iframes' start tags, none ever ended", input: () => hostile('unended-tags', MB) },
  { description: 'a million <a characters pairs', input: () => '<a'.repeat(MB) },
  { description: 'one 10 MB line of prose', input: () => hostile('one-line', 10 * MB) },
  { description: "a million '(@' fragments", input: () => '(@'.repeat(MB) },
  { description: "a million '(@h) ' handle groups without a date", input: () => '(@h) '.repeat(MB) },
  { description: "a million '— ' fragments", input: () => '— '.repeat(MB) },
  // Each lead phrase opens a window of 160 units holding a dozen joiners: each is tried once.
  { description: "1 MB of 'Posted by Jane on ' bylines without a date", input: () => hostile('lead-phrases', MB) },
  { description: "200,000 '— Jane Doe (@' unclosed handle groups", input: () => '— Jane Doe (@'.repeat(200_000) },
  { description: "200,000 '— Jane Doe (@janedoe) ' signatures without a date", input: () => '— Jane Doe (@janedoe) '.repeat(200_000) },
  { description: 'a million &mdash; entities', input: () => '&mdash;'.repeat(MB) },
  { description: 'a million line breaks', input: () => '\n'.repeat(MB) },
  { description: 'an unclosed comment over 5 MB', input: () => `<!--${'<blockquote class="twitter-tweet">'.repeat(150_000)}` },
  { description: '500,000 "> " Markdown quote markers', input: () => '> '.repeat(500_000) },
  // Each link's attribution is read from a window before it, never from the line's start.
  { description: '1 MB of Markdown status links on one line', input: () => hostile('status-link-line', MB) },
  // Each `](` asks for a link: with no `)` in reach, or one its parentheses never close, the
  // Markdown routes read on without links once a look per 750 units has been spent.
  { description: "250,000 '[a](' Markdown links never closed, after (@ and /status", input: () => `(@h) /status ${'[a]('.repeat(250_000)}` },
  { description: "160,000 '[a](()' Markdown links whose parentheses never close", input: () => `(@h) /status ${'[a](()'.repeat(160_000)}` },
  { description: 'a million lone surrogates', input: () => '\ud800'.repeat(MB) },
];

describe('hostile inputs without posts: nothing found, no throw', () => {
  it.each(EMPTY_CASES)('$description', ({ input }) => {
    const s = input();
    const { auto, byFormat } = runAll(s);
    expect(auto).toEqual([]);
    expect(byFormat).toEqual({ html: [], markdown: [], text: [] });
    expect(stripEmbeds(s)).toBe(s);
  });
});

// A real post after a hostile prefix: found exactly as when it stands alone, shifted.
const post = makePost(rng(42));
const POST_CASES: { description: string; format: InputFormat; prefix: () => string; body: string }[] = [
  { description: 'text after a million (@ fragments', format: 'text', prefix: () => `${'(@'.repeat(MB)}\n\n`, body: postText(post) },
  { description: 'text after a million — fragments', format: 'text', prefix: () => `${'— '.repeat(MB)}\n\n`, body: postText(post) },
  { description: 'text after one 10 MB line', format: 'text', prefix: () => `${hostile('one-line', 10 * MB)}\n\n`, body: postText(post) },
  { description: 'Markdown after 500,000 quote markers', format: 'markdown', prefix: () => `${'> '.repeat(500_000)}\n\n`, body: postMarkdown(post) },
  { description: "Markdown after 250,000 '[a](' never closed", format: 'markdown', prefix: () => `${'[a]('.repeat(250_000)}\n\n`, body: postMarkdown(post) },
  { description: "Markdown after 250,000 '[a][' with the label defined", format: 'markdown', prefix: () => `[a]: https://example.org/\n\n${'[a]['.repeat(250_000)}\n\n`, body: postMarkdown(post) },
  { description: "Markdown after 250,000 '[a] ' with the label defined", format: 'markdown', prefix: () => `[a]: https://example.org/\n\n${'[a] '.repeat(250_000)}\n\n`, body: postMarkdown(post) },
  { description: 'HTML after a million < characters', format: 'html', prefix: () => `${'<'.repeat(MB)} `, body: postHtml(post) },
  { description: 'HTML after 100,000 unclosed <blockquote><p>', format: 'html', prefix: () => '<blockquote><p>'.repeat(100_000), body: postHtml(post) },
  { description: 'HTML inside 100,000 nested <div>', format: 'html', prefix: () => '<div>'.repeat(100_000), body: `${postHtml(post)}${'</div>'.repeat(100_000)}` },
];

describe('a post after a hostile prefix is found as if alone, shifted', () => {
  it.each(POST_CASES)('$description', ({ format, prefix, body }) => {
    const p = prefix();
    const alone = extractEmbeds(body, { format });
    const found = extractEmbeds(p + body, { format });
    inBounds(p + body, found);
    inBounds(p + body, scanDirectly(p + body, format));
    // Whatever the post alone yields (nothing yet where a scanner is still a placeholder) comes
    // back at the shifted offsets, and nothing else is invented from the prefix.
    expect(found).toEqual(alone.map((e) => ({ ...e, start: e.start + p.length, end: e.end + p.length })));
  });
});
