import { describe } from 'vitest';
import { flattenedAgreement } from '../../helpers/flattened.js';

describe('Facebook fixture embeds flattened to text', () => {
  flattenedAgreement(
    'facebook',
    (e, flat) => e.author.name !== null && e.date !== null && flat.includes(e.author.name),
    ['name', 'date', 'dateText', 'text', 'hashtags'],
    [
      {
        id: '761234567890123',
        why: "textContent glues the video's title to its description; the HTML route puts a space between the blocks",
        found: [{ name: 'Coast Hospital', date: '2015-08-28', dateText: 'Friday, August 28, 2015', text: 'New wing tourA first look at the new wing.', hashtags: [] }],
      },
    ],
  );
});
