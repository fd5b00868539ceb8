// PROVISIONAL English-only reader, to be replaced by the full multilingual module (dates issue).
import type { DateOptions } from '../../types.js';

/** A date read from inside a larger string. */
export interface ScannedDate {
  /** 'YYYY-MM-DD'. */
  date: string;
  /** The date exactly as it stands in the input: `input.slice(start, end)`. */
  dateText: string;
  start: number;
  end: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function iso(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const RE = /^([A-Za-z]{3,9})\.? (\d{1,2}), (\d{4})(?!\d)|^(\d{1,2}) ([A-Za-z]{3,9}) (\d{4})(?!\d)/;

export function scanEmbedDate(
  input: string,
  from: number,
  limit: number,
  _options?: DateOptions,
): ScannedDate | null {
  const s = input.slice(from, Math.min(limit, from + 80));
  const m = RE.exec(s);
  if (!m) return null;
  const mon = (m[1] ?? m[5] ?? '').slice(0, 3).toLowerCase();
  const mi = MONTHS.indexOf(mon);
  if (mi < 0) return null;
  const date = iso(Number(m[3] ?? m[6]), mi + 1, Number(m[2] ?? m[4]));
  if (!date) return null;
  return { date, dateText: m[0], start: from, end: from + m[0].length };
}

export function parseEmbedDate(text: string, options?: DateOptions): string | null {
  if (typeof text !== 'string') return null;
  const t = text.trim();
  const r = scanEmbedDate(t, 0, t.length, options);
  return r && r.end === t.length ? r.date : null;
}
