/**
 * The date locales embedsift reads, as a plain data table: one row per language with the
 * date-fns locale (or a home-made one, see ./own-locales.ts) and the explicit date-fns `parse`
 * patterns of the calendar date alone. Weekdays before the date and times before or after it
 * are recognised by the scanner in ./index.ts and never reach these patterns.
 *
 * Patterns are written for the forms embeds show (X's widget renders the long CLDR date of the
 * reader's language: "February 5, 2026", "5. Februar 2026", "2026年2月5日"), plus the medium
 * form with abbreviated months. `MMMM` in date-fns `parse` also accepts the abbreviated month
 * name; the reader drops a dot after an abbreviated month before parsing, so one pattern covers
 * "Feb. 5" and "Feb 5".
 *
 * Row order is the order locales are tried when no hint is given: where the same word names a
 * month in two languages with different meanings (`listopad` is November in cs/pl and October
 * in hr), the first row wins; pass `locales` to choose.
 */
import { ar as arFns } from 'date-fns/locale/ar';
import { be as beFns } from 'date-fns/locale/be';
import { bg as bgFns } from 'date-fns/locale/bg';
import { bn as bnFns } from 'date-fns/locale/bn';
import { bs as bsFns } from 'date-fns/locale/bs';
import { ca as caFns } from 'date-fns/locale/ca';
import { cs as csFns } from 'date-fns/locale/cs';
import { cy as cyFns } from 'date-fns/locale/cy';
import { da as daFns } from 'date-fns/locale/da';
import { de as deFns } from 'date-fns/locale/de';
import { el as elFns } from 'date-fns/locale/el';
import { enUS as enUSFns } from 'date-fns/locale/en-US';
import { es as esFns } from 'date-fns/locale/es';
import { et as etFns } from 'date-fns/locale/et';
import { eu as euFns } from 'date-fns/locale/eu';
import { faIR as faIRFns } from 'date-fns/locale/fa-IR';
import { fi as fiFns } from 'date-fns/locale/fi';
import { fr as frFns } from 'date-fns/locale/fr';
import { fy as fyFns } from 'date-fns/locale/fy';
import { gd as gdFns } from 'date-fns/locale/gd';
import { gl as glFns } from 'date-fns/locale/gl';
import { he as heFns } from 'date-fns/locale/he';
import { hi as hiFns } from 'date-fns/locale/hi';
import { hr as hrFns } from 'date-fns/locale/hr';
import { hu as huFns } from 'date-fns/locale/hu';
import { id as idFns } from 'date-fns/locale/id';
import { is as isFns } from 'date-fns/locale/is';
import { it as itFns } from 'date-fns/locale/it';
import { ja as jaFns } from 'date-fns/locale/ja';
import { ko as koFns } from 'date-fns/locale/ko';
import { lb as lbFns } from 'date-fns/locale/lb';
import { lt as ltFns } from 'date-fns/locale/lt';
import { lv as lvFns } from 'date-fns/locale/lv';
import { mk as mkFns } from 'date-fns/locale/mk';
import { ms as msFns } from 'date-fns/locale/ms';
import { mt as mtFns } from 'date-fns/locale/mt';
import { nb as nbFns } from 'date-fns/locale/nb';
import { nl as nlFns } from 'date-fns/locale/nl';
import { nn as nnFns } from 'date-fns/locale/nn';
import { oc as ocFns } from 'date-fns/locale/oc';
import { pl as plFns } from 'date-fns/locale/pl';
import { pt as ptFns } from 'date-fns/locale/pt';
import { ro as roFns } from 'date-fns/locale/ro';
import { ru as ruFns } from 'date-fns/locale/ru';
import { sk as skFns } from 'date-fns/locale/sk';
import { sl as slFns } from 'date-fns/locale/sl';
import { sq as sqFns } from 'date-fns/locale/sq';
import { sr as srFns } from 'date-fns/locale/sr';
import { srLatn as srLatnFns } from 'date-fns/locale/sr-Latn';
import { sv as svFns } from 'date-fns/locale/sv';
import { th as thFns } from 'date-fns/locale/th';
import { tr as trFns } from 'date-fns/locale/tr';
import { uk as ukFns } from 'date-fns/locale/uk';
import { vi as viFns } from 'date-fns/locale/vi';
import { zhCN as zhCNFns } from 'date-fns/locale/zh-CN';
import { zhTW as zhTWFns } from 'date-fns/locale/zh-TW';
import type { DateLocale } from '../../types.js';
import { buildLocale, FIL, namesOf, UR, type DateFnsLocale } from './own-locales.js';

