import { Worker } from 'node:worker_threads';
import type { Source } from '../types.js';
import { extractSource, type RawClaim } from './index.js';

/** Text per message to a worker. */
const BATCH_CHARS = 64_000;

/** Below this much text, starting workers costs more than it saves. */
export const PARALLEL_MIN_CHARS = 200_000;

/**
 * Extract claims from every source, on `jobs` worker threads when the corpus is
 * large enough. Results are put back in source order, so the output is identical
 * whatever the number of jobs.
 */
export async function extractAll(sources: readonly Source[], jobs: number, onProgress?: (done: number, total: number) => void): Promise<RawClaim[]> {
  const chars = sources.reduce((n, s) => n + s.text.length, 0);
  if (jobs <= 1 || sources.length < 2 || chars < PARALLEL_MIN_CHARS) {
    return sources.flatMap((s, i) => {
      const claims = extractSource(s);
      onProgress?.(i + 1, sources.length);
      return claims;
    });
  }
  let done = 0;
  const count = Math.min(jobs, sources.length);
  const results: RawClaim[][] = new Array(sources.length);
  let next = 0;
  const workers = Array.from({ length: count }, () => new Worker(new URL('./worker.js', import.meta.url)));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            // Sources go in batches of about BATCH_CHARS, so messages stay few and large.
            const send = (): void => {
              if (next >= sources.length) return resolve();
              const from = next;
              let size = 0;
              while (next < sources.length && (next === from || size + sources[next]!.text.length <= BATCH_CHARS)) size += sources[next++]!.text.length;
              w.postMessage({ from, sources: sources.slice(from, next) });
            };
            w.on('message', (m: { from: number; claims: RawClaim[][] }) => {
              m.claims.forEach((c, k) => (results[m.from + k] = c));
              done += m.claims.length;
              onProgress?.(done, sources.length);
              send();
            });
            w.on('error', reject);
            w.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`extraction worker stopped with code ${code}`))));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.flat();
}
