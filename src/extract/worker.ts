import { parentPort } from 'node:worker_threads';
import type { Source } from '../types.js';
import { extractSource } from './index.js';

// A worker extracts claims for a batch of sources and sends them back with the batch's first index.
parentPort?.on('message', (msg: { from: number; sources: Source[] }) => {
  parentPort!.postMessage({ from: msg.from, claims: msg.sources.map(extractSource) });
});
