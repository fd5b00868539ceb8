import { describe } from 'vitest';
import { flattenedAgreement } from '../../helpers/flattened.js';

describe('Threads fixture embeds flattened to text', () => {
  flattenedAgreement('threads', (e, flat) => e.author.handle !== null && flat.includes(`Post by @${e.author.handle}`), ['name', 'handle', 'date', 'text']);
});
