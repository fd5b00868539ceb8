/**
 * TikTok embeds in HTML: every form the platform's embeds take, each beside a "does not find"
 * look-alike. All markup here is our own synthetic writing modelled on the codes pages carry.
 */
import { describe, expect, it } from 'vitest';
import { extractEmbeds, stripEmbeds, type Embed } from '../../../src/index.js';
import { tiktok } from '../../../src/platforms/tiktok/index.js';
import { scanDirectly } from '../../helpers/scan.js';
import { expectSameWhenWrapped } from '../../helpers/wrap.js';

const ID = '7301234567890123456'; // upload time 2023-11-14T08:39:03Z
const CREATED = '2023-11-14T08:39:03.000Z';
const URL = `https://www.tiktok.com/@harbour.watch/video/${ID}`;
const SCRIPT = '<script async src="https://www.tiktok.com/embed.js"></script>';

function found(input: string): Embed[] {
  const direct = scanDirectly(tiktok, input, 'html');
  const api = extractEmbeds(input, { format: 'html' }).filter((e) => e.platform === 'tiktok');
  expect(api).toEqual(direct);
  return direct;
}

const HANDLE_LINK = '<a target="_blank" title="@harbour.watch" href="https://www.tiktok.com/@harbour.watch?refer=embed">@harbour.watch</a>';
const SOUND = `<a target="_blank" title="♬ original sound - Harbour Watch" href="https://www.tiktok.com/music/original-sound-${ID}?refer=embed">♬ original sound - Harbour Watch</a>`;
const tag = (t: string): string => `<a title="${t}" target="_blank" href="https://www.tiktok.com/tag/${t}?refer=embed">#${t}</a>`;
const mention = (h: string): string => `<a target="_blank" title="@${h}" href="https://www.tiktok.com/@${h}?refer=embed">@${h}</a>`;

/** An embed code: the caption directly in the section (the current code) unless `p` wraps it. */
function code(o: { attrs?: string; caption?: string; p?: boolean; handleLink?: string; sound?: string } = {}): string {
  const caption = o.caption ?? `Lanterns over the harbour tonight ${tag('lanterns')} ${tag('harbour')}`;
  const body = o.p === true ? `<p>${caption}</p>` : ` ${caption} `;
  return (
    `<blockquote class="tiktok-embed"${o.attrs ?? ` cite="${URL}" data-video-id="${ID}"`} style="max-width: 605px;min-width: 325px;">` +
    `<section>${o.handleLink ?? HANDLE_LINK}${body}${o.sound ?? SOUND}</section></blockquote>`
  );
}

