// Types of warc-archive.mjs, for the TypeScript tests that write archives with it.
import type { WARCRecord } from 'warcio';
export type RecordMaker = () => WARCRecord;
export type ArchiveMode = 'warc' | 'record-gzip' | 'file-gzip';
export function recordId(n: number): string;
export function chunked(body: string | Uint8Array, size?: number): Buffer;
export function response(r: {
  url: string;
  id: number;
  date?: string;
  body: string | Uint8Array;
  contentType?: string | null;
  encoding?: 'gzip' | 'deflate' | 'br' | null;
  chunk?: boolean;
  status?: string;
}): RecordMaker;
export function request(r: { url: string; id: number; date?: string }): RecordMaker;
export function revisit(r: { url: string; id: number; date?: string; refersToDate?: string }): RecordMaker;
export function metadata(r: { url: string; id: number; date?: string }): RecordMaker;
export function warcinfo(r: { id: number; filename?: string; date?: string }): RecordMaker;
export function conversion(r: { url: string; id: number; text: string | Uint8Array; date?: string }): RecordMaker;
export function writeArchive(makers: RecordMaker[], mode: ArchiveMode): Promise<{ bytes: Buffer; offsets: number[] }>;
