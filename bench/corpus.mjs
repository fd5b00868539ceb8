// Synthetic corpora for the benchmark and the robustness tests: multilingual news articles with
// X posts embedded about once per 5 KB (as HTML blockquotes, as flattened text, as Markdown),
// the same articles without embeds, and adversarial inputs. All text here is our own writing;
// every generator is deterministic for a given seed.

/** A small seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}

const SLUG_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A 10-character t.co / pic.twitter.com slug. */
export function slug(r) {
  return drawn(r, SLUG_CHARS, 10);
}

/** `n` characters drawn from `alphabet`. */
function drawn(r, alphabet, n) {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[r.int(alphabet.length)];
  return s;
}

const TWITTER_EPOCH = 1288834974657n;

/** A status id whose snowflake timestamp falls on the given UTC day. */
export function snowflakeFor(r, y, m, d) {
  const ms = BigInt(Date.UTC(y, m - 1, d, r.int(24), r.int(60), r.int(60), r.int(1000)));
  return (((ms - TWITTER_EPOCH) << 22n) | BigInt(r.int(1 << 22))).toString();
}

// Month names as X's embeds print them, per language; `date` builds the shown form.
const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  uk: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
};

/** The date as an embed in `lang` shows it, e.g. 'February 5, 2026', '5. Februar 2026', '2026年2月5日'. */
export function shownDate(lang, y, m, d) {
  switch (lang) {
    case 'en':
      return `${MONTHS.en[m - 1]} ${d}, ${y}`;
    case 'en-GB':
      return `${d} ${MONTHS.en[m - 1]} ${y}`;
    case 'fr':
    case 'it':
    case 'nl':
      return `${d} ${MONTHS[lang][m - 1]} ${y}`;
    case 'de':
      return `${d}. ${MONTHS.de[m - 1]} ${y}`;
    case 'es':
    case 'pt':
      return `${d} de ${MONTHS[lang][m - 1]} de ${y}`;
    case 'ru':
      return `${d} ${MONTHS.ru[m - 1]} ${y} г.`;
    case 'uk':
      return `${d} ${MONTHS.uk[m - 1]} ${y} р.`;
    case 'ja':
    case 'zh':
      return `${y}年${m}月${d}日`;
    default:
      return `${MONTHS.en[m - 1].slice(0, 3)} ${d}, ${y}`;
  }
}

// Prose words per language: everyday news vocabulary, no dashes, no '(@'.
const WORDS = {
  en: 'the council said on Tuesday that flood barriers along the river were inspected after heavy rain and residents in northern districts reported power cuts while officials expect water levels to fall by the weekend according to a statement from the regional authority which added that schools would reopen'.split(' '),
  fr: 'le conseil a indiqué mardi que les digues le long du fleuve ont été inspectées après de fortes pluies et que les habitants des quartiers nord ont signalé des coupures de courant tandis que la préfecture attend une baisse des eaux avant la fin de la semaine'.split(' '),
  de: 'der Stadtrat teilte am Dienstag mit dass die Deiche entlang des Flusses nach starken Regenfällen geprüft wurden und Anwohner in den nördlichen Vierteln Stromausfälle meldeten während die Behörden bis zum Wochenende sinkende Pegel erwarten'.split(' '),
  es: 'el ayuntamiento informó el martes que los diques a lo largo del río fueron revisados tras las fuertes lluvias y los vecinos de los barrios del norte denunciaron cortes de luz mientras las autoridades esperan que el nivel del agua baje antes del fin de semana'.split(' '),
  ru: 'городской совет сообщил во вторник что дамбы вдоль реки были проверены после сильных дождей а жители северных районов сообщили об отключениях электричества власти ожидают что уровень воды снизится к выходным'.split(' '),
  ja: '市議会は 火曜日 川沿いの 堤防を 大雨の 後に 点検したと 発表した 北部の 住民は 停電を 報告し 当局は 週末までに 水位が 下がると 見ている'.split(' '),
  zh: '市议会 周二 表示 沿河 堤坝 在 暴雨 之后 已经 检查 北部 居民 报告 停电 当局 预计 周末 之前 水位 将会 下降 学校 下周 重新 开放'.split(' '),
  ar: 'قال المجلس يوم الثلاثاء إن السدود على طول النهر فحصت بعد الأمطار الغزيرة وأبلغ السكان في الأحياء الشمالية عن انقطاع الكهرباء وتتوقع السلطات انخفاض منسوب المياه بحلول نهاية الأسبوع'.split(' '),
};

