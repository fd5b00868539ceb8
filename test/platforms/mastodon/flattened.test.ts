import { describe } from 'vitest';
import { flattenedAgreement } from '../../helpers/flattened.js';

describe('Mastodon fixture embeds flattened to text', () => {
  flattenedAgreement('mastodon', (e, flat) => e.author.handle !== null && flat.includes(`Post by @${e.author.handle}`), ['name', 'handle', 'date', 'text']);
});
