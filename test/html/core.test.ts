import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { ElementReader, InertRanges, attr, declaredLang, elements, flattenElement, hasClassWord, readElement } from '../../src/core/html/index.js';
import { langWithin } from '../../src/core/html/parts.js';
import { quickenForwarding } from '../../src/core/html/tree.js';

describe('InertRanges', () => {
  const page = '<p>a</p><!-- c --><SCRIPT src="x">var s = "<p>";</SCRIPT><noscript><p>n</p></noscript><style>p{}</style><p>z</p>';
  const table: { description: string; needle: string; inert: boolean }[] = [
    { description: 'text before', needle: 'a</p>', inert: false },
    { description: 'a comment', needle: ' c ', inert: true },
    { description: 'upper-case script content', needle: 'var s', inert: true },
    { description: 'the script start tag itself', needle: 'src="x"', inert: false },
    { description: 'noscript content (markup, tracked apart)', needle: '<p>n', inert: false },
    { description: 'style content', needle: 'p{}', inert: true },
    { description: 'text after', needle: 'z</p>', inert: false },
  ];
  it('answers increasing offsets', () => {
    const r = new InertRanges(page);
    for (const { needle, inert } of table) expect(r.at(page.indexOf(needle)) !== null, needle).toBe(inert);
    expect(r.inNoscript(page.indexOf('<p>n'))).toBe(true);
    expect(r.inNoscript(page.indexOf('z</p>'))).toBe(false);
  });

  it('gives the next range ahead of an offset, or the one holding it', () => {
    const r = new InertRanges(page);
    // From the start: the comment is the first range ahead.
    expect(r.after(0)).toEqual({ start: page.indexOf('<!--'), end: page.indexOf('<SCRIPT') });
    // Inside the script's content: that range; past it, the style's (noscript content is no range).
    const script = r.after(page.indexOf('var s'));
    expect(page.slice(script!.start, script!.end)).toBe('var s = "<p>";</SCRIPT>');
    const style = r.after(page.indexOf('<noscript>'));
    expect(page.slice(style!.start, style!.end)).toBe('p{}</style>');
    expect(r.inNoscript(page.indexOf('<p>n'))).toBe(true);
    expect(r.after(page.indexOf('z</p>'))).toBeNull();
  });

  // Where a script's content ends: at `</script` in any case, followed by white space, `/` or `>`.
  const closers: { description: string; page: string; content: string }[] = [
    { description: 'a plain end tag', page: '<script>a</script><p>', content: 'a</script>' },
    { description: 'mixed case', page: '<script>a</ScRiPt><p>', content: 'a</ScRiPt>' },
    { description: 'white space before >', page: '<script>a</script\t ><p>', content: 'a</script\t >' },
    { description: 'a slash', page: '<script>a</script/><p>', content: 'a</script/>' },
    { description: 'a longer name first', page: '<script>a</scripts>b</script><p>', content: 'a</scripts>b</script>' },
    { description: 'another end tag first', page: '<script>a</p>b</script><p>', content: 'a</p>b</script>' },
    { description: 'no `>` after the name', page: '<script>a</script', content: 'a</script' },
    { description: 'never closed', page: '<script>a</scrip', content: 'a</scrip' },
  ];
  it.each(closers)('ends a script at $description', ({ page: p, content }) => {
    const r = new InertRanges(p).at(8);
    expect(r).not.toBeNull();
    expect(p.slice(r!.start, r!.end)).toBe(content);
  });

  it('treats an unclosed comment as running to the end', () => {
    const r = new InertRanges('<p>a</p><!-- open <blockquote class="twitter-tweet">');
    expect(r.at(30)).toEqual({ start: 8, end: 52 }); // 52: the whole string
  });
});

