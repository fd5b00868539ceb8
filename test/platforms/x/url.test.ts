import { describe, expect, it } from 'vitest';
import { parseStatusUrl, snowflakeTime } from '../../../src/index.js';
import { FIRST_SNOWFLAKE, canonicalIdTime, normaliseId, statusPermalink, widgetStatusId } from '../../../src/platforms/x/url.js';

const ID = '1310340832445292544';

describe('parseStatusUrl', () => {
  const finds: { description: string; input: string; expected: { handle: string | null; id: string } }[] = [
    { description: 'https twitter.com', input: `https://twitter.com/SouthPark/status/${ID}`, expected: { handle: 'SouthPark', id: ID } },
    { description: 'x.com', input: `https://x.com/SouthPark/status/${ID}`, expected: { handle: 'SouthPark', id: ID } },
    { description: 'http', input: `http://twitter.com/jane_doe/status/${ID}`, expected: { handle: 'jane_doe', id: ID } },
    { description: 'protocol-relative', input: `//twitter.com/jane/status/${ID}`, expected: { handle: 'jane', id: ID } },
    { description: 'no scheme', input: `twitter.com/jane/status/${ID}`, expected: { handle: 'jane', id: ID } },
    { description: 'www. host', input: `https://www.twitter.com/jane/status/${ID}`, expected: { handle: 'jane', id: ID } },
    { description: 'mobile. host', input: `https://mobile.twitter.com/jane/status/${ID}`, expected: { handle: 'jane', id: ID } },
    { description: 'mobile.x.com', input: `https://mobile.x.com/jane/status/${ID}`, expected: { handle: 'jane', id: ID } },
    { description: 'm. host', input: `https://m.twitter.com/jane/status/${ID}`, expected: { handle: 'jane', id: ID } },
    { description: 'upper-case host', input: `https://Twitter.COM/jane/status/${ID}`, expected: { handle: 'jane', id: ID } },
    { description: '/statuses/', input: `https://twitter.com/jane/statuses/${ID}`, expected: { handle: 'jane', id: ID } },
    { description: 'hashbang', input: `https://twitter.com/#!/jane/status/${ID}`, expected: { handle: 'jane', id: ID } },
    { description: '/i/web/status/', input: `https://twitter.com/i/web/status/${ID}`, expected: { handle: null, id: ID } },
    { description: '/i/status/', input: `https://x.com/i/status/${ID}`, expected: { handle: null, id: ID } },
    { description: 'query string', input: `https://twitter.com/jane/status/${ID}?ref_src=twsrc%5Etfw`, expected: { handle: 'jane', id: ID } },
    { description: 'fragment', input: `https://twitter.com/jane/status/${ID}#m`, expected: { handle: 'jane', id: ID } },
    { description: 'photo path', input: `https://twitter.com/jane/status/${ID}/photo/1`, expected: { handle: 'jane', id: ID } },
    { description: 'white space around', input: `  https://x.com/jane/status/${ID}\n`, expected: { handle: 'jane', id: ID } },
    { description: 'old sequential id', input: 'https://twitter.com/jack/status/20', expected: { handle: 'jack', id: '20' } },
    { description: 'largest id', input: 'https://x.com/a/status/9223372036854775807', expected: { handle: 'a', id: '9223372036854775807' } },
  ];
  it.each(finds)('finds $description', ({ input, expected }) => {
    expect(parseStatusUrl(input)).toEqual(expected);
  });

  const rejects: { description: string; input: string }[] = [
    { description: 'a profile link', input: 'https://twitter.com/SouthPark' },
    { description: 'an intent link', input: `https://twitter.com/intent/tweet?in_reply_to=${ID}` },
    { description: 'a retweet intent', input: `https://twitter.com/intent/retweet?tweet_id=${ID}` },
    { description: 'a hashtag link', input: 'https://twitter.com/hashtag/Gaza?src=hash' },
    { description: 'a share link', input: 'https://twitter.com/share?url=https%3A%2F%2Fexample.com' },
    { description: 'another host', input: `https://nottwitter.com/jane/status/${ID}` },
    { description: 'a look-alike host', input: `https://twitter.com.evil.example/jane/status/${ID}` },
    { description: 'a subdomain other than www/mobile', input: `https://api.twitter.com/jane/status/${ID}` },
    { description: 'digits glued to letters', input: `https://twitter.com/jane/status/${ID}abc` },
    { description: 'an id of 20 digits', input: 'https://twitter.com/jane/status/12345678901234567890' },
    { description: 'an id above 2^63 - 1', input: 'https://twitter.com/jane/status/9223372036854775808' },
    { description: 'a leading zero', input: 'https://twitter.com/jane/status/0123' },
    { description: 'a handle too long', input: `https://twitter.com/abcdefghijklmnopqrstu/status/${ID}` },
    { description: 'a javascript: URL', input: `javascript://twitter.com/jane/status/${ID}` },
    { description: 'a status link inside other text', input: `see https://twitter.com/jane/status/${ID}` },
    { description: 'an empty string', input: '' },
  ];
  it.each(rejects)('does not find $description', ({ input }) => {
    expect(parseStatusUrl(input)).toBeNull();
  });

  it('returns null for non-strings', () => {
    expect(parseStatusUrl(42 as unknown as string)).toBeNull();
  });
});

