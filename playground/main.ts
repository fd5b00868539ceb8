/**
 * The playground page: input (paste, drop, open a file, or a bundled sample), options, and the
 * results the worker sends back, painted on the input and listed as cards. The library itself
 * runs only in the worker (./worker.ts), so the main thread stays free for the reader.
 */
import { samples } from 'embedsift:samples';
import type { Embed, InputFormat, Platform } from '../src/index.js';
import { nestMarks, unpackMarks, type MarkNode } from './marks.js';
import type { FromWorker, RunOptions, RunRequest, RunResult, ToWorker } from './protocol.js';

/** Longer inputs are not put in the textarea (editing 10 MB there is slow); they are shown under Results. */
const EDITOR_LIMIT = 1_000_000;
/** In an input longer than this, stretches of plain text between embeds are shortened on screen. */
const ELIDE_INPUT = 1_000_000;
/** A stretch of plain text longer than this is shortened to its head and tail... */
const ELIDE_GAP = 4_000;
/** ...of this many characters each. */
const ELIDE_KEEP = 1_500;
/** The stripped input and the JSON shown on the page (the download and the copy are always whole). */
const TEXT_SHOWN = 200_000;
/**
 * The highlighted input is laid out in blocks of about this many characters, cut at line ends
 * between embeds; the browser lays out and paints only the blocks on screen (content-visibility).
 */
const BLOCK_CHARS = 50_000;
/** Rendering yields to the browser after this many milliseconds of work. */
const SLICE_MS = 8;

/** Display names; a platform missing here is shown by its id. */
const PLATFORM_NAMES: Partial<Record<Platform, string>> = {
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  threads: 'Threads',
  instagram: 'Instagram',
  tiktok: 'TikTok',
  facebook: 'Facebook',
  youtube: 'YouTube',
  reddit: 'Reddit',
  telegram: 'Telegram',
};

function $<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`#${id} is missing from index.html`);
  return el as T;
}

const ui = {
  sample: $<HTMLSelectElement>('sample'),
  file: $<HTMLInputElement>('file'),
  drop: $<HTMLDivElement>('drop'),
  input: $<HTMLTextAreaElement>('input'),
  inputNote: $<HTMLParagraphElement>('input-note'),
  format: $<HTMLSelectElement>('format'),
  detected: $<HTMLOutputElement>('detected'),
  platforms: $<HTMLFieldSetElement>('platforms'),
  locales: $<HTMLSelectElement>('locales'),
  run: $<HTMLButtonElement>('run'),
  results: $<HTMLElement>('results'),
  busy: $<HTMLProgressElement>('busy'),
  status: $<HTMLParagraphElement>('status'),
  highlighted: $<HTMLDivElement>('highlighted'),
  cards: $<HTMLOListElement>('cards'),
  jsonToggle: $<HTMLButtonElement>('json-toggle'),
  jsonPanel: $<HTMLDivElement>('json-panel'),
  json: $<HTMLPreElement>('json'),
  jsonNote: $<HTMLParagraphElement>('json-note'),
  copy: $<HTMLButtonElement>('copy'),
  copyStatus: $<HTMLOutputElement>('copy-status'),
  stripToggle: $<HTMLButtonElement>('strip-toggle'),
  stripPanel: $<HTMLDivElement>('strip-panel'),
  stripNote: $<HTMLParagraphElement>('strip-note'),
  stripped: $<HTMLPreElement>('stripped'),
  download: $<HTMLButtonElement>('download'),
};

/** A result as the page shows it: with its input and its embeds parsed. */
type Shown = RunResult & { input: string; embeds: Embed[]; stripped?: Promise<{ text: string; ms: number }> };

const state = {
  /** The input as the library sees it (the textarea's value, or a file too long for the textarea). */
  input: '',
  /** The file or sample the input came from, for the download's name. */
  name: null as string | null,
  worker: null as Worker | null,
  /** Id of the run in flight, or null. */
  running: null as number | null,
  nextId: 1,
  sentAt: 0,
  /** The input of the run in flight and of the last result shown. */
  runInput: '',
  result: null as Shown | null,
  /** Requests of stripped inputs waiting for the worker, by run id. */
  stripWaiters: new Map<number, (value: { text: string; ms: number }) => void>(),
  /** Bumped on each new result: a slower rendering of an older one stops. */
  renderToken: 0,
  controlsReady: false,
};

