import { describe, expect, it } from 'vitest';
import { detectFormat } from '../src/index.js';
import { DETECT_PREFIX } from '../src/core/detect.js';

const table: { description: string; input: string; expected: 'html' | 'markdown' | 'text' }[] = [
  { description: 'a whole page', input: '<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>Hi</p></body></html>', expected: 'html' },
  { description: 'a page without doctype', input: '<html lang="en"><body>Hi</body></html>', expected: 'html' },
  { description: 'a BOM and a doctype', input: '\uFEFF  <!doctype html><p>x', expected: 'html' },
  { description: 'an article fragment', input: '<p>Breaking.</p>\n<blockquote class="twitter-tweet"><p lang="en">Hi</p></blockquote>', expected: 'html' },
  { description: 'a lone embed element', input: '<amp-twitter data-tweetid="1" width="1" height="1"></amp-twitter><p>x</p>', expected: 'html' },
  { description: 'text with line breaks as <br>', input: 'Line one<br>Line two<br/>Line three', expected: 'html' },
  { description: 'turndown output of an embed', input: '> Hi [pic.twitter.com/a](https://t.co/a)\n>\n> — Jo (@jo) [May 5, 2020](https://twitter.com/jo/status/1)', expected: 'markdown' },
  { description: 'a Markdown article with a link', input: '# Title\n\nSome text with [a link](https://example.com/).', expected: 'markdown' },
  { description: 'a quote block', input: 'He wrote:\n\n> Not today.\n\nThen left.', expected: 'markdown' },
  { description: 'headings and lists', input: '## News\n\n- one item\n- another item\n', expected: 'markdown' },
  { description: 'Markdown with a little inline HTML', input: '# Title\n\nText<br>\n\n[a](https://a.example/) and [b](https://b.example/)', expected: 'markdown' },
  { description: 'flattened text with a post', input: 'Big news today. Wow— Jane Doe (@janedoe) February 5, 2026\nMore text.', expected: 'text' },
  { description: 'text with a heart', input: 'I <3 this city, and a < b > c.', expected: 'text' },
  { description: 'text with one bullet line', input: 'Notes:\n- milk\nThat is all.', expected: 'text' },
  { description: 'text mentioning a tag name', input: 'Use the <blockquote element for quotes', expected: 'text' },
  { description: 'an empty string', input: '', expected: 'text' },
  { description: 'Cyrillic prose', input: 'Днес президентът заяви — Insider Paper (@TheInsiderPaper) 5 февруари 2026 г.', expected: 'text' },
];

describe('detectFormat', () => {
  it.each(table)('$description → $expected', ({ input, expected }) => {
    expect(detectFormat(input)).toBe(expected);
  });

  it('looks at a bounded prefix only', () => {
    const text = 'plain words here\n'.repeat(Math.ceil((DETECT_PREFIX * 2) / 17));
    expect(detectFormat(text + '<p>late</p><div>tags</div>')).toBe('text');
    expect(detectFormat('<p>early</p><div>tags</div>\n' + text)).toBe('html');
  });

  it('never throws on non-strings', () => {
    expect(detectFormat(undefined as unknown as string)).toBe('text');
  });
});
