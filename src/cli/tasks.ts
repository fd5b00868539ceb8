/**
 * Units of work and how to run them: inline in the main thread (`--jobs 1`) or on a pool of
 * worker threads. Either way results come back as output text, and the caller prints them in
 * the order the tasks were made.
 */
import { Buffer } from 'node:buffer';
import { Worker } from 'node:worker_threads';
import { decodeLine } from './decode.js';
import { displayName, InputError, readInput, type InputText } from './input.js';
import { InternalError } from './output.js';
import { findEmbeds, jsonLine, processLine, shortMessage, type RecordOptions } from './records.js';
import { warcRecordsOut, type WarcTaskItem } from './warc-records.js';

/** One unit of work; plain data, so it can be posted to a worker. */
export type Task =
  /**
   * JSONL lines as raw bytes, one after another in `data` (one buffer, so it can be transferred
   * to a worker without copying); `sizes[i]` is line i's byte length, or minus the length of a
   * line too long to keep (its bytes are not in `data`). `first` is the number of line 0 in its input.
   */
  | { kind: 'lines'; data: Uint8Array; sizes: number[]; first: number; file: string | null }
  /** A file to read and scan, printed as `{"file": …, "embeds": [...]}`. */
  | { kind: 'file'; name: string }
  /** Text already read (stdin among several inputs), printed like a file. */
  | { kind: 'text'; name: string; input: InputText }
  /**
   * Archive records in file order (see warc.ts): the bodies one after another in `data`
   * (transferred like JSONL lines), `sizes[i]` the body length of record i (0 for records without one).
   */
  | { kind: 'warc'; data: Uint8Array; sizes: number[]; items: WarcTaskItem[] };

/** What a task gives back: output text, counts, and lines for stderr (without the `embedsift: ` prefix). */
export interface TaskResult {
  /** Output text; a worker sends it encoded, so the main thread only copies bytes. */
  out: string | Uint8Array;
  records: number;
  failed: number;
  embeds: number;
  messages: string[];
  /** 0, or 2 when an input could not be read. */
  status: 0 | 2;
  /** JSONL lines that held invalid UTF-8 (decoded with U+FFFD). */
  invalidLines: number;
  /** Inputs or records longer than `--max-input-length`, scanned only in part. */
  cut: number;
}

/** Warnings about how an input was decoded, for stderr. */
export function inputWarnings(name: string, input: InputText, maxUnits: number): string[] {
  const warnings: string[] = [];
  if (input.invalid) warnings.push(`${displayName(name)}: warning: invalid UTF-8 replaced by U+FFFD`);
  if (input.clipped) {
    warnings.push(`${displayName(name)}: warning: longer than ${maxUnits} characters; only the first ${maxUnits} were scanned`);
  }
  return warnings;
}

/**
 * Runs one task in the current thread.
 *
 * @example
 * ```ts
 * const data = new TextEncoder().encode('{"id":1,"text":""}');
 * const r = await runTask({ kind: 'lines', data, sizes: [data.length], first: 1, file: null }, options);
 * r.out; // '{"id":1,"embeds":[]}\n'
 * ```
 */