/** One row of the table: the data behind a public {@link DateLocale}. */
export interface DateLocaleRow extends DateLocale {
  /** BCP 47 tag, lower case ('en', 'zh-cn', 'sr-latn'). */
  readonly tag: string;
  /** Other tags that select this row ('no' for 'nb', 'zh' for 'zh-cn', 'tl' for 'fil'). */
  readonly aliases?: readonly string[];
  readonly locale: DateFnsLocale;
  /** date-fns `parse` patterns of a date with a year, most specific first. */
  readonly patterns: readonly string[];
  /** Patterns of a date without a year (read only with a `referenceDate`). */
  readonly yearless: readonly string[];
  /** Years from 2400 are Buddhist era and lose 543 (Thai). */
  readonly buddhistEra?: boolean;
  /**
   * Month spellings CLDR (and so X's widget) writes that this date-fns locale misreads or lacks,
   * each replaced by one it reads before parsing with this row only. Lower case, whole words.
   */
  readonly wordAliases?: readonly (readonly [string, string])[];
  /** Month spellings the date-fns matcher reads but `localize` never writes (CLDR's fa "آوریل", "مهٔ"). */
  readonly matchOnly?: readonly string[];
  /** The language writes its month after a glued preposition (Hebrew `בפברואר`). */
  readonly monthPrefix?: string;
}

// Shared pattern families. `d.` is a day with a dot after it, as in German and Czech. Rows that
// extend a family write it out: an array spread is a call a bundler cannot drop.
const DMY = ['d MMMM yyyy', 'd MMMM, yyyy'];
const DMY_YEARLESS = ['d MMMM'];
const DOT_DMY = ['d. MMMM yyyy'];
/** South Slavic languages also close the year with a dot: "5. veljače 2026." */
const DOT_DMY_YEAR_DOT = ['d. MMMM yyyy.', 'd. MMMM yyyy'];
const DOT_YEARLESS = ['d. MMMM'];
/** The last: Instagram's older localized bylines, "2017 4月 10" (no 年 or 日). */
const CJK = ["yyyy'年'M'月'd'日'", "yyyy '年' M '月' d '日'", "yyyy M'月' d"];
const CJK_YEARLESS = ["M'月'd'日'", "M '月' d '日'"];
/** With a comma before the year: Instagram's older localized bylines, "8 de Mai, 2016". */
const ROMANCE_DE = ["d 'de' MMMM 'de' yyyy", "d 'de' MMMM yyyy", 'd MMMM yyyy', "d MMMM 'de' yyyy", "d 'de' MMMM 'del' yyyy", "d 'de' MMMM, yyyy"];
const ROMANCE_DE_YEARLESS = ["d 'de' MMMM", 'd MMMM'];

// One row per language, each its own export so that a bundle keeps only the rows it names
// (`import { de } from 'embedsift/locales'`). The rows hold no state: they are data.