// Post bodies per language (our own sentences), the shown date language, and authors.
const POST_LANGS = [
  { lang: 'en', date: 'en', body: ['Flood barriers on the river held overnight, the council says', 'BREAKING: Power restored to 12,000 homes in the northern districts', 'Schools reopen on Monday after the storm. Full update at 6pm', 'JUST IN - Water levels falling faster than forecast'] },
  { lang: 'en', date: 'en-GB', body: ['Road closures remain in place around the harbour tonight', 'Volunteers have filled 40,000 sandbags since Friday. Thank you all'] },
  { lang: 'fr', date: 'fr', body: ['Les digues ont tenu cette nuit, selon la préfecture', 'Les écoles rouvriront lundi après la tempête', 'Le courant est rétabli dans 12 000 foyers du nord de la ville'] },
  { lang: 'de', date: 'de', body: ['Die Deiche haben in der Nacht gehalten, teilt die Stadt mit', 'Ab Montag sind alle Schulen wieder geöffnet', 'Pegel sinkt schneller als erwartet. Entwarnung für die Altstadt'] },
  { lang: 'es', date: 'es', body: ['Los diques resistieron durante la noche, según el ayuntamiento', 'Restablecida la luz en 12.000 hogares del norte de la ciudad'] },
  { lang: 'pt', date: 'pt', body: ['As barragens resistiram durante a noite, diz a prefeitura', 'Escolas reabrem na segunda-feira após a tempestade'] },
  { lang: 'it', date: 'it', body: ['Gli argini hanno retto nella notte, fa sapere il comune'] },
  { lang: 'nl', date: 'nl', body: ['De dijken hebben de nacht doorstaan, meldt de gemeente'] },
  { lang: 'ru', date: 'ru', body: ['Дамбы выдержали ночной паводок, сообщили в мэрии', 'Электроснабжение восстановлено в 12 000 домов'] },
  { lang: 'uk', date: 'uk', body: ['Дамби витримали нічну повінь, повідомили в міськраді'] },
  { lang: 'ja', date: 'ja', body: ['堤防は夜通し持ちこたえたと市が発表', '北部の1万2000世帯で停電が復旧'] },
];

// Posts of the multilingual family: non-Latin bodies, each carrying hashtags, mentions and links.
const MULTILINGUAL_POST_LANGS = [
  { lang: 'ru', date: 'ru', body: ['Дамбы выдержали ночной паводок, сообщили в мэрии', 'Электроснабжение восстановлено в 12 000 домов', 'Уровень воды в реке снижается быстрее прогноза'] },
  { lang: 'uk', date: 'uk', body: ['Дамби витримали нічну повінь, повідомили в міськраді', 'Школи відкриються в понеділок після негоди'] },
  { lang: 'ar', date: 'en', body: ['صمدت السدود طوال الليل بحسب المجلس البلدي', 'عودة الكهرباء إلى ١٢ ألف منزل في الأحياء الشمالية'] },
  { lang: 'ja', date: 'ja', body: ['堤防は夜通し持ちこたえたと市が発表', '北部の1万2000世帯で停電が復旧', '川の水位は予想より早く下がっている'] },
  { lang: 'zh', date: 'zh', body: ['市政府表示堤坝整夜坚守', '北部一万两千户恢复供电', '河流水位下降速度快于预期'] },
];
const MULTILINGUAL_TAGS = ['Наводнение', 'Повінь', 'فيضان', '洪水', '大雨', 'Flood2026'];