describe('blockquote.tiktok-embed', () => {
  it('reads every field of an embed code', () => {
    const el = code();
    const page = `<p>Before.</p>\n${el} ${SCRIPT}\n<p>After.</p>`;
    const [e, ...rest] = found(page);
    expect(rest).toEqual([]);
    expect(e).toEqual({
      platform: 'tiktok',
      kind: 'blockquote',
      source: 'html',
      id: ID,
      url: URL,
      author: { name: null, handle: 'harbour.watch' },
      date: null,
      dateText: null,
      createdAt: CREATED,
      text: 'Lanterns over the harbour tonight #lanterns #harbour',
      lang: null,
      links: [],
      media: [],
      mentions: [],
      hashtags: ['lanterns', 'harbour'],
      cashtags: [],
      truncated: false,
      start: page.indexOf(el),
      end: page.indexOf(el) + el.length,
    });
    expect(stripEmbeds(page, { format: 'html' })).toBe('<p>Before.</p>\n\n<p>After.</p>');
  });

  const finds: { description: string; input: string; expected: Partial<Embed> }[] = [
    { description: 'the caption in a <p> (the older code)', input: code({ p: true }), expected: { text: 'Lanterns over the harbour tonight #lanterns #harbour', hashtags: ['lanterns', 'harbour'] } },
    {
      description: 'linked hashtags glued to words and to each other',
      input: code({ caption: `Night shift${tag('harbour')}${tag('lanterns')}and more` }),
      expected: { text: 'Night shift#harbour#lanternsand more', hashtags: ['harbour', 'lanterns'] },
    },
    {
      description: 'linked and unlinked mentions and hashtags, in text order',
      input: code({ caption: `With ${mention('ferry.crew')} and @dock_hand. #unlinked ${tag('harbour')}` }),
      expected: { mentions: ['ferry.crew', 'dock_hand'], hashtags: ['unlinked', 'harbour'], text: 'With @ferry.crew and @dock_hand. #unlinked #harbour' },
    },
    { description: 'no e-mail address as a mention', input: code({ caption: 'Write to crew@harbour.example' }), expected: { mentions: [], text: 'Write to crew@harbour.example' } },
    { description: 'a link in the caption', input: code({ caption: 'Tickets at https://harbourwatch.org/tickets' }), expected: { links: ['https://harbourwatch.org/tickets'] } },
    { description: 'an empty caption', input: code({ caption: '' }), expected: { text: null, hashtags: [], author: { name: null, handle: 'harbour.watch' } } },
    { description: 'a sound credit that is not linked', input: code({ sound: '♬ original sound - Harbour Watch' }), expected: { text: 'Lanterns over the harbour tonight #lanterns #harbour' } },
    { description: 'a named sound', input: code({ sound: `<a href="https://www.tiktok.com/music/Harbour-Song-${ID}?refer=embed">♬ Harbour Song - The Lanterns</a>` }), expected: { text: 'Lanterns over the harbour tonight #lanterns #harbour' } },
    { description: 'the caption\'s language on its paragraph', input: code({ p: true, caption: 'Laternen über dem Hafen' }).replace('<p>', '<p lang="de">'), expected: { lang: 'de', text: 'Laternen über dem Hafen' } },
    { description: 'a lang on the blockquote', input: code({ attrs: ` lang="fr" cite="${URL}" data-video-id="${ID}"` }), expected: { lang: 'fr' } },
    { description: 'no cite: the handle from the @handle link', input: code({ attrs: ` data-video-id="${ID}"` }), expected: { id: ID, url: URL, author: { name: null, handle: 'harbour.watch' } } },
    { description: 'no data-video-id: the id from cite', input: code({ attrs: ` cite="${URL}"` }), expected: { id: ID, url: URL } },
    { description: 'a cite with a query', input: code({ attrs: ` cite="${URL}?is_from_webapp=1" data-video-id="${ID}"` }), expected: { id: ID, url: URL } },
    { description: 'a handle with capitals, kept as shown', input: code({ attrs: ` cite="https://www.tiktok.com/@Harbour_Watch/video/${ID}" data-video-id="${ID}"`, handleLink: mention('Harbour_Watch') }), expected: { author: { name: null, handle: 'Harbour_Watch' }, url: `https://www.tiktok.com/@Harbour_Watch/video/${ID}` } },
    { description: 'no handle anywhere: id, no url', input: code({ attrs: ` data-video-id="${ID}"`, handleLink: '' }), expected: { id: ID, url: null, author: { name: null, handle: null } } },
    {
      description: "a site's placeholder instead of the fallback (no handle link, no sound credit): no caption",
      input: code({ caption: 'Loading...', handleLink: '', sound: '' }),
      expected: { id: ID, url: URL, text: null, hashtags: [], author: { name: null, handle: 'harbour.watch' } },
    },
    {
      description: 'the sound credit alone kept: the caption before it',
      input: code({ caption: 'Lanterns tonight', handleLink: '' }),
      expected: { text: 'Lanterns tonight' },
    },
  ];
  it.each(finds)('finds one with $description', ({ input, expected }) => {
    const page = `<p>Before.</p>${input}${SCRIPT}`;
    const embeds = found(page);
    expect(embeds).toHaveLength(1);
    expect(embeds[0]).toMatchObject({ kind: 'blockquote', id: ID, ...expected });
    expect(page.slice(embeds[0]!.start, embeds[0]!.end)).toBe(input);
  });
});