// ---------------------------------------------------------------- worker

function startWorker(): Worker {
  const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'embedsift' });
  worker.onmessage = (event: MessageEvent<FromWorker>) => onWorkerMessage(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    console.error('embedsift worker failed:', event.message);
    setBusy(false);
    ui.status.textContent = `The worker failed: ${event.message}`;
  };
  return worker;
}

function onWorkerMessage(msg: FromWorker): void {
  if (msg.type === 'ready') {
    if (!state.controlsReady) buildControls(msg.platforms, msg.locales);
    return;
  }
  if (msg.type === 'stripped') {
    const waiter = state.stripWaiters.get(msg.id);
    state.stripWaiters.delete(msg.id);
    if (waiter !== undefined && msg.stripped !== null) waiter({ text: msg.stripped, ms: msg.ms });
    return;
  }
  if (msg.id !== state.running) return; // an answer to a run that was replaced
  state.running = null;
  setBusy(false);
  if (msg.type === 'error') {
    console.error('embedsift failed:', msg.message);
    ui.status.textContent = `embedsift failed: ${msg.message}`;
    return;
  }
  const roundTrip = performance.now() - state.sentAt;
  state.result = { ...msg, input: state.runInput, embeds: JSON.parse(msg.json) as Embed[] };
  void showResult(state.result, roundTrip);
}

function currentOptions(): RunOptions {
  const platforms = [...ui.platforms.querySelectorAll<HTMLInputElement>('input[type=checkbox]')]
    .filter((c) => c.checked)
    .map((c) => c.value as Platform);
  const locales = [...ui.locales.selectedOptions].map((o) => o.value);
  return { format: ui.format.value as RunOptions['format'], platforms, locales };
}

/** Runs the library on the current input; a run still in flight is abandoned (its worker ended). */
function run(): void {
  if (!state.controlsReady) return; // the worker's 'ready' runs us again
  if (state.running !== null && state.worker !== null) {
    state.worker.terminate();
    state.worker = null;
  }
  state.worker ??= startWorker();
  const id = state.nextId++;
  state.running = id;
  state.runInput = state.input;
  state.sentAt = performance.now();
  setBusy(true);
  ui.status.textContent = `Running on ${count(state.input.length, 'character')}…`;
  const request: RunRequest = { type: 'run', id, input: state.input, options: currentOptions() };
  state.worker.postMessage(request);
}

function setBusy(busy: boolean): void {
  ui.results.setAttribute('aria-busy', String(busy));
  ui.busy.hidden = !busy;
}

// ---------------------------------------------------------------- controls

function buildControls(platforms: readonly Platform[], locales: readonly string[]): void {
  for (const p of platforms) {
    const label = document.createElement('label');
    label.className = 'check';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = p;
    box.checked = true;
    box.name = 'platform';
    label.append(box, ` ${PLATFORM_NAMES[p] ?? p}`);
    ui.platforms.append(label);
  }
  for (const tag of locales) ui.locales.add(new Option(tag, tag));
  state.controlsReady = true;
  if (state.input !== '') run();
}

function buildSamples(): void {
  const groups = new Map<string, HTMLOptGroupElement>();
  for (const { path } of samples) {
    const slash = path.indexOf('/');
    const dir = slash === -1 ? '' : path.slice(0, slash);
    let group = groups.get(dir);
    if (group === undefined) {
      group = document.createElement('optgroup');
      group.label = dir === '' ? 'fixtures' : dir;
      groups.set(dir, group);
      ui.sample.append(group);
    }
    group.append(new Option(path.slice(slash + 1), path));
  }
}

/** Sets the input from a sample, a file or a drop; too long for the textarea, it is kept aside. */
function setInput(text: string, name: string | null): void {
  state.input = text;
  state.name = name;
  if (text.length > EDITOR_LIMIT) {
    ui.input.value = '';
    ui.inputNote.textContent =
      `${name ?? 'The input'}: ${count(text.length, 'character')}, too long to edit here. ` +
      'It is shown under Results; typing here replaces it.';
    ui.inputNote.hidden = false;
  } else {
    ui.input.value = text;
    ui.inputNote.hidden = true;
  }
  run();
}

