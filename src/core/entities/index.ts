// PROVISIONAL: replaced by the twitter-text conformant extractor.
import type { Entities } from '../../types.js';

export function extractEntities(text: string): Entities {
  void text;
  return { urls: [], mentions: [], hashtags: [], cashtags: [] };
}
