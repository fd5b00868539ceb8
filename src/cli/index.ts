// PROVISIONAL: the full CLI (files, stdin, --jsonl, exit codes) replaces this.
import { readFileSync } from 'node:fs';
import { extractEmbeds } from '../index.js';

const file = process.argv[2];
const input = readFileSync(file === undefined || file === '-' ? 0 : file, 'utf8');
process.stdout.write(JSON.stringify(extractEmbeds(input), null, 2) + '\n');