export async function runTask(task: Task, options: RecordOptions): Promise<TaskResult> {
  const result: TaskResult = {
    out: '',
    records: 0,
    failed: 0,
    embeds: 0,
    messages: [],
    status: 0,
    invalidLines: 0,
    cut: 0,
  };
  if (task.kind === 'lines') {
    const data = Buffer.from(task.data.buffer, task.data.byteOffset, task.data.byteLength);
    let out = '';
    let at = 0;
    task.sizes.forEach((size, i) => {
      let line: string | { tooLong: number };
      if (size < 0) {
        line = { tooLong: -size };
      } else {
        const decoded = decodeLine(data.subarray(at, at + size));
        at += size;
        if (decoded.invalid) result.invalidLines++;
        // A byte-order mark before the first record is not part of the JSON.
        line = task.first + i === 1 && decoded.text.startsWith('\uFEFF') ? decoded.text.slice(1) : decoded.text;
      }
      const outcome = processLine(line, task.first + i, task.file, options);
      if (outcome === null) return;
      out += outcome.out;
      result.records++;
      if (outcome.failed) result.failed++;
      if (outcome.cut) result.cut++;
      result.embeds += outcome.embeds;
    });
    result.out = out;
    return result;
  }
  if (task.kind === 'warc') return warcRecordsOut(task.data, task.sizes, task.items, options, result);

  const maxUnits = options.maxInputLength;
  let input: InputText;
  if (task.kind === 'text') {
    input = task.input;
  } else {
    try {
      input = await readInput(task.name, maxUnits);
    } catch (error) {
      const message = error instanceof InputError ? error.message : shortMessage(error);
      result.out = jsonLine({ file: task.name, error: message }, options.pretty);
      result.messages.push(message);
      result.records = 1;
      result.failed = 1;
      result.status = 2;
      return result;
    }
  }
  result.messages.push(...inputWarnings(task.name, input, maxUnits));
  const embeds = findEmbeds(input.text, options, 'auto');
  result.out = jsonLine(input.clipped ? { file: task.name, embeds, inputCut: true } : { file: task.name, embeds }, options.pretty);
  if (input.clipped) result.cut = 1;
  result.records = 1;
  result.embeds = embeds.length;
  return result;
}

/** Runs tasks somewhere and resolves with their results. */
export interface Runner {
  run(task: Task): Promise<TaskResult>;
  close(): Promise<void>;
}

/** `--jobs 1`: every task in the main thread. */
export function inlineRunner(options: RecordOptions): Runner {
  return { run: (task) => runTask(task, options), close: async () => {} };
}

/** The `workerData` that starts the CLI bundle as a worker. */
export interface WorkerData {
  embedsiftWorker: true;
  options: RecordOptions;
}

interface Pending {
  id: number;
  task: Task;
  resolve: (result: TaskResult) => void;
  reject: (error: InternalError) => void;
}

/**
 * `--jobs N`: N worker threads running this same file in worker mode. Each worker takes one task
 * at a time from a shared queue; a worker that dies fails the run.
 */
export function workerRunner(jobs: number, options: RecordOptions, entry: URL): Runner {
  const queue: Pending[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending>();
  let nextId = 0;
  let broken: InternalError | null = null;
  let closing = false;

  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop() as Worker;
      const job = queue.shift() as Pending;
      busy.set(worker, job);
      // Line bytes move to the worker instead of being copied; the main thread is done with them.
      const transfer = job.task.kind === 'lines' || job.task.kind === 'warc' ? [job.task.data.buffer as ArrayBuffer] : [];
      worker.postMessage({ id: job.id, task: job.task }, transfer);
    }
  };
  const breakAll = (error: InternalError): void => {
    broken ??= error;
    for (const job of [...busy.values(), ...queue.splice(0)]) job.reject(broken);
    busy.clear();
  };

  const workers: Worker[] = [];
  for (let i = 0; i < jobs; i++) {
    const data: WorkerData = { embedsiftWorker: true, options };
    const worker = new Worker(entry, { workerData: data, stdout: false, stderr: false });
    worker.on('message', (message: { id: number; result?: TaskResult; error?: string }) => {
      const job = busy.get(worker);
      if (job === undefined || job.id !== message.id) return;
      busy.delete(worker);
      idle.push(worker);
      if (message.result !== undefined) job.resolve(message.result);
      else job.reject(new InternalError(`worker thread failed: ${message.error ?? 'no reason given'}`));
      dispatch();
    });
    worker.on('error', (error) => breakAll(new InternalError(`worker thread failed: ${shortMessage(error)}`)));
    worker.on('exit', (code) => {
      if (busy.has(worker) || (code !== 0 && broken === null && !closing)) {
        breakAll(new InternalError(`worker thread exited with code ${code}`));
      }
    });
    workers.push(worker);
    idle.push(worker);
  }

  return {
    run(task) {
      if (broken !== null) return Promise.reject(broken);
      return new Promise<TaskResult>((resolve, reject) => {
        queue.push({ id: nextId++, task, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
