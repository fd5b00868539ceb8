import type { Embed, ExtractOptions, InputFormat, Platform } from '../types.js';

/** What a platform scanner is handed: the input, its format, and the caller's hints. */
export interface ScanContext {
  /** The input as given (already clipped to `maxInputLength`). Offsets point into it. */
  readonly input: string;
  readonly source: InputFormat;
  /** Date locale hints and/or locale data (`ExtractOptions.locales`), or undefined for the default. */
  readonly locales: ExtractOptions['locales'];
}

/** A scanner of one input format: any string in, embeds out, never a throw. */
export type Scanner = (ctx: ScanContext) => Embed[];

/**
 * One platform: its id, a cheap substring gate, and a scanner per format it supports.
 * Adding a platform means one folder under `platforms/` and one entry in `registry.ts`.
 */
export interface PlatformDefinition {
  readonly id: Platform;
  /** Cheap gate (`includes`/`indexOf`): false means the input cannot hold this platform's embeds. */
  readonly mayContain: (input: string, format: InputFormat) => boolean;
  readonly html?: Scanner;
  readonly markdown?: Scanner;
  readonly text?: Scanner;
}
