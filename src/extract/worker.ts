import { parentPort } from 'node:worker_threads';
import type { Source } from '../types.js';
import { extractSource } from './index.js';

// A worker extracts claims for one source at a time and sends them back with its index.
parentPort?.on('message', (msg: { index: number; source: Source }) => {
  parentPort!.postMessage({ index: msg.index, claims: extractSource(msg.source) });
});