describe('snowflakeTime', () => {
  const table: { description: string; input: string | bigint; expected: string | null }[] = [
    // The South Park post shows 'September 27, 2020'; 22:09 UTC is that evening.
    { description: 'a 2020 snowflake', input: ID, expected: '2020-09-27T22:09:34.067Z' },
    { description: 'a 2020 snowflake as a bigint', input: BigInt(ID), expected: '2020-09-27T22:09:34.067Z' },
    { description: 'does not read a negative bigint', input: -BigInt(ID), expected: null },
    { description: 'does not read a 2006 sequential id as a bigint', input: 20n, expected: null },
    { description: 'the first id stamped an hour after the epoch', input: FIRST_SNOWFLAKE.toString(), expected: '2010-11-04T02:42:54.657Z' },
    { description: 'a 2006 sequential id', input: '20', expected: null },
    { description: 'the last sequential ids (2010)', input: '29700859247', expected: null },
    { description: 'one below the threshold', input: (FIRST_SNOWFLAKE - 1n).toString(), expected: null },
    { description: 'not digits', input: '12a', expected: null },
    { description: 'too long', input: '12345678901234567890', expected: null },
    { description: 'empty', input: '', expected: null },
  ];
  it.each(table)('$description', ({ input, expected }) => {
    expect(snowflakeTime(input)).toBe(expected);
  });

  it('keeps milliseconds and agrees with the timestamp bits', () => {
    // 1 ms past the epoch, shifted into place, plus worker and sequence bits that must not count.
    const id = ((3_600_001n << 22n) | 0x3fffffn).toString();
    expect(snowflakeTime(id)).toBe('2010-11-04T02:42:54.658Z');
  });

  it('canonicalIdTime (the scanners\' route, no re-check) agrees on every canonical id of the table', () => {
    for (const { input, expected } of table) {
      const id = normaliseId(String(input));
      if (id !== null) expect(canonicalIdTime(id)).toBe(expected);
    }
    expect(canonicalIdTime(ID)).toBe('2020-09-27T22:09:34.067Z');
  });
});

describe('helpers', () => {
  it('builds canonical permalinks', () => {
    expect(statusPermalink('SouthPark', ID)).toBe(`https://x.com/SouthPark/status/${ID}`);
    expect(statusPermalink(null, ID)).toBe(`https://x.com/i/status/${ID}`);
  });

  const widgets: { description: string; input: string; expected: string | null }[] = [
    { description: 'a Tweet.html iframe', input: `https://platform.twitter.com/embed/Tweet.html?dnt=true&frame=false&id=${ID}&lang=en`, expected: ID },
    { description: 'an index.html iframe', input: `https://platform.twitter.com/embed/index.html?id=${ID}`, expected: ID },
    { description: 'no id parameter', input: 'https://platform.twitter.com/embed/Tweet.html?dnt=true', expected: null },
    { description: 'another host', input: `https://example.com/embed/Tweet.html?id=${ID}`, expected: null },
    { description: 'an id in the fragment only', input: `https://platform.twitter.com/embed/Tweet.html?x=1#id=${ID}`, expected: null },
  ];
  it.each(widgets)('widgetStatusId: $description', ({ input, expected }) => {
    expect(widgetStatusId(input)).toBe(expected);
  });

  it('normalises ids', () => {
    expect(normaliseId('20')).toBe('20');
    expect(normaliseId('0')).toBeNull();
    expect(normaliseId(' 20')).toBeNull();
  });
});
