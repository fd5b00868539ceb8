/**
 * The built library keeps, of each date-fns locale, only the parts date-fns `parse` reads for
 * embedsift's patterns (scripts/date-fns-plugins.mjs drops the era, quarter, weekday and
 * day-period matchers, the ordinal writer and formatLong). That holds while every pattern is
 * written with the tokens d, do, M, MMMM and yyyy alone (M, a month number, reads no locale):
 * this test keeps it so. A pattern that needs another token needs the plugin's lists widened first.
 */
import { describe, expect, it } from 'vitest';
import * as rows from '../../src/core/dates/locales.js';

/** The date-fns tokens of a pattern: runs of one Latin letter, quoted literals left out. */
function tokensOf(pattern: string): string[] {
  const unquoted = pattern.replace(/'[^']*'/g, '');
  return [...unquoted.matchAll(/([A-Za-z])\1*(o)?/g)].map((m) => m[0]);
}

const all = Object.values(rows).filter(
  (row): row is rows.DateLocaleRow => typeof row === 'object' && row !== null && 'patterns' in row && 'yearless' in row,
);

describe('the date patterns', () => {
  it('reads the tokens of a pattern', () => {
    expect(tokensOf("d 'de' MMMM 'de' yyyy")).toEqual(['d', 'MMMM', 'yyyy']);
    expect(tokensOf('MMMM do, yyyy')).toEqual(['MMMM', 'do', 'yyyy']);
    expect(tokensOf('EEEE, d. MMMM yyyy')).toEqual(['EEEE', 'd', 'MMMM', 'yyyy']);
    expect(tokensOf('yyyy年M月d日')).toEqual(['yyyy', 'M', 'd']);
  });

  it('covers every locale row', () => {
    expect(all.length).toBeGreaterThan(40);
    expect(all.map((row) => row.tag)).toContain('en');
  });

  it.each(all.map((row) => [row.tag, row] as const))('%s uses only d, do, M, MMMM and yyyy', (_tag, row) => {
    for (const pattern of [...row.patterns, ...row.yearless]) {
      for (const token of tokensOf(pattern)) expect(['d', 'do', 'M', 'MMMM', 'yyyy'], pattern).toContain(token);
    }
  });
});
