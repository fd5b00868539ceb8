/**
 * Decimal digits of every script an embed date may be written in. Unicode lays out each
 * script's digits 0–9 as ten consecutive code points, so one table of zeros is enough.
 */

/** Code points of the digit zero in each supported script (all in the BMP). */
const ZEROS: readonly number[] = [
  0x0030, // ASCII
  0x0660, // Arabic-Indic (ar)
  0x06f0, // Extended Arabic-Indic (fa, ur)
  0x0966, // Devanagari (hi)
  0x09e6, // Bengali (bn)
  0x0a66, // Gurmukhi
  0x0ae6, // Gujarati
  0x0b66, // Oriya
  0x0be6, // Tamil
  0x0c66, // Telugu
  0x0ce6, // Kannada
  0x0d66, // Malayalam
  0x0e50, // Thai (th)
  0x0ed0, // Lao
  0x1040, // Myanmar
  0x17e0, // Khmer
  0xff10, // Fullwidth (ja, zh)
];

/**
 * The value 0–9 of one UTF-16 code unit if it is a decimal digit of a supported script, else -1.
 *
 * @example
 * digitValue('٢'.charCodeAt(0)); // 2
 * digitValue('x'.charCodeAt(0)); // -1
 */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c < 0x0660) return -1;
  for (const zero of ZEROS) {
    if (c >= zero && c <= zero + 9) return c - zero;
  }
  return -1;
}