async function loadFile(file: File): Promise<void> {
  ui.sample.value = '';
  ui.status.textContent = `Reading ${file.name}…`;
  setInput(await file.text(), file.name);
}

let typingTimer: ReturnType<typeof setTimeout> | undefined;

function wireControls(): void {
  ui.sample.addEventListener('change', () => {
    const sample = samples.find((s) => s.path === ui.sample.value);
    if (sample !== undefined) setInput(sample.text, sample.path.slice(sample.path.lastIndexOf('/') + 1));
  });
  ui.file.addEventListener('change', () => {
    const file = ui.file.files?.[0];
    if (file !== undefined) void loadFile(file);
  });
  ui.input.addEventListener('input', () => {
    state.input = ui.input.value;
    state.name = null;
    ui.sample.value = '';
    ui.inputNote.hidden = true;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(run, 250);
  });
  ui.drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    ui.drop.classList.add('dragging');
  });
  ui.drop.addEventListener('dragleave', () => ui.drop.classList.remove('dragging'));
  ui.drop.addEventListener('drop', (event) => {
    event.preventDefault();
    ui.drop.classList.remove('dragging');
    const file = event.dataTransfer?.files[0];
    if (file !== undefined) void loadFile(file);
    else {
      const text = event.dataTransfer?.getData('text/plain') ?? '';
      if (text !== '') {
        ui.sample.value = '';
        setInput(text, null);
      }
    }
  });
  ui.format.addEventListener('change', run);
  ui.platforms.addEventListener('change', run);
  ui.locales.addEventListener('change', run);
  ui.run.addEventListener('click', run);

  ui.jsonToggle.addEventListener('click', () => {
    const open = toggle(ui.jsonToggle, ui.jsonPanel, 'Show the JSON', 'Hide the JSON');
    if (open) fillJson();
  });
  ui.copy.addEventListener('click', () => void copyJson());
  ui.stripToggle.addEventListener('click', () => {
    const open = toggle(ui.stripToggle, ui.stripPanel, 'Show it', 'Hide it');
    if (open) void fillStripped();
  });
  ui.download.addEventListener('click', () => void downloadStripped());
}

/** Flips a disclosure button and its panel; returns whether the panel is now open. */
function toggle(button: HTMLButtonElement, panel: HTMLElement, showLabel: string, hideLabel: string): boolean {
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  button.textContent = open ? hideLabel : showLabel;
  panel.hidden = !open;
  return open;
}

/** The raw JSON: extractEmbeds' result as it returned it, stringified in the worker. */
function rawJson(): string {
  return state.result?.json ?? '';
}

function fillJson(): void {
  const json = rawJson();
  ui.json.textContent = json.length > TEXT_SHOWN ? json.slice(0, TEXT_SHOWN) : json;
  ui.jsonNote.hidden = json.length <= TEXT_SHOWN;
  ui.jsonNote.textContent = `The first ${count(TEXT_SHOWN, 'character')} of ${json.length.toLocaleString('en')}; Copy copies it whole.`;
}

async function copyJson(): Promise<void> {
  const json = rawJson();
  try {
    await navigator.clipboard.writeText(json);
    ui.copyStatus.textContent = `Copied ${count(json.length, 'character')}.`;
  } catch {
    ui.copyStatus.textContent = 'The browser did not allow copying: select the JSON and copy it by hand.';
  }
}

/** stripEmbeds output for the result shown, asked of the worker once (after the run in flight, if any). */
function stripped(result: Shown): Promise<{ text: string; ms: number }> {
  result.stripped ??= new Promise((resolve) => {
    state.stripWaiters.set(result.id, resolve);
    state.worker?.postMessage({ type: 'strip', id: result.id } satisfies ToWorker);
  });
  return result.stripped;
}

async function fillStripped(): Promise<void> {
  const result = state.result;
  if (result === null || state.running !== null) return; // filled when the run in flight is shown
  ui.stripNote.hidden = false;
  ui.stripNote.textContent = 'Running stripEmbeds…';
  const { text, ms: took } = await stripped(result);
  if (state.result !== result || ui.stripToggle.getAttribute('aria-expanded') !== 'true') return;
  ui.stripped.textContent = text.length > TEXT_SHOWN ? text.slice(0, TEXT_SHOWN) : text;
  ui.stripNote.textContent =
    `stripEmbeds ${ms(took)}: ${count(text.length, 'character')} left of ${count(result.input.length, 'character')}` +
    (text.length > TEXT_SHOWN ? `; the first ${count(TEXT_SHOWN, 'character')} shown, the download is whole.` : '.');
}

