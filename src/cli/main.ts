/**
 * The three ways the CLI runs, chosen by the options alone: one input (a JSON array),
 * `--per-file` (one JSON line per file, any number of files) and `--jsonl` (one JSON line per
 * record, streamed). Several inputs without either option are a usage error, so the shape of
 * the output never depends on how many files a glob matched. Returns the exit status.
 */
import { Buffer } from 'node:buffer';
import { supportedPlatforms } from '../index.js';
import { version } from '../../package.json';
import { helpText, parseArgs, UsageError, type CliArgs } from './args.js';
import { describeReadError, displayName, InputError, isReadError, openStream, readInput } from './input.js';
import { splitLines } from './lines.js';
import { InternalError, Messages, Output } from './output.js';
import { findEmbeds, jsonLine, shortMessage, type RecordOptions } from './records.js';
import { inlineRunner, inputWarnings, workerRunner, type Runner, type Task, type TaskResult } from './tasks.js';
import { readArchive } from './warc.js';
import { toTaskItem, type WarcTaskItem } from './warc-records.js';

/** Exit statuses (see docs/cli.md). */
export const EXIT = { ok: 0, badRecords: 1, usage: 2, internal: 3, inputCut: 4 } as const;

/** The status of a run: its own, else 4 when an input was cut at `--max-input-length`. */
function withCut(status: number, cut: number): number {
  return status === EXIT.ok && cut > 0 ? EXIT.inputCut : status;
}

/** A JSONL task holds at most this many lines … */
const BATCH_LINES = 512;
/** … or about this many bytes, so work spreads over the workers in small, even pieces. */
const BATCH_BYTES = 256 * 1024;
/** Tasks in flight per job: enough to keep every worker busy, few enough to bound memory. */
const IN_FLIGHT_PER_JOB = 4;

/** Where the CLI reads and writes; the real process's streams unless a caller passes others. */
export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdinIsTTY: boolean;
  /** The file that worker threads start (the CLI bundle itself). */
  entry: URL;
}

/**
 * Runs the CLI on `argv` (the arguments after the script name) and resolves with the exit status.
 *
 * @example
 * ```ts
 * process.exitCode = await main(['page.html', '--pretty'], io);
 * ```
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const messages = new Messages(io.stderr, io.stderr.isTTY === true);
  const out = new Output(io.stdout);

  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    messages.say(error.message);
    return EXIT.usage;
  }
  if (args.help) {
    await out.write(helpText(supportedPlatforms));
    return EXIT.ok;
  }
  if (args.version) {
    await out.write(`${version}\n`);
    return EXIT.ok;
  }

  if (args.inputs.filter((name) => name === '-').length > 1) {
    messages.say('stdin (-) can be given only once');
    return EXIT.usage;
  }
  if (args.inputs.length === 0 && io.stdinIsTTY) {
    messages.say('no input: give a FILE, or pipe text to stdin (see --help)');
    return EXIT.usage;
  }
  const inputs = args.inputs.length === 0 ? ['-'] : args.inputs;
  if (inputs.length > 1 && !args.jsonl && !args.perFile && !args.warc) {
    messages.say(`${inputs.length} inputs: add --per-file (one JSON line per file) or --jsonl (see --help)`);
    return EXIT.usage;
  }
  if (args.jsonl && args.perFile) {
    messages.say('--per-file and --jsonl cannot be combined: --jsonl already writes one line per record');
    return EXIT.usage;
  }
  if (args.warc && args.perFile) {
    messages.say('--per-file and --warc cannot be combined: --warc already writes one line per record');
    return EXIT.usage;
  }
  const idle = (args.platforms ?? []).filter((p) => !supportedPlatforms.includes(p));
  if (idle.length > 0) {
    messages.say(`warning: no scanner for ${idle.join(', ')} yet (scanners: ${supportedPlatforms.join(', ')})`);
  }

  const options: RecordOptions = {
    format: args.format,
    platforms: args.platforms,
    pretty: args.pretty,
    maxLineBytes: args.maxLineBytes,
    maxInputLength: args.maxInputLength,
    allRecords: args.allRecords,
  };
  try {
    if (args.warc) return await runWarc(inputs, args, options, io, out, messages);
    if (args.jsonl) return await runJsonl(inputs, args, options, io, out, messages);
    if (args.perFile) return await runFiles(inputs, args, options, io, out, messages);
    return await runSingle(inputs[0] as string, options, out, messages);
  } catch (error) {
    messages.say(
      error instanceof InternalError ? error.message : `internal error: ${shortMessage(error)}`,
    );
    return EXIT.internal;
  }
}

/** One input: a JSON array of its embeds; exit 4 when it was cut at `--max-input-length`. */
async function runSingle(name: string, options: RecordOptions, out: Output, messages: Messages): Promise<number> {
  let input;
  try {
    input = await readInput(name, options.maxInputLength);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    messages.say(error.message);
    return EXIT.usage;
  }
  for (const warning of inputWarnings(name, input, options.maxInputLength)) messages.say(warning);
  await out.write(jsonLine(findEmbeds(input.text, options, 'auto'), options.pretty));
  return withCut(EXIT.ok, input.clipped ? 1 : 0);
}

