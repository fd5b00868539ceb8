/** YouTube links: player URLs, watch/short/live links, ids and permalinks. Our own URLs throughout. */
import { describe, expect, it } from 'vitest';
import { isListId, isVideoId, parseFlashPlayerUrl, parsePlayerUrl, parseVideoUrl, youtubePermalink } from '../../../src/platforms/youtube/url.js';

const ID = 'aB3dE5fG7hJ';
const LIST = 'PLq8Zr2Tn4Vb6Xd0Fh2Jk4Lm6Np8Rt0Vw';

describe('parsePlayerUrl', () => {
  const table: { input: string; expected: ReturnType<typeof parsePlayerUrl> }[] = [
    { input: `https://www.youtube.com/embed/${ID}`, expected: { id: ID, list: null } },
    { input: `https://www.youtube.com/embed/${ID}?rel=0&autoplay=1`, expected: { id: ID, list: null } },
    { input: `//www.youtube.com/embed/${ID}`, expected: { id: ID, list: null } },
    { input: `http://youtube.com/embed/${ID}/`, expected: { id: ID, list: null } },
    { input: `https://m.youtube.com/embed/${ID}#t=3`, expected: { id: ID, list: null } },
    { input: `https://www.youtube-nocookie.com/embed/${ID}?start=20`, expected: { id: ID, list: null } },
    { input: `  HTTPS://WWW.YOUTUBE.COM/embed/${ID}  `, expected: { id: ID, list: null } },
    { input: `https://www.youtube.com/embed/${ID}?list=${LIST}`, expected: { id: ID, list: null } }, // a video of a playlist: the video
    { input: `https://www.youtube.com/embed/videoseries?list=${LIST}&rel=0`, expected: { id: null, list: LIST } },
    { input: `https://www.youtube.com/embed?listType=playlist&list=${LIST}`, expected: { id: null, list: LIST } },
    { input: `https://www.youtube.com/embed/?list=${LIST}`, expected: { id: null, list: LIST } },
    // does not read
    { input: `https://www.youtube.com/embed?listType=user_uploads&list=harbourwatch`, expected: null },
    { input: 'https://www.youtube.com/embed/videoseries', expected: null },
    { input: 'https://www.youtube.com/embed/live_stream?channel=UCabcdefghijklmnopqrstuv', expected: null },
    { input: 'https://www.youtube.com/embed/aB3dE5fG7h', expected: null }, // 10 characters
    { input: 'https://www.youtube.com/embed/aB3dE5fG7hJk', expected: null }, // 12 characters
    { input: 'https://www.youtube.com/embed/aB3dE5fG7h!', expected: null },
    { input: `https://www.youtube.com/watch?v=${ID}`, expected: null },
    { input: `https://www.youtube.com.example/embed/${ID}`, expected: null },
    { input: `https://notyoutube.com/embed/${ID}`, expected: null },
    { input: `www.youtube.com/embed/${ID}`, expected: null }, // relative: no scheme, no //
    { input: `javascript://www.youtube.com/embed/${ID}`, expected: null },
    { input: '', expected: null },
  ];
  it.each(table)('$input', ({ input, expected }) => {
    expect(parsePlayerUrl(input)).toEqual(expected);
  });
});

