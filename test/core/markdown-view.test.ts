/**
 * Markdown rendered as the text a reader sees, and the way back to the Markdown's offsets: what
 * the routes written for flattened text read when they are given Markdown.
 */
import { describe, expect, it } from 'vitest';
import { markdownView } from '../../src/core/markdown/view.js';

describe('markdownView: the text a reader sees', () => {
  const cases: [markdown: string, view: string][] = [
    ['plain prose, no syntax', 'plain prose, no syntax'],
    ['by [u/jo](https://www.reddit.com/user/jo/) in [news](https://www.reddit.com/r/news/)', 'by u/jo in news'],
    ['[@cam](https://www.tiktok.com/@cam?refer=embed "@cam") Water', '@cam Water'], // a title goes too
    // A blank line inside a quote block is a line break, as in the element it was written from.
    ['> Roads closed\n>\n> — Ana ([@ana.bsky.social](https://bsky.app/profile/x))', 'Roads closed\n— Ana (@ana.bsky.social)'],
    ['> a\n>\nb', 'a\n\nb'], // the quote block ends at the blank line
    ['> a\n\n> b', 'a\n\nb'], // two quote blocks
    ['> a\n> \t\r\n> b', 'a\nb'], // the blank line goes with its CRLF
    ['> > nested quote\n> back', 'nested quote\nback'],
    ['   > three spaces, then a marker', 'three spaces, then a marker'],
    ['a > b stays', 'a > b stays'], // a `>` inside a line is text
    ['![logo](https://x.example/l.svg) after', ' after'], // an image goes whole
    ['[![](l.svg)Post by @a@m.social](https://m.social/@a/1)', 'Post by @a@m.social'], // an image inside a link's text
    ['\\_under\\_score \\#tag \\\\ back', '_under_score #tag \\ back'],
    ['\\a is no escape', '\\a is no escape'],
    ['[a](u) and [b](v)', 'a and b'],
    ['[[x] y](u)', '[x] y'],
    ['[not closed](u', '[not closed](u'],
    ['\\[not a link\\](u)', '[not a link](u)'],
    ['> [\n> \n> View on Threads\n> \n> ](https://www.threads.net/@a/post/B)', '\nView on Threads\n'],
    ['line\r\n> quoted', 'line\r\nquoted'],
  ];
  it.each(cases)('%j reads %j', (markdown, view) => {
    expect(markdownView(markdown).text).toBe(view);
  });
});

describe('markdownView: offsets back to the Markdown', () => {
  // [markdown, a substring of the view, the Markdown its span maps back to]
  const cases: [markdown: string, shown: string, source: string][] = [
    ['x by [u/jo](https://r.example/u/jo/) in [news](https://r.example/r/news/) y', 'by u/jo in news', 'by [u/jo](https://r.example/u/jo/) in [news](https://r.example/r/news/)'],
    ['> a \\_b\\_ c', 'a _b_', 'a \\_b\\_'],
    ['> first\n> second', 'first\nsecond', 'first\n> second'],
    ['p [![](l.svg) Post by @a](u) q', 'Post by @a', 'Post by @a](u)'],
    ['no syntax here', 'syntax', 'syntax'],
  ];
  it.each(cases)('in %j, %j maps back to %j', (markdown, shown, source) => {
    const v = markdownView(markdown);
    const at = v.text.indexOf(shown);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(markdown.slice(v.toInput(at), v.toInputEnd(at + shown.length))).toBe(source);
  });

  it('a span starting a link text starts at its `[`', () => {
    const md = 'see [Storm](https://r.example/c/1/) by [u/a](https://r.example/u/a/)';
    const v = markdownView(md);
    expect(md.slice(v.toInput(v.text.indexOf('Storm')), v.toInputEnd(v.text.length))).toBe(
      '[Storm](https://r.example/c/1/) by [u/a](https://r.example/u/a/)',
    );
  });
});