describe('attr on a read element', () => {
  // attr() reads one attribute from the source spans; attribs makes them all. They must agree.
  const table: { description: string; tag: string; name: string; expected: string | null }[] = [
    { description: 'a plain value', tag: '<a href="https://t.co/x" target="_blank">', name: 'href', expected: 'https://t.co/x' },
    { description: 'an upper-case name', tag: '<a HREF="/x">', name: 'href', expected: '/x' },
    { description: 'the first of duplicates', tag: '<p lang="fr" LANG="de">', name: 'lang', expected: 'fr' },
    { description: 'entities decoded', tag: '<a href="/s?a=1&amp;b=2">', name: 'href', expected: '/s?a=1&b=2' },
    { description: 'a name with no value', tag: '<blockquote data-instgrm-captioned class="x">', name: 'data-instgrm-captioned', expected: '' },
    { description: 'an unquoted value', tag: '<p lang=en>', name: 'lang', expected: 'en' },
    { description: 'an absent name', tag: '<p class="a">', name: 'lang', expected: null },
    { description: 'a longer name sharing the prefix', tag: '<a hreflang="en">', name: 'href', expected: null },
    { description: 'no attributes at all', tag: '<p>', name: 'lang', expected: null },
    { description: 'a non-ASCII name lowered to ASCII (KELVIN SIGN)', tag: '<p data-\u212A="v">', name: 'data-k', expected: 'v' },
  ];
  it.each(table)('$description', ({ tag, name, expected }) => {
    const el = readElement(`${tag}text`, 0, { maxLength: 1000 });
    expect(el).not.toBeNull();
    expect(attr(el!, name)).toBe(expected);
    // The same element asked again after its attributes were made.
    const made = el!.attribs[name];
    expect(made ?? null).toBe(expected);
    expect(attr(el!, name)).toBe(expected);
  });
});

describe('readElement', () => {
  it('reads an element with offsets into the original string', () => {
    const s = 'xx<div class="a b" data-x="1 &amp; 2"><p lang="en">Hi &amp; bye<br>there</p></div>yy';
    const el = readElement(s, 2, { maxLength: 1000 });
    expect(el).toMatchObject({ name: 'div', attribs: { class: 'a b', 'data-x': '1 & 2' }, start: 2, closed: true });
    expect(s.slice(el!.start, el!.end)).toBe(s.slice(2, -2));
    expect(flattenElement(el!).text).toBe('\n\nHi & bye\nthere\n\n');
  });

  it('returns null where no start tag begins, or when refused', () => {
    expect(readElement('a <p>', 0, { maxLength: 10 })).toBeNull();
    expect(readElement('</p>', 0, { maxLength: 10 })).toBeNull();
    expect(readElement('<p>x</p>', 0, { maxLength: 10, accept: () => false })).toBeNull();
  });

  it('ends an unclosed element where an ancestor closes', () => {
    const s = '<div><blockquote><p>a</div><p>after</p>';
    const el = readElement(s, 5, { maxLength: 1000 });
    expect(el?.closed).toBe(false);
    expect(s.slice(el!.start, el!.end)).toBe('<blockquote><p>a');
  });

  // A paragraph ends where a start tag that closes paragraphs begins, as in a browser; read from
  // that paragraph, that is where the read stops (nothing after it is taken for its content).
  const endedParagraphs: { description: string; input: string; read: string; text: string }[] = [
    { description: 'by the next paragraph', input: '<p class="a">one<p class="b">two</p>', read: '<p class="a">one', text: '\none\n' },
    { description: 'by a div', input: '<p>one<div>two</div>', read: '<p>one', text: '\none\n' },
    { description: 'by a blockquote, flattened', input: '<p>one<blockquote>two</blockquote>', read: '<p>one', text: '\none\n' },
    { description: 'not by a span', input: '<p>one<span>two</span></p>', read: '<p>one<span>two</span></p>', text: '\nonetwo\n' },
  ];
  it.each(endedParagraphs)('ends a paragraph read as the root $description', ({ input, read, text }) => {
    const el = readElement(input, 0, { maxLength: 1000 });
    expect(input.slice(el!.start, el!.end)).toBe(read);
    expect(flattenElement(el!).text).toBe(text);
    const reader = new ElementReader();
    const flat = reader.read(input, 0, { maxLength: 1000, flatten: () => true });
    expect(input.slice(flat!.start, flat!.end)).toBe(read);
    expect(reader.flat?.text).toBe(text);
  });

  it('stops at the length cap', () => {
    const el = readElement('<div>' + 'x'.repeat(100), 0, { maxLength: 20 });
    expect(el?.end).toBeLessThanOrEqual(20);
  });

  it('keeps anchors in flattened text', () => {
    const el = readElement('<p>See <a href="https://t.co/x">t.co/x</a> now</p>', 0, { maxLength: 100 });
    const flat = flattenElement(el!);
    expect(flat.anchors.map((a) => [a.href, flat.text.slice(a.start, a.end)])).toEqual([['https://t.co/x', 't.co/x']]);
  });

  it.each([
    ['<blockquote><p lang="fr">a</p></blockquote>', 'fr'],
    ['<blockquote><p lang=" fr ">a</p></blockquote>', 'fr'],
    ['<blockquote><p lang="">a</p><p lang="de">b</p></blockquote>', null],
    ['<blockquote><p lang="  ">a</p></blockquote>', null],
    ['<blockquote><p>a</p><p lang="de">b</p></blockquote>', 'de'],
    ['<blockquote lang="de"><p>a</p></blockquote>', undefined],
    ['<blockquote><div lang="fr">a</div></blockquote>', undefined],
  ])('flattenElement(%s).lang: what the first paragraph with a lang declares', (html, expected) => {
    expect(flattenElement(readElement(html, 0, { maxLength: 200 })!).lang).toBe(expected);
  });

  it.each([
    ['<blockquote lang="de"><p>a</p></blockquote>', 'de'],
    ['<blockquote lang="de"><p lang="">a</p></blockquote>', null],
    ['<blockquote lang="de"><div lang=""><p>a</p></div></blockquote>', null],
    ['<blockquote lang=""><div lang="fr"><p>a</p></div></blockquote>', 'fr'],
    ['<blockquote><p>a</p></blockquote>', null],
  ])('langWithin(%s, p): the nearest lang attribute, a blank one declaring the language unknown', (html, expected) => {
    const root = readElement(html, 0, { maxLength: 200 })!;
    const p = [...elements(root)].find((el) => el.name === 'p')!;
    expect(langWithin(root, p)).toBe(expected);
  });

  it.each([
    [{ lang: 'fr' }, 'fr'],
    [{ lang: ' fr-CA ' }, 'fr-CA'],
    [{ lang: '' }, null],
    [{ lang: ' ' }, null],
    [{ 'data-lang': 'fr' }, undefined],
    [{}, undefined],
  ])('declaredLang(%j)', (attribs, expected) => {
    expect(declaredLang({ attribs })).toBe(expected);
  });

  it('reads many elements with one reader, as readElement does', () => {
    const reader = new ElementReader();
    const s = '<p>a</p><blockquote>b</blockquote><p>c';
    for (const at of [0, 8, 35]) expect(reader.read(s, at, { maxLength: 100 })).toEqual(readElement(s, at, { maxLength: 100 }));
  });

  it('keeps its own stack: 50,000 nested unclosed elements', () => {
    const el = readElement('<div>'.repeat(50_000), 0, { maxLength: 1_000_000 });
    expect(el?.name).toBe('div');
  });
});