describe('parseVideoUrl', () => {
  const table: { input: string; expected: ReturnType<typeof parseVideoUrl> }[] = [
    { input: `https://www.youtube.com/watch?v=${ID}`, expected: { id: ID, list: null } },
    { input: `https://www.youtube.com/watch?feature=share&v=${ID}&t=42s`, expected: { id: ID, list: null } },
    { input: `https://m.youtube.com/watch?v=${ID}`, expected: { id: ID, list: null } },
    { input: `https://youtu.be/${ID}`, expected: { id: ID, list: null } },
    { input: `https://youtu.be/${ID}?si=abcdEFGH1234`, expected: { id: ID, list: null } },
    { input: `https://www.youtube.com/shorts/${ID}`, expected: { id: ID, list: null } },
    { input: `https://youtube.com/shorts/${ID}?feature=share`, expected: { id: ID, list: null } },
    { input: `https://www.youtube.com/live/${ID}?si=x`, expected: { id: ID, list: null } },
    { input: `https://www.youtube.com/embed/${ID}`, expected: { id: ID, list: null } },
    { input: `https://www.youtube.com/playlist?list=${LIST}`, expected: { id: null, list: LIST } },
    { input: `https://www.youtube.com/watch?list=${LIST}`, expected: { id: null, list: LIST } },
    { input: `https://www.youtube.com/v/${ID}`, expected: { id: ID, list: null } },
    { input: `http://www.youtube.com/v/${ID}&hl=en&fs=1`, expected: { id: ID, list: null } },
    // does not read
    { input: 'https://www.youtube.com/@HarbourWatch', expected: null },
    { input: 'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv', expected: null },
    { input: 'https://www.youtube.com/results?search_query=lanterns', expected: null },
    { input: 'https://www.youtube.com/watch?v=short', expected: null },
    { input: `https://www.youtube-nocookie.com/watch?v=${ID}`, expected: null },
    { input: `https://youtu.be.example/${ID}`, expected: null },
    { input: 'https://youtu.be/', expected: null },
  ];
  it.each(table)('$input', ({ input, expected }) => {
    expect(parseVideoUrl(input)).toEqual(expected);
  });
});

describe('parseFlashPlayerUrl', () => {
  const table: { input: string; expected: ReturnType<typeof parseFlashPlayerUrl> }[] = [
    { input: `http://www.youtube.com/v/${ID}&hl=en&fs=1`, expected: { id: ID, list: null } },
    { input: `https://www.youtube.com/v/${ID}?version=3&hl=en_US`, expected: { id: ID, list: null } },
    { input: `//youtube.com/v/${ID}`, expected: { id: ID, list: null } },
    { input: `https://www.youtube-nocookie.com/v/${ID}&rel=0`, expected: { id: ID, list: null } },
    // does not read
    { input: `https://www.youtube.com/embed/${ID}`, expected: null },
    { input: `https://www.youtube.com/watch?v=${ID}`, expected: null },
    { input: `https://www.youtube.com/v/${ID}x&hl=en`, expected: null },
    { input: `https://player.example.com/v/${ID}`, expected: null },
    { input: 'https://www.youtube.com/v/', expected: null },
  ];
  it.each(table)('$input', ({ input, expected }) => {
    expect(parseFlashPlayerUrl(input)).toEqual(expected);
  });
});

describe('ids and permalinks', () => {
  it('checks the id grammars', () => {
    expect([ID, 'a-b_c-d_e-f', '___________'].map(isVideoId)).toEqual([true, true, true]);
    expect(['', 'aB3dE5fG7h', 'aB3dE5fG7hJK', 'aB3dE5fG7h+', 'aB3dE5fG7h ', 'aB3dE5fG7hé'].map(isVideoId)).toEqual([
      false, false, false, false, false, false,
    ]);
    expect([LIST, 'UU12', 'P'].map(isListId)).toEqual([true, true, false]);
  });

  it('builds the watch and playlist permalinks', () => {
    expect(youtubePermalink({ id: ID, list: null })).toBe(`https://www.youtube.com/watch?v=${ID}`);
    expect(youtubePermalink({ id: ID, list: LIST })).toBe(`https://www.youtube.com/watch?v=${ID}`);
    expect(youtubePermalink({ id: null, list: LIST })).toBe(`https://www.youtube.com/playlist?list=${LIST}`);
    expect(youtubePermalink({ id: null, list: null })).toBeNull();
  });

  it('never throws on strange input', () => {
    for (const s of ['//', '///', '//:', `//${'a'.repeat(5000)}`, '\u0000', 'https://www.youtube.com/embed/%E0%A4%A']) {
      expect(() => parsePlayerUrl(s)).not.toThrow();
      expect(() => parseVideoUrl(s)).not.toThrow();
    }
  });
});
