import { describe } from 'vitest';
import { flattenedAgreement } from '../../helpers/flattened.js';

describe('Instagram fixture embeds flattened to text', () => {
  flattenedAgreement(
    'instagram',
    (e, flat) => e.author.handle !== null && flat.includes(`(@${e.author.handle})`),
    ['name', 'handle', 'date', 'dateText', 'text', 'hashtags', 'mentions'],
  );
});