describe('quickenForwarding', () => {
  /** Every callback the tokenizer makes on `html`, in order, with its arguments. */
  function events(html: string, quick: boolean): string[] {
    const out: string[] = [];
    const record = new Proxy({} as TokenizerCallbacks, {
      get: (_t, name) => (...args: unknown[]) => out.push(`${String(name)}(${args.join(',')})`),
    });
    const tokenizer = new Tokenizer({ decodeEntities: false }, record);
    if (quick) expect(quickenForwarding(tokenizer)).toBe(true); // fails if a new htmlparser2 moved its fields
    tokenizer.write(html);
    tokenizer.end();
    return out;
  }

  it("leaves every token where the tokenizer's own loop puts it", () => {
    const pieces = ['<p class="a">', '</p>', 'text ', '<!-- c -->', '<script>x<y</script>', "<a href='h'>", '&amp;', '<', '>', '"', "'", '<br/>', '<?x?>', '<!DOCTYPE html>', 'é ♬ '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const html = parts.join('');
        expect(events(html, true)).toEqual(events(html, false));
      }),
      { numRuns: 500 },
    );
  });
});

describe('ElementReader: flattened reading', () => {
  // A root read with `flatten` must give what flattenElement makes of the same root read as a
  // tree: text, anchors, language, and the root's own end.
  const pieces = [
    '<blockquote class="twitter-tweet">', '</blockquote>', '<p lang="fr">', '<p lang=" ">', '<p>', '</p>',
    '<a href="https://t.co/x">', '<a href="https://x.com/jo/status/1">', '<a>', '</a>', '<br>', '</br>',
    '<hr>', '<div>', '</div>', '<span>', '</span>', '<script>', '</script>', '<noscript>', '</noscript>',
    '<style>', '</style>', '<iframe>', '</iframe>', '<template>', '</template>', '<li>', '</li>', '<ul>',
    '</ul>', '<!-- c -->', '<xmp>', '</xmp>', '&mdash;', '&amp;', ' ', '\n', 'word', '(@jo)', '<', '>',
    '<p lang="de"><a href="https://t.co/y">t.co/y</a>',
  ];
  const html = fc
    .array(fc.constantFrom(...pieces), { maxLength: 40 })
    .map((a) => `<blockquote class="twitter-tweet">${a.join('')}`);

  /** Reads `input` both ways and checks that they agree; returns the flattened reading. */
  function expectSameReading(input: string) {
    const asTree = new ElementReader().read(input, 0, { maxLength: 4096 });
    const reader = new ElementReader();
    const root = reader.read(input, 0, { maxLength: 4096, flatten: () => true });
    const flat = reader.flat;
    const expected = asTree === null ? null : flattenElement(asTree);
    const simplify = (a: { href: string; start: number; end: number }[]) => a.map(({ href, start, end }) => ({ href, start, end }));
    expect(reader.flatElements.map((e) => `${e.name}@${e.start}`)).toEqual(
      asTree === null ? [] : [...elements(asTree)].map((e) => `${e.name}@${e.start}`),
    );
    expect(flat?.text).toBe(expected?.text);
    expect(simplify(flat?.anchors ?? [])).toEqual(simplify(expected?.anchors ?? []));
    expect(flat?.lang).toBe(expected?.lang);
    expect(root?.end).toBe(asTree?.end);
    expect(root?.closed).toBe(asTree?.closed);
    return { root, flat };
  }

  const table = [
    { description: 'a post with a paragraph, links and a signature', input: '<blockquote class="twitter-tweet"><p lang="en">Hi <a href="https://t.co/x">t.co/x</a></p>&mdash; Jo (@jo) <a href="https://x.com/jo/status/1">May 5, 2020</a></blockquote>' },
    { description: 'hidden content and a language inside it', input: '<blockquote class="twitter-tweet"><noscript><p lang="de">n</p></noscript>text<br></br><hr></blockquote>' },
    { description: 'unclosed, cut in a link', input: '<blockquote class="twitter-tweet"><p>one<div>two<a href="https://t.co/x">three' },
    { description: 'closed by an ancestor end tag', input: '<blockquote class="twitter-tweet"><p>one</div>after' },
  ];
  it.each(table)('$description', ({ input }) => {
    const { root, flat } = expectSameReading(input);
    expect(flat).not.toBeNull();
    expect(root?.children).toEqual([]);
  });

  it('agrees with flattenElement on any markup', () => {
    fc.assert(
      fc.property(html, (input) => {
        expectSameReading(input);
      }),
      { numRuns: 500 },
    );
  });

  it('is null when flattening was not asked for', () => {
    const reader = new ElementReader();
    reader.read('<p>a</p>', 0, { maxLength: 100 });
    expect(reader.flat).toBeNull();
  });
});

describe('hasClassWord', () => {
  const table: { cls: string; word: string; holds: boolean }[] = [
    { cls: 'subbuzz-tweet__container js-tweet__placeholder', word: 'tweet', holds: true },
    { cls: 'embedded-tweet', word: 'tweet', holds: true },
    { cls: 'card TWEET', word: 'tweet', holds: true },
    { cls: 'js-instagram__container', word: 'instagram', holds: true },
    { cls: 'tweetable-quote', word: 'tweet', holds: false },
    { cls: 'retweets', word: 'tweet', holds: false },
    { cls: 'instagrammable', word: 'instagram', holds: false },
    { cls: '', word: 'tweet', holds: false },
  ];
  it.each(table)('"$cls" holds "$word": $holds', ({ cls, word, holds }) => {
    expect(hasClassWord({ attribs: { class: cls } }, word)).toBe(holds);
  });
  it('is false for an element with no class', () => {
    expect(hasClassWord({ attribs: {} }, 'tweet')).toBe(false);
  });
});
