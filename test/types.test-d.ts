// Type tests of the public API against the contract: checked by `npm run typecheck` (tsc), so a
// signature or field that drifts from the contract fails the build of the checks.
import { expectTypeOf } from 'vitest';
import {
  detectFormat,
  extractEmbeds,
  extractEntities,
  extractTweets,
  parseEmbedDate,
  parseSignature,
  parseStatusUrl,
  snowflakeTime,
  stripEmbeds,
  supportedPlatforms,
  DEFAULT_MAX_INPUT_LENGTH,
  type Embed,
  type Entities,
  type ExtractOptions,
  type Platform,
  type Signature,
  type DateLocale,
} from '../src/index.js';
import { de } from '../src/locales.js';

expectTypeOf(extractEmbeds).parameters.toEqualTypeOf<[input: string | Uint8Array, options?: ExtractOptions]>();
expectTypeOf(extractEmbeds).returns.toEqualTypeOf<Embed[]>();
expectTypeOf(extractTweets).parameters.toEqualTypeOf<[input: string | Uint8Array, options?: ExtractOptions]>();
expectTypeOf(extractTweets).returns.toEqualTypeOf<Embed[]>();
expectTypeOf(stripEmbeds).parameters.toEqualTypeOf<[input: string | Uint8Array, options?: ExtractOptions]>();
expectTypeOf(stripEmbeds).returns.toEqualTypeOf<string>();
expectTypeOf(detectFormat).parameters.toEqualTypeOf<[input: string]>();
expectTypeOf(detectFormat).returns.toEqualTypeOf<'html' | 'markdown' | 'text'>();
expectTypeOf(parseEmbedDate).toBeCallableWith('February 5, 2026');
expectTypeOf(parseEmbedDate).toBeCallableWith('5 février 2026', { locales: ['fr'] });
expectTypeOf(parseEmbedDate).returns.toEqualTypeOf<string | null>();
expectTypeOf(parseStatusUrl).parameters.toEqualTypeOf<[url: string]>();
expectTypeOf(parseStatusUrl).returns.toEqualTypeOf<{ handle: string | null; id: string } | null>();
expectTypeOf(parseSignature).toBeCallableWith('— Jane (@jane) February 5, 2026');
expectTypeOf(parseSignature).returns.toEqualTypeOf<Signature | null>();
expectTypeOf(snowflakeTime).toBeCallableWith('1310340832445292544');
expectTypeOf(snowflakeTime).returns.toEqualTypeOf<string | null>();
expectTypeOf(extractEntities).parameters.toEqualTypeOf<[text: string]>();
expectTypeOf(extractEntities).returns.toEqualTypeOf<Entities>();
expectTypeOf(supportedPlatforms).toExtend<readonly Platform[]>();
expectTypeOf(DEFAULT_MAX_INPUT_LENGTH).toEqualTypeOf<number>();

expectTypeOf<Platform>().toEqualTypeOf<
  'x' | 'bluesky' | 'mastodon' | 'threads' | 'instagram' | 'tiktok' | 'facebook' | 'youtube' | 'reddit' | 'telegram'
>();

expectTypeOf<Signature>().toEqualTypeOf<{ name: string | null; handle: string; dateText: string | null; date: string | null }>();

expectTypeOf<Entities>().toEqualTypeOf<{
  urls: { url: string; start: number; end: number }[];
  mentions: { handle: string; start: number; end: number }[];
  hashtags: { tag: string; start: number; end: number }[];
  cashtags: { tag: string; start: number; end: number }[];
}>();

// The contract's options; ours may add more (maxInputLength).
expectTypeOf<ExtractOptions['format']>().toEqualTypeOf<'auto' | 'html' | 'markdown' | 'text' | undefined>();
// The contract's mutable arrays are accepted, and so are readonly ones: the library's own
// supportedPlatforms, `as const` lists, and locale data from embedsift/locales.
expectTypeOf<Platform[]>().toExtend<NonNullable<ExtractOptions['platforms']>>();
expectTypeOf<string[]>().toExtend<NonNullable<ExtractOptions['locales']>>();
expectTypeOf(extractEmbeds).toBeCallableWith('', { platforms: supportedPlatforms });
expectTypeOf(extractEmbeds).toBeCallableWith('', { platforms: ['x', 'twitter'] as const });
expectTypeOf(extractEmbeds).toBeCallableWith('', { locales: ['de', 'fr'] as const });
expectTypeOf(extractEmbeds).toBeCallableWith('', { locales: [de, 'fr'] });
expectTypeOf(parseEmbedDate).toBeCallableWith('5. Februar 2026', { locales: ['de'] as const });
expectTypeOf(parseEmbedDate).toBeCallableWith('5. Februar 2026', { locales: [de] });
expectTypeOf(de).toEqualTypeOf<DateLocale>();
// Readonly in, never a wrong platform name: this must not compile.
// @ts-expect-error 'mastodon.social' is no platform
extractEmbeds('', { platforms: ['mastodon.social'] });
// Bytes are input too (decoded as UTF-8).
expectTypeOf(extractEmbeds).toBeCallableWith(new Uint8Array(0));
expectTypeOf(snowflakeTime).toBeCallableWith(1310340832445292544n);

// Every contract field of Embed, with its exact type (more fields may be added).
expectTypeOf<Pick<Embed, keyof ContractEmbed>>().toEqualTypeOf<ContractEmbed>();
interface ContractEmbed {
  platform: Platform;
  kind: string;
  source: 'html' | 'markdown' | 'text';
  id: string | null;
  url: string | null;
  author: { name: string | null; handle: string | null };
  date: string | null;
  dateText: string | null;
  createdAt: string | null;
  text: string | null;
  lang: string | null;
  links: string[];
  media: string[];
  mentions: string[];
  hashtags: string[];
  cashtags: string[];
  truncated: boolean;
  start: number;
  end: number;
}