const AUTHORS = [
  { name: 'Jane Doe', handle: 'janedoe' },
  { name: 'City Council Newsroom', handle: 'CityCouncilNews' },
  { name: 'Marie Dupont', handle: 'marie_dupont' },
  { name: 'Jürgen Weiß', handle: 'jweiss' },
  { name: 'Lucía Fernández', handle: 'luciafdz' },
  { name: 'Ольга Петрова', handle: 'olga_petrova' },
  { name: '山田 花子', handle: 'yamada_hanako' },
  { name: 'Jane Doe (she/her) 🕊️', handle: 'JaneDoe_News' },
  { name: 'Harbour Desk / Hafenredaktion', handle: 'HarbourDesk' },
  { name: 'Weather Service, North', handle: 'WxNorth2' },
];

/**
 * One synthetic X post: body, author, shown date, links and media as an embed would show them.
 * @returns {{lang:string, body:string, name:string, handle:string, id:string, date:string, dateText:string, links:string[], media:string[], mentions:string[], hashtags:string[]}}
 */
export function makePost(r, family = 'latin') {
  const multi = family === 'multilingual';
  const spec = r.pick(multi ? MULTILINGUAL_POST_LANGS : POST_LANGS);
  const author = r.pick(AUTHORS);
  const y = 2024 + r.int(3);
  const m = 1 + r.int(12);
  const d = 1 + r.int(28);
  // The multilingual family carries entities in every post.
  const mentions = multi || r.int(4) === 0 ? [r.pick(AUTHORS).handle] : [];
  const hashtags = multi ? [r.pick(MULTILINGUAL_TAGS), r.pick(MULTILINGUAL_TAGS)].filter((t, i, a) => a.indexOf(t) === i)
    : r.int(3) === 0 ? [r.pick(['Flood2026', 'Elbe', 'Hochwasser', 'Inondations', 'Storm'])] : [];
  const links = multi || r.int(3) > 0 ? [`https://t.co/${slug(r)}`] : [];
  const media = r.int(2) === 0 ? [`pic.twitter.com/${slug(r)}`] : [];
  return {
    lang: spec.lang,
    body: r.pick(spec.body),
    name: author.name,
    handle: author.handle,
    id: snowflakeFor(r, y, m, d),
    date: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    dateText: shownDate(spec.date, y, m, d),
    links,
    media,
    mentions,
    hashtags,
  };
}

function escapeHtml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The post as X's embed code writes it: blockquote.twitter-tweet plus the widget script. */
export function postHtml(p) {
  let inner = escapeHtml(p.body);
  for (const h of p.hashtags) inner += ` <a href="https://twitter.com/hashtag/${h}?src=hash&amp;ref_src=twsrc%5Etfw">#${h}</a>`;
  for (const u of p.mentions) inner += ` <a href="https://twitter.com/${u}?ref_src=twsrc%5Etfw">@${u}</a>`;
  for (const l of p.links) inner += ` <a href="${l}">${l}</a>`;
  for (const m of p.media) inner += ` <a href="https://t.co/${m.slice(16)}">${m}</a>`;
  return (
    `<blockquote class="twitter-tweet"><p lang="${p.lang}" dir="ltr">${inner}</p>&mdash; ${escapeHtml(p.name)} (@${p.handle}) ` +
    `<a href="https://twitter.com/${p.handle}/status/${p.id}?ref_src=twsrc%5Etfw">${p.dateText}</a></blockquote>\n` +
    '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'
  );
}

const SHORTCODE_CHARS = `${SLUG_CHARS}_-`;
function code(r, n) {
  return drawn(r, SHORTCODE_CHARS, n);
}

/**
 * An Instagram embed as its embed code writes one: a blockquote of inline-styled placeholder
 * boxes, a "View this post on Instagram" link, the caption and the "A post shared by" byline,
 * then the embed script. About 3 KB, as real ones are.
 */
