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
import { ar } from 'date-fns/locale/ar';
import { be } from 'date-fns/locale/be';
import { bg } from 'date-fns/locale/bg';
import { bn } from 'date-fns/locale/bn';
import { bs } from 'date-fns/locale/bs';
import { ca } from 'date-fns/locale/ca';
import { cs } from 'date-fns/locale/cs';
import { cy } from 'date-fns/locale/cy';
import { da } from 'date-fns/locale/da';
import { de } from 'date-fns/locale/de';
import { el } from 'date-fns/locale/el';
import { enUS } from 'date-fns/locale/en-US';
import { es } from 'date-fns/locale/es';
import { et } from 'date-fns/locale/et';
import { eu } from 'date-fns/locale/eu';
import { faIR } from 'date-fns/locale/fa-IR';
import { fi } from 'date-fns/locale/fi';
import { fr } from 'date-fns/locale/fr';
import { fy } from 'date-fns/locale/fy';
import { gd } from 'date-fns/locale/gd';
import { gl } from 'date-fns/locale/gl';
import { he } from 'date-fns/locale/he';
import { hi } from 'date-fns/locale/hi';
import { hr } from 'date-fns/locale/hr';
import { hu } from 'date-fns/locale/hu';
import { id } from 'date-fns/locale/id';
import { is } from 'date-fns/locale/is';
import { it } from 'date-fns/locale/it';
import { ja } from 'date-fns/locale/ja';
import { ko } from 'date-fns/locale/ko';
import { lb } from 'date-fns/locale/lb';
import { lt } from 'date-fns/locale/lt';
import { lv } from 'date-fns/locale/lv';
import { mk } from 'date-fns/locale/mk';
import { ms } from 'date-fns/locale/ms';
import { mt } from 'date-fns/locale/mt';
import { nb } from 'date-fns/locale/nb';
import { nl } from 'date-fns/locale/nl';
import { nn } from 'date-fns/locale/nn';
import { oc } from 'date-fns/locale/oc';
import { pl } from 'date-fns/locale/pl';
import { pt } from 'date-fns/locale/pt';
import { ro } from 'date-fns/locale/ro';
import { ru } from 'date-fns/locale/ru';
import { sk } from 'date-fns/locale/sk';
import { sl } from 'date-fns/locale/sl';
import { sq } from 'date-fns/locale/sq';
import { sr } from 'date-fns/locale/sr';
import { srLatn } from 'date-fns/locale/sr-Latn';
import { sv } from 'date-fns/locale/sv';
import { th } from 'date-fns/locale/th';
import { tr } from 'date-fns/locale/tr';
import { uk } from 'date-fns/locale/uk';
import { vi } from 'date-fns/locale/vi';
import { zhCN } from 'date-fns/locale/zh-CN';
import { zhTW } from 'date-fns/locale/zh-TW';
import { buildLocale, FIL, namesOf, UR, type DateFnsLocale } from './own-locales.js';

