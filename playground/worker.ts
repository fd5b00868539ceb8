/**
 * The playground's worker: runs the library on the page's input off the main thread, so that a
 * 10 MB page never freezes the tab, and sends back the embeds, the raw JSON, the stripped input
 * and the marks to paint.
 */
import { detectFormat, extractEmbeds, stripEmbeds, supportedPlatforms, type ExtractOptions } from '../src/index.js';
import { SUPPORTED_DATE_LOCALES } from '../src/core/dates/index.js';
import { marksFor } from './marks.js';
import type { FromWorker, RunRequest } from './protocol.js';

/** The parts of a dedicated worker's global scope used here (the DOM lib has no worker types). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<RunRequest>) => void) | null;
  postMessage(message: FromWorker): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, input, options } = event.data;
  try {
    const detected = detectFormat(input);
    const format = options.format === 'auto' ? detected : options.format;
    const opts: ExtractOptions = { format, platforms: options.platforms };
    if (options.locales.length > 0) opts.locales = options.locales;

    const t0 = performance.now();
    const embeds = extractEmbeds(input, opts);
    const t1 = performance.now();
    const stripped = stripEmbeds(input, opts);
    const t2 = performance.now();
    const marks = embeds.map((e, i) => marksFor(input, e, i, format));
    const t3 = performance.now();

    scope.postMessage({
      type: 'result',
      id,
      detected,
      format,
      embeds,
      json: JSON.stringify(embeds, null, 2),
      stripped,
      marks,
      ms: { extract: t1 - t0, strip: t2 - t1, marks: t3 - t2 },
    });
  } catch (error) {
    scope.postMessage({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
};

scope.postMessage({ type: 'ready', platforms: [...supportedPlatforms], locales: [...SUPPORTED_DATE_LOCALES] });