describe('other TikTok forms', () => {
  const finds: { description: string; input: string; expected: Partial<Embed> }[] = [
    { description: 'an embed/v2 player', input: `<iframe src="https://www.tiktok.com/embed/v2/${ID}?lang=en-US" width="325" height="740" allowfullscreen></iframe>`, expected: { kind: 'iframe', id: ID, url: null, createdAt: CREATED } },
    { description: 'an embed/v3 player', input: `<iframe src="https://www.tiktok.com/embed/v3/${ID}"></iframe>`, expected: { kind: 'iframe', id: ID } },
    { description: 'a player/v1 player', input: `<iframe height="575" width="325" src="https://www.tiktok.com/player/v1/${ID}?music_info=1&description=1" allow="fullscreen"></iframe>`, expected: { kind: 'iframe', id: ID } },
    { description: 'a lazy player in data-src', input: `<iframe src="about:blank" data-src="https://www.tiktok.com/embed/v2/${ID}"></iframe>`, expected: { kind: 'iframe', id: ID } },
    { description: 'an amp-tiktok naming the video by id', input: `<amp-tiktok width="325" height="575" data-src="${ID}"></amp-tiktok>`, expected: { kind: 'amp', id: ID, url: null, author: { name: null, handle: null }, createdAt: CREATED } },
    { description: 'an amp-tiktok naming the video by permalink', input: `<amp-tiktok width="325" height="575" data-src="${URL}"></amp-tiktok>`, expected: { kind: 'amp', id: ID, url: URL, author: { name: null, handle: 'harbour.watch' }, text: null } },
    {
      description: 'an amp-tiktok holding the embed code as its placeholder: one embed, with the caption',
      input: `<amp-tiktok width="325" height="730" data-src="${ID}">${code({ attrs: ` placeholder cite="${URL}" data-video-id="${ID}"` })}</amp-tiktok>`,
      expected: { kind: 'amp', id: ID, url: URL, author: { name: null, handle: 'harbour.watch' }, text: 'Lanterns over the harbour tonight #lanterns #harbour' },
    },
    {
      description: 'a WordPress block holding the URL',
      input: `<figure class="wp-block-embed is-type-video is-provider-tiktok wp-block-embed-tiktok"><div class="wp-block-embed__wrapper">\n${URL}\n</div></figure>`,
      expected: { kind: 'wp-block', id: ID, url: URL, author: { name: null, handle: 'harbour.watch' }, text: null },
    },
    {
      description: 'a WordPress block around an embed code: one embed',
      input: `<figure class="wp-block-embed is-type-video is-provider-tiktok wp-block-embed-tiktok"><div class="wp-block-embed__wrapper">\n${code()}${SCRIPT}\n</div></figure>`,
      expected: { kind: 'wp-block', id: ID, url: URL, text: 'Lanterns over the harbour tonight #lanterns #harbour', hashtags: ['lanterns', 'harbour'] },
    },
  ];
  it.each(finds)('finds $description', ({ input, expected }) => {
    const page = `<p>Before.</p>\n${input}\n<p>After.</p>`;
    const embeds = found(page);
    expect(embeds).toHaveLength(1);
    expect(embeds[0]).toMatchObject({ platform: 'tiktok', ...expected });
    expect(page.slice(embeds[0]!.start, embeds[0]!.end)).toBe(input);
  });

  const none: { description: string; input: string }[] = [
    { description: 'a profile link', input: '<a href="https://www.tiktok.com/@harbour.watch" target="_blank" rel="noopener">TikTok</a>' },
    { description: 'a follow button', input: '<a class="tiktok-follow-button" href="https://www.tiktok.com/@harbour.watch?lang=en">Follow @harbour.watch</a>' },
    { description: 'social icons', input: '<li class="social-item social-item-tiktok"><a class="icon-tiktok link-tiktok" href="https://www.tiktok.com/@harbour.watch"><i class="ico-tiktok"></i></a></li>' },
    { description: 'a link to a video in prose (a share link)', input: `<p>Seen on <a href="${URL}?is_from_webapp=1&amp;sender_device=pc">TikTok</a> last night.</p>` },
    { description: 'a creator (profile) embed', input: '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@harbour.watch" data-unique-id="harbour.watch" data-embed-type="creator"><section><a target="_blank" href="https://www.tiktok.com/@harbour.watch?refer=creator_embed">@harbour.watch</a></section></blockquote>' },
    { description: 'an embed code in a JSON state script', input: `<script>window.__STATE__ = {"body":"<blockquote class=\\"tiktok-embed\\" cite=\\"${URL}\\" data-video-id=\\"${ID}\\"></blockquote>"};</script>` },
    { description: 'an embed code in an HTML comment', input: `<!-- ${code()} -->` },
    { description: 'the widget script alone', input: SCRIPT },
    { description: 'a player URL in plain text', input: `<p>https://www.tiktok.com/embed/v2/${ID}</p>` },
    { description: 'a stylesheet naming the embed class', input: '<style>blockquote.tiktok-embed{margin:0 auto}</style>' },
    { description: 'an amp-tiktok naming a profile', input: '<amp-tiktok width="325" height="575" data-src="https://www.tiktok.com/@harbour.watch"></amp-tiktok>' },
    { description: 'a WordPress TikTok block with a short link (no id)', input: '<figure class="wp-block-embed is-provider-tiktok"><div class="wp-block-embed__wrapper">https://vm.tiktok.com/ZMabcdef/</div></figure>' },
    { description: 'a profile URL in JSON-LD sameAs', input: '<script type="application/ld+json">{"@type":"Organization","sameAs":["https://www.tiktok.com/@harbour.watch"]}</script>' },
  ];
  it.each(none)('does not find $description', ({ input }) => {
    expect(found(`<p>Before.</p>\n${input}\n<p>After.</p>`)).toEqual([]);
  });
});

