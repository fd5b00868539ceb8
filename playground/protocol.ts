/** The messages between the page and its worker (plain structured-clone values). */
import type { InputFormat, Platform } from '../src/index.js';

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

/** Page → worker: the stripped input of the last run (made only when asked for: it is as long as the input). */
export interface StripRequest {
  type: 'strip';
  /** The run's id. */
  id: number;
}

export type ToWorker = RunRequest | StripRequest;

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
  /**
   * `JSON.stringify(extractEmbeds(input, options), null, 2)`: the raw JSON the page shows, and
   * the embeds themselves (JSON.parse on the page is several times cheaper for the main thread
   * than receiving thousands of objects by structured clone).
   */
  json: string;
  /** The marks of every embed, packed by packMarks (transferred, not copied). */
  marks: Int32Array;
  /** Milliseconds spent in the worker on each part of the run. */
  ms: { extract: number; marks: number };
}

/** Worker → page: `stripEmbeds(input, options)` for run `id`; null when that run is no longer the worker's last. */
export interface StripResult {
  type: 'stripped';
  id: number;
  stripped: string | null;
  ms: number;
}

/** Worker → page: a run failed (a bug: the library never throws on content). */
export interface RunError {
  type: 'error';
  id: number;
  message: string;
}

export type FromWorker = Ready | RunResult | RunError | StripResult;