/** Totals for the progress line and the closing summary. */
interface Totals {
  inputs: number;
  lines: number;
  bytes: number;
  records: number;
  failed: number;
  embeds: number;
  status: number;
  invalidLines: number;
  cut: number;
}

/**
 * Prints task results in the order the tasks were made, while later tasks still run. At most
 * `limit` tasks wait at once; `add` waits (and so stops the reading) until there is room.
 */
class InOrder {
  private readonly slots: { promise: Promise<TaskResult>; result?: TaskResult }[] = [];

  constructor(
    private readonly limit: number,
    private readonly emit: (result: TaskResult) => Promise<void>,
  ) {}

  async add(promise: Promise<TaskResult>): Promise<void> {
    const slot: { promise: Promise<TaskResult>; result?: TaskResult } = { promise };
    promise.then(
      (result) => {
        slot.result = result;
      },
      () => {}, // the rejection is seen where the slot is awaited
    );
    this.slots.push(slot);
    while (this.slots[0]?.result !== undefined) await this.emitFirst();
    while (this.slots.length > this.limit) await this.emitFirst();
  }

  async finish(): Promise<void> {
    while (this.slots.length > 0) await this.emitFirst();
  }

  private async emitFirst(): Promise<void> {
    const slot = this.slots.shift();
    if (slot !== undefined) await this.emit(await slot.promise);
  }
}

/** Starts the runner `--jobs` asks for: inline for 1, worker threads (never more than tasks) above. */
function startRunner(jobs: number, options: RecordOptions, io: Io): Runner {
  return jobs <= 1 ? inlineRunner(options) : workerRunner(jobs, options, io.entry);
}

/** The printer shared by the multi-input modes: output, stderr messages, totals, progress. */
function printer(out: Output, messages: Messages, totals: Totals): (result: TaskResult) => Promise<void> {
  return async (result) => {
    for (const message of result.messages) messages.say(message);
    totals.records += result.records;
    totals.failed += result.failed;
    totals.embeds += result.embeds;
    totals.status = Math.max(totals.status, result.status);
    totals.invalidLines += result.invalidLines;
    totals.cut += result.cut;
    await out.write(result.out);
  };
}

/** What a multi-input mode feeds its tasks to. */
interface Session {
  readonly totals: Totals;
  readonly runner: Runner;
  /** Prints results in task order (see InOrder). */
  readonly order: InOrder;
}

/**
 * The set-up both multi-input modes share: totals, a runner of `jobs` workers, results printed
 * in task order. Runs `feed`, prints what is left, and closes the runner whatever happens.
 */
async function session(
  jobs: number,
  options: RecordOptions,
  io: Io,
  out: Output,
  messages: Messages,
  feed: (s: Session) => Promise<void>,
): Promise<Totals> {
  const totals: Totals = { inputs: 0, lines: 0, bytes: 0, records: 0, failed: 0, embeds: 0, status: 0, invalidLines: 0, cut: 0 };
  const runner = startRunner(jobs, options, io);
  const order = new InOrder(Math.max(1, jobs) * IN_FLIGHT_PER_JOB, printer(out, messages, totals));
  try {
    await feed({ totals, runner, order });
    await order.finish();
  } finally {
    await runner.close();
  }
  messages.clear();
  return totals;
}

/** `--per-file`: one `{"file": …, "embeds": [...]}` line per input, in argument order. */
async function runFiles(
  inputs: string[],
  args: CliArgs,
  options: RecordOptions,
  io: Io,
  out: Output,
  messages: Messages,
): Promise<number> {
  const jobs = Math.min(args.jobs, inputs.length);
  const done = await session(jobs, options, io, out, messages, async ({ totals, runner, order }) => {
    for (const name of inputs) {
      let task: Task = { kind: 'file', name };
      if (name === '-') {
        // Workers have no stdin: the main thread reads it and hands over the text.
        try {
          task = { kind: 'text', name, input: await readInput(name, options.maxInputLength) };
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          const failed: TaskResult = {
            out: jsonLine({ file: name, error: error.message }, options.pretty),
            records: 1,
            failed: 1,
            embeds: 0,
            messages: [error.message],
            status: 2,
            invalidLines: 0,
            cut: 0,
          };
          await order.add(Promise.resolve(failed));
          continue;
        }
      }
      await order.add(runner.run(task));
      totals.inputs++;
      messages.update(() => `${totals.inputs} of ${inputs.length} files, ${totals.embeds} embeds`);
    }
  });
  return withCut(done.status, done.cut);
}

