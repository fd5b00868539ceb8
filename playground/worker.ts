/**
 * The playground's worker: runs the library on the page's input off the main thread, so that a
 * 10 MB page never freezes the tab, and sends back the embeds (as their JSON) and the marks to
 * paint; the stripped input, as long as the input, only when the page asks for it.
 */
import { detectFormat, extractEmbeds, stripEmbeds, supportedPlatforms, type ExtractOptions } from '../src/index.js';
import { SUPPORTED_DATE_LOCALES } from '../src/core/dates/index.js';
import { marksFor, packMarks } from './marks.js';
import type { FromWorker, ToWorker } from './protocol.js';

/** The parts of a dedicated worker's global scope used here (the DOM lib has no worker types). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

/** The last run, kept for a later request of its stripped input. */
let last: { id: number; input: string; options: ExtractOptions } | null = null;

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'strip') {
    const t0 = performance.now();
    const stripped = last?.id === request.id ? stripEmbeds(last.input, last.options) : null;
    scope.postMessage({ type: 'stripped', id: request.id, stripped, ms: performance.now() - t0 });
    return;
  }
  const { id, input, options } = request;
  try {
    const detected = detectFormat(input);
    const format = options.format === 'auto' ? detected : options.format;
    const opts: ExtractOptions = { format, platforms: options.platforms };
    if (options.locales.length > 0) opts.locales = options.locales;
    last = { id, input, options: opts };

    const t0 = performance.now();
    const embeds = extractEmbeds(input, opts);
    const t1 = performance.now();
    const marks = packMarks(embeds.flatMap((e, i) => marksFor(input, e, i, format)));
    const t2 = performance.now();

    scope.postMessage(
      {
        type: 'result',
        id,
        detected,
        format,
        json: JSON.stringify(embeds, null, 2),
        marks,
        ms: { extract: t1 - t0, marks: t2 - t1 },
      },
      [marks.buffer],
    );
  } catch (error) {
    scope.postMessage({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
};

scope.postMessage({ type: 'ready', platforms: [...supportedPlatforms], locales: [...SUPPORTED_DATE_LOCALES] });
