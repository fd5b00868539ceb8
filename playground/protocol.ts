/** The messages between the page and its worker (plain structured-clone values). */
import type { Embed, InputFormat, Platform } from '../src/index.js';
import type { Mark } from './marks.js';

/** Options as the page's controls give them. */
export interface RunOptions {
  format: 'auto' | InputFormat;
  platforms: Platform[];
  /** Empty: no hint (every locale is tried). */
  locales: string[];
}

/** Page → worker. */
export interface RunRequest {
  type: 'run';
  id: number;
  input: string;
  options: RunOptions;
}

/** Worker → page, once on start: what the controls offer. */
export interface Ready {
  type: 'ready';
  platforms: Platform[];
  locales: string[];
}

/** Worker → page: the answer to one run. */
export interface RunResult {
  type: 'result';
  id: number;
  /** What detectFormat says about the input. */
  detected: InputFormat;
  /** The format the run used (the override, or the detected one). */
  format: InputFormat;
  embeds: Embed[];
  /** `JSON.stringify(extractEmbeds(input, options), null, 2)`, untouched. */
  json: string;
  stripped: string;
  /** The marks of each embed, in the embeds' order. */
  marks: Mark[][];
  /** Milliseconds spent in the worker on each part of the run. */
  ms: { extract: number; strip: number; marks: number };
}

/** Worker → page: a run failed (a bug: the library never throws on content). */
export interface RunError {
  type: 'error';
  id: number;
  message: string;
}

export type FromWorker = Ready | RunResult | RunError;
