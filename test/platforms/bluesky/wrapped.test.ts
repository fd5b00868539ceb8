import { describe } from 'vitest';
import { wrappedInProse } from '../../helpers/wrapped.js';

describe('bluesky fixture embeds wrapped in prose', () => {
  wrappedInProse('bluesky');
});