/** One row of the table. */
export interface DateLocale {
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

// Shared pattern families. `d.` is a day with a dot after it, as in German and Czech.
const DMY = ['d MMMM yyyy', 'd MMMM, yyyy'];
const DMY_YEARLESS = ['d MMMM'];
const DOT_DMY = ['d. MMMM yyyy'];
/** South Slavic languages also close the year with a dot: "5. veljače 2026." */
const DOT_DMY_YEAR_DOT = ['d. MMMM yyyy.', 'd. MMMM yyyy'];
const DOT_YEARLESS = ['d. MMMM'];
const CJK = ["yyyy'年'M'月'd'日'", "yyyy '年' M '月' d '日'"];
const CJK_YEARLESS = ["M'月'd'日'", "M '月' d '日'"];
const ROMANCE_DE = ["d 'de' MMMM 'de' yyyy", "d 'de' MMMM yyyy", 'd MMMM yyyy', "d MMMM 'de' yyyy", "d 'de' MMMM 'del' yyyy"];
const ROMANCE_DE_YEARLESS = ["d 'de' MMMM", 'd MMMM'];

/**
 * Every supported language: the 34 the X widget offers first (their order decides ties), then
 * the other European languages date-fns covers.
 */
export const DATE_LOCALES: readonly DateLocale[] = [
  {
    tag: 'en',
    aliases: ['en-us', 'en-gb'],
    locale: enUS,
    patterns: ['MMMM d, yyyy', 'MMMM do, yyyy', 'MMMM d yyyy', 'd MMMM yyyy', 'd MMMM, yyyy', 'do MMMM yyyy'],
    yearless: ['MMMM d', 'MMMM do', 'd MMMM'],
  },
  { tag: 'ar', locale: ar, patterns: [...DMY, 'd MMMM، yyyy', 'MMMM d, yyyy'], yearless: DMY_YEARLESS },
  {
    tag: 'bn',
    locale: bn,
    patterns: [...DMY, 'MMMM d, yyyy'],
    yearless: DMY_YEARLESS,
    // CLDR's short months that date-fns bn does not know.
    wordAliases: [['ফেব', 'ফেব্রু'], ['এপ্রি', 'এপ্রিল'], ['জুল', 'জুলাই'], ['আগ', 'আগস্ট'], ['সেপ', 'সেপ্ট']],
  },
  { tag: 'cs', locale: cs, patterns: DOT_DMY, yearless: DOT_YEARLESS },
  { tag: 'da', locale: da, patterns: DOT_DMY, yearless: DOT_YEARLESS },
  { tag: 'de', aliases: ['de-at', 'de-ch'], locale: de, patterns: DOT_DMY, yearless: DOT_YEARLESS },
  { tag: 'el', locale: el, patterns: DMY, yearless: DMY_YEARLESS },
  { tag: 'es', locale: es, patterns: ROMANCE_DE, yearless: ROMANCE_DE_YEARLESS },
  {
    tag: 'fa',
    aliases: ['fa-ir'],
    locale: faIR,
    patterns: [...DMY, 'd MMMM، yyyy'],
    yearless: DMY_YEARLESS,
    matchOnly: ['آوریل', 'مه'],
  },
  { tag: 'fi', locale: fi, patterns: DOT_DMY, yearless: DOT_YEARLESS },
  { tag: 'fil', aliases: ['tl'], locale: buildLocale(FIL), patterns: ['MMMM d, yyyy', 'd MMMM yyyy'], yearless: ['MMMM d', 'd MMMM'] },
  { tag: 'fr', aliases: ['fr-ca', 'fr-ch'], locale: fr, patterns: ['d MMMM yyyy', 'do MMMM yyyy'], yearless: ['d MMMM', 'do MMMM'] },
  { tag: 'he', aliases: ['iw'], locale: he, patterns: ['d בMMMM yyyy', 'd MMMM yyyy', 'd בMMMM, yyyy'], yearless: ['d בMMMM', 'd MMMM'], monthPrefix: 'ב' },
  {
    tag: 'hi',
    locale: hi,
    patterns: DMY,
    yearless: DMY_YEARLESS,
    // date-fns hi reads October only as "अक्तूबर"; CLDR writes "अक्टूबर".
    wordAliases: [['अक्टूबर', 'अक्तूबर'], ['अक्टू', 'अक्तू']],
  },
  { tag: 'hu', locale: hu, patterns: ['yyyy. MMMM d.', 'yyyy. MMMM d'], yearless: ['MMMM d.', 'MMMM d'] },
  { tag: 'id', aliases: ['in'], locale: id, patterns: DMY, yearless: DMY_YEARLESS },
  { tag: 'it', locale: it, patterns: DMY, yearless: DMY_YEARLESS },
  { tag: 'ja', locale: ja, patterns: CJK, yearless: CJK_YEARLESS },
  { tag: 'ko', locale: ko, patterns: ["yyyy'년' M'월' d'일'", "yyyy'년'M'월'd'일'"], yearless: ["M'월' d'일'", "M'월'd'일'"] },
  { tag: 'ms', locale: ms, patterns: DMY, yearless: DMY_YEARLESS },
  { tag: 'nl', aliases: ['nl-be'], locale: nl, patterns: DMY, yearless: DMY_YEARLESS },
  { tag: 'nb', aliases: ['no'], locale: nb, patterns: DOT_DMY, yearless: DOT_YEARLESS },
  { tag: 'pl', locale: pl, patterns: DMY, yearless: DMY_YEARLESS },
  { tag: 'pt', aliases: ['pt-br', 'pt-pt'], locale: pt, patterns: ROMANCE_DE, yearless: ROMANCE_DE_YEARLESS },
  { tag: 'ro', locale: ro, patterns: DMY, yearless: DMY_YEARLESS },
  { tag: 'ru', locale: ru, patterns: ["d MMMM yyyy 'г.'", "d MMMM yyyy'г.'", 'd MMMM yyyy'], yearless: DMY_YEARLESS },
  { tag: 'sv', locale: sv, patterns: DMY, yearless: DMY_YEARLESS },
  {
    tag: 'th',
    locale: th,
    patterns: ["d MMMM 'พ.ศ.' yyyy", "d MMMM 'ค.ศ.' yyyy", 'd MMMM yyyy'],
    yearless: DMY_YEARLESS,
    buddhistEra: true,
  },
  { tag: 'tr', locale: tr, patterns: DMY, yearless: DMY_YEARLESS },
  { tag: 'uk', wordAliases: [['лист', 'листоп']], locale: uk, patterns: ["d MMMM yyyy 'р.'", "d MMMM yyyy'р.'", 'd MMMM yyyy'], yearless: DMY_YEARLESS },
  { tag: 'ur', locale: buildLocale(UR), patterns: ['d MMMM، yyyy', ...DMY], yearless: DMY_YEARLESS },
  {
    tag: 'vi',
    locale: vi,
    patterns: ['d MMMM, yyyy', "d MMMM 'năm' yyyy", "'ngày' d MMMM 'năm' yyyy", "'Ngày' d MMMM 'năm' yyyy", 'd MMMM yyyy'],
    yearless: ['d MMMM'],
  },
  { tag: 'zh-cn', aliases: ['zh', 'zh-hans'], locale: zhCN, patterns: CJK, yearless: CJK_YEARLESS },
  { tag: 'zh-tw', aliases: ['zh-hant', 'zh-hk'], locale: zhTW, patterns: CJK, yearless: CJK_YEARLESS },
  // Further European languages date-fns covers.
  { tag: 'bg', locale: bg, patterns: ["d MMMM yyyy 'г.'", 'd MMMM yyyy'], yearless: DMY_YEARLESS },
  {
    tag: 'ca',
    locale: ca,
    patterns: [
      ...ROMANCE_DE,
      "d 'd’'MMMM 'de' yyyy",
      "d 'd'''MMMM 'de' yyyy",
      "d 'd’'MMMM 'del' yyyy",
      "d 'd'''MMMM 'del' yyyy",
      "d 'd’'MMMM yyyy",
      "d 'd'''MMMM yyyy",
    ],
    yearless: [...ROMANCE_DE_YEARLESS, "d 'd’'MMMM", "d 'd'''MMMM"],
  },
  {
    tag: 'hr',
    locale: hr,
    patterns: DOT_DMY_YEAR_DOT,
    yearless: DOT_YEARLESS,
    // date-fns hr tries "kolovoz" before "kolovoza" and stops there.
    wordAliases: [['kolovoza', 'kolovoz'], ['listopada', 'listopad'], ['studenoga', 'studenog']],
  },
  { tag: 'sk', locale: sk, patterns: DOT_DMY, yearless: DOT_YEARLESS },
  { tag: 'sr', aliases: ['sr-cyrl'], locale: sr, patterns: DOT_DMY_YEAR_DOT, yearless: DOT_YEARLESS },
  { tag: 'sr-latn', locale: srLatn, patterns: DOT_DMY_YEAR_DOT, yearless: DOT_YEARLESS },
  { tag: 'sl', locale: sl, patterns: DOT_DMY, yearless: DOT_YEARLESS },
  { tag: 'bs', locale: bs, patterns: DOT_DMY_YEAR_DOT, yearless: DOT_YEARLESS, wordAliases: [['august', 'avgust']] },
  { tag: 'mk', locale: mk, patterns: ["d MMMM yyyy 'г.'", 'd MMMM yyyy'], yearless: DMY_YEARLESS },
  { tag: 'be', locale: be, patterns: ["d MMMM yyyy 'г.'", 'd MMMM yyyy'], yearless: DMY_YEARLESS },
  { tag: 'et', locale: et, patterns: DOT_DMY, yearless: DOT_YEARLESS },
  { tag: 'lv', locale: lv, patterns: ["yyyy. 'gada' d. MMMM"], yearless: ['d. MMMM'] },
  { tag: 'lt', locale: lt, patterns: ["yyyy 'm'. MMMM d 'd'.", "yyyy 'm'. MMMM d"], yearless: ["MMMM d 'd'."] },
  {
    tag: 'is',
    locale: is,
    patterns: DOT_DMY,
    yearless: DOT_YEARLESS,
    // date-fns is reads "januar" and "águst"; CLDR writes "janúar" and "ágúst".
    wordAliases: [['janúar', 'januar'], ['ágúst', 'águst']],
  },
  { tag: 'gl', locale: gl, patterns: ROMANCE_DE, yearless: ROMANCE_DE_YEARLESS },
  {
    tag: 'eu',
    locale: eu,
    patterns: ["yyyy'(e)ko' MMMM'ren' d'(a)'", "yyyy'ko' MMMM'ren' d'a'", "yyyy'ko' MMMM'ren' d"],
    yearless: ["MMMM'ren' d'(a)'", "MMMM'ren' d'a'"],
  },
  { tag: 'cy', locale: cy, patterns: DMY, yearless: DMY_YEARLESS },
  // date-fns gd's matcher does not read its own "An Gearran 5, 2026", so gd is rebuilt from its names.
  { tag: 'gd', locale: buildLocale(namesOf(gd)), patterns: ['MMMM d, yyyy', 'd MMMM yyyy'], yearless: ['MMMM d', 'd MMMM'] },
  { tag: 'mt', locale: mt, patterns: ["d 'ta’' MMMM yyyy", "d 'ta''' MMMM yyyy", 'd MMMM yyyy'], yearless: ["d 'ta’' MMMM", 'd MMMM'] },
  { tag: 'lb', locale: lb, patterns: DOT_DMY, yearless: DOT_YEARLESS },
  // date-fns fy's matcher reads "maaie" (May) as March, so fy is rebuilt from its own names.
  { tag: 'fy', locale: buildLocale(namesOf(fy)), patterns: DMY, yearless: DMY_YEARLESS },
  { tag: 'nn', locale: nn, patterns: DOT_DMY, yearless: DOT_YEARLESS },
  { tag: 'sq', locale: sq, patterns: [...DMY, 'MMMM d, yyyy'], yearless: DMY_YEARLESS },
  { tag: 'oc', locale: oc, patterns: ROMANCE_DE, yearless: ROMANCE_DE_YEARLESS },
];

/**
 * BCP 47 tags of every language {@link parseEmbedDate} reads, in the order tried by default.
 *
 * @example
 * SUPPORTED_DATE_LOCALES.includes('ru'); // true
 */
export const SUPPORTED_DATE_LOCALES: readonly string[] = DATE_LOCALES.map((l) => l.tag);
