import { describe } from 'vitest';
import { flattenedAgreement } from '../../helpers/flattened.js';

describe('Instagram fixture embeds flattened to text', () => {
  flattenedAgreement(
    'instagram',
    (e, flat) => e.author.handle !== null && flat.includes(`(@${e.author.handle})`),
    ['name', 'handle', 'date', 'dateText', 'text', 'hashtags', 'mentions'],
    [
      {
        id: 'Bw9PortoAb1',
        why: 'the date parser does not read "8 de Mai, 2016"; the HTML route takes <time datetime>',
        found: [{ name: 'Cais Velho', handle: 'cais.velho', date: null, dateText: null, text: 'O cais ficou cheio', hashtags: [], mentions: [] }],
      },
      {
        id: 'BSaMinato01',
        why: 'the Japanese byline names its author before the handle with no lead phrase; the grammar reads lead phrases only',
        found: [],
      },
    ],
  );
});
