/**
 * The `embedsift` command (bundled to dist/cli.js). The same file serves as the worker thread
 * entry for `--jobs`: started with embedsift's workerData, it serves tasks instead.
 */
import { main, EXIT } from './main.js';
import { shortMessage } from './records.js';
import { isWorker, serveTasks } from './worker.js';

if (isWorker()) {
  serveTasks();
} else {
  const fatal = (message: string): void => {
    process.stderr.write(`embedsift: ${message}\n`);
    process.exit(EXIT.internal);
  };
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // The reader went away (`embedsift … | head`): stop quietly, as other filters do.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    fatal(`cannot write output: ${shortMessage(error)}`);
  });
  process.on('uncaughtException', (error) => fatal(`internal error: ${shortMessage(error)}`));
  process.on('unhandledRejection', (error) => fatal(`internal error: ${shortMessage(error)}`));

  main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: process.stdin.isTTY === true,
    entry: new URL(import.meta.url),
  }).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => fatal(`internal error: ${shortMessage(error)}`),
  );
}