export function instagramHtml(r, p) {
  const permalink = `https://www.instagram.com/p/${code(r, 11)}/?utm_source=ig_embed&amp;utm_campaign=loading`;
  const box = (w, h) => `<div style="background-color: #F4F4F4; border-radius: 4px; flex-grow: 0; height: ${h}px; margin-bottom: 6px; width: ${w}px;"></div>`;
  return (
    `<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="${permalink}" data-instgrm-version="14" ` +
    'style=" background:#FFF; border:0; border-radius:3px; box-shadow:0 0 1px 0 rgba(0,0,0,0.5),0 1px 10px 0 rgba(0,0,0,0.15); margin: 1px; max-width:540px; min-width:326px; padding:0; width:99.375%;">' +
    `<div style="padding:16px;"> <a href="${permalink}" style=" background:#FFFFFF; line-height:0; padding:0 0; text-align:center; text-decoration:none; width:100%;" target="_blank">` +
    `<div style=" display: flex; flex-direction: row; align-items: center;"> <div style="background-color: #F4F4F4; border-radius: 50%; flex-grow: 0; height: 40px; margin-right: 14px; width: 40px;"></div>` +
    `<div style="display: flex; flex-direction: column; flex-grow: 1; justify-content: center;">${box(100, 14)}${box(60, 14)}</div></div>` +
    '<div style="padding: 19% 0;"></div><div style="display:block; height:50px; margin:0 auto 12px; width:50px;"><svg width="50px" height="50px" viewBox="0 0 60 60"><g stroke="none" stroke-width="1" fill="none" fill-rule="evenodd"><g transform="translate(-511.000000, -20.000000)" fill="#000000"><path d="M556.869,30.41 C554.814,30.41 553.148,32.076 553.148,34.131 C553.148,36.186 554.814,37.852 556.869,37.852"></path></g></g></svg></div>' +
    '<div style="padding-top: 8px;"> <div style=" color:#3897f0; font-family:Arial,sans-serif; font-size:14px; font-style:normal; font-weight:550; line-height:18px;">View this post on Instagram</div></div>' +
    `<div style="padding: 12.5% 0;"></div>${box(224, 14)}${box(144, 14)}</a>` +
    `<p style=" margin:8px 0 0 0; padding:0 4px;"> <a href="${permalink}" style=" color:#000; font-family:Arial,sans-serif; font-size:14px; text-decoration:none;" target="_blank">${escapeHtml(p.body)} ${p.hashtags.map((h) => `#${h}`).join(' ')}</a></p>` +
    `<p style=" color:#c9c8cd; font-family:Arial,sans-serif; font-size:14px; line-height:17px; margin-bottom:0; margin-top:8px; overflow:hidden; padding:8px 0 7px; text-align:center; text-overflow:ellipsis; white-space:nowrap;">A post shared by ${escapeHtml(p.name)} (@${p.handle.toLowerCase()}) on <time style=" font-family:Arial,sans-serif; font-size:14px; line-height:17px;" datetime="${p.date}T09:12:44+00:00">${p.dateText}</time></p></div></blockquote>\n` +
    '<script async src="//www.instagram.com/embed.js"></script>'
  );
}

/** A YouTube player as its share dialog writes the iframe. */
export function youtubeHtml(r) {
  return (
    `<iframe width="560" height="315" src="https://www.youtube.com/embed/${code(r, 11)}?si=${code(r, 16)}" title="YouTube video player" frameborder="0" ` +
    'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>'
  );
}

