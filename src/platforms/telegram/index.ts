import type { PlatformDefinition } from '../types.js';
import { telegramHtml } from './html.js';

/** Telegram: the post widget script, its iframe and WordPress blocks in HTML. */
export const telegram: PlatformDefinition = { id: 'telegram', html: telegramHtml };
