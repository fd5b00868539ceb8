import { describe } from 'vitest';
import { flattenedAgreement } from '../../helpers/flattened.js';

describe('Bluesky fixture embeds flattened to text', () => {
  flattenedAgreement(
    'bluesky',
    (e, flat) => e.author.handle !== null && flat.includes(`(@${e.author.handle})`),
    ['name', 'handle', 'date', 'dateText', 'text', 'hashtags', 'mentions', 'links'],
  );
});