describe('markdownView: quote blocks', () => {
  // [markdown, a substring of the view, where its quote block starts in the view (0: none)]
  const cases: [markdown: string, shown: string, blockStart: string | null][] = [
    ['prose\n\n> Roads closed\n>\n> — Ana (@ana)', '— Ana', 'Roads closed'],
    ['prose\n\n> Roads closed\n>\n> — Ana (@ana)', 'Roads', 'Roads closed'],
    ['prose\n\n> Roads closed\n>\n> — Ana (@ana)', 'prose', null],
    ['> first block\n\n> second block', 'second', 'second block'],
    ['> quoted\nafter the block', 'after', null],
  ];
  it.each(cases)('in %j, %j is in the block starting at %j', (markdown, shown, start) => {
    const v = markdownView(markdown);
    const at = v.text.indexOf(shown);
    expect(v.blockStart(at)).toBe(start === null ? 0 : v.text.indexOf(start));
  });
});

describe('markdownView: the links of a span', () => {
  const md = 'x [Storm](https://r.example/c/1/) by [u/a](https://r.example/u/a/) ![](https://i.example/p.png) y';
  const v = markdownView(md);
  // [a substring of the view, the destinations of its links]
  const cases: [shown: string, hrefs: string[]][] = [
    ['Storm by u/a', ['https://r.example/c/1/', 'https://r.example/u/a/']],
    ['by u/a', ['https://r.example/u/a/']],
    ['tor', ['https://r.example/c/1/']], // inside a link's text: the link holds the span
    ['Storm by u', ['https://r.example/c/1/']], // a link the span cuts is not the span's
    ['x ', []],
  ];
  it.each(cases)('%j links to %j', (shown, hrefs) => {
    const at = v.text.indexOf(shown);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(v.linksIn(at, at + shown.length)).toEqual(hrefs);
  });
});

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('markdownView on random Markdown', () => {
  const pieces = ['[', ']', '(', ')', '](', '![', '\\', '>', '> ', '\n', '\n\n', ' ', 'a', '@h', '#t', '"t"', '_', 'é', '😀', '\r\n'];
  const rand = random(20261203);
  const inputs = Array.from({ length: 400 }, () => {
    let s = '';
    const n = Math.floor(rand() * 60);
    for (let i = 0; i < n; i++) s += pieces[Math.floor(rand() * pieces.length)];
    return s;
  });

  it('keeps every shown unit inside the Markdown its offsets give, in order', () => {
    for (const md of inputs) {
      const v = markdownView(md);
      let last = 0;
      for (let i = 0; i < v.text.length; i++) {
        const start = v.toInput(i);
        const end = v.toInputEnd(i + 1);
        expect(start, md).toBeGreaterThanOrEqual(last);
        expect(end, md).toBeGreaterThan(start);
        expect(md.slice(start, end).includes(v.text[i] as string), JSON.stringify([md, i])).toBe(true);
        last = start;
      }
      expect(v.toInput(v.text.length)).toBeLessThanOrEqual(md.length);
      expect(v.toInputEnd(v.text.length)).toBeLessThanOrEqual(md.length);
    }
  });

  it('is the input itself where it holds no link, escape or quote marker', () => {
    for (const md of inputs.filter((s) => !s.includes('](') && !s.includes('\\') && !s.includes('>'))) {
      const v = markdownView(md);
      expect(v.text).toBe(md);
      for (let i = 0; i <= md.length; i++) expect([v.toInput(i), v.toInputEnd(i)]).toEqual([i, i]);
    }
  });

  it('reads long runs of link-like syntax', () => {
    // Each `](` is searched back from once: these end, whatever their length.
    for (const unit of ['](', '![](x)', '[a](', '\\>', '>\n', '[![](i)](u)']) {
      const md = unit.repeat(50_000);
      expect(markdownView(md).text.length).toBeLessThanOrEqual(md.length);
    }
  });
});
