import { describe } from 'vitest';
import { wrappedInProse } from '../../helpers/wrapped.js';

describe('mastodon fixture embeds wrapped in prose', () => {
  wrappedInProse('mastodon');
});
