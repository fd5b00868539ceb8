import { describe } from 'vitest';
import { wrappedInProse } from '../../helpers/wrapped.js';

describe('telegram fixture embeds wrapped in prose', () => {
  wrappedInProse('telegram');
});
