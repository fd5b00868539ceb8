import type { Signature } from '../../types.js';
export function parseSignature(text: string): Signature | null { void text; return null; }
