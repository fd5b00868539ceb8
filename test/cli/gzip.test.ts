/**
 * gzip.ts: gzip members inflated with Node's zlib, with their offsets, whatever the chunking of
 * the input; members too large for one call streamed; corrupt and cut members reported.
 */
import { Buffer } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { crc32, deflateRawSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GzipError, gunzipMembers, type Member } from '../../src/cli/gzip.js';

/** The input in chunks of `size` bytes, as a stream would give it. */
async function* chunks(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function inflate(bytes: Buffer, size: number): Promise<{ out: Buffer; members: Member[] }> {
  const members: Member[] = [];
  const parts: Buffer[] = [];
  for await (const part of gunzipMembers(chunks(bytes, size), (m) => members.push(m))) parts.push(part);
  return { out: Buffer.concat(parts), members };
}

/** A gzip member written by hand, with the optional header fields zlib never writes. */
function memberWithFields(data: Buffer): Buffer {
  const flags = 0x04 | 0x08 | 0x10; // FEXTRA, FNAME, FCOMMENT
  const header = Buffer.from([0x1f, 0x8b, 0x08, flags, 0, 0, 0, 0, 0, 0xff]);
  const extra = Buffer.from([4, 0, 0x41, 0x42, 2, 0]); // XLEN = 4, one subfield
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(data), 0);
  trailer.writeUInt32LE(data.length, 4);
  return Buffer.concat([header, extra, Buffer.from('page.warc\0a comment\0'), deflateRawSync(data), trailer]);
}

const A = Buffer.from('WARC/1.0\r\nfirst record\r\n\r\n'.repeat(20));
const B = Buffer.from('WARC/1.0\r\nsecond record\r\n\r\n'.repeat(30));
const C = Buffer.from('third');

describe('gunzipMembers', () => {
  const members = [gzipSync(A), memberWithFields(B), gzipSync(C)];
  const file = Buffer.concat(members);
  const expected: Member[] = [
    { compressed: 0, decompressed: 0 },
    { compressed: members[0]!.length, decompressed: A.length },
    { compressed: members[0]!.length + members[1]!.length, decompressed: A.length + B.length },
  ];

  it.each([1, 3, 7, 64, 4096, 1 << 20])('inflates every member and finds where each begins, in chunks of %i bytes', async (size) => {
    const r = await inflate(file, size);
    expect(r.out.equals(Buffer.concat([A, B, C]))).toBe(true);
    expect(r.members).toEqual(expected);
  });

  it('passes bytes that are not gzip through unchanged, with no members', async () => {
    const plain = Buffer.from('WARC/1.0\r\nContent-Length: 0\r\n\r\n\r\n\r\n');
    const r = await inflate(plain, 5);
    expect(r.out.equals(plain)).toBe(true);
    expect(r.members).toEqual([]);
  });

  it('reads an empty input as nothing', async () => {
    const r = await inflate(Buffer.alloc(0), 5);
    expect(r.out.length).toBe(0);
    expect(r.members).toEqual([]);
  });

  it('ignores zero bytes padding the end of the file', async () => {
    const r = await inflate(Buffer.concat([file, Buffer.alloc(512)]), 100);
    expect(r.out.equals(Buffer.concat([A, B, C]))).toBe(true);
  });

  it('streams a member larger than one synchronous call takes (and the member after it)', async () => {
    const big = randomBytes(6 * 1024 * 1024); // incompressible: 6 MB of compressed bytes
    const bigFile = Buffer.concat([gzipSync(big), gzipSync(C)]);
    const r = await inflate(bigFile, 1 << 20);
    expect(r.out.length).toBe(big.length + C.length);
    expect(r.out.subarray(0, big.length).equals(big)).toBe(true);
    expect(r.out.subarray(big.length).equals(C)).toBe(true);
    expect(r.members).toEqual([
      { compressed: 0, decompressed: 0 },
      { compressed: bigFile.length - gzipSync(C).length, decompressed: big.length },
    ]);
  });

  it.each([
    { description: 'a member cut short', bytes: file.subarray(0, file.length - 3), message: /is cut short$/ },
    { description: 'a large member cut short', bytes: gzipSync(randomBytes(5 * 1024 * 1024)).subarray(0, 5_000_000), message: /is cut short$/ },
    { description: 'a wrong CRC', bytes: Buffer.concat([file.subarray(0, file.length - 8), Buffer.from([0, 0, 0, 0, 5, 0, 0, 0])]), message: /fails its checksum$/ },
    { description: 'a header cut short', bytes: Buffer.concat([file, Buffer.from([0x1f, 0x8b, 0x08, 0x08, 0, 0])]), message: /header cut short/ },
    { description: 'bytes after the last member that are not gzip', bytes: Buffer.concat([file, Buffer.from('garbage')]), message: /are not gzip$/ },
  ])('throws a GzipError for $description', async ({ bytes, message }) => {
    const error = await inflate(bytes, 4096).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GzipError);
    expect((error as GzipError).message).toMatch(message);
  });

  it('does not throw for a member whose bytes are intact', async () => {
    await expect(inflate(memberWithFields(B), 2)).resolves.toMatchObject({ members: [{ compressed: 0, decompressed: 0 }] });
  });
});