async function downloadStripped(): Promise<void> {
  const result = state.result;
  if (result === null || state.running !== null) return;
  const { text } = await stripped(result);
  const name = state.name ?? `input.${EXTENSION[result.format]}`;
  const dot = name.lastIndexOf('.');
  const fileName = dot > 0 ? `${name.slice(0, dot)}.stripped${name.slice(dot)}` : `${name}.stripped`;
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const EXTENSION: Record<InputFormat, string> = { html: 'html', markdown: 'md', text: 'txt' };

// ---------------------------------------------------------------- results

async function showResult(result: Shown, roundTrip: number): Promise<void> {
  const token = ++state.renderToken;
  const { embeds, input } = result;
  const overridden = result.format !== result.detected;
  ui.detected.textContent = `detected: ${result.detected}${overridden ? `, read as ${result.format}` : ''}`;
  const perPlatform = new Map<string, number>();
  for (const e of embeds) perPlatform.set(e.platform, (perPlatform.get(e.platform) ?? 0) + 1);
  const platforms = [...perPlatform].map(([p, n]) => `${PLATFORM_NAMES[p as Platform] ?? p} ${n}`).join(', ');
  ui.status.textContent =
    `${count(embeds.length, 'embed')}${platforms === '' ? '' : ` (${platforms})`} in ` +
    `${count(input.length, 'character')} of ${result.format}. ` +
    `extractEmbeds ${ms(result.ms.extract)}, highlights ${ms(result.ms.marks)}; ` +
    `${ms(roundTrip)} in all, worker included.`;
  if (ui.jsonToggle.getAttribute('aria-expanded') === 'true') fillJson();
  if (ui.stripToggle.getAttribute('aria-expanded') === 'true') void fillStripped();
  ui.copyStatus.textContent = '';

  ui.highlighted.replaceChildren();
  ui.cards.replaceChildren();
  const forest = nestMarks(unpackMarks(result.marks));
  const elide = input.length > ELIDE_INPUT;

  // The highlighted input, embed by embed, in blocks, with a pause for the browser now and then.
  let block = newBlock();
  let blockChars = 0;
  const plain = (from: number, to: number): void => {
    if (blockChars + (to - from) > BLOCK_CHARS) {
      const nl = input.slice(from, to).lastIndexOf('\n');
      if (nl !== -1) {
        appendPlain(block, input, from, from + nl + 1, elide);
        block = newBlock();
        blockChars = 0;
        from += nl + 1;
      }
    }
    blockChars += appendPlain(block, input, from, to, elide);
  };
  let at = 0;
  let slice = performance.now();
  for (const node of forest) {
    plain(at, node.start);
    block.append(markElement(input, node));
    blockChars += node.end - node.start;
    at = node.end;
    if (performance.now() - slice > SLICE_MS) {
      await pause();
      if (token !== state.renderToken) return;
      slice = performance.now();
    }
  }
  plain(at, input.length);

  for (const [i, embed] of embeds.entries()) {
    ui.cards.append(card(embed, i));
    if (performance.now() - slice > SLICE_MS) {
      await pause();
      if (token !== state.renderToken) return;
      slice = performance.now();
    }
  }
  ui.results.dataset.rendered = String(result.id);
}

function newBlock(): HTMLDivElement {
  const div = document.createElement('div');
  div.className = 'block';
  ui.highlighted.append(div);
  return div;
}

function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Plain text between marks; in a long input, a long stretch shows its head and tail and a button
 * for the rest. Returns how many characters it put on screen.
 */
function appendPlain(parent: HTMLElement, input: string, from: number, to: number, elide: boolean): number {
  if (to <= from) return 0;
  if (!elide || to - from <= ELIDE_GAP) {
    parent.append(input.slice(from, to));
    return to - from;
  }
  const hiddenFrom = from + ELIDE_KEEP;
  const hiddenTo = to - ELIDE_KEEP;
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'elided';
  more.textContent = `… ${count(hiddenTo - hiddenFrom, 'more character')}: show them`;
  more.addEventListener('click', () => more.replaceWith(input.slice(hiddenFrom, hiddenTo)));
  parent.append(input.slice(from, hiddenFrom), more, input.slice(hiddenTo, to));
  return 2 * ELIDE_KEEP;
}

function markElement(input: string, node: MarkNode): HTMLElement {
  const el = document.createElement('mark');
  el.className = `hl-${node.kind}`;
  el.dataset.embed = String(node.embed);
  if (node.kind === 'embed') {
    el.id = `embed-${node.embed}`;
    el.tabIndex = -1;
    el.dataset.start = String(node.start);
    el.dataset.end = String(node.end);
  }
  let at = node.start;
  for (const child of node.children) {
    if (child.start > at) el.append(input.slice(at, child.start));
    el.append(markElement(input, child));
    at = child.end;
  }
  if (node.end > at) el.append(input.slice(at, node.end));
  return el;
}

function card(embed: Embed, index: number): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'card';
  li.dataset.platform = embed.platform;
  li.dataset.index = String(index);

  const h = document.createElement('h4');
  const show = document.createElement('button');
  show.type = 'button';
  show.className = 'show';
  show.dataset.field = 'platform';
  show.textContent = `${PLATFORM_NAMES[embed.platform] ?? embed.platform} · ${embed.kind}`;
  show.setAttribute('aria-label', `Embed ${index + 1}: ${show.textContent}. Show it in the input`);
  h.append(show);

  const fields = document.createElement('dl');
  const row = (label: string, field: string, value: string | null, href?: string): void => {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.dataset.field = field;
    if (value === null) {
      dd.textContent = '—';
      dd.className = 'none';
    } else if (href !== undefined) {
      const a = document.createElement('a');
      a.href = href;
      a.textContent = value;
      a.rel = 'noopener noreferrer';
      a.target = '_blank';
      dd.append(a);
    } else dd.textContent = value;
    fields.append(dt, dd);
  };
  row('Author', 'name', embed.author.name);
  row('Handle', 'handle', embed.author.handle);
  row('Date', 'date', embed.date);
  row('Date as shown', 'dateText', embed.dateText);
  row('createdAt', 'createdAt', embed.createdAt);
  row('Permalink', 'url', embed.url, embed.url ?? undefined);
  row('Id', 'id', embed.id);
  row('Language', 'lang', embed.lang);
  row('Offsets', 'span', `${embed.start}–${embed.end}`);

  const body = document.createElement('p');
  body.className = embed.text === null ? 'body none' : 'body';
  body.dataset.field = 'text';
  body.textContent = embed.text === null ? 'No body.' : embed.text + (embed.truncated ? ' (cut by the embed)' : '');

  const entities = document.createElement('dl');
  entities.className = 'entities';
  const list = (label: string, field: string, values: readonly string[], prefix: string): void => {
    if (values.length === 0) return;
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.dataset.field = field;
    dd.textContent = values.map((v) => prefix + v).join(' ');
    entities.append(dt, dd);
  };
  list('Links', 'links', embed.links, '');
  list('Media', 'media', embed.media, '');
  list('Mentions', 'mentions', embed.mentions, '@');
  list('Hashtags', 'hashtags', embed.hashtags, '#');
  list('Cashtags', 'cashtags', embed.cashtags, '$');

  li.append(h, fields, body, entities);
  show.addEventListener('click', () => reveal(index));
  li.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    if (target.closest('a, button') === null && (window.getSelection()?.isCollapsed ?? true)) reveal(index);
  });
  return li;
}

/** Scrolls the highlighted input to an embed and puts the focus on it. */
function reveal(index: number): void {
  const mark = document.getElementById(`embed-${index}`);
  if (mark === null) return;
  for (const old of ui.highlighted.querySelectorAll('.current')) old.classList.remove('current');
  mark.classList.add('current');
  mark.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  mark.focus({ preventScroll: true });
}

function count(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

function ms(t: number): string {
  return t < 10 ? `${t.toFixed(1)} ms` : `${Math.round(t).toLocaleString('en')} ms`;
}

buildSamples();
wireControls();
state.worker = startWorker();