/** `--jsonl`: every input read line by line, one output line per non-blank input line. */
async function runJsonl(
  inputs: string[],
  args: CliArgs,
  options: RecordOptions,
  io: Io,
  out: Output,
  messages: Messages,
): Promise<number> {
  const started = Date.now();
  const describe = (t: Totals): string =>
    `${t.lines} lines, ${(t.bytes / 1e6).toFixed(1)} MB, ${t.embeds} embeds, ${t.failed} errors`;
  const done = await session(args.jobs, options, io, out, messages, async ({ totals, runner, order }) => {
    for (const name of inputs) {
      const file = inputs.length > 1 ? name : null;
      const invalidBefore = totals.invalidLines;
      let lineNumber = 0;
      let pieces: Buffer[] = [];
      let sizes: number[] = [];
      let batchBytes = 0;
      const send = async (): Promise<void> => {
        if (sizes.length === 0) return;
        const data = oneBuffer(pieces, batchBytes);
        const task: Task = { kind: 'lines', data, sizes, first: lineNumber - sizes.length + 1, file };
        pieces = [];
        sizes = [];
        batchBytes = 0;
        await order.add(runner.run(task));
      };
      try {
        for await (const lines of splitLines(openStream(name), args.maxLineBytes)) {
          for (const raw of lines) {
            lineNumber++;
            if (Buffer.isBuffer(raw)) {
              pieces.push(raw);
              sizes.push(raw.length);
              batchBytes += raw.length;
              totals.bytes += raw.length + 1;
            } else {
              sizes.push(-raw.tooLong);
              totals.bytes += raw.tooLong + 1;
            }
            totals.lines++;
            if (sizes.length >= BATCH_LINES || batchBytes >= BATCH_BYTES) await send();
          }
          await send();
          messages.update(() => describe(totals));
        }
      } catch (error) {
        if (error instanceof InternalError || !isReadError(error)) throw error;
        messages.say(describeReadError(name, error));
        totals.status = Math.max(totals.status, EXIT.usage);
      }
      await send();
      // Drain this input's tasks so its warning can count them (a short pause between inputs).
      await order.finish();
      const invalidLines = totals.invalidLines - invalidBefore;
      if (invalidLines > 0) {
        messages.say(`${displayName(name)}: warning: invalid UTF-8 in ${invalidLines} lines, replaced by U+FFFD`);
      }
      totals.inputs++;
    }
  });
  if (done.failed > 0) {
    messages.say(`${done.failed} of ${done.records} lines could not be read (see their "error" records)`);
  } else if (messages.progress) {
    messages.say(`${describe(done)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return withCut(Math.max(done.status, done.failed > 0 ? EXIT.badRecords : EXIT.ok), done.cut);
}

/** A batch's pieces copied into one fresh buffer (never a slice of Node's shared pool), so it can be transferred. */
function oneBuffer(pieces: readonly Buffer[], bytes: number): Buffer {
  const data = Buffer.allocUnsafeSlow(bytes);
  let at = 0;
  for (const piece of pieces) at += piece.copy(data, at);
  return data;
}

/** A `--warc` task holds at most this many records … */
const WARC_BATCH_RECORDS = 64;

/**
 * `--warc`: every input read as a web archive, record by record; one line per record holding
 * embeds (every record with `--all-records`), and a summary on stderr.
 */
async function runWarc(
  inputs: string[],
  args: CliArgs,
  options: RecordOptions,
  io: Io,
  out: Output,
  messages: Messages,
): Promise<number> {
  let skipped = 0;
  const describe = (t: Totals): string =>
    `${t.records} records read, ${skipped} skipped, ${t.failed} failed, ${t.embeds} embeds found`;
  const done = await session(args.jobs, options, io, out, messages, async ({ totals, runner, order }) => {
    let pieces: Buffer[] = [];
    let sizes: number[] = [];
    let items: WarcTaskItem[] = [];
    let batchBytes = 0;
    const send = async (): Promise<void> => {
      if (items.length === 0) return;
      const task: Task = { kind: 'warc', data: oneBuffer(pieces, batchBytes), sizes, items };
      pieces = [];
      sizes = [];
      items = [];
      batchBytes = 0;
      await order.add(runner.run(task));
    };
    for (const name of inputs) {
      // warcio reports a record that overruns its Content-Length with console.warn; say it our way.
      const warn = console.warn;
      console.warn = (...parts: unknown[]) => messages.say(`${displayName(name)}: warning: ${parts.join(' ').split('\n', 1)[0] ?? ''}`);
      try {
        for await (const item of readArchive(openStream(name), name)) {
          const { item: taskItem, body } = toTaskItem(item);
          if (item.kind === 'skip') skipped++;
          items.push(taskItem);
          sizes.push(body?.length ?? 0);
          if (body !== null) {
            pieces.push(body);
            batchBytes += body.length;
            totals.bytes += body.length;
          }
          if (items.length >= WARC_BATCH_RECORDS || batchBytes >= BATCH_BYTES) await send();
          messages.update(() => describe(totals));
        }
      } catch (error) {
        if (error instanceof InternalError || !isReadError(error)) throw error;
        await send();
        messages.say(describeReadError(name, error));
        totals.status = Math.max(totals.status, EXIT.usage);
      } finally {
        console.warn = warn;
      }
      totals.inputs++;
    }
    await send();
  });
  messages.say(describe(done));
  return withCut(Math.max(done.status, done.failed > 0 ? EXIT.badRecords : EXIT.ok), done.cut);
}
