/**
 * Command-line arguments: a small hand-written parser, so every mistake gets a one-line message
 * that names the option and what it accepts.
 */
import { DEFAULT_MAX_INPUT_LENGTH, type InputFormat, type Platform } from '../index.js';

/** Every platform name the contract knows, whether or not a scanner exists for it yet. */
export const PLATFORM_NAMES = [
  'x',
  'bluesky',
  'mastodon',
  'threads',
  'instagram',
  'tiktok',
  'facebook',
  'youtube',
  'reddit',
  'telegram',
] as const satisfies readonly Platform[];

// Compile-time guard: a Platform added to the contract must be added above too.
type MissingPlatform = Exclude<Platform, (typeof PLATFORM_NAMES)[number]>;
const everyPlatformListed: [MissingPlatform] extends [never] ? true : never = true;
void everyPlatformListed;

/** Other spellings people use for a platform. */
const PLATFORM_ALIASES: Readonly<Record<string, Platform>> = { twitter: 'x' };

const FORMATS = ['auto', 'html', 'markdown', 'text'] as const;

/** The most worker threads `--jobs` accepts. */
export const MAX_JOBS = 256;

/** Default ceiling on one JSONL line: room for the library's whole input ceiling, JSON-escaped. */
export const DEFAULT_MAX_LINE_BYTES = 128 * 1024 * 1024;

/** What the command line asks for. */
export interface CliArgs {
  /** Inputs in the order given; `-` is stdin. Empty means stdin. */
  inputs: string[];
  /** `--format`, or undefined when not given (auto, or the JSONL key's format). */
  format: 'auto' | InputFormat | undefined;
  /** `--platform`, or undefined for every platform. */
  platforms: Platform[] | undefined;
  jsonl: boolean;
  /** `--per-file`: one `{"file", "embeds"}` line per input, for any number of inputs. */
  perFile: boolean;
  /** `--warc`: the inputs are web archives (WARC, WARC.gz, WET). */
  warc: boolean;
  /** `--all-records`: with `--warc`, a line for every record read. */
  allRecords: boolean;
  pretty: boolean;
  jobs: number;
  /** `--max-line-bytes`: a longer JSONL line is skipped with an error record. */
  maxLineBytes: number;
  /** `--max-input-length`: the ceiling on one input (or record) in UTF-16 code units. */
  maxInputLength: number;
  help: boolean;
  version: boolean;
}

/** A mistake on the command line: the one-line message to print (without the `embedsift: ` prefix). */
export class UsageError extends Error {
  override name = 'UsageError';
}

type ValueOption = 'format' | 'platform' | 'jobs' | 'max-line-bytes' | 'max-input-length';
type FlagOption = 'jsonl' | 'per-file' | 'warc' | 'all-records' | 'pretty' | 'help' | 'version';

const LONG_VALUE: ReadonlySet<string> = new Set<ValueOption>(['format', 'platform', 'jobs', 'max-line-bytes', 'max-input-length']);
const LONG_FLAG: ReadonlySet<string> = new Set<FlagOption>(['jsonl', 'per-file', 'warc', 'all-records', 'pretty', 'help', 'version']);
/** The CliArgs field of each flag. */
const FLAG_FIELD: Readonly<Record<FlagOption, 'jsonl' | 'perFile' | 'warc' | 'allRecords' | 'pretty' | 'help' | 'version'>> = {
  jsonl: 'jsonl',
  'per-file': 'perFile',
  warc: 'warc',
  'all-records': 'allRecords',
  pretty: 'pretty',
  help: 'help',
  version: 'version',
};
const SHORT: Readonly<Record<string, ValueOption | FlagOption>> = { h: 'help', V: 'version', j: 'jobs' };

const ACCEPTS: Readonly<Record<ValueOption, string>> = {
  format: FORMATS.join(', '),
  platform: `a comma-separated list of ${PLATFORM_NAMES.join(', ')}`,
  jobs: `a whole number from 1 to ${MAX_JOBS}`,
  'max-line-bytes': 'a whole number of bytes from 1 to 536870888',
  'max-input-length': 'a whole number of characters (UTF-16 code units) from 1 to 536870888',
};

/**
 * Parses the arguments after `node embedsift`. Throws {@link UsageError} on the first mistake,
 * unless `--help` or `--version` is also present (those win, as in most tools).
 *
 * @example
 * ```ts
 * parseArgs(['page.html', '--format', 'html', '--pretty']).format; // 'html'
 * ```
 */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    inputs: [],
    format: undefined,
    platforms: undefined,
    jsonl: false,
    perFile: false,
    warc: false,
    allRecords: false,
    pretty: false,
    jobs: 1,
    maxLineBytes: DEFAULT_MAX_LINE_BYTES,
    maxInputLength: DEFAULT_MAX_INPUT_LENGTH,
    help: false,
    version: false,
  };
  let firstError: UsageError | null = null;
  const fail = (message: string): void => {
    firstError ??= new UsageError(message);
  };

  let onlyInputs = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyInputs || arg === '-' || !arg.startsWith('-')) {
      args.inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyInputs = true;
      continue;
    }

    let name: string;
    let inline: string | undefined;
    let shown: string;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
      shown = `--${name}`;
      if (!LONG_VALUE.has(name) && !LONG_FLAG.has(name)) {
        fail(`unknown option ${shown} (see --help)`);
        continue;
      }
    } else {
      // A short option: -h, -V, or -j with its value attached (-j4) or next (-j 4).
      const long = SHORT[arg.charAt(1)];
      shown = arg.slice(0, 2);
      if (long === undefined || (arg.length > 2 && long !== 'jobs')) {
        fail(`unknown option ${arg} (see --help)`);
        continue;
      }
      name = long;
      inline = arg.length > 2 ? arg.slice(2) : undefined;
    }

    if (LONG_FLAG.has(name)) {
      if (inline !== undefined) {
        fail(`${shown} takes no value`);
        continue;
      }
      args[FLAG_FIELD[name as FlagOption]] = true;
      continue;
    }

    const option = name as ValueOption;
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined) {
        fail(`${shown} needs a value: ${ACCEPTS[option]}`);
        continue;
      }
      value = next;
      i++;
    }
    try {
      applyValue(args, option, value, shown);
    } catch (error) {
      if (error instanceof UsageError) fail(error.message);
      else throw error;
    }
  }

  if (args.warc && args.jsonl) fail('--warc and --jsonl cannot be used together');
  if (args.allRecords && !args.warc) fail('--all-records needs --warc');
  if (!args.help && !args.version && firstError !== null) throw firstError;
  return args;
}

