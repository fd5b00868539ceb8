import { describe } from 'vitest';
import { wrappedInProse } from '../../helpers/wrapped.js';

describe('reddit fixture embeds wrapped in prose', () => {
  wrappedInProse('reddit');
});