/** A Facebook post as its embed code writes it: div.fb-post with its no-script fallback quote. */
export function facebookHtml(r, p) {
  const page = p.handle;
  const url = `https://www.facebook.com/${page}/posts/${1000000000000000 + r.int(1e9)}`;
  return (
    `<div class="fb-post" data-href="${url}" data-width="500" data-show-text="true"><blockquote cite="${url}" class="fb-xfbml-parse-ignore">` +
    `<p>${escapeHtml(p.body)}</p>Posted by <a href="https://www.facebook.com/${page}">${escapeHtml(p.name)}</a> on&nbsp;<a href="${url}">Thursday, ${p.dateText}</a></blockquote></div>`
  );
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
function base32(r, n) {
  return drawn(r, BASE32, n);
}
function digits(r, n) {
  let s = String(1 + r.int(9));
  for (let i = 1; i < n; i++) s += String(r.int(10));
  return s;
}

/** A Bluesky post as its embed code writes it: the X-like quote with a domain handle. */
export function blueskyHtml(r, p) {
  const did = `did:plc:${base32(r, 24)}`;
  const rkey = `3l${base32(r, 11)}`;
  // Domain labels hold letters, digits and hyphens only.
  const handle = `${p.handle.toLowerCase().replace(/_/g, '-')}.bsky.social`;
  return (
    `<blockquote class="bluesky-embed" data-bluesky-uri="at://${did}/app.bsky.feed.post/${rkey}" data-bluesky-cid="bafyrei${base32(r, 52)}" data-bluesky-embed-color-mode="system">` +
    `<p lang="${p.lang}">${escapeHtml(p.body)} ${p.hashtags.map((h) => `#${h}`).join(' ')}</p>&mdash; ${escapeHtml(p.name)} ` +
    `(<a href="https://bsky.app/profile/${did}?ref_src=embed">@${handle}</a>) ` +
    `<a href="https://bsky.app/profile/${did}/post/${rkey}?ref_src=embed">${p.dateText}</a></blockquote>` +
    '<script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>'
  );
}

/** A TikTok video as its embed code writes it: the caption with linked tags, then the sound credit. */
export function tiktokHtml(r, p) {
  const handle = p.handle.toLowerCase();
  const id = `7${digits(r, 18)}`;
  const tags = p.hashtags.map((h) => `<a title="${h}" target="_blank" href="https://www.tiktok.com/tag/${h}?refer=embed">#${h}</a>`).join(' ');
  return (
    `<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@${handle}/video/${id}" data-video-id="${id}" style="max-width: 605px;min-width: 325px;" > <section> ` +
    `<a target="_blank" title="@${handle}" href="https://www.tiktok.com/@${handle}?refer=embed">@${handle}</a> ${escapeHtml(p.body)} ${tags} ` +
    `<a target="_blank" title="♬ original sound - ${escapeHtml(p.name)}" href="https://www.tiktok.com/music/original-sound-${id.slice(0, 18)}1?refer=embed">♬ original sound - ${escapeHtml(p.name)}</a> </section> </blockquote> ` +
    '<script async src="https://www.tiktok.com/embed.js"></script>'
  );
}

/** A Threads post as its embed code writes it: a styled link saying whose post it is. */
export function threadsHtml(r, p) {
  const handle = p.handle.toLowerCase();
  const url = `https://www.threads.net/@${handle}/post/${code(r, 11)}`;
  return (
    `<blockquote class="text-post-media" data-text-post-permalink="${url}" data-text-post-version="0" style=" background:#FFF; border-width: 1px; border-style: solid; border-color: #00000026; border-radius: 16px; max-width:540px; margin: 1px; min-width:270px; padding:0; width:99.375%;"> ` +
    `<a href="${url}" style=" background:#FFFFFF; line-height:0; padding:0 0; text-align:center; text-decoration:none; width:100%; font-family: -apple-system, BlinkMacSystemFont, sans-serif;" target="_blank"> ` +
    '<div style=" padding: 40px; display: flex; flex-direction: column; align-items: center;"><div style=" display:block; height:32px; width:32px; padding-bottom:20px;"> ' +
    '<svg aria-label="Threads" height="32px" role="img" viewBox="0 0 192 192" width="32px" xmlns="http://www.w3.org/2000/svg"><path d="M141.537 88.9883C140.71 88.5919 139.87 88.2104 139.019 87.8451"></path></svg></div> ' +
    `<div style=" font-size: 15px; line-height: 21px; color: #999999; font-weight: 400; padding-bottom: 4px;"> Post by @${handle}</div> ` +
    '<div style=" font-size: 15px; line-height: 21px; color: #000000; font-weight: 600; "> View on Threads</div></div></a></blockquote>\n' +
    '<script async src="https://www.threads.net/embed.js"></script>'
  );
}

/** A Telegram channel post: the widget script is the embed. */
export function telegramHtml(r, p) {
  return `<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="${p.handle.toLowerCase()}/${1 + r.int(90000)}" data-width="100%"></script>`;
}

/** A Reddit post as its embed code writes it: title, author and subreddit. */
export function redditHtml(r, p) {
  const sub = r.pick(['worldnews', 'news', 'europe', 'weather']);
  const title = escapeHtml(p.body.length > 120 ? p.body.slice(0, 120) : p.body);
  return (
    `<blockquote class="reddit-embed-bq" style="height:500px" data-embed-height="546"><a href="https://www.reddit.com/r/${sub}/comments/${base32(r, 7)}/${base32(r, 12)}/">${title}</a><br> by` +
    `<a href="https://www.reddit.com/user/${p.handle}/">u/${p.handle}</a> in<a href="https://www.reddit.com/r/${sub}/">${sub}</a></blockquote>` +
    '<script async="" src="https://embed.reddit.com/widgets.js" charset="UTF-8"></script>'
  );
}

/** A Mastodon post as its embed code (4.3) writes it: a styled link saying whose post it is. */
export function mastodonHtml(r, p) {
  const handle = p.handle.toLowerCase();
  const url = `https://mastodon.social/@${handle}/11${digits(r, 16)}`;
  return (
    `<blockquote class="mastodon-embed" data-embed-url="${url}/embed" style="background: #FCF8FF; border-radius: 8px; border: 1px solid #C9C4DA; margin: 0; max-width: 540px; min-width: 270px; overflow: hidden; padding: 0;"> ` +
    `<a href="${url}" target="_blank" style="align-items: center; color: #1C1A25; display: flex; flex-direction: column; font-family: system-ui, sans-serif; font-size: 14px; justify-content: center; letter-spacing: 0.25px; line-height: 20px; padding: 24px; text-decoration: none;"> ` +
    '<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 79 75"><path d="M74.7135 16.6043C73.6199 8.54587 66.5351 2.19527 58.1366 0.964691" fill="currentColor"/></svg> ' +
    `<div style="color: #787588; margin-top: 16px;">Post by @${handle}@mastodon.social</div> <div style="font-weight: 500;">View on Mastodon</div> </a> </blockquote> ` +
    '<script data-allowed-prefixes="https://mastodon.social/" async src="https://mastodon.social/embed.js"></script>'
  );
}

/** The post as scrapers flatten it: `Body https://t.co/… pic.twitter.com/…— Name (@handle) Date`. */
export function postText(p) {
  const parts = [p.body, ...p.hashtags.map((h) => `#${h}`), ...p.mentions.map((u) => `@${u}`), ...p.links];
  // The media link is glued to the signature dash, as in scraped text.
  const body = parts.join(' ') + (p.media.length ? ` ${p.media.join(' ')}` : '');
  return `${body}— ${p.name} (@${p.handle}) ${p.dateText}`;
}

/** The post as HTML-to-Markdown converters leave it: a quote block with the date linked. */
export function postMarkdown(p) {
  const parts = [p.body, ...p.hashtags.map((h) => `#${h}`), ...p.mentions.map((u) => `@${u}`), ...p.links, ...p.media];
  return `> ${parts.join(' ')}\n>\n> — ${p.name} (@${p.handle}) [${p.dateText}](https://twitter.com/${p.handle}/status/${p.id}?ref_src=twsrc%5Etfw)`;
}

/** One prose sentence in `lang`: no dashes, no '(@', no line breaks. */
export function sentence(r, lang = 'en') {
  const words = WORDS[lang] ?? WORDS.en;
  const n = 8 + r.int(14);
  const out = [];
  for (let i = 0; i < n; i++) out.push(r.pick(words));
  if (lang !== 'ja' && lang !== 'ar') out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  if (r.int(6) === 0) out.splice(r.int(out.length), 0, `on ${shownDate('en', 2026, 1 + r.int(12), 1 + r.int(28))}`);
  if (r.int(8) === 0) out.splice(r.int(out.length), 0, `${r.int(100000)}`);
  if (r.int(10) === 0) out.splice(r.int(out.length), 0, '(Reuters)');
  return out.join(' ') + (lang === 'ja' || lang === 'zh' ? '。' : '.');
}

/** A paragraph of 2–5 sentences. */
export function paragraph(r, lang = 'en') {
  const n = 2 + r.int(4);
  const out = [];
  for (let i = 0; i < n; i++) out.push(sentence(r, lang));
  return out.join(' ');
}

const PROSE_LANGS = Object.keys(WORDS);
/** Prose of the multilingual family: mostly Cyrillic, Arabic and CJK, some English. */
const MULTILINGUAL_PROSE = ['ru', 'ru', 'ar', 'ja', 'zh', 'zh', 'en'];

// Site chrome: every page has share and follow links to X (none of them a post).
const HTML_HEAD =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Daily Courier: Floods</title>' +
  '<meta property="og:site_name" content="Daily Courier"><meta name="twitter:card" content="summary_large_image">' +
  '<link rel="stylesheet" href="/assets/site.css"><script>window.__CONFIG__={"section":"news","ads":true};</script>' +
  '</head><body><header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>' +
  '<div class="share"><a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fcourier.example%2Ffloods">Share on X</a> ' +
  '<a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fcourier.example%2Ffloods">Share</a></div></header>' +
  '<main><article class="story"><h1>Floods: what we know</h1>\n';
const HTML_FOOT =
  '</article></main><footer><p>Follow us on <a href="https://x.com/dailycourier">X</a> and ' +
  '<a href="https://www.instagram.com/dailycourier/">Instagram</a>.</p></footer></body></html>\n';

/**
 * A synthetic article of about `size` UTF-16 code units.
 * @param {'html'|'text'|'markdown'} format
 * @param {{ size: number, seed?: number, embeds?: boolean, every?: number }} opts
 *   `embeds` false gives the same kind of page without posts; `every` is the prose between posts.
 * @returns {{ input: string, posts: object[] }}
 */
export function article(format, { size, seed = 1, embeds = true, every = 5000, family = 'latin', mix = false }) {
  const r = rng(seed);
  const multi = family === 'multilingual';
  const chunks = [];
  const posts = [];
  let others = 0;
  let length = 0;
  const push = (s) => {
    chunks.push(s);
    length += s.length;
  };
  if (format === 'html') push(HTML_HEAD);
  let sinceEmbed = 0;
  const tail = format === 'html' ? HTML_FOOT.length : 0;
  while (length + tail < size) {
    const lang = multi ? r.pick(MULTILINGUAL_PROSE) : r.int(3) === 0 ? r.pick(PROSE_LANGS) : 'en';
    let para = paragraph(r, lang);
    if (format === 'html') {
      if (r.int(4) === 0) para = `<p class="lede">${para.replace(' said ', ' said <a href="/related/flood-report">in a report</a> ')}</p>\n`;
      else para = `<p>${para}</p>\n`;
      if (r.int(12) === 0) para += '<figure class="image"><img src="/img/river.jpg" alt="The river at dawn" loading="lazy"><figcaption>The river at dawn.</figcaption></figure>\n';
    } else if (format === 'markdown') {
      para = `${para}\n\n`;
      if (r.int(12) === 0) para += '## Latest\n\n';
    } else {
      para = `${para}\n\n`;
    }
    push(para);
    sinceEmbed += para.length;
    if (embeds && sinceEmbed >= every) {
      const p = makePost(r, family);
      // `mix`: about half of the embeds in HTML belong to other platforms, as on real news pages:
      // Instagram, YouTube and Facebook most, the six younger or rarer networks 6% between them.
      const other = mix && format === 'html' ? r.int(100) : 100;
      if (other < 22) push(`${instagramHtml(r, p)}\n`);
      else if (other < 36) push(`${youtubeHtml(r)}\n`);
      else if (other < 44) push(`${facebookHtml(r, p)}\n`);
      else if (other < 46) push(`${blueskyHtml(r, p)}\n`);
      else if (other < 47) push(`${tiktokHtml(r, p)}\n`);
      else if (other < 48) push(`${threadsHtml(r, p)}\n`);
      else if (other < 49) push(`${telegramHtml(r, p)}\n`);
      else if (other < 50) push(`${r.int(2) === 0 ? redditHtml(r, p) : mastodonHtml(r, p)}\n`);
      else posts.push(p);
      if (other < 50) others++;
      else if (format === 'html') push(`${postHtml(p)}\n`);
      else if (format === 'markdown') push(`${postMarkdown(p)}\n\n`);
      else push(`${postText(p)}\n\n`);
      sinceEmbed = 0;
    }
  }
  if (format === 'html') push(HTML_FOOT);
  return { input: chunks.join(''), posts, others };
}

function repeatTo(fragment, size) {
  return fragment.repeat(Math.max(1, Math.ceil(size / fragment.length)));
}

/**
 * Adversarial inputs, each about `size` code units long.
 * - unclosed-blockquote: `<blockquote><p>` never closed (100,000 of them is 1.5 MB)
 * - unclosed-nested: nested tags of several kinds, never closed
 * - one-line: prose on a single line, no line break anywhere
 * - paren-at: `(@` fragments, each followed by a handle and nothing else
 * - dashes: `— ` fragments
 * - lt: `<` characters
 * - marked-paragraphs: `<p class="twitter-tweet">`, each a marker, each ended by the next
 */
export const HOSTILE_KINDS = ['unclosed-blockquote', 'unclosed-nested', 'one-line', 'paren-at', 'dashes', 'lt', 'marked-paragraphs', 'unended-tags', 'lead-phrases', 'status-link-line'];

export function hostile(kind, size, seed = 7) {
  switch (kind) {
    case 'unclosed-blockquote':
      return repeatTo('<blockquote><p>', size);
    case 'unclosed-nested':
      return repeatTo('<div class="a"><span><b><i><blockquote class="twitter-tweet"><p>', size);
    case 'one-line': {
      const r = rng(seed);
      const parts = [];
      let n = 0;
      while (n < size) {
        const s = sentence(r, r.int(3) === 0 ? r.pick(PROSE_LANGS) : 'en');
        parts.push(s);
        n += s.length + 1;
      }
      return parts.join(' ');
    }
    case 'paren-at':
      return repeatTo('(@h) ', size);
    case 'dashes':
      return repeatTo('— ', size);
    case 'lt':
      return '<'.repeat(size);
    case 'marked-paragraphs':
      return repeatTo('<p class="twitter-tweet">', size);
    case 'unended-tags':
      // Start tags that never end: no `>` anywhere, a player URL in every one.
      return repeatTo('<iframe src="https://www.youtube.com/embed/Hb7xQ2mK9pA?x=1 ', size);
    case 'lead-phrases':
      // A byline's lead phrase and date joiner every few words, never a date.
      return repeatTo('Posted by Jane on ', size);
    case 'status-link-line':
      // One Markdown line of status links, none of them an attribution.
      return repeatTo('[@h](https://x.com/h/status/1887000000000000000) ', size);
    default:
      throw new Error(`unknown hostile kind ${kind}`);
  }
}