function applyValue(args: CliArgs, option: ValueOption, value: string, shown: string): void {
  switch (option) {
    case 'format': {
      const format = FORMATS.find((f) => f === value.toLowerCase());
      if (format === undefined) throw new UsageError(`${shown} must be one of ${ACCEPTS.format}, not ${quote(value)}`);
      args.format = format;
      return;
    }
    case 'platform': {
      const names = value
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s !== '');
      if (names.length === 0) throw new UsageError(`${shown} needs ${ACCEPTS.platform}`);
      const platforms = args.platforms ?? [];
      for (const n of names) {
        const platform = PLATFORM_ALIASES[n] ?? PLATFORM_NAMES.find((p) => p === n);
        if (platform === undefined) {
          throw new UsageError(`unknown platform ${quote(n)}; ${shown} takes ${ACCEPTS.platform}`);
        }
        if (!platforms.includes(platform)) platforms.push(platform);
      }
      args.platforms = platforms;
      return;
    }
    case 'jobs': {
      const n = /^\d{1,4}$/.test(value) ? Number(value) : Number.NaN;
      if (!(n >= 1 && n <= MAX_JOBS)) throw new UsageError(`${shown} must be ${ACCEPTS.jobs}, not ${quote(value)}`);
      args.jobs = n;
      return;
    }
    case 'max-line-bytes': {
      // The ceiling is V8's longest string: a longer line could not be decoded anyway.
      const n = /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
      if (!(n >= 1 && n <= 536_870_888)) {
        throw new UsageError(`${shown} must be ${ACCEPTS['max-line-bytes']}, not ${quote(value)}`);
      }
      args.maxLineBytes = n;
      return;
    }
    case 'max-input-length': {
      const n = /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
      if (!(n >= 1 && n <= 536_870_888)) {
        throw new UsageError(`${shown} must be ${ACCEPTS['max-input-length']}, not ${quote(value)}`);
      }
      args.maxInputLength = n;
      return;
    }
  }
}

/** A value as shown in a message: quoted, control characters escaped, long values cut. */
function quote(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/** The text `--help` prints. */
export function helpText(supported: readonly string[]): string {
  return `Usage: embedsift [FILE|-]... [options]

Finds social-post embeds (X/Twitter first) in articles given as HTML, Markdown or
plain text, and prints them as JSON. With no FILE, or with -, reads stdin.

  One input        prints a JSON array of embeds (several inputs need --per-file
                   or --jsonl: the output's shape follows the options, never how
                   many files a glob matched)
  --per-file       prints one JSON line per input: {"file": …, "embeds": [...]}
                   (or {"file": …, "error": "…"} for a file it cannot read)
  --jsonl          reads JSON Lines {"id": …, "html"|"markdown"|"text": "…"} and
                   prints one line per record: {"id": …, "embeds": [...]}
                   (or {"id": …, "error": "…", "line": N}); blank lines are skipped
  --warc           reads web archives (.warc, .warc.gz, WET) and prints one line
                   per record holding embeds: {"url": …, "recordId": …, "date": …,
                   "embeds": [...], "warc": {"file": …, "offset": N}}

Options:
  --format F       auto, html, markdown or text (default: auto; with --jsonl the
                   record's key sets the format unless --format is given)
  --platform P,…   only these platforms: ${PLATFORM_NAMES.join(', ')}
                   (scanners today: ${supported.join(', ')})
  --jsonl          JSON Lines in, JSON Lines out, streamed in constant memory
  --per-file       one {"file", "embeds"} JSON line per FILE (any number of them)
  --warc           web archives in: HTML responses and WET text records are
                   scanned, other records skipped; a summary goes to stderr
  --all-records    with --warc, a line for every record read (skipped ones
                   carry "skipped": "why" instead of "embeds")
  --pretty         indent the JSON (records then span several lines)
  -j, --jobs N     worker threads for --jsonl, --per-file and --warc (default 1);
                   output keeps the input order
  --max-line-bytes N
                   skip a longer --jsonl line with an error record
                   (default ${DEFAULT_MAX_LINE_BYTES}, 128 MiB)
  --max-input-length N
                   scan at most N characters of each input or record (default
                   ${DEFAULT_MAX_INPUT_LENGTH}); a longer one is cut, with a warning,
                   "inputCut": true in its --per-file or --jsonl record, and exit 4
  -h, --help       this text
  -V, --version    the version

Exit status: 0 ok; 1 some --jsonl or --warc records could not be read; 2 usage
error or an unreadable file; 3 internal error; 4 an input was cut at
--max-input-length (when nothing worse happened). Messages go to stderr, one
line each. Invalid UTF-8 is decoded as U+FFFD with a warning; offsets count
UTF-16 code units of the decoded text.
`;
}
