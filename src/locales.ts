/**
 * `embedsift/locales`: every language dates are read in, one export each, as data to pass in
 * `locales` (the way date-fns takes a `locale`). With `embedsift/core`, which reads English by
 * default, a bundle then holds only the languages you import:
 *
 * @example
 * ```ts
 * import { extractEmbeds } from 'embedsift/core';
 * import { de, en, fr } from 'embedsift/locales';
 *
 * extractEmbeds(page, { locales: [en, de, fr] }); // dates in English, German or French, tried in that order
 * ```
 *
 * The main entry `embedsift` reads every language without them; passing rows there narrows it
 * to those languages.
 */
import * as rows from './core/dates/locales.js';
import type { DateLocale } from './types.js';

export type { DateLocale } from './types.js';

/** English (`en`). */
export const en: DateLocale = rows.en;
/** Arabic (`ar`). */
export const ar: DateLocale = rows.ar;
/** Bangla (`bn`). */
export const bn: DateLocale = rows.bn;
/** Czech (`cs`). */
export const cs: DateLocale = rows.cs;
/** Danish (`da`). */
export const da: DateLocale = rows.da;
/** German (`de`). */
export const de: DateLocale = rows.de;
/** Greek (`el`). */
export const el: DateLocale = rows.el;
/** Spanish (`es`). */
export const es: DateLocale = rows.es;
/** Persian (`fa`). */
export const fa: DateLocale = rows.fa;
/** Finnish (`fi`). */
export const fi: DateLocale = rows.fi;
/** Filipino (`fil`). */
export const fil: DateLocale = rows.fil;
/** French (`fr`). */
export const fr: DateLocale = rows.fr;
/** Hebrew (`he`). */
export const he: DateLocale = rows.he;
/** Hindi (`hi`). */
export const hi: DateLocale = rows.hi;
/** Hungarian (`hu`). */
export const hu: DateLocale = rows.hu;
/** Indonesian (`id`). */
export const id: DateLocale = rows.id;
/** Italian (`it`). */
export const it: DateLocale = rows.it;
/** Japanese (`ja`). */
export const ja: DateLocale = rows.ja;
/** Korean (`ko`). */
export const ko: DateLocale = rows.ko;
/** Malay (`ms`). */
export const ms: DateLocale = rows.ms;
/** Dutch (`nl`). */
export const nl: DateLocale = rows.nl;
/** Norwegian Bokmål (`nb`). */
export const nb: DateLocale = rows.nb;
/** Polish (`pl`). */
export const pl: DateLocale = rows.pl;
/** Portuguese (`pt`). */
export const pt: DateLocale = rows.pt;
/** Romanian (`ro`). */
export const ro: DateLocale = rows.ro;
/** Russian (`ru`). */
export const ru: DateLocale = rows.ru;
/** Swedish (`sv`). */
export const sv: DateLocale = rows.sv;
/** Thai (`th`). */
export const th: DateLocale = rows.th;
/** Turkish (`tr`). */
export const tr: DateLocale = rows.tr;
/** Ukrainian (`uk`). */
export const uk: DateLocale = rows.uk;
/** Urdu (`ur`). */
export const ur: DateLocale = rows.ur;
/** Vietnamese (`vi`). */
export const vi: DateLocale = rows.vi;
/** Chinese (China) (`zh-cn`). */
export const zhCN: DateLocale = rows.zhCN;
/** Chinese (Taiwan) (`zh-tw`). */
export const zhTW: DateLocale = rows.zhTW;
/** Bulgarian (`bg`). */
export const bg: DateLocale = rows.bg;
/** Catalan (`ca`). */
export const ca: DateLocale = rows.ca;
/** Croatian (`hr`). */
export const hr: DateLocale = rows.hr;
/** Slovak (`sk`). */
export const sk: DateLocale = rows.sk;
/** Serbian (`sr`). */
export const sr: DateLocale = rows.sr;
/** Serbian (Latin) (`sr-latn`). */
export const srLatn: DateLocale = rows.srLatn;
/** Slovenian (`sl`). */
export const sl: DateLocale = rows.sl;
/** Bosnian (`bs`). */
export const bs: DateLocale = rows.bs;
/** Macedonian (`mk`). */
export const mk: DateLocale = rows.mk;
/** Belarusian (`be`). */
export const be: DateLocale = rows.be;
/** Estonian (`et`). */
export const et: DateLocale = rows.et;
/** Latvian (`lv`). */
export const lv: DateLocale = rows.lv;
/** Lithuanian (`lt`). */
export const lt: DateLocale = rows.lt;
/** Icelandic (`is`). */
export const is: DateLocale = rows.is;
/** Galician (`gl`). */
export const gl: DateLocale = rows.gl;
/** Basque (`eu`). */
export const eu: DateLocale = rows.eu;
/** Welsh (`cy`). */
export const cy: DateLocale = rows.cy;
/** Scottish Gaelic (`gd`). */
export const gd: DateLocale = rows.gd;
/** Maltese (`mt`). */
export const mt: DateLocale = rows.mt;
/** Luxembourgish (`lb`). */
export const lb: DateLocale = rows.lb;
/** Western Frisian (`fy`). */
export const fy: DateLocale = rows.fy;
/** Norwegian Nynorsk (`nn`). */
export const nn: DateLocale = rows.nn;
/** Albanian (`sq`). */
export const sq: DateLocale = rows.sq;
/** Occitan (`oc`). */
export const oc: DateLocale = rows.oc;

/**
 * Every language, in the order they are tried when nothing else is said (the languages X's
 * widget offers first).
 *
 * @example
 * ```ts
 * import { extractEmbeds } from 'embedsift/core';
 * import { allLocales } from 'embedsift/locales';
 * extractEmbeds(page, { locales: allLocales }); // what the main entry reads by default
 * ```
 */
export const allLocales: readonly DateLocale[] = rows.DATE_LOCALES;