describe('hostile markup', () => {
  it('reads a caption of thousands of glued tags and mentions whole', () => {
    const caption = `${tag('t')} #u @v.w `.repeat(3000);
    const [e, ...rest] = found(code({ caption }));
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ id: ID, hashtags: ['t', 'u'], mentions: ['v.w'] });
  });

  it('finds the embed after thousands of unclosed creator embeds', () => {
    const page = `${'<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@harbour.watch" data-embed-type="creator"><section>'.repeat(3000)}${code()}`;
    expect(found(page).map((e) => [e.id, e.start])).toEqual([[ID, page.length - code().length]]);
  });

  it('finds the embed after thousands of player URLs and creator embeds', () => {
    const creator = '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@harbour.watch" data-embed-type="creator"><section></section></blockquote>';
    const page = `<p>${'//www.tiktok.com/embed/ '.repeat(20_000)}</p>${creator.repeat(2000)}${code()}`;
    expect(found(page).map((e) => [e.id, e.start])).toEqual([[ID, page.length - code().length]]);
  });
});

describe('an embed wrapped in prose is the same embed, shifted', () => {
  const words = ['The', 'ferry', 'crew', 'said', '"quoted"', 'https://example.com/story', 'городской', '市議会は', 'قال', '—', '#NightShift', '@ferry.crew', '♬', '-', '//', '?'];
  const forms = [
    code(),
    code({ p: true, attrs: ` data-video-id="${ID}"` }),
    `<iframe src="https://www.tiktok.com/embed/v2/${ID}"></iframe>`,
    `<amp-tiktok width="325" height="575" data-src="${URL}"></amp-tiktok>`,
    `<figure class="wp-block-embed is-provider-tiktok"><div class="wp-block-embed__wrapper">${URL}</div></figure>`,
  ];
  it.each(forms)('%s', (form) => {
    expectSameWhenWrapped(found, form, words);
  });
});
