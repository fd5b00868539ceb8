import { describe } from 'vitest';
import { flattenedAgreement } from '../../helpers/flattened.js';

describe('Reddit fixture embeds flattened to text', () => {
  flattenedAgreement(
    'reddit',
    (e, flat) => e.author.handle !== null && flat.includes(`u/${e.author.handle}`),
    ['handle', 'text'],
    [
      {
        id: '1c2d3e4',
        handle: 'pier_master',
        why: 'the comment embed reads "Comment by u/user from discussion <title> in <subreddit>": no title before its byline, so the text route, reading post embeds, leaves it',
        found: [],
      },
    ],
  );
});