export const en: DateLocaleRow = {
  tag: 'en',
  aliases: ['en-us', 'en-gb'],
  locale: enUSFns,
  patterns: ['MMMM d, yyyy', 'MMMM do, yyyy', 'MMMM d yyyy', 'd MMMM yyyy', 'd MMMM, yyyy', 'do MMMM yyyy'],
  yearless: ['MMMM d', 'MMMM do', 'd MMMM'],
};
export const ar: DateLocaleRow = { tag: 'ar', locale: arFns, patterns: ['d MMMM yyyy', 'd MMMM, yyyy', 'd MMMM، yyyy', 'MMMM d, yyyy'], yearless: DMY_YEARLESS };
export const bn: DateLocaleRow = {
  tag: 'bn',
  locale: bnFns,
  patterns: ['d MMMM yyyy', 'd MMMM, yyyy', 'MMMM d, yyyy'],
  yearless: DMY_YEARLESS,
  // CLDR's short months that date-fns bn does not know.
  wordAliases: [['ফেব', 'ফেব্রু'], ['এপ্রি', 'এপ্রিল'], ['জুল', 'জুলাই'], ['আগ', 'আগস্ট'], ['সেপ', 'সেপ্ট']],
};
export const cs: DateLocaleRow = { tag: 'cs', locale: csFns, patterns: DOT_DMY, yearless: DOT_YEARLESS };
export const da: DateLocaleRow = { tag: 'da', locale: daFns, patterns: DOT_DMY, yearless: DOT_YEARLESS };
export const de: DateLocaleRow = {
  tag: 'de',
  aliases: ['de-at', 'de-ch'],
  locale: deFns,
  // And the US order with German months: Instagram's German embed code printed "Mär 12, 2018".
  patterns: ['d. MMMM yyyy', 'MMMM d, yyyy'],
  yearless: DOT_YEARLESS,
};
export const el: DateLocaleRow = { tag: 'el', locale: elFns, patterns: DMY, yearless: DMY_YEARLESS };
export const es: DateLocaleRow = { tag: 'es', locale: esFns, patterns: ROMANCE_DE, yearless: ROMANCE_DE_YEARLESS };
export const fa: DateLocaleRow = {
  tag: 'fa',
  aliases: ['fa-ir'],
  locale: faIRFns,
  patterns: ['d MMMM yyyy', 'd MMMM, yyyy', 'd MMMM، yyyy'],
  yearless: DMY_YEARLESS,
  matchOnly: ['آوریل', 'مه'],
};
export const fi: DateLocaleRow = { tag: 'fi', locale: fiFns, patterns: DOT_DMY, yearless: DOT_YEARLESS };
export const fil: DateLocaleRow = { tag: 'fil', aliases: ['tl'], locale: /* @__PURE__ */ buildLocale(FIL), patterns: ['MMMM d, yyyy', 'd MMMM yyyy'], yearless: ['MMMM d', 'd MMMM'] };
export const fr: DateLocaleRow = { tag: 'fr', aliases: ['fr-ca', 'fr-ch'], locale: frFns, patterns: ['d MMMM yyyy', 'do MMMM yyyy'], yearless: ['d MMMM', 'do MMMM'] };
export const he: DateLocaleRow = { tag: 'he', aliases: ['iw'], locale: heFns, patterns: ['d בMMMM yyyy', 'd MMMM yyyy', 'd בMMMM, yyyy'], yearless: ['d בMMMM', 'd MMMM'], monthPrefix: 'ב' };
export const hi: DateLocaleRow = {
  tag: 'hi',
  locale: hiFns,
  patterns: DMY,
  yearless: DMY_YEARLESS,
  // date-fns hi reads October only as "अक्तूबर"; CLDR writes "अक्टूबर".
  wordAliases: [['अक्टूबर', 'अक्तूबर'], ['अक्टू', 'अक्तू']],
};
export const hu: DateLocaleRow = { tag: 'hu', locale: huFns, patterns: ['yyyy. MMMM d.', 'yyyy. MMMM d'], yearless: ['MMMM d.', 'MMMM d'] };
export const id: DateLocaleRow = { tag: 'id', aliases: ['in'], locale: idFns, patterns: DMY, yearless: DMY_YEARLESS };
export const it: DateLocaleRow = { tag: 'it', locale: itFns, patterns: DMY, yearless: DMY_YEARLESS };
export const ja: DateLocaleRow = { tag: 'ja', locale: jaFns, patterns: CJK, yearless: CJK_YEARLESS };
export const ko: DateLocaleRow = { tag: 'ko', locale: koFns, patterns: ["yyyy'년' M'월' d'일'", "yyyy'년'M'월'd'일'"], yearless: ["M'월' d'일'", "M'월'd'일'"] };
export const ms: DateLocaleRow = { tag: 'ms', locale: msFns, patterns: DMY, yearless: DMY_YEARLESS };
export const nl: DateLocaleRow = { tag: 'nl', aliases: ['nl-be'], locale: nlFns, patterns: DMY, yearless: DMY_YEARLESS };
export const nb: DateLocaleRow = { tag: 'nb', aliases: ['no'], locale: nbFns, patterns: DOT_DMY, yearless: DOT_YEARLESS };
export const pl: DateLocaleRow = { tag: 'pl', locale: plFns, patterns: DMY, yearless: DMY_YEARLESS };
export const pt: DateLocaleRow = { tag: 'pt', aliases: ['pt-br', 'pt-pt'], locale: ptFns, patterns: ROMANCE_DE, yearless: ROMANCE_DE_YEARLESS };
export const ro: DateLocaleRow = { tag: 'ro', locale: roFns, patterns: DMY, yearless: DMY_YEARLESS };
export const ru: DateLocaleRow = { tag: 'ru', locale: ruFns, patterns: ["d MMMM yyyy 'г.'", "d MMMM yyyy'г.'", 'd MMMM yyyy'], yearless: DMY_YEARLESS };
export const sv: DateLocaleRow = { tag: 'sv', locale: svFns, patterns: DMY, yearless: DMY_YEARLESS };
export const th: DateLocaleRow = {
  tag: 'th',
  locale: thFns,
  patterns: ["d MMMM 'พ.ศ.' yyyy", "d MMMM 'ค.ศ.' yyyy", 'd MMMM yyyy'],
  yearless: DMY_YEARLESS,
  buddhistEra: true,
};
export const tr: DateLocaleRow = { tag: 'tr', locale: trFns, patterns: DMY, yearless: DMY_YEARLESS };
export const uk: DateLocaleRow = { tag: 'uk', wordAliases: [['лист', 'листоп']], locale: ukFns, patterns: ["d MMMM yyyy 'р.'", "d MMMM yyyy'р.'", 'd MMMM yyyy'], yearless: DMY_YEARLESS };
export const ur: DateLocaleRow = { tag: 'ur', locale: /* @__PURE__ */ buildLocale(UR), patterns: ['d MMMM، yyyy', 'd MMMM yyyy', 'd MMMM, yyyy'], yearless: DMY_YEARLESS };
export const vi: DateLocaleRow = {
  tag: 'vi',
  locale: viFns,
  patterns: ['d MMMM, yyyy', "d MMMM 'năm' yyyy", "'ngày' d MMMM 'năm' yyyy", "'Ngày' d MMMM 'năm' yyyy", 'd MMMM yyyy'],
  yearless: ['d MMMM'],
};
export const zhCN: DateLocaleRow = { tag: 'zh-cn', aliases: ['zh', 'zh-hans'], locale: zhCNFns, patterns: CJK, yearless: CJK_YEARLESS };
export const zhTW: DateLocaleRow = { tag: 'zh-tw', aliases: ['zh-hant', 'zh-hk'], locale: zhTWFns, patterns: CJK, yearless: CJK_YEARLESS };
// Further European languages date-fns covers.
export const bg: DateLocaleRow = { tag: 'bg', locale: bgFns, patterns: ["d MMMM yyyy 'г.'", 'd MMMM yyyy'], yearless: DMY_YEARLESS };
export const ca: DateLocaleRow = {
  tag: 'ca',
  locale: caFns,
  patterns: [
    "d 'de' MMMM 'de' yyyy",
    "d 'de' MMMM yyyy",
    'd MMMM yyyy',
    "d MMMM 'de' yyyy",
    "d 'de' MMMM 'del' yyyy",
    "d 'd’'MMMM 'de' yyyy",
    "d 'd'''MMMM 'de' yyyy",
    "d 'd’'MMMM 'del' yyyy",
    "d 'd'''MMMM 'del' yyyy",
    "d 'd’'MMMM yyyy",
    "d 'd'''MMMM yyyy",
  ],
  yearless: ["d 'de' MMMM", 'd MMMM', "d 'd’'MMMM", "d 'd'''MMMM"],
};
export const hr: DateLocaleRow = {
  tag: 'hr',
  locale: hrFns,
  patterns: DOT_DMY_YEAR_DOT,
  yearless: DOT_YEARLESS,
  // date-fns hr tries "kolovoz" before "kolovoza" and stops there.
  wordAliases: [['kolovoza', 'kolovoz'], ['listopada', 'listopad'], ['studenoga', 'studenog']],
};
export const sk: DateLocaleRow = { tag: 'sk', locale: skFns, patterns: DOT_DMY, yearless: DOT_YEARLESS };
export const sr: DateLocaleRow = { tag: 'sr', aliases: ['sr-cyrl'], locale: srFns, patterns: DOT_DMY_YEAR_DOT, yearless: DOT_YEARLESS };
export const srLatn: DateLocaleRow = { tag: 'sr-latn', locale: srLatnFns, patterns: DOT_DMY_YEAR_DOT, yearless: DOT_YEARLESS };
export const sl: DateLocaleRow = { tag: 'sl', locale: slFns, patterns: DOT_DMY, yearless: DOT_YEARLESS };
export const bs: DateLocaleRow = { tag: 'bs', locale: bsFns, patterns: DOT_DMY_YEAR_DOT, yearless: DOT_YEARLESS, wordAliases: [['august', 'avgust']] };
export const mk: DateLocaleRow = { tag: 'mk', locale: mkFns, patterns: ["d MMMM yyyy 'г.'", 'd MMMM yyyy'], yearless: DMY_YEARLESS };
export const be: DateLocaleRow = { tag: 'be', locale: beFns, patterns: ["d MMMM yyyy 'г.'", 'd MMMM yyyy'], yearless: DMY_YEARLESS };
export const et: DateLocaleRow = { tag: 'et', locale: etFns, patterns: DOT_DMY, yearless: DOT_YEARLESS };
export const lv: DateLocaleRow = { tag: 'lv', locale: lvFns, patterns: ["yyyy. 'gada' d. MMMM"], yearless: ['d. MMMM'] };
export const lt: DateLocaleRow = { tag: 'lt', locale: ltFns, patterns: ["yyyy 'm'. MMMM d 'd'.", "yyyy 'm'. MMMM d"], yearless: ["MMMM d 'd'."] };
export const is: DateLocaleRow = {
  tag: 'is',
  locale: isFns,
  patterns: DOT_DMY,
  yearless: DOT_YEARLESS,
  // date-fns is reads "januar" and "águst"; CLDR writes "janúar" and "ágúst".
  wordAliases: [['janúar', 'januar'], ['ágúst', 'águst']],
};
export const gl: DateLocaleRow = { tag: 'gl', locale: glFns, patterns: ROMANCE_DE, yearless: ROMANCE_DE_YEARLESS };
export const eu: DateLocaleRow = {
  tag: 'eu',
  locale: euFns,
  patterns: ["yyyy'(e)ko' MMMM'ren' d'(a)'", "yyyy'ko' MMMM'ren' d'a'", "yyyy'ko' MMMM'ren' d"],
  yearless: ["MMMM'ren' d'(a)'", "MMMM'ren' d'a'"],
};
export const cy: DateLocaleRow = { tag: 'cy', locale: cyFns, patterns: DMY, yearless: DMY_YEARLESS };
// date-fns gd's matcher does not read its own "An Gearran 5, 2026", so gd is rebuilt from its names.
export const gd: DateLocaleRow = { tag: 'gd', locale: /* @__PURE__ */ buildLocale(/* @__PURE__ */ namesOf(gdFns)), patterns: ['MMMM d, yyyy', 'd MMMM yyyy'], yearless: ['MMMM d', 'd MMMM'] };
export const mt: DateLocaleRow = { tag: 'mt', locale: mtFns, patterns: ["d 'ta’' MMMM yyyy", "d 'ta''' MMMM yyyy", 'd MMMM yyyy'], yearless: ["d 'ta’' MMMM", 'd MMMM'] };
export const lb: DateLocaleRow = { tag: 'lb', locale: lbFns, patterns: DOT_DMY, yearless: DOT_YEARLESS };
// date-fns fy's matcher reads "maaie" (May) as March, so fy is rebuilt from its own names.
export const fy: DateLocaleRow = { tag: 'fy', locale: /* @__PURE__ */ buildLocale(/* @__PURE__ */ namesOf(fyFns)), patterns: DMY, yearless: DMY_YEARLESS };
export const nn: DateLocaleRow = { tag: 'nn', locale: nnFns, patterns: DOT_DMY, yearless: DOT_YEARLESS };
export const sq: DateLocaleRow = { tag: 'sq', locale: sqFns, patterns: ['d MMMM yyyy', 'd MMMM, yyyy', 'MMMM d, yyyy'], yearless: DMY_YEARLESS };
export const oc: DateLocaleRow = { tag: 'oc', locale: ocFns, patterns: ROMANCE_DE, yearless: ROMANCE_DE_YEARLESS };

/**
 * Every supported language: the 34 the X widget offers first (their order decides ties), then
 * the other European languages date-fns covers.
 */
export const DATE_LOCALES: readonly DateLocaleRow[] = [
  en,
  ar,
  bn,
  cs,
  da,
  de,
  el,
  es,
  fa,
  fi,
  fil,
  fr,
  he,
  hi,
  hu,
  id,
  it,
  ja,
  ko,
  ms,
  nl,
  nb,
  pl,
  pt,
  ro,
  ru,
  sv,
  th,
  tr,
  uk,
  ur,
  vi,
  zhCN,
  zhTW,
  bg,
  ca,
  hr,
  sk,
  sr,
  srLatn,
  sl,
  bs,
  mk,
  be,
  et,
  lv,
  lt,
  is,
  gl,
  eu,
  cy,
  gd,
  mt,
  lb,
  fy,
  nn,
  sq,
  oc,
];

/**
 * BCP 47 tags of every language {@link parseEmbedDate} reads, in the order tried by default.
 *
 * @example
 * SUPPORTED_DATE_LOCALES.includes('ru'); // true
 */
export const SUPPORTED_DATE_LOCALES: readonly string[] = /* @__PURE__ */ DATE_LOCALES.map((l) => l.tag);
