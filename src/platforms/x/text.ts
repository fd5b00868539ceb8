import type { Embed } from '../../types.js';
import type { ScanContext } from '../types.js';
export function scanXText(ctx: ScanContext): Embed[] { void ctx; return []; }
