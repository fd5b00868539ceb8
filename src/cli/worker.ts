/**
 * Worker mode: the CLI bundle started by {@link workerRunner} with `workerData.embedsiftWorker`.
 * It runs tasks one at a time and posts each result back with the task's id.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { shortMessage } from './records.js';
import { runTask, type Task, type WorkerData } from './tasks.js';

/** True when this thread was started as an embedsift worker. */
export function isWorker(): boolean {
  return parentPort !== null && (workerData as Partial<WorkerData> | null)?.embedsiftWorker === true;
}

/** Serves tasks until the main thread terminates this worker. */
export function serveTasks(): void {
  const port = parentPort;
  if (port === null) return;
  const { options } = workerData as WorkerData;
  const encoder = new TextEncoder();
  port.on('message', (message: { id: number; task: Task }) => {
    runTask(message.task, options).then(
      (result) => {
        // Sent as bytes in a buffer of its own, moved rather than copied to the main thread.
        const out = typeof result.out === 'string' ? encoder.encode(result.out) : result.out;
        port.postMessage({ id: message.id, result: { ...result, out } }, [out.buffer as ArrayBuffer]);
      },
      (error: unknown) => port.postMessage({ id: message.id, error: shortMessage(error) }),
    );
  });
}
