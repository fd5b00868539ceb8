import { describe } from 'vitest';
import { flattenedAgreement } from '../../helpers/flattened.js';

describe('TikTok fixture embeds flattened to text', () => {
  // Mentions are not compared: the text route leaves them empty (a dotted TikTok handle is no X mention).
  flattenedAgreement('tiktok', (e, flat) => e.author.handle !== null && flat.includes('♬'), ['name', 'handle', 'text', 'hashtags']);
});
