/**
 * Writing to stdout with backpressure, messages to stderr, and a progress line on a terminal.
 */
import { once } from 'node:events';

/** A failure of the CLI itself (a worker thread died, stdout failed), not of the input: exit 3. */
export class InternalError extends Error {
  override name = 'InternalError';
}

/** Writes text to a stream, waiting for `drain` whenever the stream's buffer is full. */
export class Output {
  constructor(private readonly stream: NodeJS.WritableStream) {}

  async write(text: string | Uint8Array): Promise<void> {
    if (text.length === 0 || this.stream.write(text)) return;
    try {
      await once(this.stream, 'drain');
    } catch (error) {
      throw new InternalError(`cannot write output: ${(error as Error).message}`);
    }
  }
}

/** One-line messages on stderr, and a progress line redrawn in place when stderr is a terminal. */
export class Messages {
  private shown = false;
  private lastDraw = 0;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    /** Draw progress at all (stderr is a terminal). */
    readonly progress: boolean,
  ) {}

  /** Prints `embedsift: <line>`, clearing the progress line first. */
  say(line: string): void {
    this.clear();
    this.stream.write(`embedsift: ${line}\n`);
  }

  /** Redraws the progress line, at most five times a second. */
  update(describe: () => string): void {
    if (!this.progress) return;
    const now = Date.now();
    if (now - this.lastDraw < 200) return;
    this.lastDraw = now;
    this.stream.write(`\rembedsift: ${describe()}\u001b[K`);
    this.shown = true;
  }

  /** Removes the progress line. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\u001b[K');
    this.shown = false;
  }
}
