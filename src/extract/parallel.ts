import { Worker } from 'node:worker_threads';
import type { Source } from '../types.js';
import { extractSource, type RawClaim } from './index.js';

/** Text per message to a worker. */
const BATCH_CHARS = 64_000;

/** Text per batch the main thread takes itself: small, so workers never wait long for their next batch. */
const MAIN_BATCH_CHARS = 16_000;

/**
 * Below this much text, starting workers costs more than it saves: each worker loads the
 * extractors and warms them up on its own (about 0.4 s on the bench machine), and at
 * 0.5 MB `--jobs 2` measured slower than `--jobs 1` there.
 */
export const PARALLEL_MIN_CHARS = 1_000_000;

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
  const results: RawClaim[][] = new Array(sources.length);
  let next = 0;
  /** The next batch of about `limit` characters, as [from, to), or null when none is left. */
  const take = (limit: number): [number, number] | null => {
    if (next >= sources.length) return null;
    const from = next;
    let size = 0;
    while (next < sources.length && (next === from || size + sources[next]!.text.length <= limit)) size += sources[next++]!.text.length;
    return [from, next];
  };
  const finished = (from: number, claims: RawClaim[][]): void => {
    claims.forEach((c, k) => (results[from + k] = c));
    done += claims.length;
    onProgress?.(done, sources.length);
  };
  // The main thread is one of the jobs: it extracts small batches between handing
  // batches to the workers, so `--jobs 2` is one worker and this thread.
  const workers = Array.from({ length: Math.min(jobs - 1, sources.length - 1) }, () => new Worker(new URL('./worker.js', import.meta.url)));
  try {
    const feeding = workers.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          const send = (): void => {
            const batch = take(BATCH_CHARS);
            if (!batch) return resolve();
            w.postMessage({ from: batch[0], sources: sources.slice(batch[0], batch[1]) });
          };
          w.on('message', (m: { from: number; claims: RawClaim[][] }) => {
            finished(m.from, m.claims);
            send();
          });
          w.on('error', reject);
          w.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`extraction worker stopped with code ${code}`))));
          send();
        }),
    );
    for (let batch = take(MAIN_BATCH_CHARS); batch; batch = take(MAIN_BATCH_CHARS)) {
      finished(batch[0], sources.slice(batch[0], batch[1]).map(extractSource));
      // Let waiting workers' messages in, so they get their next batch.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await Promise.all(feeding);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.flat();
}
